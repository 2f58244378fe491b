/**
 * Reference OCR numbers on the deterministic Vietnamese pages: OCRmyPDF (plain, and with --deskew --clean) and the
 * native tesseract CLI, each scored by CER of `pdftotext -raw` against the ground truth, pages per minute (wall),
 * bytes per page and peak RSS of the tool's process tree. The app's own pipeline row is added by calling the same
 * `writePageSet`, `measure` and `scorePdf`.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure';
import { DEFAULT_BENCH_PAGES, writeImagePdf, writePageSet, type BenchPage, type BenchPageSpec } from './pageSet';
import { scorePdf, scorePdfs, type Score } from './score';
import { fileBytes, hasCommand, runOcrmypdf, runTesseractPdfs } from './tools';

export interface BenchRow {
  tool: string;
  pages: number;
  pagesPerMin: number;
  cerPct: number;
  bytesPerPage: number;
  peakRssMb: number;
  notes?: string;
  /** CPU seconds per page (user + system of the tool's processes): independent of other load on the machine. */
  cpuSecPerPage?: number;
  diacriticBlindCerPct?: number;
  werPct?: number;
  /** CER of each page in page-set order, in per cent. */
  perPageCerPct?: number[];
}

export type ReferenceTool = 'ocrmypdf' | 'ocrmypdf-deskew-clean' | 'tesseract';

export interface ReferenceBenchOptions {
  /** Folder for inputs and outputs; default a fresh temporary folder, removed afterwards unless `keepFiles`. */
  workDir?: string;
  keepFiles?: boolean;
  pages?: readonly BenchPageSpec[];
  tools?: readonly ReferenceTool[];
}

/** Builds a row from a timed run and its score. */
export function benchRow(tool: string, pages: number, run: { wallMs: number; cpuMs: number; peakRssMb: number }, score: Score, totalBytes: number, notes?: string): BenchRow {
  return {
    tool,
    pages,
    pagesPerMin: pages / (run.wallMs / 60_000),
    cerPct: score.cerPct,
    bytesPerPage: totalBytes / pages,
    peakRssMb: run.peakRssMb,
    cpuSecPerPage: run.cpuMs / 1000 / pages,
    diacriticBlindCerPct: score.diacriticBlindCerPct,
    werPct: score.werPct,
    perPageCerPct: score.perPagePct,
    ...(notes ? { notes } : {}),
  };
}

const skipped = (tool: string, pages: number, notes: string): BenchRow => ({ tool, pages, pagesPerMin: 0, cerPct: Number.NaN, bytesPerPage: 0, peakRssMb: 0, notes });

async function ocrmypdfRow(pages: BenchPage[], dir: string, deskewClean: boolean): Promise<BenchRow> {
  const tool = deskewClean ? 'OCRmyPDF --deskew --clean' : 'OCRmyPDF';
  if (!(await hasCommand('ocrmypdf'))) return skipped(tool, pages.length, 'ocrmypdf not installed: skipped');
  const hasUnpaper = await hasCommand('unpaper');
  const extra = deskewClean ? (hasUnpaper ? ['--deskew', '--clean'] : ['--deskew']) : [];
  const input = join(dir, 'images.pdf');
  if (!existsSync(input)) await writeImagePdf(pages, input);
  const out = join(dir, deskewClean ? 'ocrmypdf-deskew-clean.pdf' : 'ocrmypdf.pdf');
  const run = await measure(() => runOcrmypdf(input, out, extra));
  const notes = ['--jobs 2, image PDF input, PDF/A-2b output', deskewClean && !hasUnpaper ? 'unpaper missing: --deskew only' : ''];
  return benchRow(tool, pages.length, run, await scorePdf(out, pages.map((p) => p.truth)), await fileBytes(out), notes.filter(Boolean).join('; '));
}

async function tesseractRow(pages: BenchPage[], dir: string): Promise<BenchRow> {
  const tool = 'tesseract CLI';
  if (!(await hasCommand('tesseract'))) return skipped(tool, pages.length, 'tesseract not installed: skipped');
  const outDir = join(dir, 'tesseract');
  await mkdir(outDir, { recursive: true });
  const run = await measure(() => runTesseractPdfs(pages, outDir, 2));
  let bytes = 0;
  for (const pdf of run.result) bytes += await fileBytes(pdf);
  const score = await scorePdfs(run.result, pages.map((p) => p.truth));
  return benchRow(tool, pages.length, run, score, bytes, '2 processes, OMP_THREAD_LIMIT=1, --psm 3, Debian vie (fast), one PDF per page');
}

export async function runReferenceOcrBench(opts: ReferenceBenchOptions = {}): Promise<BenchRow[]> {
  const dir = opts.workDir ?? (await mkdtemp(join(tmpdir(), 'station-ocr-bench-')));
  await rm(join(dir, 'images.pdf'), { force: true }); // rebuilt from this run's pages
  await mkdir(dir, { recursive: true });
  try {
    const pages = await writePageSet(dir, opts.pages ?? DEFAULT_BENCH_PAGES);
    const rows: BenchRow[] = [];
    for (const tool of opts.tools ?? (['tesseract', 'ocrmypdf', 'ocrmypdf-deskew-clean'] as const)) {
      if (tool === 'tesseract') rows.push(await tesseractRow(pages, dir));
      else rows.push(await ocrmypdfRow(pages, dir, tool === 'ocrmypdf-deskew-clean'));
    }
    return rows;
  } finally {
    if (!opts.keepFiles && !opts.workDir) await rm(dir, { recursive: true, force: true });
  }
}
