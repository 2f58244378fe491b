import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierListPage } from './pages/DossierListPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { dossierDetail, pageIdOf } from './support/dossierOrder';
import { poll } from './support/poll';
import { signedInAdmin, startStation, type Station } from './support/startStation';
import { writeBlankPage, writeTextPages } from './support/textPages';
import { waitForJob } from './support/waitForJob';

const CODE = 'H55.242-260310-010003';
const OCR_TIMEOUT = 180_000;
const BODY = 'ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM';
interface Meta { confirmed: boolean; fields: Array<{ field: string; value: string; source: string; ocrValue: string | null }> }
let station: Station;
let ws: WorkspacePage;

beforeAll(async () => {
  station = await startStation({ pipeline: { ocr: 'tesseract.js', lanes: 1 } });
  await signedInAdmin(station);
  const procedures = await station.call<Array<{ code: string }>>('ss:procedures.list', {});
  await station.call('ss:dossiers.create', {
    code: CODE, procedureCode: procedures[0]!.code, applicant: { fullName: 'Trần Thu Hà', personalId: '001190012345' },
  });
  await station.page.goto(station.bridge.openUrl);
  await new DossierListPage(station.page).open(CODE);
  ws = new WorkspacePage(station.page);
}, 120_000);
afterAll(async () => { await station?.close(); });

