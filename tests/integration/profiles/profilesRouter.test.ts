import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/createCore';
import { createUser, setupFirstAdmin } from '../../../electron/core/services/users';
import { channelName } from '../../../electron/shared/ipc/channelName';
import type { CallContext } from '../../../electron/shared/ipc/createRouter';
import type { InputOf, MethodOf } from '../../../electron/shared/contract/api';
import type { WireResult } from '../../../electron/shared/ipc/WireResult';

let core: Core;
let dir: string;
let admin: CallContext;
let clerk: CallContext;
const anonymous: CallContext = { origin: 'ipc', session: { userId: null } };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-profiles-'));
  core = await createCore({ dataDir: dir, drivers: 'in-process' });
  const a = setupFirstAdmin(core.store, { username: 'it-admin', fullName: 'Quản trị CNTT', password: 'mat-khau-dai-12' });
  const c = createUser(core.store, { username: 'clerk', fullName: 'Cán bộ một cửa', role: 'staff', password: 'mat-khau-dai-12' }, 'user:it-admin');
  admin = { origin: 'ipc', session: { userId: a.id } };
  clerk = { origin: 'ipc', session: { userId: c.id } };
});
afterEach(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

function call<M extends MethodOf<'profiles'>>(method: M, input: InputOf<'profiles', M>, ctx: CallContext): Promise<WireResult<unknown>> {
  return core.router.dispatch(channelName('profiles', method), input, ctx);
}
function valueOf<T>(r: WireResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

describe('profiles through the router', () => {
  it('lists the seeded default for any signed-in user, refuses anonymous callers', async () => {
    const list = valueOf<{ name: string; isDefault: boolean }[]>(await call('list', {}, clerk));
    expect(list).toEqual([expect.objectContaining({ isDefault: true, source: 'feeder', dpi: 300 })]);
    expect(await call('list', {}, anonymous)).toMatchObject({ ok: false, error: { code: 'auth/not-signed-in' } });
  });

  it('lets only administrators save, remove, export and import', async () => {
    for (const [m, input] of [['save', { name: 'x' }], ['remove', { id: 'x' }], ['exportAll', {}]] as const) {
      expect(await call(m, input as never, clerk)).toMatchObject({ ok: false, error: { code: 'auth/forbidden' } });
    }
    const saved = valueOf<{ id: string }>(await call('save', { name: 'Mặt kính', source: 'flatbed' }, admin));
    expect(valueOf(await call('remove', { id: saved.id }, admin))).toEqual({ ok: true });
    const bundle = valueOf<{ profiles: unknown[] }>(await call('exportAll', {}, admin));
    expect(bundle.profiles).toHaveLength(1);
    expect(await call('importAll', { bundle: bundle as never }, clerk)).toMatchObject({ ok: false, error: { code: 'auth/forbidden' } });
    expect(valueOf(await call('importAll', { bundle: bundle as never, replace: true }, admin))).toEqual({ imported: 1 });
  });

  it('returns a Vietnamese conflict for a duplicate name', async () => {
    await call('save', { name: 'Trùng' }, admin);
    const r = await call('save', { name: 'Trùng' }, admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'store/conflict' } });
    expect(!r.ok && r.error.message).toContain('Đã có cấu hình quét tên “Trùng”');
  });

  it('validates a profile against the folder device caps', async () => {
    const device = { driver: 'folder' as const, id: 'folder', name: 'Nhập từ tệp' };
    expect(valueOf(await call('validate', { profile: { name: 'Tệp', source: 'file', dpi: 200 }, device }, admin))).toEqual({ problems: [] });
    const r = valueOf<{ problems: string[] }>(await call('validate', { profile: { name: 'ADF', source: 'feeder', duplex: true }, device }, admin));
    expect(r.problems[0]).toMatch(/^Máy quét không có khay nạp giấy \(ADF\)/);
    expect(r.problems[1]).toMatch(/hai mặt/);
    expect(await call('validate', { profile: { name: 'x' }, device }, clerk)).toMatchObject({ ok: false, error: { code: 'auth/forbidden' } });
  });
});
