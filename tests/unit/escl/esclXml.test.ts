import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../electron/shared/errors/AppError';
import { parseCapabilities } from '../../../electron/core/scan/drivers/escl/esclXml';
import { findJob, parseStatus } from '../../../electron/core/scan/drivers/escl/esclStatus';
import { buildScanSettings } from '../../../electron/core/scan/drivers/escl/scanSettings';
import { parseDeviceXml } from '../../../electron/core/scan/drivers/escl/safeXml';
import { quirksFor, NO_QUIRKS } from '../../../electron/core/scan/drivers/escl/quirks';
import { EsclClient } from '../../../electron/core/scan/drivers/escl/EsclClient';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, '../../fixtures/escl', name));
const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');

function expectComm(fn: () => unknown): void {
  let thrown: unknown;
  try { fn(); } catch (err) { thrown = err; }
  expect(isAppError(thrown, 'device/communication')).toBe(true);
}

describe('parseCapabilities', () => {
  it('reads an HP platen-only document (DocumentFormatExt, empty IconURI, compression)', () => {
    const c = parseCapabilities(fixture('hp-capabilities.xml'));
    expect(c.makeAndModel).toBe('HP LaserJet MFP M28w');
    expect(c.uuid).toBe('564e4333-4b31-3233-3435-a0b3cc123456');
    expect(c.caps).toEqual({ sources: ['flatbed'], resolutions: [75, 100, 200, 300, 600], colorModes: ['gray', 'color'], duplex: false });
    expect(c.maxAreaMm).toEqual({ width: 215.9, height: 297 });
    expect(c.platen?.formats).toContain('image/jpeg');
    expect(c.platen?.formatExt).toBe(true);
    expect(c.compression).toEqual({ min: 0, max: 100 });
    expect(c.adf).toBeNull();
  });

  it('reads a Canon document with ADF duplex and per-profile colour modes; clamps resolutions when asked', () => {
    const c = parseCapabilities(fixture('canon-capabilities.xml'), 300);
    expect(c.makeAndModel).toBe('Canon iR2630');
    expect(c.uuid).toBe('00000000-0000-1000-8000-f4a997123456');
    expect(c.caps.sources).toEqual(['flatbed', 'feeder']);
    expect(c.caps.duplex).toBe(true);
    expect(c.caps.resolutions).toEqual([300]);
    expect(c.caps.colorModes.sort()).toEqual(['color', 'gray']);
    expect(c.adfDuplex?.colorModes).toEqual(['RGB24']);
    expect(c.maxAreaMm).toEqual({ width: 297, height: 431.8 });
  });

  it('reads an Epson document with escl:/default namespaces and resolution ranges', () => {
    const c = parseCapabilities(fixture('epson-capabilities.xml'));
    expect(c.makeAndModel).toBe('Epson WF-3520 Series');
    expect(c.caps.resolutions).toEqual([75, 100, 150, 200, 240, 300, 400, 600, 1200]);
    expect(c.caps.colorModes.sort()).toEqual(['bw', 'color', 'gray']);
    expect(c.caps.duplex).toBe(true);
    expect(c.adf?.resolutions).toEqual([75, 100, 150, 200, 240, 300]);
    expect(c.adf?.formats).toEqual(['image/png']);
  });

  it('refuses documents without any source, or with garbage numbers', () => {
    expectComm(() => parseCapabilities(bytes('<ScannerCapabilities><MakeAndModel>X</MakeAndModel></ScannerCapabilities>')));
    expectComm(() => parseCapabilities(bytes('<ScannerCapabilities><Platen><PlatenInputCaps><MaxWidth>-1</MaxWidth><MaxHeight>abc</MaxHeight></PlatenInputCaps></Platen></ScannerCapabilities>')));
    expectComm(() => parseCapabilities(bytes('<Other/>')));
  });
});

describe('parseStatus', () => {
  it('reads state, ADF state and jobs', () => {
    const s = parseStatus(fixture('status-jam.xml'));
    expect(s.state).toBe('Stopped');
    expect(s.adfState).toBe('ScannerAdfJam');
    expect(s.jobs).toHaveLength(2);
    expect(findJob(s, 'http://10.0.0.1/eSCL/ScanJobs/abc-1')).toEqual({ uri: '/eSCL/ScanJobs/abc-1', state: 'Aborted', imagesCompleted: 2 });
  });
  it('accepts a minimal status without ADF or jobs', () => {
    expect(parseStatus(bytes('<ScannerStatus><State>Idle</State></ScannerStatus>'))).toEqual({ state: 'Idle', adfState: null, jobs: [] });
  });
});

