import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from './support/poll';
import { DossierListPage } from './pages/DossierListPage';
import { DossierPage } from './pages/DossierPage';
import { writeSamplePages } from './support/sampleImages';
import { signedInAdmin, startStation, type Station } from './support/startStation';
import { waitForJob } from './support/waitForJob';

const CODE = '000.00.01.H29-260310-0420';
const PAGES = 500;
/** Visible rows plus overscan at 1366×820 hold ~30 thumbnails; 120 leaves room for larger screens. */
const MAX_THUMBS_IN_DOM = 120;

let station: Station;
beforeAll(async () => {
  station = await startStation();
  await signedInAdmin(station);
  const procedures = await station.call<Array<{ code: string }>>('ss:procedures.list', {});
  await station.call('ss:dossiers.create', { code: CODE, procedureCode: procedures[0]!.code, applicant: { fullName: 'Phạm Quốc Bảo', personalId: '079203001234' } });
  const dir = path.join(station.tmp, 'big');
  await writeSamplePages(dir, PAGES, { width: 248, height: 350 });
  const { jobId } = await station.call<{ jobId: string }>('ss:imports.start', { dossierCode: CODE, paths: [dir] });
  expect((await waitForJob(station, jobId)).state).toBe('succeeded');
  await station.page.goto(station.bridge.openUrl);
}, 300_000);
afterAll(async () => { await station?.close(); });

describe('a 500-page dossier', () => {
  it('keeps only a bounded number of thumbnails in the DOM while scrolling to the end', async () => {
    const { page } = station;
    await new DossierListPage(page).open(CODE);
    const dossier = new DossierPage(page);
    await poll(() => dossier.thumbImages.count()).toBeGreaterThan(5);
    const counts: number[] = [await dossier.thumbs.count()];
    for (const f of [0.25, 0.5, 0.75, 1]) {
      await dossier.scrollGridTo(f);
      await page.waitForTimeout(150);
      counts.push(await dossier.thumbs.count());
    }
    await poll(() => dossier.grid.getByText(`Trang ${PAGES}`, { exact: true }).count()).toBe(1);
    await poll(() => dossier.grid.locator(`[data-page-id]:has-text("Trang ${PAGES}") img`).count()).toBe(1);
    await station.screenshot('10-large-dossier-end');
    for (const c of counts) expect(c).toBeLessThan(MAX_THUMBS_IN_DOM);
    expect(await dossier.thumbImages.count()).toBeLessThan(MAX_THUMBS_IN_DOM);
  });

  it('moves the selection with the keyboard and scrolls it into view', async () => {
    const { page } = station;
    const dossier = new DossierPage(page);
    await dossier.grid.focus();
    await page.keyboard.press('Home');
    await poll(() => dossier.selectedThumb.innerText({ timeout: 2000 })).toContain('Trang 1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const selected = await dossier.selectedThumb.innerText({ timeout: 5000 });
    expect(Number(/Trang (\d+)/.exec(selected)?.[1])).toBeGreaterThan(2);
    await page.keyboard.press('End');
    await poll(() => dossier.selectedThumb.innerText({ timeout: 2000 })).toContain(`Trang ${PAGES}`);
    await dossier.preview.waitFor();
    expect(await dossier.thumbs.count()).toBeLessThan(MAX_THUMBS_IN_DOM);
  });
});
