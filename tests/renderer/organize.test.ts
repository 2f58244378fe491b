import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierListPage } from './pages/DossierListPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { dossierDetail, pageIdOf, pageOrder } from './support/dossierOrder';
import { poll } from './support/poll';
import { prepareDossier } from './support/prepareDossier';
import { signedInAdmin, startStation, type Station } from './support/startStation';

const CODE = 'H55.242-260310-010002';
let station: Station;
let ws: WorkspacePage;

beforeAll(async () => {
  station = await startStation();
  await signedInAdmin(station);
  await prepareDossier(station, CODE, 4);
  await station.page.goto(station.bridge.openUrl);
  await new DossierListPage(station.page).open(CODE);
  ws = new WorkspacePage(station.page);
  await ws.grid.getByTestId('thumb-img').nth(3).waitFor();
});
afterAll(async () => { await station?.close(); });

describe('organising pages in the dossier view', () => {
  it('moves the selected page later and back earlier with Alt+→ / Alt+← (order checked in the core)', async () => {
    await ws.selectFirst();
    const moved = await ws.selectedThumb.getAttribute('data-page-id');
    await ws.organizeKey('Alt+ArrowRight');
    await poll(() => pageOrder(station, CODE)).toEqual([['trang-002', 'trang-001', 'trang-003', 'trang-004']]);
    // The selection follows the page to its new place.
    await poll(() => ws.selectedThumb.getAttribute('data-page-id')).toBe(moved);
    await poll(() => ws.selectedThumb.innerText()).toContain('Trang 2');
    await ws.organizeKey('Alt+ArrowRight');
    await poll(() => pageOrder(station, CODE)).toEqual([['trang-002', 'trang-003', 'trang-001', 'trang-004']]);
    await ws.organizeKey('Alt+ArrowLeft');
    await poll(() => pageOrder(station, CODE)).toEqual([['trang-002', 'trang-001', 'trang-003', 'trang-004']]);
    await ws.organizeKey('Alt+ArrowLeft');
    await poll(() => pageOrder(station, CODE)).toEqual([['trang-001', 'trang-002', 'trang-003', 'trang-004']]);
  });

  it('drags a page in front of another one', async () => {
    const [p1, p4] = [await pageIdOf(station, CODE, 'trang-001'), await pageIdOf(station, CODE, 'trang-004')];
    await ws.organizeReady();
    // Left half of the target = before it.
    await ws.thumb(p4).dragTo(ws.thumb(p1), { targetPosition: { x: 8, y: 60 } });
    await poll(() => pageOrder(station, CODE)).toEqual([['trang-004', 'trang-001', 'trang-002', 'trang-003']]);
    await ws.organizeReady();
    // Right half of the target = after it.
    await ws.thumb(p4).dragTo(ws.thumb(await pageIdOf(station, CODE, 'trang-003')), { targetPosition: { x: 130, y: 60 } });
    await poll(() => pageOrder(station, CODE)).toEqual([['trang-001', 'trang-002', 'trang-003', 'trang-004']]);
    await station.screenshot('20-organise-drag');
  });

  it('refuses to split at a document’s first page with a Vietnamese note', async () => {
    await ws.selectFirst();
    await station.page.keyboard.press('s');
    await poll(() => ws.organizeNote.innerText()).toContain('trang đầu của giấy tờ');
    expect(await ws.organizeDialog.count()).toBe(0);
  });

  it('splits the document before the selected page (S, confirmed) and merges it back (M)', async () => {
    const { page } = station;
    await ws.selectFirst();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await ws.organizeKey('s');
    await ws.organizeDialog.waitFor();
    expect(await ws.organizeDialog.innerText()).toContain('Trang 3');
    await station.screenshot('21-organise-split-confirm');
    await page.keyboard.press('Enter');
    await poll(() => pageOrder(station, CODE)).toEqual([['trang-001', 'trang-002'], ['trang-003', 'trang-004']]);
    await poll(() => ws.grid.getByTestId('doc-title').filter({ hasText: 'phần' }).count()).toBe(1);
    await ws.organizeReady();
    await ws.selectFirst();
    await page.keyboard.press('m');
    await ws.organizeDialog.waitFor();
    expect(await ws.organizeDialog.innerText()).toContain('2 trang');
    await page.keyboard.press('Enter');
    await poll(() => pageOrder(station, CODE)).toEqual([['trang-001', 'trang-002', 'trang-003', 'trang-004']]);
  });

  it('lists a set-aside blank page in “Trang đã tách riêng” and puts it back with one click', async () => {
    const detail = await dossierDetail(station, CODE);
    const target = detail.documents.flatMap((d) => d.pages).find((p) => p.sourceName.startsWith('trang-003'))!;
    await station.call('ss:pages.exclude', { pageId: target.id, reason: 'blank' });
    const card = ws.excludedStrip.getByTestId('excluded-page');
    await poll(() => card.count()).toBe(1);
    expect(await card.getAttribute('data-page-id')).toBe(target.id);
    expect(await card.innerText()).toContain('Trang trắng');
    await poll(() => ws.grid.getByTestId('thumb').count()).toBe(3);
    await station.screenshot('22-excluded-strip');
    await card.getByRole('button', { name: 'Đưa lại vào hồ sơ' }).click();
    await poll(async () => (await dossierDetail(station, CODE)).documents.flatMap((d) => d.pages).find((p) => p.id === target.id)?.excluded).toBeNull();
    await poll(() => ws.grid.getByTestId('thumb').count()).toBe(4);
    expect(await ws.excludedStrip.count()).toBe(0);
  });

  it('writes the printable separator sheet from Thiết lập (In tờ phân cách) and shows where it is', async () => {
    const { page } = station;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+5');
    const card = page.getByTestId('separator-card');
    await card.getByRole('button', { name: 'In tờ phân cách' }).click();
    const shown = await card.getByTestId('separator-path').innerText();
    expect(shown).toMatch(/to-phan-cach\.pdf$/);
    expect((await readFile(shown)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await station.screenshot('23-separator-sheet');
  });
});
