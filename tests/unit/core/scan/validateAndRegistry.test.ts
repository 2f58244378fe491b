import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDriverRegistry } from '../../../../electron/core/scan/drivers/driverRegistry';
import { naturalCompare } from '../../../../electron/core/scan/drivers/folder/naturalCompare';
import { quarantineFile } from '../../../../electron/core/scan/quarantine';
import type { ScanCaps } from '../../../../electron/core/scan/ScanCaps';
import { validateScanOptions } from '../../../../electron/core/scan/validateScanOptions';
import { AppError } from '../../../../electron/shared/errors/AppError';
import { tempDir } from '../../../helpers/imageFixtures';

const folder = { driver: 'folder' as const, id: 'folder', name: 'Tệp' };
const sane = { driver: 'sane' as const, id: 'test:0', name: 'Máy quét thử' };
const caps: ScanCaps = { sources: ['flatbed', 'feeder'], resolutions: [150, 200, 300, 600], colorModes: ['gray', 'color'], duplex: false };

describe('validateScanOptions', () => {
  it('makes folder paths absolute and drops duplicates, keeping the order', () => {
    const v = validateScanOptions({ device: folder, paths: ['b.jpg', '/x/a.jpg', 'b.jpg'] });
    expect(v).toEqual({ kind: 'folder', device: folder, paths: [resolve('b.jpg'), '/x/a.jpg'], quarantine: null });
  });
  it('rejects an empty folder request', () => {
    expect(() => validateScanOptions({ device: folder, paths: [] })).toThrow(expect.objectContaining({ code: 'validation/input' }));
  });
  it('snaps resolution and colour mode to the device caps', () => {
    expect(validateScanOptions({ device: sane, dpi: 250, colorMode: 'bw' }, caps)).toEqual({ kind: 'device', device: sane, source: 'feeder', dpi: 300, colorMode: 'gray', duplex: false });
  });
  it('refuses duplex and feeder a device cannot do', () => {
    expect(() => validateScanOptions({ device: sane, source: 'feeder', duplex: true }, caps)).toThrow(expect.objectContaining({ code: 'device/no-duplex' }));
    expect(() => validateScanOptions({ device: sane, source: 'feeder' }, { ...caps, sources: ['flatbed'] })).toThrow(expect.objectContaining({ code: 'device/no-feeder' }));
  });
});

describe('driverRegistry', () => {
  it('loads the folder driver lazily and caches it', async () => {
    const reg = createDriverRegistry();
    const a = await reg.load('folder');
    expect(a.id).toBe('folder');
    expect(await reg.load('folder')).toBe(a);
  });
  it('raises driver/not-supported and driver/unknown', async () => {
    const reg = createDriverRegistry();
    await expect(reg.load('twain')).rejects.toMatchObject({ code: 'driver/not-supported' });
    await expect(reg.load('nope')).rejects.toMatchObject({ code: 'driver/unknown' });
  });
});

describe('naturalCompare', () => {
  it('orders numbers by value', () => {
    expect(['trang10.jpg', 'trang2.jpg', 'Trang1.jpg', 'trang2a.jpg'].sort(naturalCompare)).toEqual(['Trang1.jpg', 'trang2.jpg', 'trang2a.jpg', 'trang10.jpg']);
  });
});

describe('quarantineFile', () => {
  let t: { dir: string; cleanup(): Promise<void> };
  beforeEach(async () => { t = await tempDir(); });
  afterEach(async () => { await t.cleanup(); });

  it('moves with a sidecar and never overwrites an earlier quarantined file', async () => {
    const err = new AppError('import/corrupt-file', 'Tệp hỏng');
    const now = () => new Date('2026-03-01T08:00:00.000Z');
    await writeFile(join(t.dir, 'a.jpg'), 'one');
    const first = await quarantineFile(join(t.dir, 'a.jpg'), join(t.dir, 'q'), err, 'move', now);
    await writeFile(join(t.dir, 'a.jpg'), 'two');
    const second = await quarantineFile(join(t.dir, 'a.jpg'), join(t.dir, 'q'), err.toWire(), 'copy', now);
    expect(second).not.toBe(first);
    expect(await readFile(first, 'utf8')).toBe('one');
    expect(await readFile(second, 'utf8')).toBe('two');
    expect(existsSync(join(t.dir, 'a.jpg'))).toBe(true);
    expect(JSON.parse(await readFile(`${first}.json`, 'utf8'))).toEqual({ originalPath: join(t.dir, 'a.jpg'), code: 'import/corrupt-file', message: 'Tệp hỏng', quarantinedAt: '2026-03-01T08:00:00.000Z', mode: 'move' });
  });
});
