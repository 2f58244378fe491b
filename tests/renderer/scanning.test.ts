import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsVi } from '../../renderer/src/i18n/errors.vi';
import { startEsclSimulator, type EsclSim } from '../support/escl/startEsclSimulator';
import { DossierListPage } from './pages/DossierListPage';
import { DossierPage } from './pages/DossierPage';
import { ScanPanelPage } from './pages/ScanPanelPage';
import { poll } from './support/poll';
import { prepareDossier } from './support/prepareDossier';
import { useSaneTestBackend } from './support/saneTestConfig';
import { signedInAdmin, startStation, type Station } from './support/startStation';

interface DeviceRow { driver: string; id: string; name: string; status: string }

let station: Station;
let emptyFeeder: EsclSim;
let doc: { docId: string; docName: string };
const CODE = 'H55.242-260125-010002';
const FOLDER_DEVICE = 'Nhập từ tệp (JPEG, PNG, TIFF, PDF)';

beforeAll(async () => {
  await useSaneTestBackend();
  // A network scanner whose feeder is empty: the clerk must see the device error in place, with Tiếp tục.
  emptyFeeder = await startEsclSimulator({ makeAndModel: 'Máy quét khay trống', adfPages: 0 });
  station = await startStation();
  await signedInAdmin(station);
  await station.call('ss:settings.update', { esclUrls: [emptyFeeder.url] });
  doc = await prepareDossier(station, CODE, 2);
  await station.page.goto(station.bridge.openUrl);
  await new DossierListPage(station.page).open(CODE);
});
afterAll(async () => { await station?.close(); await emptyFeeder?.close(); });

const devices = () => station.call<DeviceRow[]>('ss:devices.list', {});

/** SANE test:0 from the core's device list; the harness configures the `test` backend and CI installs it. */
async function saneTestDevice(): Promise<DeviceRow> {
  const sane = (await devices()).find((d) => d.driver === 'sane' && d.id.includes('test:0'));
  expect(sane, 'SANE test:0 must be listed (libsane + the native addon are installed by .ci/run)').toBeDefined();
  return sane!;
}

