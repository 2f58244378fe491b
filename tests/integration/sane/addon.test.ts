import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriverRegistry } from '../../../electron/core/scan/drivers/driverRegistry';
import { loadSane, type SaneAddon } from '../../../native/sane/index';
import { createSaneMock } from '../../../native/sane/mock';
import { setUpSaneTestEnv, saneUnavailableOnPlatform, SKIP_REASON, type SaneTestEnv } from '../../support/saneTestEnv';

let env: SaneTestEnv;
let sane: SaneAddon;

describe.skipIf(saneUnavailableOnPlatform)(`native/sane addon against the SANE test backend${saneUnavailableOnPlatform ? ` — skipped: ${SKIP_REASON}` : ''}`, () => {
  beforeAll(async () => {
    env = await setUpSaneTestEnv();
    sane = loadSane();
  });
  afterAll(async () => { await env?.cleanup(); });

  it('is what the driver registry loads for "sane"', async () => {
    expect((await createDriverRegistry().load('sane')).id).toBe('sane');
  });

  it('reports a version and lists test:0 and test:1', async () => {
    expect(await sane.version()).toMatch(/^\d+\.\d+\.\d+$/);
    const devices = await sane.listDevices();
    expect(devices.map((d) => d.name)).toEqual(['test:0', 'test:1']);
    expect(devices[0]).toMatchObject({ vendor: 'Noname', model: 'frontend-tester', type: 'virtual device' });
  });

  it('enumerates options with types, units, constraints and values', async () => {
    const h = await sane.open('test:0');
    try {
      const options = await sane.getOptions(h);
      const byName = new Map(options.map((o) => [o.name, o]));
      expect(byName.get('source')).toMatchObject({ type: 'string', constraint: { kind: 'stringList', values: expect.arrayContaining(['Flatbed', 'Automatic Document Feeder']) } });
      expect(byName.get('resolution')).toMatchObject({ type: 'fixed', unit: 'dpi', constraint: { kind: 'range', min: 1, max: 1200 } });
      expect(byName.get('depth')).toMatchObject({ type: 'int', constraint: { kind: 'wordList', values: [1, 8, 16] }, value: 8 });
      expect(byName.get('br-x')).toMatchObject({ unit: 'mm', constraint: { kind: 'range', max: 300 } });
      expect(byName.get('hand-scanner')).toMatchObject({ type: 'bool', value: false, active: true, settable: true });
      const set = await sane.setOption(h, 'mode', 'Color');
      expect(set).toMatchObject({ value: 'Color', reloadParams: true });
      expect((await sane.setOption(h, 'resolution', 150)).value).toBe(150);
      await expect(sane.setOption(h, 'no-such-option', 1)).rejects.toMatchObject({ saneStatus: 'SANE_STATUS_UNSUPPORTED' });
    } finally {
      await sane.close(h);
    }
  });

  it('scans unknown-height pages (hand scanner, lines == -1) and 3-pass colour frames', async () => {
    const h = await sane.open('test:1');
    try {
      await sane.setOption(h, 'mode', 'Color');
      await sane.setOption(h, 'resolution', 50);
      await sane.setOption(h, 'three-pass', true);
      const tri = await sane.scanPage(h);
      expect(tri).toMatchObject({ format: 'rgb', frames: 3, depth: 8, lastFrame: true });
      expect(tri.data.length).toBe(tri.bytesPerLine * tri.height);
      await sane.setOption(h, 'three-pass', false);
      await sane.setOption(h, 'hand-scanner', true);
      const hand = await sane.scanPage(h);
      expect(hand.height).toBeGreaterThan(0);
      expect(hand.data.length).toBe(hand.bytesPerLine * hand.height);
    } finally {
      await sane.close(h);
    }
  });

  it('rejects with saneStatus and the sane_strstatus text', async () => {
    await expect(sane.open('test:9')).rejects.toMatchObject({ saneStatus: 'SANE_STATUS_INVAL', message: expect.stringMatching(/^sane_open: /) });
    const h = await sane.open('test:0');
    await sane.setOption(h, 'read-return-value', 'SANE_STATUS_JAMMED');
    await expect(sane.scanPage(h)).rejects.toMatchObject({ saneStatus: 'SANE_STATUS_JAMMED', message: 'sane_read: Document feeder jammed' });
    // The test backend keeps option values per device across open/close: undo the injection.
    await sane.setOption(h, 'read-return-value', 'Default');
    await sane.close(h);
    await sane.close(h); // a second close is a no-op
  });

  it('cancel() stops a slow read in flight from the JS thread', async () => {
    const h = await sane.open('test:0');
    await sane.setOption(h, 'mode', 'Color');
    await sane.setOption(h, 'resolution', 300);
    await sane.setOption(h, 'br-x', 210);
    await sane.setOption(h, 'br-y', 297);
    await sane.setOption(h, 'read-delay', true);
    await sane.setOption(h, 'read-delay-duration', 50_000);
    const started = Date.now();
    const page = sane.scanPage(h);
    setTimeout(() => sane.cancel(h), 200);
    await expect(page).rejects.toMatchObject({ saneStatus: 'SANE_STATUS_CANCELLED' });
    expect(Date.now() - started).toBeLessThan(2000);
    // A cancelled handle accepts only close().
    await expect(sane.scanPage(h)).rejects.toMatchObject({ saneStatus: 'SANE_STATUS_CANCELLED' });
    await sane.close(h);
    expect(sane.cancel(h)).toBe(false);
  });
});

describe('native/sane mock', () => {
  it('has the same surface and lists no devices', async () => {
    const mock = createSaneMock();
    expect(await mock.listDevices()).toEqual([]);
    await expect(mock.open('test:0')).rejects.toMatchObject({ saneStatus: 'SANE_STATUS_INVAL' });
    expect(mock.cancel(1 as never)).toBe(false);
  });
});
