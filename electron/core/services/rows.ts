import type { DocumentCategoryT, DocumentT, DossierSummaryT, DossierT, PageT, TrashItemT, UserT } from '../../shared/contract/models';

/** Raw rows as SQLite returns them, and their mapping to contract models. */
export interface DossierRow {
  id: string; code: string; procedure_code: string; kind: DossierT['kind']; status: DossierT['status'];
  received_at: string; due_at: string | null; applicant_full_name: string; applicant_personal_id: string;
  applicant_address: string; applicant_phone: string; created_at: string; updated_at: string;
}
export interface DossierSummaryRow extends DossierRow {
  procedure_name: string | null; document_count: number; page_count: number;
}
export interface DocumentRow {
  id: string; dossier_id: string; component_index: number | null; name: string; category: DocumentCategoryT;
  present_only: number; classified: number; expected_pages: number | null; position: number; trash_id: string | null;
}
export interface PageRow {
  id: string; document_id: string; dossier_id: string; position: number; sha256: string; width: number; height: number;
  dpi: number; color_mode: PageT['colorMode']; blank: number; bytes: number; source_name: string; file_rel_path: string;
  trash_id: string | null; capture_note: PageT['captureNote']; created_at: string;
  /** Migration 0003; optional so rows built in code before the column existed still type-check (NULL = included). */
  excluded?: PageT['excluded'];
}
export interface TrashRow {
  id: string; kind: TrashItemT['kind']; entity_id: string; label: string; reason: string; deleted_by: string;
  deleted_at: string; restored_at: string | null;
}
export interface UserRow {
  id: string; username: string; full_name: string; role: UserT['role']; password_hash: string; active: number;
}

export function dossierFromRow(r: DossierRow): DossierT {
  return {
    id: r.id, code: r.code, procedureCode: r.procedure_code, kind: r.kind, status: r.status,
    receivedAt: r.received_at, dueAt: r.due_at,
    applicant: { fullName: r.applicant_full_name, personalId: r.applicant_personal_id, address: r.applicant_address, phone: r.applicant_phone },
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function dossierSummaryFromRow(r: DossierSummaryRow): DossierSummaryT {
  return { ...dossierFromRow(r), procedureName: r.procedure_name, documentCount: r.document_count, pageCount: r.page_count };
}

export function documentFromRow(r: DocumentRow): DocumentT {
  return {
    id: r.id, dossierId: r.dossier_id, componentIndex: r.component_index, name: r.name, category: r.category,
    presentOnly: r.present_only === 1, classified: r.classified === 1, expectedPages: r.expected_pages, position: r.position,
  };
}

export function pageFromRow(r: PageRow): PageT {
  return {
    id: r.id, documentId: r.document_id, position: r.position, sha256: r.sha256, width: r.width, height: r.height,
    dpi: r.dpi, colorMode: r.color_mode, blank: r.blank === 1, bytes: r.bytes, sourceName: r.source_name,
    captureNote: r.capture_note ?? null, excluded: r.excluded ?? null, createdAt: r.created_at,
  };
}

export function trashFromRow(r: TrashRow): TrashItemT {
  return { id: r.id, kind: r.kind, entityId: r.entity_id, label: r.label, reason: r.reason, deletedBy: r.deleted_by, deletedAt: r.deleted_at };
}

export function userFromRow(r: UserRow): UserT {
  return { id: r.id, username: r.username, fullName: r.full_name, role: r.role, active: r.active === 1 };
}
