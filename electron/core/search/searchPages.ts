import type { SearchHitT } from '../../shared/contract/pipelineModels';
import type { Store } from '../store/Store';
import { ftsMatchExpression, requireQueryTokens } from './ftsQuery';
import { ftsRowid } from './pageIndex';
import { makeSnippet } from './snippet';

interface HitRow {
  page_id: string;
  position: number;
  document_id: string;
  document_name: string;
  dossier_code: string;
  text: string | null;
}

/**
 * Every matching index row, best first (bm25() is lower for better matches; rowid breaks ties). Only rowid and
 * score: reading `page_id` here would read each row's whole folded text too (3–4× slower on 10,000 pages).
 */
const RANKED_SQL = 'SELECT rowid, bm25(page_text_fts) AS score FROM page_text_fts WHERE page_text_fts MATCH ? ORDER BY score, rowid';

// Trashed pages, documents and dossiers and excluded pages (blank, separator) are not part of any output, so
// they are not found either.
const HIT_SQL = `
  SELECT f.page_id, p.position, p.document_id, doc.name AS document_name, d.code AS dossier_code, t.text
  FROM page_text_fts f
  JOIN pages p ON p.id = f.page_id
  JOIN documents doc ON doc.id = p.document_id
  JOIN dossiers d ON d.id = p.dossier_id
  LEFT JOIN page_text t ON t.page_id = p.id
  WHERE f.rowid = ? AND p.trash_id IS NULL AND p.excluded IS NULL AND doc.trash_id IS NULL AND d.trash_id IS NULL`;

/** The best `limit` live hits: ranks on the index alone, then looks rows up one by one until enough pass. */
function liveHits(store: Store, match: string, limit: number): HitRow[] {
  // Rowids are 63-bit (pageIndex.ts): read them as BigInt, a JS number would round them.
  const ranked = store.db.prepare(RANKED_SQL).safeIntegers(true).raw().all(match) as Array<[bigint, number]>;
  const lookup = store.db.prepare(HIT_SQL);
  const hits: HitRow[] = [];
  for (const [rowid] of ranked) {
    const row = lookup.get(rowid) as HitRow | undefined;
    if (row) hits.push(row);
    if (hits.length >= limit) break;
  }
  return hits;
}

/** The original text to cut a snippet from; the folded index copy when the page has no `page_text` row. */
function snippetSource(store: Store, row: HitRow): string {
  if (row.text !== null) return row.text;
  const folded = store.db.prepare('SELECT folded FROM page_text_fts WHERE rowid = ?').pluck().get(ftsRowid(row.page_id)) as string | undefined;
  return folded ?? '';
}

/**
 * Full-text search over the OCR text of every dossier. The query is folded like the index (accents and case
 * optional: "quyet dinh" finds "Quyết định", "DĂNG" finds "đăng"), split into words, and every word must occur
 * as a word prefix. Any user input is safe: only letters and digits reach FTS5, each as a quoted string.
 * Throws `search/invalid-query` when the query holds no letter or digit.
 */
export function searchPages(store: Store, q: string, limit: number): SearchHitT[] {
  const tokens = requireQueryTokens(q);
  const rows = liveHits(store, ftsMatchExpression(tokens), Math.max(1, Math.min(limit, 500)));
  return rows.map((r) => ({
    dossierCode: r.dossier_code,
    documentId: r.document_id,
    documentName: r.document_name,
    pageId: r.page_id,
    position: r.position,
    snippet: makeSnippet(snippetSource(store, r), tokens),
  }));
}
