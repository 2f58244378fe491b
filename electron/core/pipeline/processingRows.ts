import type { PageFlagT, PageProcessingT } from '../../shared/contract/pipelineModels';
import type { Store } from '../store/Store';

/** A `page_processing` row as SQLite returns it. */
export interface ProcessingRow {
  page_id: string; status: PageProcessingT['status']; derived_rel_path: string | null; derived_sha256: string | null;
  derived_width: number | null; derived_height: number | null; output_color: PageProcessingT['outputColor'];
  deskew_deg: number | null; rotation: PageProcessingT['rotation']; manual_rotation: PageProcessingT['rotation'];
  crop_json: string | null; ink_ratio: number | null; ocr_engine: string | null; ocr_psm: number | null;
  mean_confidence: number | null; coverage: number | null; flags_json: string; timings_json: string | null;
  error_code: string | null; error_message: string | null; updated_at: string;
  pdf_image_rel_path: string | null; pdf_image_sha256: string | null; pdf_image_mode: 'jpeg' | 'bw' | 'mrc' | null;
}

/** What the pipeline needs to process one page. */
export interface ClaimedPage {
  pageId: string; dossierId: string; dossierCode: string; documentId: string; dpi: number;
  colorMode: 'color' | 'gray' | 'bw'; fileRelPath: string; manualRotation: 0 | 90 | 180 | 270 | null;
}

export function processingFromRow(r: ProcessingRow, excluded: PageProcessingT['excluded']): PageProcessingT {
  const derived = r.derived_sha256 && r.derived_width && r.derived_height ? { width: r.derived_width, height: r.derived_height, sha256: r.derived_sha256 } : null;
  return {
    pageId: r.page_id, status: r.status, flags: JSON.parse(r.flags_json) as PageFlagT[], excluded, outputColor: r.output_color, derived,
    deskewDeg: r.deskew_deg, rotation: r.rotation, inkRatio: r.ink_ratio, meanConfidence: r.mean_confidence, coverage: r.coverage,
    engine: r.ocr_engine, error: r.error_code ? { code: r.error_code, message: r.error_message ?? '' } : null, updatedAt: r.updated_at,
  };
}

/** Queues every live page that has never been processed (imports, scans, restores: whatever the entry path). */
export function queueUnprocessed(store: Store): number {
  const info = store.db.prepare(`
    INSERT INTO page_processing (page_id, status, updated_at)
    SELECT p.id, 'queued', ? FROM pages p
    WHERE p.trash_id IS NULL AND NOT EXISTS (SELECT 1 FROM page_processing pp WHERE pp.page_id = p.id)`).run(store.now().toISOString());
  return info.changes;
}

/** After a crash or kill: work that was in flight starts again (the master and committed rows are intact). */
export function requeueInterrupted(store: Store): number {
  return store.db.prepare(`UPDATE page_processing SET status = 'queued', updated_at = ? WHERE status IN ('cleaning', 'ocr')`).run(store.now().toISOString()).changes;
}

export function requeuePages(store: Store, pageIds: string[]): number {
  const stmt = store.db.prepare(`UPDATE page_processing SET status = 'queued', error_code = NULL, error_message = NULL, updated_at = ? WHERE page_id = ?`);
  const now = store.now().toISOString();
  return store.db.transaction(() => pageIds.reduce((n, id) => n + stmt.run(now, id).changes, 0))();
}

/** Takes the oldest queued page (capture order) and marks it `cleaning`; null when nothing waits. */
export function claimNext(store: Store): ClaimedPage | null {
  return store.db.transaction((): ClaimedPage | null => {
    const row = store.db.prepare(`
      SELECT p.id AS pageId, p.dossier_id AS dossierId, d.code AS dossierCode, p.document_id AS documentId, p.dpi,
             p.color_mode AS colorMode, p.file_rel_path AS fileRelPath, pp.manual_rotation AS manualRotation
      FROM page_processing pp JOIN pages p ON p.id = pp.page_id JOIN dossiers d ON d.id = p.dossier_id
      WHERE pp.status = 'queued' AND p.trash_id IS NULL
      ORDER BY p.created_at, p.position LIMIT 1`).get() as ClaimedPage | undefined;
    if (!row) return null;
    setStatus(store, row.pageId, 'cleaning');
    return row;
  })();
}

export function setStatus(store: Store, pageId: string, status: PageProcessingT['status']): void {
  store.db.prepare('UPDATE page_processing SET status = ?, updated_at = ? WHERE page_id = ?').run(status, store.now().toISOString(), pageId);
}

export function getProcessing(store: Store, pageId: string): PageProcessingT | null {
  const row = store.db.prepare(`SELECT pp.*, p.excluded AS excluded FROM page_processing pp JOIN pages p ON p.id = pp.page_id WHERE pp.page_id = ?`)
    .get(pageId) as (ProcessingRow & { excluded: PageProcessingT['excluded'] }) | undefined;
  return row ? processingFromRow(row, row.excluded) : null;
}

export function getRawProcessing(store: Store, pageId: string): ProcessingRow | null {
  return (store.db.prepare('SELECT * FROM page_processing WHERE page_id = ?').get(pageId) as ProcessingRow | undefined) ?? null;
}

/** Processing state of a dossier's live pages in document/page order (pages never queued show as `queued`). */
export function listDossierProcessing(store: Store, dossierId: string): PageProcessingT[] {
  const rows = store.db.prepare(`
    SELECT p.id AS pid, p.excluded AS excluded, pp.* FROM pages p
    JOIN documents doc ON doc.id = p.document_id
    LEFT JOIN page_processing pp ON pp.page_id = p.id
    WHERE p.dossier_id = ? AND p.trash_id IS NULL AND doc.trash_id IS NULL
    ORDER BY doc.position, p.position`).all(dossierId) as Array<Partial<ProcessingRow> & { pid: string; excluded: PageProcessingT['excluded'] }>;
  const now = store.now().toISOString();
  return rows.map((r) => r.page_id
    ? processingFromRow(r as ProcessingRow, r.excluded)
    : processingFromRow(unprocessedRow(r.pid, now), r.excluded));
}

function unprocessedRow(pageId: string, now: string): ProcessingRow {
  return {
    page_id: pageId, status: 'queued', derived_rel_path: null, derived_sha256: null, derived_width: null, derived_height: null,
    output_color: null, deskew_deg: null, rotation: null, manual_rotation: null, crop_json: null, ink_ratio: null, ocr_engine: null,
    ocr_psm: null, mean_confidence: null, coverage: null, flags_json: '[]', timings_json: null, error_code: null, error_message: null, updated_at: now,
    pdf_image_rel_path: null, pdf_image_sha256: null, pdf_image_mode: null,
  };
}
