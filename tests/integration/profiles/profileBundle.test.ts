import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAudit } from '../../../electron/core/services/audit';
import { exportProfiles, importProfiles, parseProfileBundle } from '../../../electron/core/services/profileBundle';
import { getDefaultProfile, getProfileByName, listProfiles, saveProfile } from '../../../electron/core/services/profiles';
import { errorOf, makeStore, type TestStore } from '../store/helpers';

let a: TestStore;
let b: TestStore;
beforeEach(() => { a = makeStore(); b = makeStore(); });
afterEach(() => { a.cleanup(); b.cleanup(); });

function seedDesk(t: TestStore): void {
  listProfiles(t.store); // a desk that has been used: the seed profile exists
  saveProfile(t.store, { name: 'Lưu trữ 300 dpi', dpi: 300, isDefault: true, lockedFields: ['dpi', 'colorMode'] }, 'user:it');
  saveProfile(t.store, { name: 'Mặt kính 200 dpi', source: 'flatbed', dpi: 200 }, 'user:it');
}

describe('profile bundles', () => {
  it('exports every profile without station ids, and imports them elsewhere by name', () => {
    seedDesk(a);
    const bundle = exportProfiles(a.store);
    expect(bundle).toMatchObject({ format: 'tram-so-hoa/scan-profiles', version: 1, exportedAt: '2026-03-10T02:00:00.000Z' });
    expect(bundle.profiles.map((p) => p.name)).toEqual(['Lưu trữ 300 dpi', 'Hồ sơ giấy A4 – khay nạp, 300 dpi, màu', 'Mặt kính 200 dpi']);
    expect(bundle.profiles.every((p) => p.id === undefined)).toBe(true);

    const before = getDefaultProfile(b.store)!;
    expect(importProfiles(b.store, JSON.parse(JSON.stringify(bundle)) as unknown, { replace: false }, 'cli:it')).toEqual({ imported: 3 });
    // The seed of b has the same name as a's seed: updated in place, keeping its id.
    expect(getProfileByName(b.store, before.name)?.id).toBe(before.id);
    expect(getDefaultProfile(b.store)?.name).toBe('Lưu trữ 300 dpi');
    expect(getDefaultProfile(b.store)?.lockedFields).toEqual(['dpi', 'colorMode']);
    expect(listProfiles(b.store).filter((p) => p.isDefault)).toHaveLength(1);
    expect(verifyAudit(b.store.db).ok).toBe(true);
  });

  it('with replace, removes profiles not in the bundle, each audited with its JSON', () => {
    saveProfile(b.store, { name: 'Chỉ có ở bàn B' }, 'user:it');
    const onlyB = getProfileByName(b.store, 'Chỉ có ở bàn B')!;
    seedDesk(a);
    const bundle = exportProfiles(a.store);
    bundle.profiles = bundle.profiles.filter((p) => p.name !== 'Mặt kính 200 dpi');
    expect(importProfiles(b.store, bundle, { replace: true }, 'cli:it')).toEqual({ imported: 2 });
    expect(listProfiles(b.store).map((p) => p.name).sort()).toEqual(['Hồ sơ giấy A4 – khay nạp, 300 dpi, màu', 'Lưu trữ 300 dpi']);
    const removal = listAudit(b.store.db, 20).find((e) => e.action === 'profile.remove');
    expect(removal).toMatchObject({ actor: 'cli:it', entityId: onlyB.id, data: { reason: 'import-replace', removed: onlyB } });
    expect(listAudit(b.store.db, 1)[0]).toMatchObject({ action: 'profile.import-bundle', data: { imported: 2, removed: 1, replace: true } });
  });

  it('rejects an invalid bundle with Vietnamese problems and their paths, changing nothing', () => {
    seedDesk(b);
    const before = listProfiles(b.store);
    const bad = { format: 'tram-so-hoa/scan-profiles', version: 1, exportedAt: 'x', profiles: [{ name: 'ok' }, { name: 'y', dpi: 5000, source: 'tray' }] };
    const err = errorOf(() => importProfiles(b.store, bad, { replace: true }, 'cli:it'));
    expect(err?.code).toBe('validation/input');
    expect(err?.message).toContain('profiles.1.dpi: vượt quá giới hạn cho phép (tối đa 1200).');
    expect(err?.message).toContain('profiles.1.source: giá trị không được hỗ trợ');
    expect(errorOf(() => parseProfileBundle({ format: 'other' }))?.message).toMatch(/format: giá trị không được hỗ trợ[\s\S]*profiles: thiếu giá trị bắt buộc/);
    expect(listProfiles(b.store)).toEqual(before);
  });

  it('rejects duplicate names and several defaults in one bundle', () => {
    const head = { format: 'tram-so-hoa/scan-profiles' as const, version: 1 as const, exportedAt: 'x' };
    expect(errorOf(() => parseProfileBundle({ ...head, profiles: [{ name: 'A' }, { name: 'A' }] }))?.message).toContain('profiles.1.name: tên “A” xuất hiện hai lần.');
    expect(errorOf(() => parseProfileBundle({ ...head, profiles: [{ name: 'A', isDefault: true }, { name: 'B', isDefault: true }] }))?.message).toContain('nhiều hơn một cấu hình mặc định');
  });
});
