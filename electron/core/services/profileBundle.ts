import { ProfileBundle, type ProfileBundleT, type ScanProfileT } from '../../shared/contract/scanModels';
import { AppError } from '../../shared/errors/AppError';
import { toStoreError } from '../db/sqliteErrors';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { deleteProfileRow, getProfileByName, listProfiles, writeProfile } from './profiles';
import { issuesText, issuesVi } from './zodIssuesVi';

/**
 * Profile files IT rolls out to desks (issue 4 item 5): `exportProfiles` writes every profile without station
 * ids (they mean nothing on another desk); `importProfiles` upserts by name in one transaction.
 */

const FORMAT = 'tram-so-hoa/scan-profiles' as const;

/** The station's profiles as a bundle. Ids and timestamps are dropped: a bundle matches profiles by name. */
export function exportProfiles(store: Store): ProfileBundleT {
  const profiles = listProfiles(store).map(({ id: _id, updatedAt: _u, ...p }) => p);
  return { format: FORMAT, version: 1, exportedAt: store.now().toISOString(), profiles };
}

/**
 * Validates an untrusted bundle (a file from another desk). Problems come back in one 'validation/input' error
 * whose message lists every `path: problem` line in Vietnamese; `details.issues` carries them for a UI.
 */
export function parseProfileBundle(raw: unknown): ProfileBundleT {
  const r = ProfileBundle.safeParse(raw);
  if (!r.success) {
    const issues = issuesVi(r.error);
    throw new AppError('validation/input', `Tệp cấu hình quét không hợp lệ:\n${issuesText(issues)}`, { details: { issues } });
  }
  const names = new Set<string>();
  for (const [i, p] of r.data.profiles.entries()) {
    if (names.has(p.name)) throw new AppError('validation/input', `Tệp cấu hình quét không hợp lệ:\nprofiles.${i}.name: tên “${p.name}” xuất hiện hai lần.`, { details: { name: p.name } });
    names.add(p.name);
  }
  if (r.data.profiles.filter((p) => p.isDefault).length > 1) {
    throw new AppError('validation/input', 'Tệp cấu hình quét không hợp lệ:\nprofiles: có nhiều hơn một cấu hình mặc định.');
  }
  return r.data;
}

function removeMissing(store: Store, keep: ReadonlySet<string>, actor: string): number {
  const gone = listProfiles(store).filter((p: ScanProfileT) => !keep.has(p.name));
  for (const p of gone) deleteProfileRow(store, p, actor, 'import-replace');
  return gone.length;
}

/**
 * Imports a bundle: each profile replaces the station's profile of the same name (keeping its id, so scan
 * history still points at it) or is created. With `replace`, profiles not in the bundle are removed, each
 * audited with its JSON. All or nothing: one transaction.
 */
export function importProfiles(store: Store, bundle: unknown, opts: { replace: boolean }, actor: string): { imported: number } {
  const data = parseProfileBundle(bundle);
  try {
    return store.db.transaction(() => {
      const removed = opts.replace ? removeMissing(store, new Set(data.profiles.map((p) => p.name)), actor) : 0;
      for (const p of data.profiles) {
        const existing = getProfileByName(store, p.name);
        writeProfile(store, { ...p, id: existing?.id }, actor, 'profile.import');
      }
      appendAudit(store.db, {
        actor, action: 'profile.import-bundle', entity: 'scan-profile', entityId: null, at: store.now().toISOString(),
        data: { exportedAt: data.exportedAt, imported: data.profiles.length, removed, replace: opts.replace },
      });
      return { imported: data.profiles.length };
    })();
  } catch (err) {
    throw toStoreError(err);
  }
}
