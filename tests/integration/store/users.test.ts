import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/core/services/audit';
import { getSettings, updateSettings } from '../../../electron/core/services/settings';
import { createUser, getUser, listUsers, needsSetup, setupFirstAdmin, verifyCredentials } from '../../../electron/core/services/users';
import { errorOf, makeStore, type TestStore } from './helpers';

let t: TestStore;
beforeEach(() => { t = makeStore(); });
afterEach(() => t.cleanup());

describe('users', () => {
  it('sets up the first admin once, then refuses with auth/forbidden', () => {
    expect(needsSetup(t.store)).toBe(true);
    const admin = setupFirstAdmin(t.store, { username: 'admin', fullName: 'Quản trị viên', password: 'mat-khau-123' });
    expect(admin).toMatchObject({ username: 'admin', role: 'admin', active: true });
    expect(needsSetup(t.store)).toBe(false);
    expect(errorOf(() => setupFirstAdmin(t.store, { username: 'admin2', fullName: 'X', password: 'mat-khau-123' }))?.code).toBe('auth/forbidden');
    expect(getUser(t.store, admin.id)).toEqual(admin);
    expect(getUser(t.store, 'nope')).toBeNull();
  });

  it('stores a salted scrypt hash, never the password, and audits creation without it', () => {
    setupFirstAdmin(t.store, { username: 'admin', fullName: 'Quản trị viên', password: 'mat-khau-123' });
    createUser(t.store, { username: 'clerk.1', fullName: 'Cán bộ một cửa', role: 'staff', password: 'mat-khau-123' }, 'user:admin');
    const hashes = t.store.db.prepare('SELECT password_hash FROM users ORDER BY username').pluck().all() as string[];
    expect(hashes.every((h) => h.startsWith('scrypt$'))).toBe(true);
    expect(hashes[0]).not.toBe(hashes[1]); // same password, different salts
    expect(JSON.stringify(hashes)).not.toContain('mat-khau-123');
    expect(JSON.stringify(listAudit(t.store.db, 10))).not.toContain('mat-khau-123');
    expect(listUsers(t.store).map((u) => u.username)).toEqual(['admin', 'clerk.1']);
  });

  it('verifies credentials and gives one error for unknown user and wrong password', () => {
    createUser(t.store, { username: 'clerk.1', fullName: 'Cán bộ', role: 'certifier', password: 'dung-mat-khau' }, 'cli:root');
    expect(verifyCredentials(t.store, 'clerk.1', 'dung-mat-khau')).toMatchObject({ username: 'clerk.1', role: 'certifier' });
    const wrong = errorOf(() => verifyCredentials(t.store, 'clerk.1', 'sai-mat-khau'));
    const unknown = errorOf(() => verifyCredentials(t.store, 'ghost', 'dung-mat-khau'));
    expect(wrong?.code).toBe('auth/invalid-credentials');
    expect(unknown).toEqual(wrong);
    t.store.db.prepare(`UPDATE users SET active = 0 WHERE username = 'clerk.1'`).run();
    expect(errorOf(() => verifyCredentials(t.store, 'clerk.1', 'dung-mat-khau'))?.code).toBe('auth/invalid-credentials');
  });

  it('refuses a duplicate username and invalid input', () => {
    createUser(t.store, { username: 'clerk.1', fullName: 'A', role: 'staff', password: 'mat-khau-123' }, 'cli:root');
    expect(errorOf(() => createUser(t.store, { username: 'clerk.1', fullName: 'B', role: 'staff', password: 'mat-khau-123' }, 'cli:root'))?.code).toBe('store/conflict');
    const short = errorOf(() => createUser(t.store, { username: 'clerk.2', fullName: 'B', role: 'staff', password: 'short' }, 'cli:root'));
    expect(short).toMatchObject({ code: 'validation/input', message: 'Mật khẩu cần ít nhất 8 ký tự.' });
  });
});

describe('settings', () => {
  it('has defaults, applies partial updates and audits only changes', () => {
    expect(getSettings(t.store)).toEqual({ hotFolder: null, outboxDir: t.store.paths.outboxDir, language: 'vi', esclUrls: [] });
    updateSettings(t.store, { hotFolder: '/srv/scans', language: 'en' }, 'user:admin');
    expect(getSettings(t.store)).toEqual({ hotFolder: '/srv/scans', outboxDir: t.store.paths.outboxDir, language: 'en', esclUrls: [] });
    updateSettings(t.store, { language: 'en' }, 'user:admin');
    const audits = listAudit(t.store.db, 10).filter((e) => e.action === 'settings.update');
    expect(audits).toHaveLength(1);
    expect(audits[0]?.data).toEqual({ changes: { hotFolder: { from: null, to: '/srv/scans' }, language: { from: 'vi', to: 'en' } } });
    t.reopen();
    expect(getSettings(t.store).language).toBe('en');
  });
});
