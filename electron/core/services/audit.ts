import { createHash } from 'node:crypto';
import type { AuditEntryT, AuditVerifyResultT } from '../../shared/contract/models';
import { maskPersonalId } from '../../shared/domain/personalId';
import type { Db } from '../db/openDatabase';
import { canonicalJson } from './canonicalJson';

/** prev_hash of the first entry. */
export const AUDIT_GENESIS = '0'.repeat(64);

/** What a caller gives; seq, time and hashes are filled in here. */
export interface AuditInput {
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  data?: Record<string, unknown>;
  /** Defaults to now; injected by services that share one clock with the change they record. */
  at?: string;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  data_json: string;
  prev_hash: string;
  hash: string;
}

/** hash = sha256(prevHash + canonical JSON of the entry's content), hex. */
export function auditHash(prevHash: string, e: Omit<AuditEntryT, 'prevHash' | 'hash'>): string {
  const body = canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, entity: e.entity, entityId: e.entityId, data: e.data });
  return createHash('sha256').update(prevHash + body).digest('hex');
}

// Belt and braces: a 12-digit run in audit data is treated as a personal ID and masked, whatever the caller did.
function redact(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/(?<!\d)\d{12}(?!\d)/g, (id) => maskPersonalId(id));
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v)]));
  }
  return value;
}

/**
 * Appends one chained entry. Call it inside the transaction that makes the change it records, so both commit
 * or neither does (better-sqlite3 transactions nest as savepoints).
 */
export function appendAudit(db: Db, input: AuditInput): AuditEntryT {
  return db.transaction((): AuditEntryT => {
    const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    const data = JSON.parse(canonicalJson(redact(input.data ?? {}))) as Record<string, unknown>;
    const content = {
      seq: (last?.seq ?? 0) + 1,
      at: input.at ?? new Date().toISOString(),
      actor: input.actor,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
      data,
    };
    const prevHash = last?.hash ?? AUDIT_GENESIS;
    const entry: AuditEntryT = { ...content, prevHash, hash: auditHash(prevHash, content) };
    db.prepare(`INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, data_json, prev_hash, hash)
                VALUES (@seq, @at, @actor, @action, @entity, @entityId, @dataJson, @prevHash, @hash)`)
      .run({ ...entry, dataJson: canonicalJson(data) });
    return entry;
  })();
}

function rowToEntry(row: AuditRow): AuditEntryT {
  return {
    seq: row.seq, at: row.at, actor: row.actor, action: row.action, entity: row.entity, entityId: row.entity_id,
    data: JSON.parse(row.data_json) as Record<string, unknown>, prevHash: row.prev_hash, hash: row.hash,
  };
}

/** Vietnamese reason why a row breaks the chain, or null when it is sound. */
function checkRow(row: AuditRow, expectedSeq: number, prevHash: string): string | null {
  if (row.seq !== expectedSeq) return `Thiếu bản ghi nhật ký số ${expectedSeq}: nhật ký đã bị xóa bớt.`;
  if (row.prev_hash !== prevHash) return `Bản ghi nhật ký số ${row.seq} không nối với bản ghi trước: nhật ký đã bị sửa hoặc xóa bớt.`;
  let entry: AuditEntryT;
  try {
    entry = rowToEntry(row);
  } catch {
    return `Bản ghi nhật ký số ${row.seq} bị hỏng (dữ liệu không đọc được).`;
  }
  if (auditHash(prevHash, entry) !== row.hash) return `Bản ghi nhật ký số ${row.seq} đã bị sửa: mã băm không khớp với nội dung.`;
  return null;
}

/**
 * Walks the whole chain from the first entry. Detects an edited row (its hash no longer matches), a row whose
 * hash was recomputed (the next row's prev_hash no longer matches) and deleted rows (a gap in seq). Removing the
 * newest rows cannot be seen from the chain alone; compare `entries` with an exported count for that.
 */
export function verifyAudit(db: Db): AuditVerifyResultT {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq ASC').iterate() as IterableIterator<AuditRow>;
  let prevHash = AUDIT_GENESIS;
  let entries = 0;
  for (const row of rows) {
    const reason = checkRow(row, entries + 1, prevHash);
    if (reason !== null) {
      rows.return?.();
      return { ok: false, entries, brokenAtSeq: row.seq === entries + 1 ? row.seq : entries + 1, reason };
    }
    prevHash = row.hash;
    entries += 1;
  }
  return { ok: true, entries, brokenAtSeq: null, reason: null };
}

/** The newest entries first. */
export function listAudit(db: Db, limit: number): AuditEntryT[] {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(Math.max(1, Math.min(limit, 10_000))) as AuditRow[];
  return rows.map(rowToEntry);
}
