/**
 * `npm run bench`: the benchmarks of BENCHMARKS.md through the real core, printed as Markdown.
 * `BENCH_ONLY=import|sane|escl|ocr` (comma-separated) or `npm run bench -- ocr` runs a selection; each file documents its own knobs.
 */
import { machineLine } from './common';

// Loaded on demand: a section loads only its own code.
const BENCHES: Record<string, () => Promise<string>> = {
  import: async () => (await import('./importExport')).benchImportExport(),
  sane: async () => (await import('./saneThroughput')).benchSane(),
  escl: async () => (await import('./esclThroughput')).benchEscl(),
  ocr: async () => (await import('./ocr')).benchOcr(),
};

async function main(): Promise<void> {
  // Sections from `npm run bench -- ocr sane` (arguments) or BENCH_ONLY=ocr,sane.
  const only = [...process.argv.slice(2), ...(process.env.BENCH_ONLY ?? '').split(',')].map((s) => s.trim()).filter(Boolean);
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
