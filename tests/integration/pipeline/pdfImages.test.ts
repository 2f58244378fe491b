import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobT } from '../../../electron/shared/contract/models';
import { importPages, newDossier, openStation, type Station } from '../../support/station';
import { cachedTestPage, renderBlankPage } from '../../support/testPages';
import { pdfimagesList } from '../pdf/pdfTools';

const CODE = '000.00.01.H29-260310-0611';

interface Row { name: string; derived: string | null; file: string | null; sha: string | null; mode: string | null }

describe('page images encoded for the PDF while pages are processed (clean-up only, no OCR)', () => {
  let s: Station;
  let rows: Row[];

  const rowsNow = (): Row[] => {
    const db = new Database(join(s.dir, 'station.db'), { readonly: true });
    try {
      return db.prepare(`SELECT p.source_name AS name, pp.derived_rel_path AS derived, pp.pdf_image_rel_path AS file, pp.pdf_image_sha256 AS sha,
        pp.pdf_image_mode AS mode FROM pages p JOIN page_processing pp ON pp.page_id = p.id ORDER BY p.source_name`).all() as Row[];
    } finally {
      db.close();
    }
  };

  const exportPdf = async (name: string): Promise<JobT> => {
    const { jobId } = await s.call<{ jobId: string }>('exports.start', { dossierCode: CODE, outDir: join(s.dir, name) });
    return s.core.jobs.waitFor(jobId);
  };

  beforeAll(async () => {
    s = await openStation({ pipeline: { ocr: 'none' } });
    await newDossier(s, CODE);
    const dir = join(s.dir, 'batch');
    mkdirSync(dir, { recursive: true });
    const files: Array<[string, Buffer]> = [
      ['1-don.jpg', (await cachedTestPage({ id: 'pdfimg-a', dpi: 200, paragraphs: 1 })).scanned],
      ['2-trang.jpg', await renderBlankPage({ id: 'pdfimg-blank', dpi: 200 })],
      ['3-giay-to.jpg', (await cachedTestPage({ id: 'pdfimg-b', dpi: 200, paragraphs: 1, seal: true })).scanned],
    ];
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    await importPages(s, CODE, files.map(([name]) => join(dir, name)));
    await s.core.pipeline?.whenIdle();
    rows = rowsNow();
  }, 180_000);

  afterAll(async () => { await s.close(); });

  it('stores an MRC page image (the default profile) for content pages and none for the blank page', () => {
    expect(rows.map((r) => [r.name, r.mode])).toEqual([['1-don.jpg', 'mrc'], ['2-trang.jpg', null], ['3-giay-to.jpg', 'mrc']]);
    for (const r of rows.filter((x) => x.mode)) {
      const sha = execFileSync('sha256sum', [join(s.dir, r.file!)]).toString().split(' ')[0];
      expect(sha).toBe(r.sha);
    }
  });

  it('encodes the derived image again when the desk profile asks for another mode', async () => {
    await s.call('profiles.save', { name: 'JPEG', isDefault: true, outputProfile: 'jpeg' }, s.it);
    const job = await exportPdf('out-jpeg');
    expect(job.state, job.error?.message).toBe('succeeded');
    expect(pdfimagesList((job.result as { path: string }).path).map((i) => `${i.page}:${i.enc}`)).toEqual(['1:jpeg', '2:jpeg']);
  }, 120_000);

  it('exports from the stored images alone: the derived images are not needed', async () => {
    await s.call('profiles.save', { name: 'MRC', isDefault: true, outputProfile: 'color-mrc' }, s.it);
    for (const r of rows.filter((x) => x.mode)) rmSync(join(s.dir, r.derived!));
    const job = await exportPdf('out-stored');
    expect(job.state, job.error?.message).toBe('succeeded');
    // Per page: the 150-dpi colour background (JPEG) and the full-resolution 1-bit text stencil (CCITT G4).
    expect(pdfimagesList((job.result as { path: string }).path).map((i) => `${i.page}:${i.enc}`)).toEqual(['1:jpeg', '1:ccitt', '2:jpeg', '2:ccitt']);
  }, 120_000);

  it('says in Vietnamese what to do when an image it must encode again is gone from the disk', async () => {
    await s.call('profiles.save', { name: 'JPEG 2', isDefault: true, outputProfile: 'jpeg' }, s.it);
    const job = await exportPdf('out-missing');
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'export/failed' });
    expect(job.error?.message).toMatch(/không còn trên ổ đĩa\. Hãy xử lý lại hoặc quét lại trang này/u);
  }, 120_000);
});
