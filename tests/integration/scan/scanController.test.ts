import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobT, PageT } from '../../../electron/shared/contract/models';
import { saneUnavailableOnPlatform, setUpSaneTestEnv, SKIP_REASON, type SaneTestEnv } from '../../support/saneTestEnv';
import { afterPages, makeRig, newDossier, NO_FAULT, SANE0, type ScanRig } from './scanHelpers';

const CODE = 'H55.242-260310-020001';
const ACTOR = 'test:scan';
let env: SaneTestEnv;
let rig: ScanRig;

let seq = 1;
/** A fresh dossier per scenario (the procedure has one component to scan into). */
async function fresh(): Promise<string> {
  const code = `H55.242-260310-02${String(++seq).padStart(4, '0')}`;
  await newDossier(rig, code);
  return code;
}
async function scan(input: Record<string, unknown>, code = CODE): Promise<JobT> {
  const { jobId } = await rig.call<{ jobId: string }>('ss:scan.start', { dossierCode: code, ...input });
  return rig.wait(jobId);
}
const names = (pages: PageT[]) => pages.map((p) => p.sourceName.replace('frontend-tester — ', ''));

describe.skipIf(saneUnavailableOnPlatform)(`scan.start / resume / cancel through the real device host and the SANE test backend${saneUnavailableOnPlatform ? ` — skipped: ${SKIP_REASON}` : ''}`, () => {
  beforeAll(async () => {
    env = await setUpSaneTestEnv();
    rig = await makeRig();
    await newDossier(rig, CODE);
  });
  afterAll(async () => { await rig?.close(); await env?.cleanup(); });

  it('scans a 10-page ADF batch: stored in order, each page acked, progress "Trang N", scan.pageAdded per page', async () => {
    const before = rig.events.length;
    const job = await scan({ componentIndex: 1, overrides: { device: SANE0, source: 'feeder', dpi: 75, colorMode: 'gray' } });
    expect(job.state).toBe('succeeded');
    expect(job.result).toMatchObject({ pagesScanned: 10, batchPages: 10 });
    const pages = await rig.pagesOf(CODE, 1);
    expect(pages.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(names(pages)).toEqual(Array.from({ length: 10 }, (_, i) => `trang ${i + 1}`));
    expect(pages.every((p) => p.dpi === 75 && p.colorMode === 'gray')).toBe(true);
    // The test backend returns identical sheets; each capture still is its own page (captureMarker).
    expect(new Set(pages.map((p) => p.sha256)).size).toBe(10);
    const mine = rig.events.slice(before);
    expect(mine.filter((e) => e.name === 'scan.pageAdded')).toHaveLength(10);
    expect(job.progress).toMatchObject({ done: 10, note: 'Trang 10' });
    expect(await readdir(join(rig.dataDir, 'staging', 'device-host')).catch(() => [])).toEqual([]);
  });

  it('scans one page from the flatbed, and scanning again into the same component appends (continuous scanning)', async () => {
    const code2 = await fresh();
    const job = await scan({ componentIndex: 1, overrides: { device: SANE0, source: 'flatbed', dpi: 75 } }, code2);
    expect(job.result).toMatchObject({ pagesScanned: 1 });
    const again = await scan({ componentIndex: 1, overrides: { device: SANE0, source: 'feeder', dpi: 75 }, maxPages: 3 }, code2);
    expect(again.result).toMatchObject({ pagesScanned: 3 });
    expect(again.progress).toMatchObject({ done: 3, total: 3 });
    expect((await rig.pagesOf(code2, 1)).map((p) => p.position)).toEqual([1, 2, 3, 4]);
  });

  it('uses the document\'s expected page count as the progress total', async () => {
    const code = await fresh();
    await scan({ componentIndex: 1, overrides: { device: SANE0, source: 'feeder', dpi: 75 }, maxPages: 4 }, code);
    const doc = (await rig.detail(code)).documents.find((d) => d.componentIndex === 1)!;
    await rig.call('ss:documents.setExpectedPages', { documentId: doc.id, expectedPages: 6 });
    const job = await scan({ componentIndex: 1, overrides: { device: SANE0, source: 'flatbed', dpi: 75 } }, code);
    expect(job.progress).toEqual({ done: 5, total: 6, note: 'Trang 1' });
  });

  it('"rescan this page and insert here": the new page goes before the chosen page, later pages move down', async () => {
    const [p1, p2] = await rig.pagesOf(CODE, 1);
    const job = await scan({ insertBeforePageId: p2!.id, overrides: { device: SANE0, source: 'flatbed', dpi: 75 } });
    expect(job.state).toBe('succeeded');
    const pages = await rig.pagesOf(CODE, 1);
    expect(pages).toHaveLength(11);
    expect(pages[0]!.id).toBe(p1!.id);
    expect(pages[1]!.id).toBe((job.result as { pageIds: string[] }).pageIds[0]);
    expect(pages[2]!.id).toBe(p2!.id);
    expect(pages.map((p) => p.position)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });

  it('note capture from the feeder stores exactly two images: with the note, then without', async () => {
    const code3 = await fresh();
    const job = await scan({ componentIndex: 1, noteCapture: true, overrides: { device: SANE0, source: 'feeder', dpi: 75 } }, code3);
    expect(job.result).toMatchObject({ pagesScanned: 2 });
    expect((await rig.pagesOf(code3, 1)).map((p) => p.captureNote)).toEqual(['with-note', 'without-note']);
  });

  it('note capture on the flatbed keeps the first image, asks (in Vietnamese) for the page without the note, and resume takes it', async () => {
    const code4 = await fresh();
    const job = await scan({ componentIndex: 1, noteCapture: true, overrides: { device: SANE0, source: 'flatbed', dpi: 75 } }, code4);
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'device/feeder-empty', details: { pagesScanned: 1, resumable: true } });
    expect(job.error!.message).toContain('gỡ giấy ghi chú');
    expect((await rig.pagesOf(code4, 1)).map((p) => p.captureNote)).toEqual(['with-note']);
    const { jobId } = await rig.call<{ jobId: string }>('ss:scan.resume', { jobId: job.id });
    expect((await rig.wait(jobId)).state).toBe('succeeded');
    expect((await rig.pagesOf(code4, 1)).map((p) => p.captureNote)).toEqual(['with-note', 'without-note']);
  });

  it('a paper jam fails the job with device/paper-jam (resumable); resume continues the same batch', async () => {
    const code5 = await fresh();
    const dev = { ...SANE0, id: 'test:1' };
    const req = { dossierCode: code5, componentIndex: 1, overrides: { device: dev, source: 'feeder' as const, dpi: 75 }, noteCapture: false, maxPages: 4 };
    const first = rig.core.scanner.start(req, ACTOR, { driverOptions: { ...NO_FAULT } });
    expect((await rig.wait(first.id)).state).toBe('succeeded');
    const jammed = await rig.wait(rig.core.scanner.start(req, ACTOR, { driverOptions: { ...NO_FAULT, 'read-return-value': 'SANE_STATUS_JAMMED' } }).id);
    expect(jammed.state).toBe('failed');
    expect(jammed.error).toMatchObject({ code: 'device/paper-jam', retryable: true, details: { pagesScanned: 0, resumable: true } });
    expect(await rig.call('ss:scan.resume', { jobId: first.id }).catch((e: { code: string }) => e.code)).toBe('scan/not-resumable');
    const resumed = await rig.wait(rig.core.scanner.resume(jammed.id, ACTOR, { driverOptions: NO_FAULT }).id);
    expect(resumed.state).toBe('succeeded');
    expect(resumed.title).toContain('Quét tiếp');
    expect((await rig.pagesOf(code5, 1)).map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await rig.call('ss:scan.resume', { jobId: jammed.id }).catch((e: { code: string }) => e.code)).toBe('scan/not-resumable');
  });

  it('scan.cancel mid-batch ends the job cancelled and keeps every page already stored', async () => {
    const code6 = await fresh();
    const code = code6;
    const { jobId } = await rig.call<{ jobId: string }>('ss:scan.start', { dossierCode: code, componentIndex: 1, overrides: { device: SANE0, source: 'feeder', dpi: 600, colorMode: 'color' } });
    await afterPages(rig, code, 2);
    await rig.call('ss:scan.cancel', { jobId });
    const job = await rig.wait(jobId);
    expect(job.state).toBe('cancelled');
    const pages = await rig.pagesOf(code, 1);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThan(10);
    expect(pages.map((p) => p.position)).toEqual(pages.map((_, i) => i + 1));
  });

  it('a device-host crash mid-batch fails the job host/crashed with every received page kept; resume appends after them', async () => {
    const code7 = await fresh();
    const { jobId } = await rig.call<{ jobId: string }>('ss:scan.start', { dossierCode: code7, componentIndex: 1, maxPages: 6, overrides: { device: SANE0, source: 'feeder', dpi: 600, colorMode: 'color' } });
    await afterPages(rig, code7, 2);
    await rig.killHost();
    const job = await rig.wait(jobId);
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'host/crashed', details: { resumable: true } });
    const kept = await rig.pagesOf(code7, 1);
    expect(kept.length).toBe((job.error!.details as { pagesScanned: number }).pagesScanned);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    const resumed = await rig.wait((await rig.call<{ jobId: string }>('ss:scan.resume', { jobId })).jobId);
    expect(resumed.state).toBe('succeeded');
    const all = await rig.pagesOf(code7, 1);
    expect(all.slice(0, kept.length).map((p) => p.id)).toEqual(kept.map((p) => p.id));
    expect(all.length).toBe(6); // maxPages counts over the whole batch: resume took only what was missing
  });

  it('refuses bad requests before any paper moves', async () => {
    const err = (p: Promise<unknown>) => p.then(() => null, (e: { code: string }) => e.code);
    expect(await err(rig.call('ss:scan.start', { dossierCode: CODE, overrides: {} }))).toBe('validation/input'); // no device
    expect(await err(rig.call('ss:scan.resume', { jobId: '00000000-0000-4000-8000-000000000000' }))).toBe('job/not-found');
    const dup = await scan({ componentIndex: 1, overrides: { device: SANE0, source: 'feeder', duplex: true } });
    expect(dup.error).toMatchObject({ code: 'device/no-duplex', details: { pagesScanned: 0, resumable: false } });
  });

  it('scans with a profile\'s settings (device included) and refuses overriding a field the profile locks', async () => {
    const code = await fresh();
    const profile = await rig.call<{ id: string }>('ss:profiles.save', {
      name: 'Quầy 1 – xám 75 dpi', device: SANE0, source: 'feeder', dpi: 75, colorMode: 'gray', lockedFields: ['dpi', 'colorMode'],
    });
    const locked = await rig.call('ss:scan.start', { dossierCode: code, profileId: profile.id, overrides: { dpi: 300 } }).catch((e: { code: string; message: string }) => e);
    expect(locked).toMatchObject({ code: 'profile/locked-field', details: { field: 'dpi' } });
    const job = await scan({ componentIndex: 1, profileId: profile.id, maxPages: 2, overrides: { colorMode: 'gray' } }, code);
    expect(job.state).toBe('succeeded');
    expect((await rig.pagesOf(code, 1)).map((p) => [p.dpi, p.colorMode])).toEqual([[75, 'gray'], [75, 'gray']]);
    const unknown = await rig.call('ss:scan.start', { dossierCode: code, profileId: '00000000-0000-4000-8000-000000000000' }).catch((e: { code: string }) => e.code);
    expect(unknown).toBe('store/not-found');
  });
});
