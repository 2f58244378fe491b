import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DossierCreate, type DossierDetailT, type DossierStatus, type DossierSummaryT, type DossierT } from '../../shared/contract/models';
import { maskPersonalId } from '../../shared/domain/personalId';
import { AppError } from '../../shared/errors/AppError';
import { isUniqueViolation, toStoreError } from '../db/sqliteErrors';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { addWorkingDays } from './dueDate';
import { foldVietnamese, likePattern } from './fold';
import { findProcedure } from './procedures';
import { documentFromRow, dossierFromRow, dossierSummaryFromRow, pageFromRow, type DocumentRow, type DossierRow, type DossierSummaryRow, type PageRow } from './rows';
import { parseOrThrow } from './validate';

export type DossierCreateInput = z.output<typeof DossierCreate>;
export type DossierStatusT = z.infer<typeof DossierStatus>;

export interface ListDossiersInput {
  query?: string | undefined;
  status?: DossierStatusT | undefined;
  limit: number;
  offset: number;
}

const SUMMARY_SELECT = `
  SELECT d.*, p.name AS procedure_name,
    (SELECT COUNT(*) FROM documents doc WHERE doc.dossier_id = d.id AND doc.trash_id IS NULL) AS document_count,
    (SELECT COUNT(*) FROM pages pg JOIN documents doc ON doc.id = pg.document_id
      WHERE pg.dossier_id = d.id AND pg.trash_id IS NULL AND doc.trash_id IS NULL) AS page_count
  FROM dossiers d LEFT JOIN procedures p ON p.code = d.procedure_code`;

/** Finds a live dossier by code; 'store/not-found' with a message the clerk can act on otherwise. */
export function requireDossierRow(store: Store, code: string): DossierRow {
  const row = store.db.prepare('SELECT * FROM dossiers WHERE code = ? AND trash_id IS NULL').get(code.trim()) as DossierRow | undefined;
  if (!row) throw new AppError('store/not-found', `Không tìm thấy hồ sơ ${code} trên trạm. Hãy kiểm tra lại mã hồ sơ hoặc tạo hồ sơ mới.`, { details: { code } });
  return row;
}

/** Creates a dossier; the due time defaults to received + the procedure's working days (see dueDate.ts). */
export function createDossier(store: Store, input: DossierCreateInput, actor: string): DossierT {
  const data = parseOrThrow(DossierCreate, input);
  const procedure = findProcedure(store, data.procedureCode);
  if (!procedure) {
    throw new AppError('validation/procedure-code', `Mã thủ tục ${data.procedureCode} không có trong danh mục TTHC của trạm. Hãy chọn thủ tục từ danh sách.`, { details: { procedureCode: data.procedureCode } });
  }
  const now = store.now().toISOString();
  const received = data.receivedAt ? new Date(data.receivedAt) : store.now();
  const dueAt = data.dueAt ? new Date(data.dueAt).toISOString() : addWorkingDays(received, procedure.processingDays).toISOString();
  const row: DossierRow = {
    id: randomUUID(), code: data.code, procedure_code: data.procedureCode, kind: data.kind, status: 'received',
    received_at: received.toISOString(), due_at: dueAt, applicant_full_name: data.applicant.fullName,
    applicant_personal_id: data.applicant.personalId, applicant_address: data.applicant.address,
    applicant_phone: data.applicant.phone, created_at: now, updated_at: now,
  };
  try {
    store.db.transaction(() => {
      store.db.prepare(`INSERT INTO dossiers (id, code, procedure_code, kind, status, received_at, due_at, applicant_full_name,
          applicant_personal_id, applicant_address, applicant_phone, search_folded, created_at, updated_at)
        VALUES (@id, @code, @procedure_code, @kind, @status, @received_at, @due_at, @applicant_full_name,
          @applicant_personal_id, @applicant_address, @applicant_phone, @search, @created_at, @updated_at)`)
        .run({ ...row, search: foldVietnamese(`${row.code} ${row.applicant_full_name}`) });
      appendAudit(store.db, {
        actor, action: 'dossier.create', entity: 'dossier', entityId: row.id, at: now,
        data: { code: row.code, procedureCode: row.procedure_code, kind: row.kind, dueAt, personalId: maskPersonalId(row.applicant_personal_id) },
      });
    })();
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('store/conflict', `Hồ sơ ${data.code} đã có trên trạm. Hãy mở hồ sơ đó thay vì tạo mới.`, { details: { code: data.code } });
    }
    throw toStoreError(err);
  }
  return dossierFromRow(row);
}

/** Newest first; `query` matches code, applicant name or procedure name, with or without accents. */
export function listDossiers(store: Store, input: ListDossiersInput): { items: DossierSummaryT[]; total: number } {
  const where: string[] = ['d.trash_id IS NULL'];
  const params: Record<string, unknown> = {};
  if (input.status) {
    where.push('d.status = @status');
    params.status = input.status;
  }
  const q = input.query?.trim();
  if (q) {
    where.push(`(d.search_folded LIKE @q ESCAPE '\\' OR p.search_folded LIKE @q ESCAPE '\\')`);
    params.q = likePattern(q);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const total = store.db.prepare(`SELECT COUNT(*) FROM dossiers d LEFT JOIN procedures p ON p.code = d.procedure_code ${clause}`).pluck().get(params) as number;
  const rows = store.db.prepare(`${SUMMARY_SELECT} ${clause} ORDER BY d.received_at DESC, d.code ASC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as DossierSummaryRow[];
  return { items: rows.map(dossierSummaryFromRow), total };
}

/** The dossier with its live documents (by position) and their live pages (by position). */
export function getDossierDetail(store: Store, code: string): DossierDetailT {
  const base = requireDossierRow(store, code);
  const summary = store.db.prepare(`${SUMMARY_SELECT} WHERE d.id = ?`).get(base.id) as DossierSummaryRow;
  const docs = store.db.prepare('SELECT * FROM documents WHERE dossier_id = ? AND trash_id IS NULL ORDER BY position').all(base.id) as DocumentRow[];
  const pages = store.db.prepare('SELECT * FROM pages WHERE dossier_id = ? AND trash_id IS NULL ORDER BY document_id, position').all(base.id) as PageRow[];
  return {
    dossier: dossierSummaryFromRow(summary),
    documents: docs.map((d) => ({ ...documentFromRow(d), pages: pages.filter((p) => p.document_id === d.id).map(pageFromRow) })),
  };
}

/** Changes the workflow status. A cancelled dossier stays cancelled. */
export function setDossierStatus(store: Store, code: string, status: DossierStatusT, actor: string): DossierT {
  return store.db.transaction(() => {
    const row = requireDossierRow(store, code);
    if (row.status === status) return dossierFromRow(row);
    if (row.status === 'cancelled') {
      throw new AppError('store/conflict', `Hồ sơ ${row.code} đã bị hủy nên không đổi trạng thái được. Hãy tạo hồ sơ mới nếu cần.`, { details: { code: row.code } });
    }
    const now = store.now().toISOString();
    store.db.prepare('UPDATE dossiers SET status = ?, updated_at = ? WHERE id = ?').run(status, now, row.id);
    appendAudit(store.db, { actor, action: 'dossier.status', entity: 'dossier', entityId: row.id, at: now, data: { code: row.code, from: row.status, to: status } });
    return dossierFromRow({ ...row, status, updated_at: now });
  })();
}
