import { existsSync } from 'node:fs';
import { readFile, readdir, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderScanDriver, FOLDER_DEVICE } from '../../../../electron/core/scan/drivers/folder/FolderScanDriver';
import { validateScanOptions } from '../../../../electron/core/scan/validateScanOptions';
import { isAppError } from '../../../../electron/shared/errors/AppError';
import * as fx from '../../../helpers/imageFixtures';
import { scanFolder } from '../../../helpers/scanFolder';

let t: { dir: string; cleanup(): Promise<void> };
beforeEach(async () => { t = await fx.tempDir(); });
afterEach(async () => { await t.cleanup(); });

const scanAll = scanFolder;

describe('FolderScanDriver', () => {
  it('passes a JPEG through byte for byte with its DPI and colour mode', async () => {
    const bytes = await fx.writeJpeg(join(t.dir, 'a.jpg'), { density: 300 });
    const { pages } = await scanAll([join(t.dir, 'a.jpg')]);
    expect(pages).toHaveLength(1);
    const p = pages[0]!;
    expect(p.format).toBe('jpeg');
    expect(Buffer.from(p.bytes).equals(bytes)).toBe(true);
    expect(p).toMatchObject({ sourceName: 'a.jpg', pageIndexInSource: 0, width: 240, height: 340, dpi: 300, colorMode: 'color' });
  });

  it('defaults to 200 dpi and detects grey and black-and-white pages', async () => {
    await fx.writeGrayPng(join(t.dir, 'g.png'));
    await fx.writeBwPng(join(t.dir, 'b.png'));
    const { pages } = await scanAll([join(t.dir, 'g.png'), join(t.dir, 'b.png')]);
    expect(pages.map((p) => [p.format, p.dpi, p.colorMode])).toEqual([['png', 200, 'gray'], ['png', 200, 'bw']]);
  });

  it('splits a 3-page TIFF into PNG pages in order', async () => {
    await fx.writeTiff(join(t.dir, 'scan.tiff'), 3, 300);
    const { pages } = await scanAll([join(t.dir, 'scan.tiff')]);
    expect(pages.map((p) => p.pageIndexInSource)).toEqual([0, 1, 2]);
    expect(pages.every((p) => p.format === 'png' && p.dpi === 300 && p.width === 100 && p.height === 140)).toBe(true);
    expect(pages[0]!.bytes.subarray(0, 4)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it('rasterises each PDF page at 200 dpi with pdftoppm', async () => {
    await fx.writePdf(join(t.dir, 'ho-so.pdf'), 2);
    const { pages } = await scanAll([join(t.dir, 'ho-so.pdf')]);
    expect(pages).toHaveLength(2);
    // 300 × 420 pt at 200 dpi = 833 × 1167 px (pdftoppm rounds up).
    expect(pages[0]).toMatchObject({ format: 'png', dpi: 200, pageIndexInSource: 0, colorMode: 'color' });
    expect(Math.abs(pages[0]!.width - 833)).toBeLessThanOrEqual(1);
    expect(Math.abs(pages[1]!.height - 1167)).toBeLessThanOrEqual(1);
  });

  it('expands a directory in natural order, skipping temp, hidden and foreign files', async () => {
    for (const n of ['page10.jpg', 'page2.jpg', 'page1.jpg', '.hidden.jpg', '~$lock.jpg', 'x.jpg.part', 'notes.txt']) await fx.writeJpeg(join(t.dir, n));
    const { pages, rejections } = await scanAll([t.dir]);
    expect(pages.map((p) => p.sourceName)).toEqual(['page1.jpg', 'page2.jpg', 'page10.jpg']);
    expect(rejections).toEqual([]);
  });

  it('rejects corrupt and unsupported files into quarantine (copy) and goes on', async () => {
    const q = join(t.dir, 'quarantine');
    await fx.writeTruncatedJpeg(join(t.dir, 'cut.jpg'));
    await fx.writeRandomBytes(join(t.dir, 'noise.png'));
    await fx.writeFakeDocx(join(t.dir, 'don.docx'));
    await fx.writeJpeg(join(t.dir, 'good.jpg'));
    const files = ['cut.jpg', 'noise.png', 'don.docx', 'good.jpg'].map((n) => join(t.dir, n));
    const { pages, rejections } = await scanAll(files, { dir: q, mode: 'copy' });
    expect(pages.map((p) => p.sourceName)).toEqual(['good.jpg']);
    expect(rejections.map((r) => r.error.code)).toEqual(['import/corrupt-file', 'import/corrupt-file', 'import/unsupported-file']);
    const cut = rejections[0]!;
    expect(cut.error.message).toContain('Tệp hỏng hoặc không đọc được: cut.jpg.');
    expect(cut.error.message).toContain(`thư mục cách ly ${cut.quarantinedTo}; hãy quét lại trang này.`);
    for (const r of rejections) {
      expect(existsSync(r.path)).toBe(true); // copy mode: the user's original stays
      expect(existsSync(r.quarantinedTo!)).toBe(true);
      const sidecar = JSON.parse(await readFile(`${r.quarantinedTo}.json`, 'utf8'));
      expect(sidecar).toMatchObject({ originalPath: r.path, code: r.error.code, mode: 'copy' });
      expect(typeof sidecar.quarantinedAt).toBe('string');
    }
    expect(await readdir(q)).toHaveLength(6);
  });

  it('moves rejected files in move mode and reports missing files without quarantine', async () => {
    const q = join(t.dir, 'q');
    await fx.writeRandomBytes(join(t.dir, 'bad.jpg'));
    const { rejections } = await scanAll([join(t.dir, 'missing.jpg'), join(t.dir, 'bad.jpg')], { dir: q, mode: 'move' });
    expect(rejections[0]).toMatchObject({ quarantinedTo: null, error: { code: 'import/file-not-found' } });
    expect(rejections[1]!.error.message).toContain('Tệp đã được chuyển vào thư mục cách ly');
    expect(existsSync(join(t.dir, 'bad.jpg'))).toBe(false);
    expect(existsSync(rejections[1]!.quarantinedTo!)).toBe(true);
  });

  it('fails the scan with import/tool-missing when pdftoppm is absent (the PDF is not quarantined)', async () => {
    await fx.writePdf(join(t.dir, 'a.pdf'), 1);
    const q = join(t.dir, 'q');
    const driver = new FolderScanDriver({ pdftoppmCommand: join(t.dir, 'no-such-pdftoppm') });
    const err = await scanAll([join(t.dir, 'a.pdf')], { dir: q, mode: 'move' }, driver).catch((e: unknown) => e);
    expect(isAppError(err, 'import/tool-missing')).toBe(true);
    expect(existsSync(join(t.dir, 'a.pdf'))).toBe(true);
  });

  it('stops between files when cancelled', async () => {
    await mkdir(join(t.dir, 'in'));
    for (let i = 1; i <= 5; i++) await fx.writeJpeg(join(t.dir, 'in', `p${i}.jpg`));
    const ac = new AbortController();
    const got: string[] = [];
    const valid = validateScanOptions({ device: FOLDER_DEVICE, paths: [join(t.dir, 'in')] });
    const run = (async () => { for await (const p of new FolderScanDriver().scan(valid, ac.signal, {})) { got.push(p.sourceName); if (got.length === 2) ac.abort(); } })();
    await expect(run).rejects.toMatchObject({ code: 'job/cancelled' });
    expect(got).toEqual(['p1.jpg', 'p2.jpg']);
  });
});
