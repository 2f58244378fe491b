/**
 * `npm run bench`: the benchmarks of BENCHMARKS.md through the real core, printed as Markdown.
 * `BENCH_ONLY=import|sane|escl` (comma-separated) runs a selection; each file documents its own knobs.
 */
import { benchEscl } from './esclThroughput';
import { benchImportExport } from './importExport';
import { machineLine } from './common';
import { benchSane } from './saneThroughput';

const BENCHES: Record<string, () => Promise<string>> = { import: benchImportExport, sane: benchSane, escl: benchEscl };

async function main(): Promise<void> {
  const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only.filter((n) => !(n in BENCHES));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')} (use ${Object.keys(BENCHES).join('|')})`);
  const names = only.length > 0 ? only : Object.keys(BENCHES);
  console.log(`Machine: ${machineLine()}, ${new Date().toISOString().slice(0, 10)}\n`);
  for (const name of names) {
    const t0 = performance.now();
    const md = await BENCHES[name]!();
    console.log(`${md}\n\n_${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s wall clock_\n`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
