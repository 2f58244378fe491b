import { mkdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/AppError';
import type { DossierDetailT, PageT } from '../../shared/contract/models';
import { writeFileAtomic } from '../fsutil/durable';
import { buildImagePdf, type PdfPageInput } from '../pdf/buildImagePdf';
import { getDossierDetail } from '../services/dossiers';
import { pageFilePath } from '../services/pages';
import type { Store } from '../store/Store';
import type { JobContext } from '../jobs/JobContext';

export interface ExportResult extends Record<string, unknown> {
  path: string;
  manifestPath: string;
  bytes: number;
  pages: number;
  sha256: string;
}

function pagesInOrder(detail: DossierDetailT): PageT[] {
  return detail.documents.flatMap((d) => d.pages);
}

async function* readPages(store: Store, pages: PageT[], ctx: JobContext): AsyncIterable<PdfPageInput> {
  for (const page of pages) {
    if (ctx.signal.aborted) throw new AppError('job/cancelled', 'Đã hủy xuất PDF.');
    const path = pageFilePath(store, page);
    const bytes = await readFile(path);
    // Integrity in transfer (VN-DG-05 đ): the hash computed at capture is re-checked before it leaves the station.
    if (createHash('sha256').update(bytes).digest('hex') !== page.sha256) {
      throw new AppError('export/failed', `Ảnh trang ${page.position} bị thay đổi trên ổ đĩa (sai mã băm). Hãy quét lại trang này trước khi xuất.`);
    }
    yield { bytes, format: extname(path) === '.png' ? 'png' : 'jpeg', width: page.width, height: page.height, dpi: page.dpi };
  }
}

/**
 * Writes `<outDir>/<code>.pdf` and a manifest with the hash of every page and of the PDF, atomically, so the
 * outbox never holds a half-written file.
 */
export async function exportDossierPdf(store: Store, code: string, outDir: string, ctx: JobContext): Promise<ExportResult> {
  const detail = getDossierDetail(store, code);
  const pages = pagesInOrder(detail);
  if (pages.length === 0) throw new AppError('export/no-pages', `Hồ sơ ${code} chưa có trang nào. Hãy nhập hoặc quét giấy tờ trước khi xuất PDF.`);
  ctx.progress({ done: 0, total: pages.length, note: 'Đang ghép PDF' });
  const pdf = await buildImagePdf(readPages(store, pages, ctx), {
    title: `Hồ sơ ${code}`,
    subject: detail.dossier.procedureName ?? detail.dossier.procedureCode,
    author: 'Trạm Số hóa',
    keywords: [code, detail.dossier.procedureCode],
    createdAt: store.now(),
  }, (n) => ctx.progress({ done: n, total: pages.length, note: `Trang ${n}/${pages.length}` }));
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, `${code}.pdf`);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  await writeFileAtomic(path, pdf);
  const manifest = {
    dossierCode: code, procedureCode: detail.dossier.procedureCode, exportedAt: store.now().toISOString(), pdf: { file: `${code}.pdf`, sha256, bytes: pdf.byteLength },
    pages: pages.map((p) => ({ position: p.position, sha256: p.sha256, width: p.width, height: p.height, dpi: p.dpi })),
  };
  const manifestPath = join(outDir, `${code}.manifest.json`);
  await writeFileAtomic(manifestPath, Buffer.from(JSON.stringify(manifest, null, 2)));
  return { path, manifestPath, bytes: pdf.byteLength, pages: pages.length, sha256 };
}
