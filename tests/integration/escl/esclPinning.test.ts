import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EsclScanDriver } from '../../../electron/core/scan/drivers/escl/EsclScanDriver';
import { filePinStore } from '../../../electron/core/scan/drivers/escl/filePinStore';
import type { PinStore } from '../../../electron/core/scan/drivers/escl/httpExchange';
import type { ScanDevice } from '../../../electron/core/scan/ScanCaps';
import { isAppError } from '../../../electron/shared/errors/AppError';
import { startEsclSimulator } from '../../support/escl/startEsclSimulator';

const dir = mkdtempSync(join(tmpdir(), 'escl-tls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh self-signed certificate, as a device generates on first boot. */
function selfSigned(name: string): { key: string; cert: string } {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', `/CN=${name}`], { stdio: 'ignore' });
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

function mapStore(): PinStore & { pins: Map<string, string> } {
  const pins = new Map<string, string>();
  return { pins, get: (id) => pins.get(id) ?? null, set: (id, fp) => { pins.set(id, fp); } };
}

const timings = { connectMs: 2_000, requestMs: 3_000, nextDocumentMs: 5_000, retryDelayMs: 25, spuriousWaitMs: 5, deleteMs: 1_000 };

describe('HTTPS with per-device certificate pinning (TOFU)', () => {
  it('pins the first certificate, keeps working with it, refuses a changed one before any request', async () => {
    const store = mapStore();
    const first = await startEsclSimulator({ tls: selfSigned('scanner-a'), adfPages: 1, resolutions: [100] });
    const device: ScanDevice = { driver: 'escl', id: 'uuid-of-device', name: 'Máy quét tầng 1' };
    const port = new URL(first.url).port;
    const driver = new EsclScanDriver({ discoveryMs: 0, pinStore: store, timings });
    const asUrl: ScanDevice = { ...device, id: first.url };
    const caps = await driver.getCaps(asUrl, new AbortController().signal);
    expect(caps.sources).toContain('feeder');
    expect(store.pins.get(first.url)).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const pinned = store.pins.get(first.url);
    const pages = [];
    for await (const p of driver.scan({ kind: 'device', device: asUrl, source: 'feeder', dpi: 100, colorMode: 'gray', duplex: false }, new AbortController().signal, {})) pages.push(p);
    expect(pages).toHaveLength(1);
    expect(store.pins.get(first.url)).toBe(pinned);
    await first.close();

    // Same address and port, new certificate (device replaced, or someone in the middle).
    const second = await startEsclSimulator({ tls: selfSigned('scanner-b'), port: Number(port), resolutions: [100] });
    const before = second.state.requests.length;
    const err = await driver.getCaps(asUrl, new AbortController().signal).catch((e: unknown) => e);
    expect(isAppError(err, 'device/communication')).toBe(true);
    expect((err as Error).message).toContain('CNTT');
    expect((err as { retryable: boolean }).retryable).toBe(false);
    expect(second.state.requests.length).toBe(before);
    expect(store.pins.get(first.url)).toBe(pinned);
    await second.close();
  });
});

describe('certificate pins kept in a file survive a restart of the device host', () => {
  it('pins on first connection; a new driver over the same file refuses a changed certificate', async () => {
    const pinFile = join(dir, 'escl-pins.json');
    const first = await startEsclSimulator({ tls: selfSigned('persist-a'), resolutions: [100] });
    const device: ScanDevice = { driver: 'escl', id: first.url, name: 'Máy quét tầng 2' };
    const port = Number(new URL(first.url).port);
    await new EsclScanDriver({ discoveryMs: 0, pinStore: filePinStore(pinFile), timings }).getCaps(device, new AbortController().signal);
    const pinned = (JSON.parse(readFileSync(pinFile, 'utf8')) as Record<string, string>)[first.url];
    expect(pinned).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    await first.close();

    const second = await startEsclSimulator({ tls: selfSigned('persist-b'), port, resolutions: [100] });
    const restarted = new EsclScanDriver({ discoveryMs: 0, pinStore: filePinStore(pinFile), timings });
    const err = await restarted.getCaps(device, new AbortController().signal).catch((e: unknown) => e);
    expect(isAppError(err, 'device/communication')).toBe(true);
    expect(second.state.requests.length).toBe(0);
    await second.close();
  });
});
