import type { PageFlagT } from '../../shared/contract/pipelineModels';
import type { PageOcrOutcome } from '../ocr';
import { indexPageText } from '../search';
import { appendAudit } from '../services/audit';
import type { WrittenPageFile } from '../store/PageFileStore';
import type { Store } from '../store/Store';
import type { PageWorkResult } from './pageWork';
import type { ClaimedPage } from './processingRows';

export const SYSTEM_ACTOR = 'system:pipeline';

/**
 * Records the clean-up result in one transaction: the derived file (already durable), geometry, flags, codes, and
 * the page taken out of the output when it is blank or a separator sheet (kept on disk, audited, restorable).
 */
export interface SaveCleanOptions {
  excludeBlank: boolean;
  firstRun: boolean;
  /** The page image encoded for the PDF (already durable), or null: export encodes the derived image then. */
  pdfImage: { file: WrittenPageFile; mode: 'jpeg' | 'bw' | 'mrc' } | null;
}

function pdfImageColumns(pdfImage: SaveCleanOptions['pdfImage']): [string | null, string | null, string | null] {
  return pdfImage ? [pdfImage.file.relPath, pdfImage.file.sha256, pdfImage.mode] : [null, null, null];
}

export function saveCleanResult(store: Store, claim: ClaimedPage, work: PageWorkResult, file: WrittenPageFile, opts: SaveCleanOptions): PageFlagT[] {
  const flags: PageFlagT[] = [];
  if (work.blank) flags.push('blank');
  if (work.codes?.separator) flags.push('separator');
  // Only on the first run: a page the clerk put back into the output stays there when it is processed again.
  const excluded = !opts.firstRun ? null : work.codes?.separator ? 'separator' : work.blank && opts.excludeBlank ? 'blank' : null;
  const now = store.now().toISOString();
  store.db.transaction(() => {
    store.db.prepare(`UPDATE page_processing SET status = ?, derived_rel_path = ?, derived_sha256 = ?, derived_width = ?, derived_height = ?,
      output_color = ?, deskew_deg = ?, rotation = ?, crop_json = ?, ink_ratio = ?, flags_json = ?, timings_json = ?, error_code = NULL,
      error_message = NULL, pdf_image_rel_path = ?, pdf_image_sha256 = ?, pdf_image_mode = ?, updated_at = ? WHERE page_id = ?`).run(
      excluded || work.blank ? 'done' : 'ocr', file.relPath, file.sha256, work.derived.width, work.derived.height, claim.colorMode, work.deskewDeg,
      work.rotation, work.crop ? JSON.stringify(work.crop) : null, work.inkRatio, JSON.stringify(flags), JSON.stringify(work.timings),
      ...pdfImageColumns(opts.pdfImage), now, claim.pageId);
    store.db.prepare('UPDATE pages SET blank = ? WHERE id = ?').run(work.blank ? 1 : 0, claim.pageId);
    store.db.prepare('DELETE FROM page_codes WHERE page_id = ?').run(claim.pageId);
    const insertCode = store.db.prepare('INSERT INTO page_codes (page_id, seq, format, value, separator) VALUES (?, ?, ?, ?, ?)');
    work.codes?.codes.forEach((c, i) => insertCode.run(claim.pageId, i + 1, c.format, c.text, work.codes?.separator ? 1 : 0));
    if (work.codes?.patch) insertCode.run(claim.pageId, (work.codes.codes.length) + 1, 'patch', work.codes.patch, work.codes.separator ? 1 : 0);
    if (excluded) {
      store.db.prepare('UPDATE pages SET excluded = ? WHERE id = ? AND excluded IS NULL').run(excluded, claim.pageId);
      appendAudit(store.db, { actor: SYSTEM_ACTOR, action: 'page.excluded', entity: 'page', entityId: claim.pageId, at: now, data: { reason: excluded, dossierCode: claim.dossierCode, inkRatio: work.inkRatio } });
    }
  })();
  return flags;
}

/** Records OCR text (NFC), word boxes, confidence and coverage, and indexes the text for search; status → done. */
export function saveOcrResult(store: Store, claim: ClaimedPage, outcome: PageOcrOutcome, flagsBefore: PageFlagT[]): PageFlagT[] {
  const flags = [...new Set([...flagsBefore, ...outcome.flags])];
  const now = store.now().toISOString();
  const r = outcome.result;
  store.db.transaction(() => {
    store.db.prepare(`INSERT INTO page_text (page_id, text, lines_json, corrections_json, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(page_id) DO UPDATE SET text = excluded.text, lines_json = excluded.lines_json, corrections_json = excluded.corrections_json, updated_at = excluded.updated_at`)
      .run(claim.pageId, r.text, JSON.stringify(r.lines), JSON.stringify(outcome.corrections), now);
    indexPageText(store, { pageId: claim.pageId, dossierId: claim.dossierId, text: r.text });
    store.db.prepare(`UPDATE page_processing SET status = 'done', ocr_engine = ?, ocr_psm = ?, mean_confidence = ?, coverage = ?, flags_json = ?,
      timings_json = json_set(COALESCE(timings_json, '{}'), '$.ocrMs', ?), updated_at = ? WHERE page_id = ?`)
      .run(r.engine, r.psm, r.meanConfidence, outcome.coverage, JSON.stringify(flags), Math.round(r.ms), now, claim.pageId);
  })();
  return flags;
}

export function saveFailure(store: Store, pageId: string, code: string, message: string): void {
  store.db.prepare(`UPDATE page_processing SET status = 'failed', error_code = ?, error_message = ?,
    flags_json = json_insert(flags_json, '$[#]', 'failed'), updated_at = ? WHERE page_id = ? AND status != 'failed'`)
    .run(code, message, store.now().toISOString(), pageId);
}
