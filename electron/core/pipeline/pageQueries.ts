import type { PageProcessingT, PageTextT } from '../../shared/contract/pipelineModels';
import { AppError } from '../../shared/errors/AppError';
import type { OcrLine } from '../ocr/OcrTypes';
import { appendAudit } from '../services/audit';
import { requirePageRow } from '../services/pageRows';
import type { Store } from '../store/Store';
import { getProcessing, getRawProcessing, requeuePages } from './processingRows';

/** Words under this confidence are highlighted for the clerk in the text view. */
export const LOW_CONFIDENCE_BELOW = 60;

const notProcessed = (position: number) =>
  new AppError('pipeline/not-processed', `Trang ${position} chưa được nhận dạng chữ xong. Hãy chờ thanh tiến trình OCR chạy hết rồi mở lại.`);

export function pageText(store: Store, pageId: string): PageTextT {
  const page = requirePageRow(store, pageId);
  const proc = getRawProcessing(store, pageId);
  const row = store.db.prepare('SELECT text, lines_json, corrections_json FROM page_text WHERE page_id = ?').get(pageId) as
    { text: string; lines_json: string; corrections_json: string } | undefined;
  if (!row || !proc?.derived_width || !proc.derived_height) throw notProcessed(page.position);
  const lines = JSON.parse(row.lines_json) as OcrLine[];
  const corrections = JSON.parse(row.corrections_json) as Array<{ from: string; to: string }>;
  return {
    pageId, text: row.text, width: proc.derived_width, height: proc.derived_height, lowConfidenceBelow: LOW_CONFIDENCE_BELOW,
    lines: lines.map((l) => ({ words: l.words.map((w) => ({ text: w.text, confidence: w.confidence, bbox: w.bbox })) })),
    corrections: corrections.map((c) => ({ from: c.from, to: c.to })),
  };
}

/** The clerk turns a page: the turn adds to the current orientation and the page is cleaned and recognised again. */
export function rotatePage(store: Store, pageId: string, degrees: 90 | 180 | 270, actor: string): PageProcessingT {
  const page = requirePageRow(store, pageId);
  const proc = getRawProcessing(store, pageId);
  if (!proc) throw notProcessed(page.position);
  const current = proc.manual_rotation ?? proc.rotation ?? 0;
  const next = ((current + degrees) % 360) as 0 | 90 | 180 | 270;
  store.db.transaction(() => {
    store.db.prepare('UPDATE page_processing SET manual_rotation = ? WHERE page_id = ?').run(next, pageId);
    requeuePages(store, [pageId]);
    appendAudit(store.db, { actor, action: 'page.rotated', entity: 'page', entityId: pageId, at: store.now().toISOString(), data: { degrees, rotation: next } });
  })();
  const result = getProcessing(store, pageId);
  if (!result) throw notProcessed(page.position);
  return result;
}

/** Queues one page or every live page of a dossier again (after a failure or a settings change). */
export function reprocess(store: Store, target: { pageId?: string | undefined; dossierId?: string | undefined }): number {
  if (target.pageId) return requeuePages(store, [requirePageRow(store, target.pageId).id]);
  if (!target.dossierId) throw new AppError('validation/input', 'Hãy chọn trang hoặc hồ sơ cần xử lý lại.');
  const ids = (store.db.prepare('SELECT id FROM pages WHERE dossier_id = ? AND trash_id IS NULL').all(target.dossierId) as Array<{ id: string }>).map((r) => r.id);
  return requeuePages(store, ids);
}
