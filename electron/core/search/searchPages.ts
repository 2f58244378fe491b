import type { SearchHitT } from '../../shared/contract/pipelineModels';
import type { Store } from '../store/Store';
import { ftsMatchExpression, requireQueryTokens } from './ftsQuery';
import { makeSnippet } from './snippet';

interface HitRow {
  page_id: string;
  folded: string;
  position: number;
  document_id: string;
  document_name: string;
  dossier_code: string;
  text: string | null;
}

// Trashed pages, documents and dossiers and excluded pages (blank, separator) are not part of any output, so
// they are not found either. bm25() is lower for better matches; ties keep a stable dossier/page order.
const SEARCH_SQL = `
  SELECT f.page_id, f.folded, p.position, p.document_id, doc.name AS document_name, d.code AS dossier_code, t.text
  FROM page_text_fts f
  JOIN pages p ON p.id = f.page_id
  JOIN documents doc ON doc.id = p.document_id
  JOIN dossiers d ON d.id = p.dossier_id
  LEFT JOIN page_text t ON t.page_id = p.id
  WHERE page_text_fts MATCH @match
    AND p.trash_id IS NULL AND p.excluded IS NULL AND doc.trash_id IS NULL AND d.trash_id IS NULL
  ORDER BY bm25(page_text_fts), d.code, doc.position, p.position
  LIMIT @limit`;

/**
 * Full-text search over the OCR text of every dossier. The query is folded like the index (accents and case
 * optional: "quyet dinh" finds "Quyết định", "DĂNG" finds "đăng"), split into words, and every word must occur
 * as a word prefix. Any user input is safe: only letters and digits reach FTS5, each as a quoted string.
 * Throws `search/invalid-query` when the query holds no letter or digit.
 */
export function searchPages(store: Store, q: string, limit: number): SearchHitT[] {
  const tokens = requireQueryTokens(q);
  const rows = store.db.prepare(SEARCH_SQL).all({ match: ftsMatchExpression(tokens), limit: Math.max(1, Math.min(limit, 500)) }) as HitRow[];
  return rows.map((r) => ({
    dossierCode: r.dossier_code,
    documentId: r.document_id,
    documentName: r.document_name,
    pageId: r.page_id,
    position: r.position,
    snippet: makeSnippet(r.text ?? r.folded, tokens),
  }));
}
