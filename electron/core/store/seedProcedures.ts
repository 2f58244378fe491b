import { z } from 'zod';
import { Procedure, type ProcedureT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import type { Db } from '../db/openDatabase';
import { appendAudit } from '../services/audit';
import { canonicalJson } from '../services/canonicalJson';
import { foldVietnamese } from '../services/fold';

/** The shape of `assets/procedures.json`. */
export const ProcedureCatalog = z.object({
  version: z.string().min(1),
  procedures: z.array(Procedure).min(1),
});
export type ProcedureCatalogT = z.infer<typeof ProcedureCatalog>;

export function procedureSearchText(p: Pick<ProcedureT, 'code' | 'name' | 'field'>): string {
  return foldVietnamese(`${p.code} ${p.name} ${p.field}`);
}

/**
 * Validates the catalog with the contract's zod schema and upserts every procedure by code. Running it twice is a
 * no-op; a new catalog version updates changed rows and writes one audit entry. Procedures dropped from the file
 * stay in the table because existing dossiers reference them.
 */
export function seedProcedures(db: Db, raw: unknown, now: Date): { version: string; changed: number } {
  const parsed = ProcedureCatalog.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('store/migration-failed', 'Danh mục thủ tục hành chính đi kèm ứng dụng bị lỗi nên không nạp được. Hãy cài lại ứng dụng hoặc báo bộ phận CNTT.', {
      details: { step: 'seed-procedures', path: issue?.path.join('.') ?? '', issue: issue?.message ?? '' },
    });
  }
  const catalog = parsed.data;
  const codes = catalog.procedures.map((p) => p.code);
  if (new Set(codes).size !== codes.length) {
    throw new AppError('store/migration-failed', 'Danh mục thủ tục hành chính có mã trùng nhau. Hãy cài lại ứng dụng hoặc báo bộ phận CNTT.', { details: { step: 'seed-procedures' } });
  }
  const at = now.toISOString();
  const upsert = db.prepare(`
    INSERT INTO procedures (code, name, field, agency_level, processing_days, fees_json, components_json, source, catalog_version, search_folded, updated_at)
    VALUES (@code, @name, @field, @agencyLevel, @processingDays, @fees, @components, @source, @version, @search, @at)
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, field = excluded.field, agency_level = excluded.agency_level,
      processing_days = excluded.processing_days, fees_json = excluded.fees_json, components_json = excluded.components_json,
      source = excluded.source, catalog_version = excluded.catalog_version, search_folded = excluded.search_folded,
      updated_at = excluded.updated_at
    WHERE procedures.catalog_version IS NOT excluded.catalog_version`);
  return db.transaction(() => {
    let changed = 0;
    for (const p of catalog.procedures) {
      changed += upsert.run({
        code: p.code, name: p.name, field: p.field, agencyLevel: p.agencyLevel, processingDays: p.processingDays,
        fees: canonicalJson(p.fees), components: canonicalJson(p.components), source: p.source,
        version: catalog.version, search: procedureSearchText(p), at,
      }).changes;
    }
    if (changed > 0) {
      appendAudit(db, { actor: 'system', action: 'procedures.seed', entity: 'procedure', entityId: null, at, data: { version: catalog.version, changed } });
    }
    return { version: catalog.version, changed };
  })();
}
