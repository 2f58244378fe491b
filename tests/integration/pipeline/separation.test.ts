import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSeparatorSheet } from '../../../electron/core/codes';
import { detail, importPages, newDossier, openStation, type Station } from '../../support/station';
import { cachedTestPage, renderBlankPage } from '../../support/testPages';

const CODE = '000.00.01.H29-260310-0502';

/** The app's separator sheet as a scanner delivers it: turned 1°, blurred, JPEG q50, 200 dpi. */
async function scannedSheet(value: string): Promise<Buffer> {
  const sheet = await renderSeparatorSheet({ value, dpi: 200 });
  return sharp(sheet.png).rotate(1, { background: '#fff' }).blur(0.7).jpeg({ quality: 50 }).withMetadata({ density: 200 }).toBuffer();
}

async function writeBatch(s: Station, files: Array<[string, Buffer]>): Promise<string[]> {
  const dir = join(s.dir, 'batch');
  mkdirSync(dir, { recursive: true });
  return files.map(([name, bytes]) => { writeFileSync(join(dir, name), bytes); return join(dir, name); });
}

const textPage = async (id: string) => (await cachedTestPage({ id, dpi: 200, paragraphs: 1, skewDeg: 0.5 })).scanned;

describe('automatic document separation by the desk profile (clean-up only, no OCR)', () => {
  let s: Station | undefined;
  afterEach(async () => { await s?.close(); s = undefined; });

  async function scanBatch(separation: { mode: 'patch-code' | 'blank-page' | 'fixed-count'; pageCount: number | null }, files: Array<[string, Buffer]>) {
    s = await openStation({ pipeline: { ocr: 'none' } });
    await s.call('profiles.save', { name: 'Tách giấy tờ', isDefault: true, separation }, s.it);
    await newDossier(s, CODE);
    await importPages(s, CODE, await writeBatch(s, files));
    await s.core.pipeline?.whenIdle();
    const d = await detail(s, CODE);
    return d.documents.map((doc) => doc.pages.map((p) => `${p.sourceName}${p.excluded ? `(${p.excluded})` : ''}`));
  }

  it('splits at the separator sheet and keeps the sheet out of the output', async () => {
    const docs = await scanBatch({ mode: 'patch-code', pageCount: null }, [
      ['1-don.jpg', await textPage('sep-a')], ['2-to-phan-cach.jpg', await scannedSheet('GIAY-TO-2')], ['3-giay-to.jpg', await textPage('sep-b')], ['4-giay-to.jpg', await textPage('sep-c')],
    ]);
    expect(docs).toEqual([['1-don.jpg', '2-to-phan-cach.jpg(separator)'], ['3-giay-to.jpg', '4-giay-to.jpg']]);
  }, 180_000);

  it('splits at blank pages and sets them aside', async () => {
    const docs = await scanBatch({ mode: 'blank-page', pageCount: null }, [
      ['1-a.jpg', await textPage('sep-a')], ['2-trang.jpg', await renderBlankPage({ id: 'sep-blank', dpi: 200 })], ['3-b.jpg', await textPage('sep-b')],
    ]);
    expect(docs).toEqual([['1-a.jpg', '2-trang.jpg(blank)'], ['3-b.jpg']]);
  }, 180_000);

  it('splits every N pages', async () => {
    const docs = await scanBatch({ mode: 'fixed-count', pageCount: 2 }, [
      ['1.jpg', await textPage('sep-a')], ['2.jpg', await textPage('sep-b')], ['3.jpg', await textPage('sep-c')],
    ]);
    expect(docs).toEqual([['1.jpg', '2.jpg'], ['3.jpg']]);
  }, 180_000);
});
