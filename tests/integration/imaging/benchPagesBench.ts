/**
 * Clean-up speed on the OCR bench pages (not a test: `npx tsx tests/integration/imaging/benchPagesBench.ts`).
 * One libvips thread, warm (one throwaway page first: the station is a long-running process), the output in the
 * capture's colour mode as the pipeline runs it. Prints per page the median wall-clock and process CPU time of
 * `cleanPage` and its stage laps, then the median over the 300-dpi pages (issue 3's target: ≤ 300 ms).
 * `BENCH_BASELINE=/path/to/imaging/index.ts` times another copy of the stage in alternation (A/B in one process).
 */
import { cpuUsage } from 'node:process';
import sharp from 'sharp';
import { cleanPage, type CleanOptions, type CleanedPage } from '../../../electron/core/imaging';
import { DEFAULT_BENCH_PAGES } from '../../bench/ocr/pageSet';
import { cachedTestPage } from '../../support/testPages';
import { median } from '../../support/cpuTime';

type Clean = (bytes: Uint8Array, opts: CleanOptions) => Promise<CleanedPage>;

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function timeOnce(clean: Clean, bytes: Buffer, opts: CleanOptions): Promise<{ wall: number; cpu: number; page: CleanedPage }> {
  const c0 = cpuUsage();
  const t0 = performance.now();
  const page = await clean(bytes, opts);
  const wall = performance.now() - t0;
  const c = cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, page };
}

interface Row { name: string; dpi: number; wall: number[]; cpu: number[]; last: CleanedPage | null }

async function main(): Promise<void> {
  sharp.concurrency(1);
  sharp.cache(false);
  const impls: Array<[string, Clean]> = [['current', cleanPage]];
  if (process.env.BENCH_BASELINE) {
    const mod = (await import(process.env.BENCH_BASELINE)) as { cleanPage: Clean };
    impls.unshift(['baseline', mod.cleanPage]);
  }
  const pages = [];
  for (const { spec, variant } of DEFAULT_BENCH_PAGES) {
    const page = await cachedTestPage(spec);
    const bytes = variant === 'scanned' ? page.scanned : page.clean;
    const output = (await sharp(bytes).metadata()).channels === 1 ? 'gray' as const : 'color' as const;
    pages.push({ name: `${spec.id}-${page.dpi}-${variant}`, dpi: page.dpi, bytes, opts: { dpi: page.dpi, output } });
  }
  for (const [, clean] of impls) await clean(pages[0]!.bytes, pages[0]!.opts); // warm-up
  const rows = new Map<string, Row>();
  for (let run = 0; run < RUNS; run++) {
    for (const p of pages) {
      for (const [label, clean] of impls) {
        const key = `${label} ${p.name}`;
        const row = rows.get(key) ?? { name: key, dpi: p.dpi, wall: [], cpu: [], last: null };
        const t = await timeOnce(clean, p.bytes, p.opts);
        row.wall.push(t.wall);
        row.cpu.push(t.cpu);
        row.last = t.page;
        rows.set(key, row);
      }
    }
  }
  for (const row of rows.values()) {
    const t = row.last!.timings;
    console.log(`${row.name.padEnd(40)} wall ${median(row.wall).toFixed(0).padStart(5)}  cpu ${median(row.cpu).toFixed(0).padStart(5)}  ` +
      `[dec ${t.decodeMs} crop ${t.cropMs} orient ${t.orientMs} deskew ${t.deskewMs} blank ${t.blankMs}] skew ${row.last!.deskewDeg.toFixed(2)} rot ${row.last!.rotation}`);
  }
  for (const [label] of impls) {
    const sel = [...rows.values()].filter((r) => r.name.startsWith(`${label} `) && r.dpi === 300);
    console.log(`${label}: 300-dpi median wall ${median(sel.map((r) => median(r.wall))).toFixed(0)} ms, cpu ${median(sel.map((r) => median(r.cpu))).toFixed(0)} ms`);
  }
}

void main();
