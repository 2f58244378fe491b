import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthPage } from './pages/AuthPage';
import { DossierListPage } from './pages/DossierListPage';
import { ScanPanelPage } from './pages/ScanPanelPage';
import { SettingsPage } from './pages/SettingsPage';
import { poll } from './support/poll';
import { prepareDossier } from './support/prepareDossier';
import { useSaneTestBackend } from './support/saneTestConfig';
import { signedInAdmin, startStation, type Station } from './support/startStation';

let station: Station;
const CODE = 'H55.242-260125-010003';
const NAME = 'Quét tệp khóa 300 dpi';
let bundleFile = '';

beforeAll(async () => {
  await useSaneTestBackend();
  station = await startStation();
  await signedInAdmin(station);
  await prepareDossier(station, CODE, 1);
  await station.page.goto(station.bridge.openUrl);
});
afterAll(async () => { await station?.close(); });

describe('Thiết lập for IT staff: Máy quét and Cấu hình quét (real core behind the bridge)', () => {
  it('shows the scanners with their capabilities, and a diagnostics bundle path or the reason in place', async () => {
    const { page } = station;
    await page.getByTestId('current-user').waitFor();
    await page.keyboard.press('Alt+5');
    const settings = new SettingsPage(page);
    await poll(() => settings.tabs.allInnerTexts()).toEqual(['Chung', 'Máy quét', 'Cấu hình quét']);
    await settings.openTab('scanners');
    await poll(() => settings.deviceList.innerText()).toContain('Nhập từ tệp');
    await poll(() => settings.caps.innerText()).toMatch(/Nguồn giấy/i);
    const sane = settings.deviceList.locator('[data-device^="sane:"]', { hasText: 'test:0' });
    if (await sane.count()) {
      await sane.click();
      await poll(() => settings.caps.innerText()).toContain('dpi');
      // Quét thử: the image with its size, dpi and time, or the reason in place while testScan is not built yet.
      await settings.caps.getByTestId('test-scan').click();
      await settings.caps.locator('[data-testid=test-scan-result], .notice-error').first().waitFor({ timeout: 60_000 });
    }
    await settings.diagnosticsButton.click();
    await page.locator('[data-testid=diagnostics-path], .card:has([data-testid=diagnostics]) .notice-error').first().waitFor({ timeout: 30_000 });
    await station.screenshot('16-it-scanners');
  });

  it('validates the profile form: a missing name, then the Vietnamese problems against the chosen scanner', async () => {
    const settings = new SettingsPage(station.page);
    await settings.openTab('profiles');
    await settings.page.getByTestId('profile-new').click();
    await settings.save();
    await poll(() => settings.fieldError('name').innerText()).toBe('Đặt tên cho cấu hình quét.');
    await settings.input('name').fill(NAME);
    await settings.input('device').selectOption('folder:folder');
    await settings.input('source').selectOption('feeder');
    await poll(() => settings.problems.innerText()).toContain('Máy quét không có khay nạp giấy (ADF)');
    await station.screenshot('17-profile-validation');
    await settings.input('source').selectOption('file');
    await poll(() => settings.problems.innerText()).toContain('Hợp lệ với máy quét đã chọn.');
  });

  it('saves a default profile with locked fields; the clerk sees them disabled with a padlock', async () => {
    const { page } = station;
    const settings = new SettingsPage(page);
    await settings.input('lock-dpi').check();
    await settings.input('lock-colorMode').check();
    await settings.input('isDefault').check();
    await settings.save();
    await poll(() => settings.profileList.innerText()).toContain(NAME);
    await page.keyboard.press('Alt+1');
    await new DossierListPage(page).open(CODE);
    const scan = new ScanPanelPage(page);
    await poll(() => scan.profileSelect.locator('option:checked').innerText()).toContain(NAME);
    // The scan panel lists real scanners only (SANE test backend here), never the file importer.
    await poll(async () => (await scan.deviceOptions()).length).toBeGreaterThan(0);
    expect(await scan.deviceOptions()).not.toContain('Nhập từ tệp (JPEG, PNG, TIFF, PDF)');
    expect(await scan.root.locator('select[name=dpi]').isDisabled()).toBe(true);
    expect(await scan.root.getByTestId('locked').count()).toBe(2);
    expect(await scan.root.getByTestId('locked').first().getAttribute('title')).toBe('Do bộ phận CNTT khóa');
    await station.screenshot('18-scan-panel-locked');
    await page.keyboard.press('Escape');
  });

  it('exports the profiles to a JSON file and imports it back (thay thế toàn bộ)', async () => {
    const { page } = station;
    const settings = new SettingsPage(page);
    await page.keyboard.press('Alt+5');
    await settings.openTab('profiles');
    const [download] = await Promise.all([page.waitForEvent('download'), settings.exportButton.click()]);
    bundleFile = (await download.path())!;
    const bundle = JSON.parse(await readFile(bundleFile, 'utf8')) as { format: string; profiles: Array<{ name: string }> };
    expect(bundle.format).toBe('tram-so-hoa/scan-profiles');
    expect(bundle.profiles.map((p) => p.name)).toContain(NAME);
    await settings.profileList.getByRole('button', { name: new RegExp(NAME) }).click();
    await settings.editor.getByTestId('profile-remove').click();
    await poll(() => settings.profileList.innerText()).not.toContain(NAME);
    await page.locator('input[name=replaceAll]').check();
    await settings.importInput.setInputFiles(bundleFile);
    await poll(() => settings.fileMessage.innerText()).toBe(`Đã nhập ${bundle.profiles.length} cấu hình.`);
    await poll(() => settings.profileList.innerText()).toContain(NAME);
    await station.screenshot('19-profiles-imported');
  });

  it('hides the IT tabs from desk clerks', async () => {
    const { page } = station;
    await station.call('ss:users.create', { username: 'canbo01', fullName: 'Đỗ Thu Hà', role: 'staff', password: 'mat-khau-can-bo' });
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await new AuthPage(page).signIn('canbo01', 'mat-khau-can-bo');
    await poll(() => page.getByTestId('current-user').innerText()).toBe('Đỗ Thu Hà');
    await page.keyboard.press('Alt+5');
    await page.locator('main.content[data-section="settings"]').waitFor();
    expect(await new SettingsPage(page).tabs.count()).toBe(0);
    expect(station.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });
});
