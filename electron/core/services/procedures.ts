import type { ProcedureT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import type { Store } from '../store/Store';
import { likePattern } from './fold';

interface ProcedureRow {
  code: string; name: string; field: string; agency_level: ProcedureT['agencyLevel']; processing_days: number;
  fees_json: string; components_json: string; source: string;
}

function procedureFromRow(r: ProcedureRow): ProcedureT {
  return {
    code: r.code, name: r.name, field: r.field, agencyLevel: r.agency_level, processingDays: r.processing_days,
    fees: JSON.parse(r.fees_json) as ProcedureT['fees'],
    components: JSON.parse(r.components_json) as ProcedureT['components'],
    source: r.source,
  };
}

/** The TTHC catalog, filtered by code, name or field (accents optional), ordered by code. */
export function listProcedures(store: Store, query?: string): ProcedureT[] {
  const q = query?.trim();
  const rows = q
    ? store.db.prepare(`SELECT * FROM procedures WHERE search_folded LIKE ? ESCAPE '\\' ORDER BY code`).all(likePattern(q))
    : store.db.prepare('SELECT * FROM procedures ORDER BY code').all();
  return (rows as ProcedureRow[]).map(procedureFromRow);
}

/** One procedure, or null when the code is not in the catalog. */
export function findProcedure(store: Store, code: string): ProcedureT | null {
  const row = store.db.prepare('SELECT * FROM procedures WHERE code = ?').get(code) as ProcedureRow | undefined;
  return row ? procedureFromRow(row) : null;
}

export function getProcedure(store: Store, code: string): ProcedureT {
  const p = findProcedure(store, code);
  if (!p) {
    throw new AppError('store/not-found', `Không có thủ tục mã ${code} trong danh mục của trạm. Hãy kiểm tra mã TTHC hoặc cập nhật danh mục.`, { details: { code } });
  }
  return p;
}

/** Version of the catalog last seeded (`assets/procedures.json` → `version`), or 'none' before any seed. */
export function procedureCatalogVersion(store: Store): string {
  const v = store.db.prepare('SELECT catalog_version FROM procedures ORDER BY updated_at DESC, code LIMIT 1').pluck().get() as string | undefined;
  return v ?? 'none';
}
