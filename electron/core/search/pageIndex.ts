import { createHash } from 'node:crypto';
import { foldVietnamese } from '../services/fold';
import type { Store } from '../store/Store';

export interface IndexPageTextInput {
  pageId: string;
  dossierId: string;
  /** The page's OCR text (NFC); the index keeps only its folded copy. */
  text: string;
}

/**
 * The FTS row of a page has a rowid derived from the page id (63 bits of its SHA-256), so replacing or removing
 * it is a rowid lookup instead of a scan of every indexed page (`page_id` is UNINDEXED). `pages.rowid` cannot
 * serve: a TEXT primary key leaves the rowid free to change on VACUUM. A collision (≈ 2⁻⁶³ per pair) would fail
 * the insert loudly rather than mix two pages up.
 */
export function ftsRowid(pageId: string): bigint {
  return createHash('sha256').update(pageId).digest().readBigInt64BE(0) & 0x7fff_ffff_ffff_ffffn;
}

/**
 * Replaces a page's row in the full-text index with the folded copy of `text`. The pipeline calls it after
 * writing `page_text`; the index does not read `page_text`, so both stay independent (the snippet reads the
 * original text at query time). Call inside the pipeline's transaction when there is one (nests as a savepoint).
 */
export function indexPageText(store: Store, input: IndexPageTextInput): void {
  const rowid = ftsRowid(input.pageId);
  const folded = foldVietnamese(input.text);
  store.db.transaction(() => {
    store.db.prepare('DELETE FROM page_text_fts WHERE rowid = ?').run(rowid);
    if (folded.length === 0) return;
    store.db.prepare('INSERT INTO page_text_fts (rowid, folded, page_id, dossier_id) VALUES (?, ?, ?, ?)')
      .run(rowid, folded, input.pageId, input.dossierId);
  })();
}

/** Takes a page out of the full-text index (its `page_text` row, owned by the pipeline, is left alone). */
export function removePageText(store: Store, pageId: string): void {
  store.db.prepare('DELETE FROM page_text_fts WHERE rowid = ?').run(ftsRowid(pageId));
}
