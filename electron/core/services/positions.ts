import type { Store } from '../store/Store';

/**
 * Renumbering of 1-based, contiguous positions: pages within a document, documents within a dossier. Trashed rows
 * keep and shift their positions like live ones, so a restore lands back in place without a clash.
 * Call inside the caller's transaction.
 */
type Scope = { table: 'pages'; column: 'document_id' } | { table: 'documents'; column: 'dossier_id' };

export const PAGES_OF_DOCUMENT: Scope = { table: 'pages', column: 'document_id' };
export const DOCUMENTS_OF_DOSSIER: Scope = { table: 'documents', column: 'dossier_id' };

/** Position a row gets while it is being moved: never used by a placed row (positions start at 1). */
export const PARKED = 0;

/**
 * Adds `delta` to every position >= `from` in the scope. Two steps through negative values because
 * UNIQUE (scope, position) is checked row by row during an UPDATE.
 */
export function shiftPositions(store: Store, scope: Scope, scopeId: string, from: number, delta: 1 | -1): number {
  const { table, column } = scope;
  const changed = store.db.prepare(`UPDATE ${table} SET position = -(position + ?) WHERE ${column} = ? AND position >= ?`).run(delta, scopeId, from).changes;
  store.db.prepare(`UPDATE ${table} SET position = -position WHERE ${column} = ? AND position < 0`).run(scopeId);
  return changed;
}

/** The highest position in the scope, trashed rows included (0 when empty). */
export function maxPosition(store: Store, scope: Scope, scopeId: string): number {
  return store.db.prepare(`SELECT COALESCE(MAX(position), 0) FROM ${scope.table} WHERE ${scope.column} = ?`).pluck().get(scopeId) as number;
}

