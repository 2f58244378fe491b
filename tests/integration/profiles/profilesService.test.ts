import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAudit } from '../../../electron/core/services/audit';
import { SEED_PROFILE } from '../../../electron/core/services/defaultProfile';
import { getDefaultProfile, getProfile, getProfileByName, listProfiles, removeProfile, saveProfile } from '../../../electron/core/services/profiles';
import { errorOf, makeStore, type TestStore } from '../store/helpers';

let t: TestStore;
beforeEach(() => { t = makeStore(); });
afterEach(() => t.cleanup());

describe('profiles service', () => {
  it('seeds one default profile on first read, once', () => {
    const def = getDefaultProfile(t.store);
    expect(def).toMatchObject({ name: SEED_PROFILE.name, source: 'feeder', dpi: 300, colorMode: 'color', deskew: true, blankHandling: 'flag', isDefault: true });
    expect(listProfiles(t.store)).toHaveLength(1);
    expect(listAudit(t.store.db, 10).filter((e) => e.action === 'profile.seed')).toHaveLength(1);
    // Removing every profile on purpose does not bring the seed back.
    removeProfile(t.store, def!.id, 'user:it');
    expect(listProfiles(t.store)).toEqual([]);
    expect(getDefaultProfile(t.store)).toBeNull();
  });

  it('creates, reads by id and name, updates by id', () => {
    const p = saveProfile(t.store, { name: 'Mặt kính 200 dpi xám', source: 'flatbed', dpi: 200, colorMode: 'gray' }, 'user:it');
    expect(p).toMatchObject({ name: 'Mặt kính 200 dpi xám', source: 'flatbed', dpi: 200, colorMode: 'gray', duplex: false, isDefault: false, updatedAt: '2026-03-10T02:00:00.000Z' });
    expect(getProfile(t.store, p.id)).toEqual(p);
    expect(getProfileByName(t.store, ' Mặt kính 200 dpi xám ')).toEqual(p);
    const u = saveProfile(t.store, { ...p, dpi: 300, lockedFields: ['dpi'] }, 'user:it');
    expect(u).toMatchObject({ id: p.id, dpi: 300, lockedFields: ['dpi'] });
    expect(getProfile(t.store, 'nope')).toBeNull();
  });

  it('refuses a duplicate name with a Vietnamese store/conflict', () => {
    saveProfile(t.store, { name: 'A' }, 'user:it');
    const b = saveProfile(t.store, { name: 'B' }, 'user:it');
    const err = errorOf(() => saveProfile(t.store, { ...b, name: 'A' }, 'user:it'));
    expect(err).toMatchObject({ code: 'store/conflict' });
    expect(err?.message).toContain('Đã có cấu hình quét tên “A”');
    expect(getProfile(t.store, b.id)?.name).toBe('B');
  });

  it('setting isDefault clears the previous default in the same transaction', () => {
    const seed = getDefaultProfile(t.store)!;
    const p = saveProfile(t.store, { name: 'Mới', isDefault: true }, 'user:it');
    expect(getDefaultProfile(t.store)?.id).toBe(p.id);
    expect(getProfile(t.store, seed.id)?.isDefault).toBe(false);
    expect(listProfiles(t.store).filter((x) => x.isDefault)).toHaveLength(1);
    expect(listProfiles(t.store)[0]?.id).toBe(p.id);
  });

  it('validates input with the contract schema', () => {
    expect(errorOf(() => saveProfile(t.store, { name: '  ' }, 'user:it'))).toMatchObject({ code: 'validation/input', message: 'Đặt tên cho cấu hình quét.' });
    expect(errorOf(() => saveProfile(t.store, { name: 'x', dpi: 50 }, 'user:it'))).toMatchObject({ code: 'validation/input' });
  });

  it('audits save and remove; the removed profile stays recoverable from the audit data', () => {
    const p = saveProfile(t.store, { name: 'Tạm', dpi: 600 }, 'user:it');
    removeProfile(t.store, p.id, 'user:it');
    expect(getProfile(t.store, p.id)).toBeNull();
    const [removed, saved] = listAudit(t.store.db, 2);
    expect(saved).toMatchObject({ action: 'profile.save', actor: 'user:it', entityId: p.id });
    expect(removed).toMatchObject({ action: 'profile.remove', entityId: p.id, data: { removed: p } });
    expect(verifyAudit(t.store.db).ok).toBe(true);
    expect(errorOf(() => removeProfile(t.store, p.id, 'user:it'))).toMatchObject({ code: 'store/not-found' });
  });
});
