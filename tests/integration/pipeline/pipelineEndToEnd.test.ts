import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSeparatorSheet } from '../../../electron/core/codes';
import type { DossierPipelineStatusT, PageProcessingT, PageTextT, SearchHitT, DocumentMetadataT } from '../../../electron/shared/contract/pipelineModels';
import type { JobT } from '../../../electron/shared/contract/models';
import { cer } from '../../support/cer';
import { preflightA1b, preflightUnavailable } from '../../support/preflight';
import { detail, importPages, newDossier, openStation, type Station } from '../../support/station';
import { cachedTestPage, renderBlankPage, type TestPage } from '../../support/testPages';

const CODE = '000.00.01.H29-260310-0501';
const HEADER = { body: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', number: '215/QĐ-UBND', date: 'An Bình, ngày 12 tháng 3 năm 2026', title: 'QUYẾT ĐỊNH' };

/** A separator sheet as the scanner sees it: turned 1.5°, blurred, JPEG q50. */
async function scannedSeparator(): Promise<Buffer> {
  const sheet = await renderSeparatorSheet({ value: 'GIAY-TO-2' });
  return sharp(sheet.png).rotate(1.5, { background: '#fff' }).blur(0.8).jpeg({ quality: 50 }).withMetadata({ density: 300 }).toBuffer();
}

const pdfText = (file: string, page: number) => execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-']).toString();

describe('page pipeline end to end: import → clean-up → OCR → search → metadata → PDF/A', () => {
  let s: Station;
  let dir: string;
  let skewed: TestPage;
  let upsideDown: TestPage;
  let sealed: TestPage;
  let status: DossierPipelineStatusT;
  const byName = (name: string): PageProcessingT => {
    const page = status.pages.find((p) => names.get(p.pageId) === name);
    if (!page) throw new Error(`no page ${name}`);
    return page;
  };
  const names = new Map<string, string>();

  beforeAll(async () => {
    s = await openStation({ pipeline: { ocr: 'tesseract.js' } });
    dir = join(s.dir, 'in');
    mkdirSync(dir);
    skewed = await cachedTestPage({ id: 'e2e-skewed', skewDeg: 2.6, header: HEADER, paragraphs: 4 });
    upsideDown = await cachedTestPage({ id: 'e2e-upside-down', rotation: 180, skewDeg: -1.2, paragraphs: 3 });
    sealed = await cachedTestPage({ id: 'e2e-seal', seal: true, skewDeg: 0.8, paragraphs: 2 });
    const files: Array<[string, Buffer]> = [
      ['1-nghieng.jpg', skewed.scanned], ['2-trang-trang.jpg', await renderBlankPage({ id: 'e2e-blank', darkEdge: true })],
      ['3-phan-cach.jpg', await scannedSeparator()], ['4-nguoc.jpg', upsideDown.scanned], ['5-con-dau.jpg', sealed.scanned],
    ];
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    await newDossier(s, CODE);
    await importPages(s, CODE, files.map(([name]) => join(dir, name)));
    await s.core.pipeline?.whenIdle();
    for (const doc of (await detail(s, CODE)).documents) for (const p of doc.pages) names.set(p.id, p.sourceName);
    status = await s.call<DossierPipelineStatusT>('pipeline.status', { dossierCode: CODE });
  }, 300_000);
  afterAll(async () => { await s?.close(); });

  it('processes every page without failure', () => {
    const failures = status.pages.map((p) => `${names.get(p.pageId)}: ${p.status} ${p.error?.code ?? ''} ${p.error?.message ?? ''}`).join('\n');
    expect(status, failures).toMatchObject({ total: 5, done: 5, failed: 0, pending: 0 });
  });

  it('deskews the skewed page and turns the upside-down page', () => {
    expect(Math.abs(Math.abs(byName('1-nghieng.jpg').deskewDeg ?? 0) - 2.6)).toBeLessThanOrEqual(0.1);
    expect(byName('4-nguoc.jpg').rotation).toBe(180);
    expect(byName('1-nghieng.jpg').rotation).toBe(0);
  });

  it('flags and quarantines the blank page and the separator sheet (kept, not deleted)', () => {
    expect(byName('2-trang-trang.jpg')).toMatchObject({ excluded: 'blank', flags: expect.arrayContaining(['blank']) });
    expect(byName('3-phan-cach.jpg')).toMatchObject({ excluded: 'separator', flags: expect.arrayContaining(['separator']) });
    expect(byName('5-con-dau.jpg').excluded).toBeNull();
  });

  it('recognises Vietnamese text within the CER target, with no dropped text', async () => {
    for (const [name, page] of [['1-nghieng.jpg', skewed], ['4-nguoc.jpg', upsideDown], ['5-con-dau.jpg', sealed]] as const) {
      const proc = byName(name);
      expect(proc.flags, name).not.toContain('dropped-text');
      const text = await s.call<PageTextT>('pages.text', { pageId: proc.pageId });
      expect(text.text).toBe(text.text.normalize('NFC'));
      expect(cer(text.text, page.groundTruth), name).toBeLessThanOrEqual(0.02);
    }
  });

  it('finds the page by an unaccented query and extracts the metadata for confirmation', async () => {
    const hits = await s.call<SearchHitT[]>('search.query', { q: 'quyet dinh an binh' });
    expect(hits.map((h) => names.get(h.pageId))).toContain('1-nghieng.jpg');
    expect(hits[0]?.snippet).toMatch(/Quyết định|QUYẾT ĐỊNH/);
    const documentId = (await detail(s, CODE)).documents[0]?.id;
    const meta = await s.call<DocumentMetadataT>('metadata.get', { documentId });
    const field = (f: string) => meta.fields.find((x) => x.field === f);
    expect(field('soKyHieu')).toMatchObject({ value: '215/QĐ-UBND', source: 'ocr', confirmedBy: null });
    expect(field('ngayCap')?.value).toBe('2026-03-12');
    expect(meta.confirmed).toBe(false);
  });

  it('exports a PDF/A-1b that qpdf and Preflight accept, without the quarantined pages, with a correct text layer', async () => {
    const { jobId } = await s.call<{ jobId: string }>('exports.start', { dossierCode: CODE, outDir: join(s.dir, 'out') });
    const job: JobT = await s.core.jobs.waitFor(jobId);
    expect(job.state, job.error?.message).toBe('succeeded');
    const file = (job.result as { path: string }).path;
    expect(execFileSync('qpdf', ['--check', file]).toString()).toContain('No syntax or stream encoding errors');
    expect(/Pages:\s+3/.test(execFileSync('pdfinfo', [file]).toString())).toBe(true);
    expect(cer(pdfText(file, 1), skewed.groundTruth)).toBeLessThanOrEqual(0.02);
    expect(cer(pdfText(file, 3), sealed.groundTruth)).toBeLessThanOrEqual(0.02);
    const why = preflightUnavailable();
    if (why) throw new Error(`PDFBox Preflight is required for this test: ${why}`);
    const result = preflightA1b(file);
    expect(result.valid, result.output).toBe(true);
  }, 120_000);

  it('puts a quarantined page back in one call', async () => {
    await s.call('pages.include', { pageId: byName('2-trang-trang.jpg').pageId });
    const after = await s.call<DossierPipelineStatusT>('pipeline.status', { dossierCode: CODE });
    expect(after.pages.filter((p) => p.excluded !== null)).toHaveLength(1);
  });
});
