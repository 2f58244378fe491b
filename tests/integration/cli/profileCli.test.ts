import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/core/services/audit';
import { listProfiles, saveProfile } from '../../../electron/core/services/profiles';
import { openStore } from '../../../electron/core/store/openStore';
import type { ProfileBundleT, ScanProfileT } from '../../../electron/shared/contract/scanModels';
import { jsonOf, runCli } from '../../support/runCli';

/** Changes a station's profiles directly in its store (there is no `profile save` command: IT uses the UI). */
function withStore<T>(dataDir: string, fn: (store: ReturnType<typeof openStore>) => T): T {
  const store = openStore(dataDir);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

describe('station profile / diagnostics', () => {
  let root: string;
  let deskA: string;
  let deskB: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'station-profiles-'));
    deskA = join(root, 'a');
    deskB = join(root, 'b');
  });
  afterAll(async () => { await rm(root, { recursive: true, force: true }); });

  it('exports desk A and imports it on desk B with --replace', async () => {
    withStore(deskA, (s) => {
      listProfiles(s);
      saveProfile(s, { name: 'Lưu trữ 300 dpi', isDefault: true, lockedFields: ['dpi'] }, 'test:it');
      saveProfile(s, { name: 'Mặt kính 200 dpi', source: 'flatbed', dpi: 200 }, 'test:it');
    });
    const file = join(root, 'ho-so-quet.json');
    const exp = await runCli(['--data-dir', deskA, 'profile', 'export', file]);
    expect(exp.code).toBe(0);
    expect(exp.stdout).toContain('Đã xuất 3 cấu hình quét');
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as ProfileBundleT;
    expect(bundle.format).toBe('tram-so-hoa/scan-profiles');
    expect(readFileSync(file, 'utf8')).toContain('\n  "format"'); // pretty-printed

    withStore(deskB, (s) => saveProfile(s, { name: 'Chỉ có ở bàn B' }, 'test:it'));
    const imp = await runCli(['--data-dir', deskB, '--json', 'profile', 'import', file, '--replace']);
    expect(imp.code).toBe(0);
    expect(jsonOf(imp)).toEqual({ ok: true, value: { imported: 3 } });

    const list = jsonOf<ScanProfileT[]>(await runCli(['--data-dir', deskB, '--json', 'profile', 'list']));
    if (!list.ok) throw new Error(list.error.message);
    const strip = (ps: readonly { name: string }[]) => ps.map(({ id: _i, updatedAt: _u, ...p }: Partial<ScanProfileT> & { name: string }) => p);
    expect(strip(list.value)).toEqual(bundle.profiles);
    withStore(deskB, (s) => expect(listAudit(s.db, 50).some((e) => e.action === 'profile.remove' && (e.data.removed as { name: string }).name === 'Chỉ có ở bàn B')).toBe(true));

    const human = await runCli(['--data-dir', deskB, 'profile', 'list']);
    expect(human.stdout.split('\n')[0]).toBe('* Lưu trữ 300 dpi  [máy chọn khi quét; feeder; 300 dpi; color; A4]  khóa: dpi');
  }, 60_000);

  it('refuses an invalid file with exit code 2 and Vietnamese problems with their paths', async () => {
    const bad = join(root, 'sai.json');
    await writeFile(bad, JSON.stringify({ format: 'tram-so-hoa/scan-profiles', version: 1, exportedAt: 'x', profiles: [{ name: 'A', dpi: 5000 }, { colorMode: 'cmyk' }] }));
    const run = await runCli(['--data-dir', deskB, 'profile', 'import', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Lỗi [validation/input]: Tệp cấu hình quét không hợp lệ:');
    expect(run.stderr).toContain('profiles.0.dpi: vượt quá giới hạn cho phép (tối đa 1200).');
    expect(run.stderr).toContain('profiles.1.name: thiếu giá trị bắt buộc.');
    expect(run.stderr).toContain('profiles.1.colorMode: giá trị không được hỗ trợ');
    await writeFile(bad, '{ không phải json');
    expect((await runCli(['--data-dir', deskB, 'profile', 'import', bad])).stderr).toContain('không phải JSON hợp lệ');
  }, 60_000);

  it('writes a diagnostics bundle and prints its path', async () => {
    const run = await runCli(['--data-dir', deskB, 'diagnostics']);
    expect(run.code).toBe(0);
    const path = run.stdout.trim();
    expect(path.startsWith(join(deskB, 'outbox', 'chan-doan', 'tram-so-hoa-chan-doan-'))).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect((JSON.parse(readFileSync(path, 'utf8')) as { profiles: unknown[] }).profiles).toHaveLength(3);
  }, 60_000);
});
