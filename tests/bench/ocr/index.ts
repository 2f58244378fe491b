/**
 * `ocr` section of `npm run bench`: reference OCR tools on deterministic Vietnamese pages, as Markdown.
 * `BENCH_OCR_KEEP=DIR` keeps the inputs and outputs in DIR; `BENCH_OCR_STATION_ONLY=1` skips the reference tools. Exports the helpers for the app's own pipeline row.
 */
import { cpus, loadavg } from 'node:os';
import { DEFAULT_BENCH_PAGES } from './pageSet';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupTimings, stationRow, type CleanupTiming } from './pipelineBench';
import { writePageSet } from './pageSet';
import { runReferenceOcrBench, type BenchRow } from './referenceBench';

export { childrenCpuMs, measure, treeRssBytes, type Measured } from './measure';
export { DEFAULT_BENCH_PAGES, writeImagePdf, writePageSet, type BenchPage, type BenchPageSpec } from './pageSet';
export { benchRow, runReferenceOcrBench, type BenchRow, type ReferenceBenchOptions, type ReferenceTool } from './referenceBench';
export { pdfPageText, scorePdf, scorePdfs, scoreTexts, type Score } from './score';

const fixed = (n: number | undefined, digits: number): string => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));

/** Markdown table of bench rows (one per tool), with the per-page CER under it. */
export function ocrRowsMarkdown(rows: readonly BenchRow[]): string {
  const lines = [
    '| tool | pages | pages/min (wall) | CPU s/page | CER | diacritic-blind CER | WER | KB/page | peak RSS | notes |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.tool} | ${r.pages} | ${fixed(r.pagesPerMin, 1)} | ${fixed(r.cpuSecPerPage, 1)} | ${fixed(r.cerPct, 2)} % | ${fixed(r.diacriticBlindCerPct, 2)} % | ${fixed(r.werPct, 2)} % | ${Math.round(r.bytesPerPage / 1024)} | ${r.peakRssMb} MB | ${r.notes ?? ''} |`,
    ),
    '',
    'CER per page (%), in page-set order:',
    '',
    ...rows.filter((r) => r.perPageCerPct).map((r) => `- ${r.tool}: ${r.perPageCerPct!.map((c) => c.toFixed(2)).join(' / ')}`),
  ];
  return lines.join('\n');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function ratios(rows: readonly BenchRow[]): string {
  const ours = rows.find((r) => r.tool === 'Trạm Số hóa (tesseract.js)');
  const lines = ['Ratios (Trạm Số hóa with tesseract.js ÷ reference; > 1 = faster / more pages per CPU second):', ''];
  for (const ref of rows.filter((r) => !r.tool.startsWith('Trạm') && r.pagesPerMin > 0)) {
    if (!ours) break;
    const cpu = ours.cpuSecPerPage && ref.cpuSecPerPage ? (ref.cpuSecPerPage / ours.cpuSecPerPage).toFixed(2) : '–';
    lines.push(`- vs ${ref.tool}: pages/min ${(ours.pagesPerMin / ref.pagesPerMin).toFixed(2)}×, CPU per page ${cpu}×, CER ${ours.cerPct.toFixed(2)} % vs ${ref.cerPct.toFixed(2)} %, KB/page ${Math.round(ours.bytesPerPage / 1024)} vs ${Math.round(ref.bytesPerPage / 1024)}`);
  }
  return lines.join('\n');
}

function cleanupMarkdown(t: readonly CleanupTiming[]): string {
  return [
    `Image clean-up alone (decode → dark edges → orientation → deskew → crop → blank → despeckled ink mask), one page at a time on one thread: median ${median(t.map((x) => x.totalMs)).toFixed(0)} ms, max ${Math.max(...t.map((x) => x.totalMs)).toFixed(0)} ms per page (of which JPEG/PNG decode median ${median(t.map((x) => x.decodeMs)).toFixed(0)} ms).`,
    '',
    ...t.map((x) => `- ${x.page} (${x.output}): ${x.totalMs.toFixed(0)} ms (decode ${x.decodeMs.toFixed(0)}), deskew ${x.deskew.toFixed(2)}°, turn ${x.rotation}°`),
  ].join('\n');
}

export async function benchOcr(): Promise<string> {
  const keep = process.env.BENCH_OCR_KEEP;
  const dir = keep ?? (await mkdtemp(join(tmpdir(), 'station-ocr-bench-')));
  await mkdir(dir, { recursive: true });
  const loadBefore = loadavg()[0]!;
  try {
    const pages = await writePageSet(dir, DEFAULT_BENCH_PAGES);
    const cleanup = await cleanupTimings(pages);
    const rows = [await stationRow(pages, dir, 'tesseract.js'), await stationRow(pages, dir, 'tesseract-cli')];
    // BENCH_OCR_STATION_ONLY=1: only the station's rows (quick iterations on the pipeline).
    if (!process.env.BENCH_OCR_STATION_ONLY) rows.push(...(await runReferenceOcrBench({ workDir: dir, keepFiles: true })));
    const set = DEFAULT_BENCH_PAGES.map((p) => `${p.spec.id} (${p.spec.dpi ?? 300} dpi ${p.variant}${p.spec.seal ? ', seal' : ''})`).join(', ');
    const load = `Load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs.`;
    return ['### OCR and searchable PDF: the station against OCRmyPDF and tesseract', '', `Pages: ${set}.`, '', load, '', ocrRowsMarkdown(rows), '', ratios(rows), '', cleanupMarkdown(cleanup)].join('\n');
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}
