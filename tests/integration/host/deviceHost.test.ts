import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForkWorkerHost } from '../../../electron/core/host/ForkWorkerHost';
import { resolveWorkerEntry } from '../../../electron/core/host/workerEntry';
import { HostedScanBridge } from '../../../electron/core/scan/bridge/HostedScanBridge';
import type { DeliveredPage } from '../../../electron/core/scan/bridge/ScanBridge';
import { FOLDER_DEVICE } from '../../../electron/core/scan/drivers/folder/FolderScanDriver';
import type { FileRejection } from '../../../electron/core/scan/drivers/ScanDriver';
import { isAppError } from '../../../electron/shared/errors/AppError';
import * as fx from '../../helpers/imageFixtures';

let t: { dir: string; cleanup(): Promise<void> };
let host: ForkWorkerHost;
let inDir: string;
const originals = new Map<string, Buffer>();

beforeAll(async () => {
  t = await fx.tempDir('ss-host-');
  inDir = join(t.dir, 'in');
  await mkdir(inDir);
  for (let i = 1; i <= 20; i++) originals.set(`trang${i}.jpg`, await fx.writeJpeg(join(inDir, `trang${i}.jpg`)));
  host = new ForkWorkerHost({ entry: resolveWorkerEntry('deviceHost'), env: { ...process.env, NODE_ENV: 'test' }, restartDelayMs: 50 });
  await host.start();
});
afterAll(async () => { await host?.stop(); await t?.cleanup(); });

function bridge(staging: string, crashAfterPages?: number) {
  return new HostedScanBridge(host, { stagingDir: join(t.dir, staging), ...(crashAfterPages ? { testHooks: { crashAfterPages } } : {}) });
}

/** Collects pages (optionally acking each) and the error the scan ended with, if any. */
async function collect(pages: AsyncIterable<DeliveredPage>, opts: { ack: boolean; onPage?: (p: DeliveredPage, n: number) => void }) {
  const got: DeliveredPage[] = [];
  try {
    for await (const p of pages) { got.push(p); opts.onPage?.(p, got.length); if (opts.ack) await p.ack(); }
    return { got, error: null as unknown };
  } catch (error) {
    return { got, error };
  }
}

describe('ForkWorkerHost + deviceHost (real fork, folder driver)', () => {
  it('imports 20 files through the host in natural order, byte for byte, and clears staging on ack', async () => {
    const rejections: FileRejection[] = [];
    const { got, error } = await collect(bridge('stage-ok').scan({ device: FOLDER_DEVICE, paths: [inDir] }, new AbortController().signal, { fileRejected: (r) => rejections.push(r) }), { ack: true });
    expect(error).toBeNull();
    expect(got.map((p) => p.sourceName)).toEqual(Array.from({ length: 20 }, (_, i) => `trang${i + 1}.jpg`));
    for (const p of got) expect(Buffer.from(p.bytes).equals(originals.get(p.sourceName)!)).toBe(true);
    expect(rejections).toEqual([]);
    expect(await readdir(join(t.dir, 'stage-ok'))).toEqual([]);
  });

  it('reports rejected files from the host and quarantines them', async () => {
    const bad = join(t.dir, 'bad.png');
    await fx.writeRandomBytes(bad);
    const rejections: FileRejection[] = [];
    const { got } = await collect(bridge('stage-bad').scan({ device: FOLDER_DEVICE, paths: [bad, join(inDir, 'trang1.jpg')], quarantine: { dir: join(t.dir, 'q'), mode: 'copy' } }, new AbortController().signal, { fileRejected: (r) => rejections.push(r) }), { ack: true });
    expect(got).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ path: bad, error: { code: 'import/corrupt-file' } });
    expect(existsSync(rejections[0]!.quarantinedTo!)).toBe(true);
  });

  it('survives a crash mid-scan: delivered pages stay staged until acked, the call fails host/crashed, the host restarts', async () => {
    const pidBefore = host.pid;
    const restartsBefore = host.restarts;
    const { got, error } = await collect(bridge('stage-crash', 5).scan({ device: FOLDER_DEVICE, paths: [inDir] }, new AbortController().signal), { ack: false });
    expect(isAppError(error, 'host/crashed')).toBe(true);
    expect((error as { retryable: boolean }).retryable).toBe(true);
    expect(got).toHaveLength(5);
    expect((await readdir(join(t.dir, 'stage-crash'))).sort()).toEqual(got.map((p) => p.stagingPath!.split('/').pop()).sort());
    for (const p of got) expect(Buffer.from(await readFile(p.stagingPath!)).equals(originals.get(p.sourceName)!)).toBe(true);
    for (const p of got) await p.ack();
    expect(await readdir(join(t.dir, 'stage-crash'))).toEqual([]);
    expect(await host.call('ping', [])).toMatchObject({ pid: expect.any(Number) });
    expect(host.pid).not.toBe(pidBefore);
    expect(host.restarts).toBe(restartsBefore + 1);
  });

  it('fails with host/crashed when the host is SIGKILLed from outside, then a new scan works', async () => {
    const { got, error } = await collect(bridge('stage-kill').scan({ device: FOLDER_DEVICE, paths: [inDir] }, new AbortController().signal), {
      ack: false, onPage: (_p, n) => { if (n === 3) process.kill(host.pid!, 'SIGKILL'); },
    });
    expect(isAppError(error, 'host/crashed')).toBe(true);
    expect(got.length).toBeGreaterThanOrEqual(3);
    for (const p of got) expect(existsSync(p.stagingPath!)).toBe(true);
    const again = await collect(bridge('stage-again').scan({ device: FOLDER_DEVICE, paths: [join(inDir, 'trang2.jpg')] }, new AbortController().signal), { ack: true });
    expect(again.error).toBeNull();
    expect(again.got.map((p) => p.sourceName)).toEqual(['trang2.jpg']);
  });

  it('kills and restarts a host that stops answering (host/timeout)', async () => {
    const pidBefore = host.pid;
    await expect(host.call('__sleep', [10_000], { timeoutMs: 300 })).rejects.toMatchObject({ code: 'host/timeout', retryable: true });
    expect(await host.call('__sleep', [1])).toEqual({ slept: 1 });
    expect(host.pid).not.toBe(pidBefore);
  });

  it('cancels a call in the host without restarting it', async () => {
    const pidBefore = host.pid;
    const ac = new AbortController();
    const call = host.call('__sleep', [10_000], { signal: ac.signal });
    setTimeout(() => ac.abort(), 100);
    await expect(call).rejects.toMatchObject({ code: 'job/cancelled' });
    expect(await host.call('__sleep', [1])).toEqual({ slept: 1 });
    expect(host.pid).toBe(pidBefore);
  });

  it('stops the driver when the consumer leaves the scan early', async () => {
    const b = bridge('stage-break');
    let n = 0;
    for await (const p of b.scan({ device: FOLDER_DEVICE, paths: [inDir] }, new AbortController().signal)) { await p.ack(); if (++n === 2) break; }
    expect(n).toBe(2);
    expect(await host.call('__sleep', [1])).toEqual({ slept: 1 });
  });

  it('lists the folder device and its caps through the host', async () => {
    const b = bridge('stage-caps');
    expect(await b.listDevices('folder', {}, new AbortController().signal)).toEqual([FOLDER_DEVICE]);
    expect(await b.getCaps(FOLDER_DEVICE, new AbortController().signal)).toMatchObject({ sources: ['file'], duplex: false });
    await expect(b.listDevices('twain', {}, new AbortController().signal)).rejects.toMatchObject({ code: 'driver/not-supported' });
  });
});