describe('scan panel in the dossier view (real core behind the bridge)', () => {
  it('lists the devices the core reports, with their live status', async () => {
    const scan = new ScanPanelPage(station.page);
    await scan.root.waitFor();
    const listed = await devices();
    // The core lists the folder importer too; the scan panel offers real scanners only.
    expect(listed.map((d) => d.name)).toContain(FOLDER_DEVICE);
    await poll(() => scan.deviceOptions()).toEqual(listed.filter((d) => d.driver !== 'folder').map((d) => d.name));
    expect(await scan.deviceStatus.innerText()).toMatch(/Sẵn sàng|Đang bận|Mất kết nối/);
    await new DossierPage(station.page).thumbImages.first().waitFor();
    await station.screenshot('12-scan-panel');
  });

  it('lists SANE test:0 when the SANE driver is present', async () => {
    const sane = await saneTestDevice();
    const scan = new ScanPanelPage(station.page);
    expect(await scan.deviceOptions()).toContain(sane.name);
  });

  it('shows an empty feeder in place, in Vietnamese, with Tiếp tục', async () => {
    const { page } = station;
    const scan = new ScanPanelPage(page);
    await scan.chooseDevice(`escl:${emptyFeeder.url}`);
    await page.getByTestId('page-grid').focus();
    await page.keyboard.press('F8');
    await scan.error.waitFor({ timeout: 30_000 });
    expect(await scan.errorNotice.getAttribute('data-code')).toBe('device/feeder-empty');
    expect(await scan.errorNotice.locator('.notice-main').innerText()).toBe(errorsVi['device/feeder-empty']);
    expect(await scan.error.getByRole('button', { name: 'Tiếp tục' }).count()).toBe(1);
    await station.screenshot('13-scan-error-in-place');
  });

  it('flags a counted-sheets mismatch and blocks Hoàn tất số hóa with the Vietnamese message', async () => {
    const scan = new ScanPanelPage(station.page);
    await scan.setExpected(doc.docName, 3);
    await poll(() => scan.docCount(doc.docName).innerText()).toContain('≠ 2 trang / 3 tờ');
    await scan.finishButton.click();
    await poll(() => scan.finishError.innerText()).toContain(errorsVi['dossier/page-count-mismatch']);
    await station.screenshot('14-finish-mismatch');
    await scan.setExpected(doc.docName, 2);
    await poll(() => scan.docCount(doc.docName).innerText()).toContain('✓ khớp');
    await scan.finishButton.click();
    await poll(() => scan.finishDone.innerText()).toBe('Đã hoàn tất số hóa hồ sơ.');
    await poll(() => station.page.getByTestId('dossier-header').innerText()).toContain('Đã số hóa');
  });

  it('scans a page from SANE test:0 live into the grid with "Trang N/M"', async () => {
    const sane = await saneTestDevice();
    const { page } = station;
    const scan = new ScanPanelPage(page);
    const dossier = new DossierPage(page);
    await scan.setExpected(doc.docName, 3);
    await poll(() => scan.docCount(doc.docName).innerText()).toContain('≠ 2 trang / 3 tờ');
    await scan.chooseDevice(`${sane.driver}:${sane.id}`);
    await scan.root.locator('select[name=component]').selectOption('1');
    // The flatbed option appears once devices.getCaps answered for test:0; the flatbed gives exactly one page.
    await scan.segment('source', 'Mặt kính').click();
    await scan.startButton.click();
    await scan.root.locator('[data-testid=scan-progress][data-state=succeeded]').waitFor({ timeout: 90_000 });
    await poll(() => scan.count.innerText()).toBe('Trang 3/3');
    await poll(() => dossier.thumbs.count()).toBe(3);
    await poll(() => scan.docCount(doc.docName).innerText()).toContain('✓ khớp');
    await station.screenshot('15-scan-done');
  });

  it('rescans before the selected page with R', async () => {
    await saneTestDevice();
    const { page } = station;
    const scan = new ScanPanelPage(page);
    const dossier = new DossierPage(page);
    await dossier.grid.focus();
    await page.keyboard.press('End');
    await poll(() => dossier.selectedThumb.innerText()).toContain('Trang 3');
    const lastId = await dossier.selectedThumb.getAttribute('data-page-id');
    await page.keyboard.press('r');
    await scan.root.locator('[data-testid=scan-progress][data-state=succeeded]').waitFor({ timeout: 90_000 });
    await poll(() => dossier.thumbs.count()).toBe(4);
    // The new page went in before the selected one: the old page 3 is now page 4.
    await poll(() => dossier.thumbs.nth(3).getAttribute('data-page-id')).toBe(lastId);
    await poll(() => scan.docCount(doc.docName).innerText()).toContain('≠ 4 trang / 3 tờ');
  });

  it('cancels a running feeder batch with Esc and stays in the dossier', async () => {
    await saneTestDevice();
    const { page } = station;
    const scan = new ScanPanelPage(page);
    await scan.segment('source', 'Khay nạp').click();
    await page.keyboard.press('Control+Enter');
    await scan.root.locator('[data-testid=scan-progress][data-state=running]').waitFor({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    const final = scan.root.locator('[data-testid=scan-progress][data-state=cancelled], [data-testid=scan-progress][data-state=succeeded]');
    await final.waitFor({ timeout: 60_000 });
    // The test backend's 10-sheet feeder can finish before Esc arrives on a fast machine; either way the clerk
    // stays in the dossier (Esc during a scan never goes back to the list).
    expect(['cancelled', 'succeeded']).toContain(await final.getAttribute('data-state'));
    expect(await new DossierPage(page).code.innerText()).toBe(CODE);
  });

  it('lists the scanning shortcuts in the help overlay', async () => {
    const { page } = station;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const help = page.getByTestId('shortcut-help');
    await help.waitFor();
    const text = await help.innerText();
    expect(text).toContain('F8');
    expect(text).toContain('Quét lại và chèn trước trang đang chọn');
    await page.keyboard.press('Escape');
    expect(station.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });
});
