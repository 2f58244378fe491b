import type { Reporter, TestModule } from 'vitest/node';

/** Prints the one plain line CI reads: `tests: N passed, M failed`. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    for (const mod of modules) {
      // A file that fails to load has no tests; count it as a failure so it is never silent.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed++;
      for (const t of mod.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
    }
    console.log(`tests: ${passed} passed, ${failed} failed`);
  }
}
