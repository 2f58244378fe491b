import { randomUUID } from 'node:crypto';
import { ScanProfileInput, type ScanProfileInputT, type ScanProfileT } from '../../shared/contract/scanModels';
import { AppError } from '../../shared/errors/AppError';
import { isUniqueViolation, toStoreError } from '../db/sqliteErrors';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { SEED_PROFILE } from './defaultProfile';
import { profileFromRow, type ProfileRow } from './profileRows';
import { parseOrThrow } from './validate';

/**
 * Scan profiles (issue 4): named scan settings set by IT staff for a desk.
 *
 * - At most one profile is the desk default (`isDefault`); saving a profile as default clears the previous one
 *   in the same transaction. The scan controller uses it when a scan request names no profile.
 * - `lockedFields` lists the settings a desk clerk may not change at scan time. This service only stores the list;
 *   the scan controller enforces it by refusing `ScanRequest.overrides` for a locked field. Locking `device`
 *   needs a fixed `device` (validateProfileAgainstCaps reports a lock on a null device).
 * - Every change is audited in the same transaction; a removed profile's full JSON goes into the audit data so
 *   nothing is deleted silently and IT can recreate it.
 * - A fresh station gets one seeded default profile (SEED_PROFILE) the first time profiles are read.
 */

const SEED_ACTOR = 'system:seed';

/** The profile body as stored (the row's columns carry id, name and the default flag). */
type ProfileBody = Omit<ScanProfileT, 'id' | 'updatedAt'>;

function bodyJson(p: ProfileBody): string {
  const { isDefault: _d, ...rest } = p;
  return JSON.stringify(rest);
}

function insertRow(store: Store, id: string, p: ProfileBody, at: string): void {
  if (p.isDefault) store.db.prepare('UPDATE scan_profiles SET is_default = 0 WHERE is_default = 1').run();
  store.db.prepare(`INSERT INTO scan_profiles (id, name, body, is_default, updated_at) VALUES (?, ?, ?, ?, ?)`)
    .run(id, p.name, bodyJson(p), p.isDefault ? 1 : 0, at);
}

function updateRow(store: Store, id: string, p: ProfileBody, at: string): void {
  if (p.isDefault) store.db.prepare('UPDATE scan_profiles SET is_default = 0 WHERE is_default = 1 AND id <> ?').run(id);
  store.db.prepare('UPDATE scan_profiles SET name = ?, body = ?, is_default = ?, updated_at = ? WHERE id = ?')
    .run(p.name, bodyJson(p), p.isDefault ? 1 : 0, at, id);
}

/**
 * Seeds SEED_PROFILE once per station: only while the table is empty and no seed was ever recorded, so an
 * administrator who removed every profile on purpose does not see it come back.
 */
function ensureSeeded(store: Store): void {
  if ((store.db.prepare('SELECT COUNT(*) FROM scan_profiles').pluck().get() as number) > 0) return;
  store.db.transaction(() => {
    const seeded = store.db.prepare("SELECT 1 FROM audit_log WHERE action = 'profile.seed' LIMIT 1").get();
    if (seeded !== undefined) return;
    const id = randomUUID();
    const at = store.now().toISOString();
    insertRow(store, id, SEED_PROFILE, at);
    appendAudit(store.db, { actor: SEED_ACTOR, action: 'profile.seed', entity: 'scan-profile', entityId: id, at, data: { name: SEED_PROFILE.name } });
  })();
}

/** All profiles, the default first, then by name. Seeds the default profile on a fresh station. */
export function listProfiles(store: Store): ScanProfileT[] {
  ensureSeeded(store);
  const rows = store.db.prepare('SELECT * FROM scan_profiles ORDER BY is_default DESC, name').all() as ProfileRow[];
  return rows.map(profileFromRow);
}

/** A profile by id, or null. */
export function getProfile(store: Store, id: string): ScanProfileT | null {
  const row = store.db.prepare('SELECT * FROM scan_profiles WHERE id = ?').get(id) as ProfileRow | undefined;
  return row ? profileFromRow(row) : null;
}

/** A profile by its (unique) name, or null. */
export function getProfileByName(store: Store, name: string): ScanProfileT | null {
  const row = store.db.prepare('SELECT * FROM scan_profiles WHERE name = ?').get(name.trim()) as ProfileRow | undefined;
  return row ? profileFromRow(row) : null;
}

/** The desk's default profile (seeded on a fresh station), or null when IT removed or un-defaulted them all. */
export function getDefaultProfile(store: Store): ScanProfileT | null {
  ensureSeeded(store);
  const row = store.db.prepare('SELECT * FROM scan_profiles WHERE is_default = 1').get() as ProfileRow | undefined;
  return row ? profileFromRow(row) : null;
}

/** The Vietnamese error for a second profile with the same name. */
export function nameConflict(name: string): AppError {
  return new AppError('store/conflict', `Đã có cấu hình quét tên “${name}”. Hãy chọn tên khác.`, { details: { name } });
}

function notFound(id: string): AppError {
  return new AppError('store/not-found', 'Không tìm thấy cấu hình quét này. Có thể nó vừa bị xóa; hãy tải lại danh sách.', { details: { id } });
}

/**
 * Writes one parsed profile (create when `id` is absent or unknown, update otherwise) and audits it.
 * Runs inside the caller's transaction (better-sqlite3 nests as a savepoint). Exported for importProfiles.
 */
export function writeProfile(store: Store, data: ProfileBody & { id?: string | undefined }, actor: string, action: string): ScanProfileT {
  const at = store.now().toISOString();
  const { id: givenId, ...body } = data;
  return store.db.transaction(() => {
    const existing = givenId ? getProfile(store, givenId) : null;
    const id = givenId ?? randomUUID();
    const other = getProfileByName(store, body.name);
    if (other && other.id !== id) throw nameConflict(body.name);
    if (existing) updateRow(store, id, body, at);
    else insertRow(store, id, body, at);
    const saved = getProfile(store, id);
    if (!saved) throw notFound(id);
    appendAudit(store.db, { actor, action, entity: 'scan-profile', entityId: id, at, data: { created: !existing, profile: saved } });
    return saved;
  })();
}

/** Creates or updates (by `id`) a profile. Names are unique ('store/conflict'). Audited. */
export function saveProfile(store: Store, input: ScanProfileInputT, actor: string): ScanProfileT {
  const data = parseOrThrow(ScanProfileInput, input);
  try {
    return writeProfile(store, data, actor, 'profile.save');
  } catch (err) {
    if (isUniqueViolation(err)) throw nameConflict(data.name);
    throw toStoreError(err);
  }
}

/** Deletes a row and audits it with the removed profile's full JSON, so it can be recreated. */
export function deleteProfileRow(store: Store, profile: ScanProfileT, actor: string, reason: string): void {
  const at = store.now().toISOString();
  store.db.transaction(() => {
    store.db.prepare('DELETE FROM scan_profiles WHERE id = ?').run(profile.id);
    appendAudit(store.db, { actor, action: 'profile.remove', entity: 'scan-profile', entityId: profile.id, at, data: { reason, removed: profile } });
  })();
}

/** Removes a profile ('store/not-found' when unknown). The audit entry keeps its JSON. */
export function removeProfile(store: Store, id: string, actor: string): void {
  const profile = getProfile(store, id);
  if (!profile) throw notFound(id);
  try {
    deleteProfileRow(store, profile, actor, 'removed');
  } catch (err) {
    throw toStoreError(err);
  }
}
