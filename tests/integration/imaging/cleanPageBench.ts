/**
 * Clean-up throughput on generated scans (not a test: `npx tsx tests/integration/imaging/cleanPageBench.ts`).
 * One libvips thread and one page at a time, as while OCR runs (guide §5.5). Prints medians of wall-clock stage
 * timings from `cleanPage` and the process CPU time per page (libvips and JavaScript together), which stays
 * meaningful on a busy machine.
 */
import sharp from 'sharp';
import { cleanPage, type CleanOptions, type CleanTimings } from '../../../electron/core/imaging';
import { cachedTestPage } from '../../support/testPages';
import { cpuMs, median } from '../../support/cpuTime';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function decodeCpu(bytes: Buffer, output: CleanOptions['output']): Promise<number> {
  const start = cpuMs();
  const img = sharp(bytes).autoOrient();
  await (output === 'color' ? img.toColourspace('srgb') : img.toColourspace('b-w')).raw().toBuffer();
  return cpuMs() - start;
}

async function bench(label: string, bytes: Buffer, opts: CleanOptions): Promise<string> {
  await cleanPage(bytes, opts);
  const timings: CleanTimings[] = [];
  const cpu: number[] = [];
  const decode: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    decode.push(await decodeCpu(bytes, opts.output));
    const start = cpuMs();
    timings.push((await cleanPage(bytes, opts)).timings);
    cpu.push(cpuMs() - start);
  }
  const m = (key: keyof CleanTimings) => Math.round(median(timings.map((t) => t[key])));
  const cleanWall = m('totalMs') - m('decodeMs');
  const cleanCpu = Math.round(median(cpu) - median(decode));
  return `| ${label} | ${m('decodeMs')} | ${m('cropMs')} | ${m('orientMs')} | ${m('deskewMs')} | ${m('blankMs')} | ${cleanWall} | ${m('totalMs')} | ${Math.round(median(decode))} | ${cleanCpu} | ${Math.round(median(cpu))} |`;
}

async function main(): Promise<void> {
  sharp.concurrency(1);
  sharp.cache(false);
  const rows: string[] = [];
  for (const dpi of [300, 200] as const) {
    const page = await cachedTestPage({ id: `imaging-bench-${dpi}`, dpi, seal: true });
    for (const output of ['color', 'gray', 'bw'] as const) {
      rows.push(await bench(`${dpi} dpi ${output}, skew ${page.skewDeg}°`, page.scanned, { dpi, output }));
    }
  }
  console.log('| page | decode | crop | orient | deskew | blank | clean-up (total − decode) | total | decode CPU | clean-up CPU | total CPU |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

void main();
