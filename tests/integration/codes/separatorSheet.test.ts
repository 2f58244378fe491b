import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzePageCodes, renderSeparatorSheet } from '../../../electron/core/codes';
import { isAppError } from '../../../electron/shared/errors/AppError';
import { decodeGrey, scanLike } from './codePages';

const VALUE = '000.00.01.H29-260310-0420';
const LABEL = 'Giấy khai sinh — Nguyễn Văn Ánh';
const SLOW = { timeout: 120_000 };

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  expect(r.status, `${cmd} ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout + r.stderr;
}

// zxing-wasm fetches its .wasm from a CDN unless given the local file: any fetch fails the whole file.
const fetchSpy = vi.fn(() => {
  throw new Error('network access during code recognition');
});
let dir = '';
let sheet: { png: Buffer; pdf: Uint8Array };

beforeAll(async () => {
  vi.stubGlobal('fetch', fetchSpy);
  dir = mkdtempSync(join(tmpdir(), 'codes-sheet-'));
  sheet = await renderSeparatorSheet({ label: LABEL, value: VALUE });
}, 120_000);

afterAll(() => {
  vi.unstubAllGlobals();
  rmSync(dir, { recursive: true, force: true });
});

describe('renderSeparatorSheet', () => {
  it('gives an A4 greyscale PNG at 300 dpi', async () => {
    const meta = await sharp(sheet.png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 2480, height: 3508, channels: 1, density: 300 });
  });

  it('gives a one-page A4 PDF showing exactly that PNG at physical size', () => {
    const file = join(dir, 'sheet.pdf');
    writeFileSync(file, sheet.pdf);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(run('pdfimages', ['-list', file])).toMatch(/^\s+1\s+0 image\s+2480\s+3508\s+gray\s+1\s+8 .*\s300\s+300\s/m);
    run('pdfimages', ['-png', file, join(dir, 'img')]);
    const inPdf = readFileSync(join(dir, 'img-000.png'));
    return Promise.all([decodeGrey(inPdf), decodeGrey(sheet.png)]).then(([a, b]) => expect(a.data.equals(b.data)).toBe(true));
  });

  it('prints the Vietnamese heading and label legibly (tesseract CLI, vie)', SLOW, async () => {
    const crop = join(dir, 'heading.png');
    await sharp(sheet.png).extract({ left: 0, top: 400, width: 2480, height: 400 }).toFile(crop);
    const text = run('tesseract', [crop, '-', '-l', 'vie', '--psm', '6']).normalize('NFC');
    expect(text).toContain('TỜ PHÂN CÁCH GIẤY TỜ');
    expect(text).toContain('Nguyễn Văn Ánh');
  });

  it('rejects a resolution out of range and a value a Code 128 cannot carry', async () => {
    for (const opts of [{ dpi: 50 }, { dpi: 1200 }, { value: 'Hồ sơ' }, { value: 'x'.repeat(65) }]) {
      const err = await renderSeparatorSheet(opts).catch((e: unknown) => e);
      expect(isAppError(err, 'codes/failed'), JSON.stringify(opts)).toBe(true);
    }
  });
});

describe('analyzePageCodes on a scanned separator sheet', () => {
  const cases = [
    { dpi: 300, angleDeg: 1.5, seed: 1 },
    { dpi: 300, angleDeg: -1.2, seed: 2 },
    { dpi: 150, angleDeg: 1.8, seed: 3 },
    { dpi: 150, angleDeg: -1, seed: 4 },
  ] as const;

  it.each(cases)('finds Patch T, the QR and the Code 128 at $dpi dpi, rotated $angleDeg°', SLOW, async (scan) => {
    const page = await analyzePageCodes(await scanLike(sheet.png, scan), scan.dpi);
    expect(page.patch).toBe('T');
    expect(page.separator).toEqual({ via: 'patch', value: VALUE });
    expect(page.codes.map((c) => `${c.format} ${c.text}`).sort()).toEqual([`Code128 TSH-SEP:${VALUE}`, `QRCode TSH-SEP:${VALUE}`]);
  });

  it('finds the sheet by its QR when the patch is cut off (leading edge cropped)', SLOW, async () => {
    const cropped = await sharp(sheet.png).composite([{ input: { create: { width: 2480, height: 400, channels: 3, background: 'white' } }, left: 0, top: 0 }]).png().toBuffer();
    const page = await analyzePageCodes(await scanLike(cropped, { dpi: 150, angleDeg: 1.4, seed: 5 }), 150);
    expect(page.patch).toBeNull();
    expect(page.separator).toEqual({ via: 'sheet-qr', value: VALUE });
  });

  it('still separates when the sheet is fed upside down (Patch T then reads as Patch 3)', SLOW, async () => {
    const upsideDown = await sharp(sheet.png).rotate(180).png().toBuffer();
    const page = await analyzePageCodes(await scanLike(upsideDown, { dpi: 300, angleDeg: -1.6, seed: 6 }), 300);
    expect(page.patch).toBe('3');
    expect(page.separator).toEqual({ via: 'patch', value: VALUE });
  });

  it('gives a separator without value for a sheet printed without one', SLOW, async () => {
    const plain = await renderSeparatorSheet({ dpi: 150 });
    expect((await sharp(plain.png).metadata()).width).toBe(1240);
    const page = await analyzePageCodes(await scanLike(await sharp(plain.png).resize(2480, 3508).png().toBuffer(), { dpi: 150, angleDeg: 1.2, seed: 7 }), 150);
    expect(page.separator).toEqual({ via: 'patch' });
    expect(page.codes.map((c) => c.text)).toContain('TSH-SEP:');
  });

  it('never fetched anything from the network (the .wasm files are read from the package)', () => {
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
