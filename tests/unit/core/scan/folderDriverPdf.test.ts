import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderScanDriver } from '../../../../electron/core/scan/drivers/folder/FolderScanDriver';
import type { QuarantineTarget } from '../../../../electron/core/scan/ScanOptions';
import { isAppError } from '../../../../electron/shared/errors/AppError';
import * as fx from '../../../helpers/imageFixtures';
import { scanFolder } from '../../../helpers/scanFolder';
import { scanLikeJpegs, writePdfFile } from '../../../helpers/pdfFixtures';

let t: { dir: string; cleanup(): Promise<void> };
beforeEach(async () => { t = await fx.tempDir(); });
afterEach(async () => { await t.cleanup(); });

const NO_PDFTOPPM = new FolderScanDriver({ pdftoppmCommand: '/nonexistent' });

const scanAll = (paths: string[], driver?: FolderScanDriver, quarantine?: QuarantineTarget) => scanFolder(paths, quarantine, driver);

describe('FolderScanDriver: PDF import', () => {
  it('passes the JPEGs of an image-only PDF through losslessly, without pdftoppm', async () => {
    const [colour, grey] = await scanLikeJpegs();
    const path = join(t.dir, 'may-quet.pdf');
    await writePdfFile(path, [{ kind: 'jpeg', jpeg: colour, dpi: 200 }, { kind: 'jpeg', jpeg: grey, dpi: 300 }]);
    const { pages, rejections } = await scanAll([path], NO_PDFTOPPM);
    expect(rejections).toEqual([]);
    expect(pages.map(({ sourceName, pageIndexInSource, format, width, height, dpi, colorMode }) => ({ sourceName, pageIndexInSource, format, width, height, dpi, colorMode }))).toEqual([
      { sourceName: 'may-quet.pdf', pageIndexInSource: 0, format: 'jpeg', width: 330, height: 467, dpi: 200, colorMode: 'color' },
      { sourceName: 'may-quet.pdf', pageIndexInSource: 1, format: 'jpeg', width: 496, height: 701, dpi: 300, colorMode: 'gray' },
    ]);
    expect(Buffer.from(pages[0]!.bytes).equals(colour)).toBe(true);
    expect(Buffer.from(pages[1]!.bytes).equals(grey)).toBe(true);
  });

  it('rasterises a PDF with a text page as a whole (no half-extracted file)', async () => {
    const [colour] = await scanLikeJpegs();
    const path = join(t.dir, 'tron.pdf');
    await writePdfFile(path, [{ kind: 'jpeg', jpeg: colour, dpi: 200 }, { kind: 'text', text: 'Trang soan thao' }]);
    const { pages } = await scanAll([path]);
    expect(pages.map((p) => [p.format, p.dpi, p.pageIndexInSource])).toEqual([['png', 200, 0], ['png', 200, 1]]);
    const err = await scanAll([path], NO_PDFTOPPM).catch((e: unknown) => e);
    expect(isAppError(err, 'import/tool-missing')).toBe(true);
  });

  it('rasterises PDFs of PNG (Flate) images, and needs pdftoppm for them', async () => {
    const path = join(t.dir, 'png.pdf');
    await writePdfFile(path, [{ kind: 'png' }, { kind: 'png' }]);
    const { pages } = await scanAll([path]);
    expect(pages.map((p) => p.format)).toEqual(['png', 'png']);
    const err = await scanAll([path], NO_PDFTOPPM).catch((e: unknown) => e);
    expect(isAppError(err, 'import/tool-missing')).toBe(true);
  });

  it('quarantines a damaged PDF as corrupt', async () => {
    const path = join(t.dir, 'hong.pdf');
    await writeFile(path, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]));
    const { pages, rejections } = await scanAll([path], undefined, { dir: join(t.dir, 'q'), mode: 'move' });
    expect(pages).toEqual([]);
    expect(rejections.map((r) => r.error.code)).toEqual(['import/corrupt-file']);
    expect(existsSync(rejections[0]!.quarantinedTo!)).toBe(true);
  });
});
