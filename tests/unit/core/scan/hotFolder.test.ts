import { existsSync } from 'node:fs';
import { appendFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InProcessScanBridge } from '../../../../electron/core/scan/bridge/InProcessScanBridge';
import type { DeliveredPage } from '../../../../electron/core/scan/bridge/ScanBridge';
import { createDriverRegistry } from '../../../../electron/core/scan/drivers/driverRegistry';
import { HotFolderWatcher, type HotFolderOptions } from '../../../../electron/core/scan/drivers/folder/HotFolderWatcher';
import type { FileRejection } from '../../../../electron/core/scan/drivers/ScanDriver';
import * as fx from '../../../helpers/imageFixtures';

let t: { dir: string; cleanup(): Promise<void> };
beforeEach(async () => { t = await fx.tempDir(); });
afterEach(async () => { await t.cleanup(); });

function watcher(extra: Partial<HotFolderOptions> = {}) {
  const pages: DeliveredPage[] = [];
  const rejected: FileRejection[] = [];
  const w = new HotFolderWatcher({
    dir: t.dir, bridge: new InProcessScanBridge(createDriverRegistry()), pollIntervalMs: 30,
    onPage: async (p) => { pages.push(p); await p.ack(); },
    onFileRejected: (r) => rejected.push(r),
    ...extra,
  });
  return { w, pages, rejected };
}

describe('HotFolderWatcher', () => {
  it('takes a file only once size and mtime are stable across two polls, then moves it to da-xu-ly', async () => {
    const { w, pages } = watcher();
    await fx.writeTiff(join(t.dir, 'scan001.tif'), 2);
    await w.pollOnce();
    expect(pages).toHaveLength(0); // first sighting
    await w.pollOnce();
    expect(pages.map((p) => p.pageIndexInSource)).toEqual([0, 1]);
    expect(existsSync(join(t.dir, 'scan001.tif'))).toBe(false);
    expect(await readdir(join(t.dir, 'da-xu-ly'))).toEqual(['scan001.tif']);
  });

  it('waits while a file is still growing and ignores temp and hidden files', async () => {
    const { w, pages } = watcher();
    const path = join(t.dir, 'growing.jpg');
    const jpeg = await fx.writeJpeg(path);
    await writeFile(path, jpeg.subarray(0, 100));
    for (const n of ['.x.jpg', 'y.jpg.tmp', 'z.part', '~$w.jpg']) await writeFile(join(t.dir, n), jpeg);
    await w.pollOnce();
    await appendFile(path, jpeg.subarray(100, 2000));
    await w.pollOnce(); // changed since last poll: not stable yet
    expect(pages).toHaveLength(0);
    await appendFile(path, jpeg.subarray(2000));
    await w.pollOnce();
    await w.pollOnce();
    expect(pages.map((p) => p.sourceName)).toEqual(['growing.jpg']);
    expect((await readdir(t.dir)).sort()).toEqual(['.x.jpg', 'da-xu-ly', 'y.jpg.tmp', 'z.part', '~$w.jpg']);
  });

  it('moves a corrupt file to quarantine with a sidecar', async () => {
    const { w, rejected } = watcher();
    await fx.writeTruncatedJpeg(join(t.dir, 'broken.jpg'));
    await w.pollOnce();
    await w.pollOnce();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.error.code).toBe('import/corrupt-file');
    expect(existsSync(join(t.dir, 'broken.jpg'))).toBe(false);
    const q = await readdir(join(t.dir, 'cach-ly'));
    expect(q.filter((n) => n.endsWith('.json'))).toHaveLength(1);
    expect(q.filter((n) => n.endsWith('broken.jpg'))).toHaveLength(1);
  });

  it('leaves a file in place when its pages were not acknowledged, and does not loop on it', async () => {
    const errors: unknown[] = [];
    const { w, pages } = watcher({ onPage: async (p) => { pages.push(p); }, onError: (e) => errors.push(e) });
    await fx.writeJpeg(join(t.dir, 'a.jpg'));
    await w.pollOnce(); await w.pollOnce(); await w.pollOnce();
    expect(pages).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(existsSync(join(t.dir, 'a.jpg'))).toBe(true);
  });

  it('polls on its own after start() until stop()', async () => {
    const processed: string[] = [];
    const { w } = watcher({ onFileProcessed: (f) => processed.push(f) });
    const ac = new AbortController();
    w.start(ac.signal);
    await fx.writeJpeg(join(t.dir, 'auto.jpg'));
    for (let i = 0; i < 100 && processed.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    ac.abort();
    await w.stop();
    expect(processed).toEqual([join(t.dir, 'auto.jpg')]);
    expect(w.running).toBe(false);
  });
});
