/**
 * `ocr` section of `npm run bench`: reference OCR tools on deterministic Vietnamese pages, as Markdown.
 * `BENCH_OCR_KEEP=DIR` keeps the inputs and outputs in DIR. Exports the helpers for the app's own pipeline row.
 */
import { cpus, loadavg } from 'node:os';
import { DEFAULT_BENCH_PAGES } from './pageSet';
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

export async function benchOcr(): Promise<string> {
  const keep = process.env.BENCH_OCR_KEEP;
  const loadBefore = loadavg()[0]!;
  const rows = await runReferenceOcrBench(keep ? { workDir: keep, keepFiles: true } : {});
  const set = DEFAULT_BENCH_PAGES.map((p) => `${p.spec.id} (${p.spec.dpi ?? 300} dpi ${p.variant}${p.spec.seal ? ', seal' : ''})`).join(', ');
  const load = `Load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs.`;
  return ['### OCR and searchable PDF: reference tools', '', `Pages: ${set}.`, '', load, '', ocrRowsMarkdown(rows)].join('\n');
}
