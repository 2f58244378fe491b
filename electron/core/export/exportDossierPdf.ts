import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/AppError';
import { writeFileAtomic } from '../fsutil/durable';
import { buildSearchablePdf } from '../pdf';
import { pipelineSettings } from '../pipeline/pipelineSettings';
import { getRawProcessing } from '../pipeline/processingRows';
import { getDossierDetail } from '../services/dossiers';
import type { Store } from '../store/Store';
import type { JobContext } from '../jobs/JobContext';
import type { DossierDetailT } from '../../shared/contract/models';
import type { EncodeRequest, EncodeResult } from '../pipeline/encodeWork';
import { ThreadPool } from '../threads/ThreadPool';
import { outputPages, searchablePages, type EncodePage, type OutputPage } from './searchablePages';

export interface ExportResult extends Record<string, unknown> {
  path: string;
  manifestPath: string;
  bytes: number;
  pages: number;
  sha256: string;
  /** Pages exported without a text layer because the pipeline had not processed them yet. */
  unprocessed: number;
}

/**
 * Writes `<outDir>/<code>.pdf` and a manifest with the hash of every page and of the PDF, atomically, so the
 * outbox never holds a half-written file.
 */
export async function exportDossierPdf(store: Store, code: string, outDir: string, ctx: JobContext): Promise<ExportResult> {
  const detail = getDossierDetail(store, code);
  const pages = outputPages(detail);
  if (pages.length === 0) throw new AppError('export/no-pages', `Hồ sơ ${code} chưa có trang nào. Hãy nhập hoặc quét giấy tờ trước khi xuất PDF.`);
  ctx.progress({ done: 0, total: pages.length, note: 'Đang ghép PDF/A' });
  const stats = { unprocessed: 0 };
  const threads = lazyEncodeThreads(pages.length);
  try {
    return await writeExport(store, { code, outDir, ctx, pages, detail, stats, encode: threads.encode });
  } finally {
    await threads.close();
  }
}

/**
 * Page images the pipeline did not encode are encoded in worker threads (MRC is ~0.5 s of pixel work a page): the
 * core stays responsive. The threads start only when a page needs them (usually none: see pipeline/pdfImageFile.ts).
 */
function lazyEncodeThreads(pageCount: number): { encode: EncodePage; close: () => Promise<void> } {
  let pool: ThreadPool<EncodeRequest, EncodeResult> | null = null;
  return {
    encode: (req) => (pool ??= new ThreadPool<EncodeRequest, EncodeResult>('pageWorker', Math.min(2, pageCount))).run(req),
    close: async () => pool?.close(),
  };
}

interface ExportJob {
  code: string; outDir: string; ctx: JobContext; pages: OutputPage[]; detail: DossierDetailT; stats: { unprocessed: number }; encode: EncodePage;
}

async function writeExport(store: Store, { code, outDir, ctx, pages, detail, stats, encode }: ExportJob): Promise<ExportResult> {
  const pdf = await buildSearchablePdf(searchablePages(store, pages, pipelineSettings(store).pdfMode, encode, ctx, stats), {
    title: `Hồ sơ ${code}`,
    subject: detail.dossier.procedureName ?? detail.dossier.procedureCode,
    author: 'Trạm Số hóa',
    keywords: [code, detail.dossier.procedureCode],
    createdAt: store.now(),
    part: 1,
    custom: { dossierCode: code, procedureCode: detail.dossier.procedureCode, digitizedBy: 'Trạm Số hóa' },
  }, (n) => ctx.progress({ done: n, total: pages.length, note: `Trang ${n}/${pages.length}` }));
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, `${code}.pdf`);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  await writeFileAtomic(path, pdf);
  const manifest = {
    dossierCode: code, procedureCode: detail.dossier.procedureCode, exportedAt: store.now().toISOString(), pdf: { file: `${code}.pdf`, sha256, bytes: pdf.byteLength },
    // The master (as captured) and the cleaned image in the PDF are both hashed (issue 3: both kept and hashed).
    pages: pages.map(({ page: p }) => ({ position: p.position, sha256: p.sha256, derivedSha256: getRawProcessing(store, p.id)?.derived_sha256 ?? null, width: p.width, height: p.height, dpi: p.dpi })),
    unprocessedPages: stats.unprocessed,
  };
  const manifestPath = join(outDir, `${code}.manifest.json`);
  await writeFileAtomic(manifestPath, Buffer.from(JSON.stringify(manifest, null, 2)));
  return { path, manifestPath, bytes: pdf.byteLength, pages: pages.length, sha256, unprocessed: stats.unprocessed };
}
