import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/createCore';
import type { DiagnosticsBundle } from '../../../electron/core/diagnostics/buildDiagnostics';
import { fileStamp } from '../../../electron/core/diagnostics/writeDiagnostics';
import { createLogger } from '../../../electron/core/logging/createLogger';
import { clearLogBuffer } from '../../../electron/core/logging/logBuffer';
import { createDossier } from '../../../electron/core/services/dossiers';
import { saveProfile } from '../../../electron/core/services/profiles';
import { AppError } from '../../../electron/shared/errors/AppError';
import { channelName } from '../../../electron/shared/ipc/channelName';
import type { CallContext } from '../../../electron/shared/ipc/createRouter';

const FAKE_ID = '001099012345';
const ctx: CallContext = { origin: 'test', session: { userId: null } };
let core: Core;
let dir: string;

beforeEach(async () => {
  clearLogBuffer();
  dir = mkdtempSync(join(tmpdir(), 'ss-diag-'));
  core = await createCore({ dataDir: dir, drivers: 'in-process' });
});
afterEach(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
  clearLogBuffer();
});

describe('diagnostics bundle', () => {
  it('writes a scrubbed bundle with versions, data stats, drivers, caps, profiles and the last errors', async () => {
    createDossier(core.store, {
      code: 'H55.242-260310-010001', procedureCode: '2.000815', kind: 'certification',
      applicant: { fullName: 'Nguyễn Văn Ánh', personalId: FAKE_ID, address: 'Thái Nguyên', phone: '0912345678' },
    }, 'user:clerk');
    saveProfile(core.store, { name: 'Mặt kính', source: 'flatbed' }, 'user:it');
    const log = createLogger('ScanController');
    log.error(`Không lưu được trang của ${FAKE_ID}`, new AppError('store/io', `ghi lỗi cho {"fullName":"Nguyễn Văn Ánh","personalId":"${FAKE_ID}"}`));
    log.info('liên hệ 0912345678 hoặc anh@example.vn');

    const r = await core.router.dispatch(channelName('devices', 'diagnostics'), {}, ctx);
    if (!r.ok) throw new Error(r.error.message);
    const { path, bytes } = r.value as { path: string; bytes: number };
    expect(dirname(path)).toBe(join(dir, 'outbox', 'chan-doan'));
    expect(basename(path)).toMatch(/^tram-so-hoa-chan-doan-\d{8}-\d{6}-\d{3}Z\.json$/);
    const text = readFileSync(path, 'utf8');
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(readdirSync(dirname(path))).toEqual([basename(path)]); // no temp file left behind

    for (const secret of [FAKE_ID, 'Nguyễn Văn Ánh', '0912345678', 'anh@example.vn']) expect(text).not.toContain(secret);
    const b = JSON.parse(text) as DiagnosticsBundle;
    expect(b).toMatchObject({ format: 'tram-so-hoa/diagnostics', version: 1, app: { node: process.versions.node, electron: null, platform: process.platform } });
    expect(b.data).toMatchObject({ dataDir: dir, dossiers: 1, pages: 0, trashedPages: 0 });
    expect(b.data).toHaveProperty('dbBytes', expect.any(Number));
    expect((b.data as { diskFreeBytes: number }).diskFreeBytes).toBeGreaterThan(0);
    expect(typeof b.procedureCatalogVersion).toBe('string');
    expect(b.settings).toEqual({ hotFolder: null, outboxDir: join(dir, 'outbox'), language: 'vi', esclUrls: [] });
    expect((b.profiles as { name: string }[]).map((p) => p.name)).toContain('Mặt kính');

    const byDriver = Object.fromEntries(b.drivers.map((d) => [d.driver, d]));
    expect(Object.keys(byDriver).sort()).toEqual(['escl', 'folder', 'replay', 'sane', 'twain', 'wia']);
    expect(byDriver.folder).toMatchObject({ available: true, error: null });
    expect(byDriver.twain).toMatchObject({ available: false, error: { code: 'driver/not-supported' } });
    expect(b.devices.find((d) => d.device.driver === 'folder')).toMatchObject({ caps: { sources: ['file'] }, error: null });

    expect(b.errors).toEqual([expect.objectContaining({ scope: 'ScanController', level: 'error', code: 'store/io' })]);
    expect(b.errors[0]?.message).toContain('001*******45');
    expect(b.logs.some((l) => l.message === 'liên hệ [SĐT] hoặc [email]')).toBe(true);
  }, 30_000);

  it('names files with a sortable, filesystem-safe stamp', () => {
    expect(fileStamp(new Date('2026-03-10T02:03:04.005Z'))).toBe('20260310-020304-005Z');
  });
});
