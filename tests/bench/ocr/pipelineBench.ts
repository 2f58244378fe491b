/**
 * The station's own row in the OCR bench: the same pages through the real core (import job → page pipeline in
 * worker threads → OCR → searchable PDF/A export), scored like the reference tools, plus image clean-up alone on one
 * core (the issue's ≤ 300 ms per page target).
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { join } from 'node:path';
import { CliSession } from '../../../electron/cli/CliSession';
import { cleanPage } from '../../../electron/core/imaging';
import { measure } from './measure';
import type { BenchPage } from './pageSet';
import { benchRow, type BenchRow } from './referenceBench';
import { scorePdf } from './score';
import { fileBytes } from './tools';

const CODE = '000.00.01.H29-260310-0777';
const WARM_UP_CODE = '000.00.01.H29-260310-0776';

export type StationEngine = 'tesseract.js' | 'tesseract-cli';

async function digitize(s: CliSession, pages: readonly BenchPage[], outDir: string, code = CODE): Promise<string> {
  await s.call('dossiers', 'create', { code, procedureCode: '1.001193', applicant: { fullName: 'Nguyễn Văn Thử', personalId: '001099012345' } });
  await s.waitForJob((await s.call('imports', 'start', { dossierCode: code, paths: pages.map((p) => p.file) })).jobId);
  await s.core.pipeline?.whenIdle();
  const job = await s.waitForJob((await s.call('exports', 'start', { dossierCode: code, outDir })).jobId);
  return (job.result as { path: string }).path;
}

/** Imports, cleans, recognises and exports the page set in a fresh station data folder under `dir`. */
export async function stationRow(pages: readonly BenchPage[], dir: string, engine: StationEngine): Promise<BenchRow> {
  const s = await CliSession.open(join(dir, `station-${engine}`), { drivers: 'in-process', pipeline: { ocr: engine } });
  try {
    // The station is a resident app: its OCR workers and page threads are up and compiled after the first page of
    // the day. One page of its own goes through first, out of the timing (OCRmyPDF and tesseract start per run).
    await digitize(s, pages.slice(-1), join(dir, `warm-up-${engine}`), WARM_UP_CODE);
    const run = await measure(() => digitize(s, pages, join(dir, `out-${engine}`)), { includeSelf: true });
    const failed = (await s.call('pipeline', 'status', { dossierCode: CODE })).failed;
    const notes = [`engine ${engine}, 2 OCR workers, 3 pages in flight, deskew + orientation + despeckle + MRC, PDF/A-1b`, failed ? `${failed} pages FAILED` : ''];
    return benchRow(`Trạm Số hóa (${engine})`, pages.length, run, await scorePdf(run.result, pages.map((p) => p.truth)), await fileBytes(run.result), notes.filter(Boolean).join('; '));
  } finally {
    await s.close();
  }
}

export interface CleanupTiming { page: string; output: 'color' | 'gray'; totalMs: number; decodeMs: number; deskew: number; rotation: number }

/**
 * Image clean-up alone, one page at a time on this thread and one libvips thread (the target is per core). The
 * first page is cleaned once before timing: the station is a long-running process, its code is compiled once.
 */
export async function cleanupTimings(pages: readonly BenchPage[]): Promise<CleanupTiming[]> {
  const out: CleanupTiming[] = [];
  const threads = sharp.concurrency();
  sharp.concurrency(1);
  try {
    if (pages[0]) await cleanPage(await readFile(pages[0].file), { dpi: pages[0].dpi, output: 'color' });
    for (const p of pages) out.push(await timeCleanup(p));
  } finally {
    sharp.concurrency(threads);
  }
  return out;
}

async function timeCleanup(p: BenchPage): Promise<CleanupTiming> {
  const bytes = await readFile(p.file);
  // As the pipeline does: the output keeps the capture's colour mode (a grey scan stays grey).
  const output = (await sharp(bytes).metadata()).channels === 1 ? 'gray' : 'color';
  const t0 = performance.now();
  const cleaned = await cleanPage(bytes, { dpi: p.dpi, output });
  return { page: p.name, output, totalMs: performance.now() - t0, decodeMs: cleaned.timings.decodeMs, deskew: cleaned.deskewDeg, rotation: cleaned.rotation };
}