describe('parseDeviceXml (hostile input)', () => {
  it.each([
    ['entity bomb', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><ScannerStatus><State>&lol2;</State></ScannerStatus>'],
    ['external entity', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><ScannerStatus><State>&e;</State></ScannerStatus>'],
    ['deep nesting', `${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`],
    ['not well-formed', '<ScannerStatus><State>Idle</ScannerStatus>'],
    ['empty', ''],
    ['text only', 'hello'],
  ])('%s → device/communication', (_name, xml) => {
    expectComm(() => parseDeviceXml(bytes(xml), 'test'));
  });
  it('refuses invalid UTF-8 and oversized bodies', () => {
    expectComm(() => parseDeviceXml(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]), 'test'));
    expectComm(() => parseDeviceXml(Buffer.alloc(2 * 1024 * 1024, 0x20), 'test'));
  });
  it('leaves entity references unexpanded', () => {
    const tree = parseDeviceXml(bytes('<ScannerStatus><State>&amp;Idle</State></ScannerStatus>'), 'test');
    expect(tree).toEqual({ ScannerStatus: { State: '&amp;Idle' } });
  });
});

describe('buildScanSettings', () => {
  it('asks for JPEG, A4 clipped to the source, the minimum compression and the device formats', () => {
    const caps = parseCapabilities(fixture('hp-capabilities.xml'));
    const plan = buildScanSettings({ source: 'flatbed', duplex: false, dpi: 300, colorMode: 'color' }, caps)!;
    expect(plan).toMatchObject({ inputSource: 'Platen', colorMode: 'RGB24', format: 'image/jpeg', width: 2480, height: 3508 });
    for (const part of ['<pwg:InputSource>Platen</pwg:InputSource>', '<scan:XResolution>300</scan:XResolution>', '<scan:CompressionFactor>0</scan:CompressionFactor>', '<scan:DocumentFormatExt>image/jpeg</scan:DocumentFormatExt>', 'escl:ThreeHundredthsOfInches']) {
      expect(plan.xml).toContain(part);
    }
    expect(plan.xml).not.toContain('scan:Duplex');
    expect(parseDeviceXml(bytes(plan.xml), 'settings')).toHaveProperty('ScanSettings');
  });
  it('feeder duplex; PNG when the ADF offers only PNG; B/W falls back to grey when not offered', () => {
    const epson = parseCapabilities(fixture('epson-capabilities.xml'));
    const plan = buildScanSettings({ source: 'feeder', duplex: true, dpi: 200, colorMode: 'bw' }, epson)!;
    expect(plan).toMatchObject({ inputSource: 'Feeder', colorMode: 'Grayscale8', format: 'image/png' });
    expect(plan.xml).toContain('<scan:Duplex>true</scan:Duplex>');
    expect(plan.xml).not.toContain('DocumentFormatExt');
    expect(buildScanSettings({ source: 'feeder', duplex: false, dpi: 300, colorMode: 'color' }, parseCapabilities(fixture('hp-capabilities.xml')))).toBeNull();
  });
});

describe('quirks and Location re-hosting', () => {
  it('matches rows by make and model', () => {
    expect(quirksFor('Canon iR2630').clampMaxDpi).toBe(300);
    expect(quirksFor('Xerox B215 Multifunction Printer')).toMatchObject({ retry404: true, retry410: true, skipDeleteCleanup: true });
    expect(quirksFor('Epson WF-3520 Series')).toMatchObject({ rotateBacks: true, alwaysPortInHost: true });
    expect(quirksFor('Brother MFC-L2710DW series').retry404).toBe(true);
    expect(quirksFor('HP LaserJet MFP M28w').extraRetries503).toBe(30);
    expect(quirksFor('Unknown Scanner 1')).toEqual(NO_QUIRKS);
  });
  it('keeps only the Location path, on our own host and port', () => {
    const c = new EsclClient({ baseUrl: 'http://192.168.1.20:8080/eSCL', deviceId: 'x', deviceName: 'x' });
    expect(c.rehost('http://bogus-host.invalid/eSCL/ScanJobs/42')?.href).toBe('http://192.168.1.20:8080/eSCL/ScanJobs/42');
    expect(c.rehost('http://[fe80/eSCL/ScanJobs/4060')?.href).toBe('http://192.168.1.20:8080/eSCL/ScanJobs/4060');
    expect(c.rehost('/eSCL/ScanJobs/7/')?.href).toBe('http://192.168.1.20:8080/eSCL/ScanJobs/7');
    expect(c.rehost('javascript:alert(1)')).toBeNull();
    expect(c.rehost('http://x/other/path')).toBeNull();
  });
});