describe('page pipeline in the dossier view (real clean-up and tesseract.js OCR)', () => {
  it('shows live badges and the OCR progress bar until every imported page is “Xong”; a blank sheet is set aside', async () => {
    const dir = path.join(station.tmp, 'text-pages');
    const files = await writeTextPages(dir, [
      { number: '15/QĐ-UBND', date: 'Hà Nội, ngày 15 tháng 3 năm 2026', body: BODY, title: 'QUYẾT ĐỊNH' },
      { number: '16/GXN-UBND', date: 'Hà Nội, ngày 16 tháng 3 năm 2026', body: BODY, title: 'GIẤY XÁC NHẬN' },
    ]);
    const { jobId } = await station.call<{ jobId: string }>('ss:imports.start', { dossierCode: CODE, paths: files, componentIndex: 1 });
    expect((await waitForJob(station, jobId, 60_000)).state).toBe('succeeded');
    // The blank sheet goes in as an unclassified document of its own: the pipeline extracts a document's details
    // after its last recognised page, and a blank last page is never recognised.
    const blankFile = await writeBlankPage(dir, 'trang-003');
    const second = await station.call<{ jobId: string }>('ss:imports.start', { dossierCode: CODE, paths: [blankFile] });
    expect((await waitForJob(station, second.jobId, 60_000)).state).toBe('succeeded');
    // The dossier was open before the pages came: they appear and their badges move on without a reload.
    await poll(() => ws.grid.getByTestId('thumb').count()).toBeGreaterThanOrEqual(2);
    await poll(() => ws.progressCount.innerText()).toMatch(/^Đã nhận dạng [012]\/3 trang$/);
    await station.screenshot('30-pipeline-running');
    await poll(() => ws.progress.getAttribute('data-state'), OCR_TIMEOUT).toBe('complete');
    expect(await ws.progressCount.innerText()).toBe('Đã nhận dạng xong 3/3 trang');
    const bar = ws.progress.locator('progress');
    expect(await bar.getAttribute('value')).toBe('3');
    expect(await bar.getAttribute('max')).toBe('3');
    // The blank sheet left the grid for “Trang đã tách riêng”; the two text pages are “Xong”.
    const blank = ws.excludedStrip.getByTestId('excluded-page');
    await poll(() => blank.getAttribute('data-reason')).toBe('blank');
    expect(await blank.getAttribute('data-page-id')).toBe(await pageIdOf(station, CODE, 'trang-003'));
    await poll(() => ws.grid.getByTestId('thumb').count()).toBe(2);
    for (const thumb of await ws.grid.getByTestId('thumb').all()) {
      expect(await thumb.getAttribute('data-status')).toBe('done');
      expect(await thumb.getByTestId('page-badge').first().innerText()).toBe('Xong');
    }
  }, OCR_TIMEOUT + 60_000);

  it('shows the recognised words as a text pane and as boxes over the cleaned image (T, O)', async () => {
    const { page } = station;
    await ws.selectFirst();
    await page.keyboard.press('t');
    await ws.ocrText.waitFor();
    await poll(() => ws.ocrText.innerText()).toMatch(/QUY[ẾE]T\s+[ĐD][ỊI]NH/);
    expect(await ws.ocrText.innerText()).toContain('15/QĐ-UBND');
    const boxes = ws.viewer.locator('[data-testid^=ocr-box]');
    await poll(() => boxes.count()).toBeGreaterThan(20);
    await station.screenshot('31-viewer-text');
    expect(await ws.viewer.getAttribute('data-mode')).toBe('both');
    await page.keyboard.press('o');
    expect(await ws.viewer.getAttribute('data-mode')).toBe('cleaned');
    expect(await ws.viewer.locator('[data-frame=original]').count()).toBe(0);
    await page.keyboard.press('o');
    expect(await ws.viewer.getAttribute('data-mode')).toBe('original');
    expect(await ws.viewer.getByTestId('ocr-overlay').count()).toBe(0);
    await page.keyboard.press('o');
    await page.keyboard.press('t');
    expect(await ws.ocrText.count()).toBe(0);
  });

  it('finds a page by an unaccented query across dossiers and opens the dossier at that page (Ctrl+Shift+F, Enter)', async () => {
    const { page } = station;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+F');
    const dialog = page.getByTestId('search-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('content-search').fill('giay xac nhan');
    const hit = dialog.getByTestId('search-hit').first();
    await poll(() => hit.getAttribute('data-dossier')).toBe(CODE);
    const second = await pageIdOf(station, CODE, 'trang-002');
    expect(await hit.getAttribute('data-page-id')).toBe(second);
    expect(await hit.innerText()).toContain('trang 2');
    const marked = (await hit.locator('mark').allInnerTexts()).join(' ');
    expect(marked).toMatch(/GIẤY/);
    await station.screenshot('32-content-search');
    await page.keyboard.press('Enter');
    await poll(() => ws.selectedThumb.getAttribute('data-page-id')).toBe(second);
    expect(await page.getByTestId('dossier-code').innerText()).toBe(CODE);
  });

  it('shows the extracted VN-DG-09 details with their source; an edit changes the tag; Ctrl+Enter confirms', async () => {
    const { page } = station;
    const docId = (await dossierDetail(station, CODE)).documents.find((d) => d.pages.some((p) => p.sourceName === 'trang-001.jpg'))!.id;
    await poll(async () => (await station.call<Meta>('ss:metadata.get', { documentId: docId })).fields.find((f) => f.field === 'soKyHieu')?.source, OCR_TIMEOUT)
      .toBe('ocr');
    await ws.selectFirst();
    await page.keyboard.press('i');
    await ws.metadata.waitFor();
    await poll(() => ws.metaField('soKyHieu').getByTestId('source-tag').innerText()).toBe('OCR');
    expect(await ws.metaField('soKyHieu').locator('input').inputValue()).toBe('15/QĐ-UBND');
    expect(await ws.metadata.getByTestId('metadata-unconfirmed').isVisible()).toBe(true);
    await poll(() => ws.grid.getByTestId('doc-unconfirmed').count()).toBe(1);
    // Finishing is refused in place, naming the document to check.
    await page.getByTestId('finish-dossier').click();
    const refusal = page.getByTestId('finish-error');
    await poll(() => refusal.locator('[data-code]').getAttribute('data-code')).toBe('metadata/unconfirmed');
    await poll(() => refusal.getByTestId('unconfirmed-docs').innerText()).toContain('Mở thông tin');
    await station.screenshot('33-metadata-unconfirmed');
    await ws.metaField('soKyHieu').locator('input').fill('16/QĐ-UBND');
    await ws.metaField('phamViHieuLuc').locator('input').fill('Toàn quốc');
    await ws.metadata.getByTestId('metadata-save').click();
    await poll(() => ws.metaField('soKyHieu').getByTestId('source-tag').innerText()).toBe('OCR đã sửa');
    expect(await ws.metaField('soKyHieu').innerText()).toContain('OCR đọc được: “15/QĐ-UBND”');
    expect(await ws.metaField('phamViHieuLuc').getByTestId('source-tag').innerText()).toBe('Nhập tay');
    await ws.metaField('trichYeu').locator('textarea').focus();
    await page.keyboard.press('Control+Enter');
    await poll(() => ws.metadata.getAttribute('data-confirmed')).toBe('yes');
    expect(await ws.metadata.getByTestId('metadata-unconfirmed').count()).toBe(0);
    await poll(() => ws.grid.getByTestId('doc-unconfirmed').count()).toBe(0);
    const stored = await station.call<Meta>('ss:metadata.get', { documentId: docId });
    expect(stored.confirmed).toBe(true);
    expect(stored.fields.find((f) => f.field === 'soKyHieu')).toMatchObject({ value: '16/QĐ-UBND', source: 'ocr_corrected', ocrValue: '15/QĐ-UBND' });
    // Ctrl+Enter inside the panel confirmed the details and did not start a scan.
    expect((await station.call<Array<{ kind: string }>>('ss:jobs.list', {})).filter((j) => j.kind === 'scan')).toEqual([]);
    await station.screenshot('34-metadata-confirmed');
    await page.getByTestId('finish-dossier').click();
    await page.getByTestId('finish-done').waitFor();
    await page.keyboard.press('i');
  });

  it('rotates the selected page (X): it is cleaned and recognised again and comes back “Xong” turned 90°', async () => {
    const { page } = station;
    const first = await pageIdOf(station, CODE, 'trang-001');
    await ws.selectFirst();
    await ws.organizeKey('x');
    await poll(() => ws.thumb(first).getAttribute('data-status')).not.toBe('done');
    await poll(() => ws.thumb(first).getAttribute('data-status'), OCR_TIMEOUT).toBe('done');
    expect(await ws.thumb(first).locator('img.rot-90').count()).toBe(1);
    await poll(() => page.getByTestId('viewer-facts').innerText()).toContain('xoay 90°');
  }, OCR_TIMEOUT + 30_000);
});
