import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEsclSimulator, type EsclSim } from '../support/escl/startEsclSimulator';
import { SettingsPage } from './pages/SettingsPage';
import { poll } from './support/poll';
import { signedInAdmin, startStation, type Station } from './support/startStation';

let station: Station;
let sim: EsclSim;

beforeAll(async () => {
  sim = await startEsclSimulator({ makeAndModel: 'HP LaserJet MFP Giả lập' });
  station = await startStation();
  await signedInAdmin(station);
  await station.page.goto(station.bridge.openUrl);
});
afterAll(async () => { await station?.close(); await sim?.close(); });

describe('Máy quét: a network scanner entered by hand (eSCL simulator)', () => {
  it('refuses a malformed address in Vietnamese, adds the simulator and lists its device, removes it again', async () => {
    const { page } = station;
    await page.getByTestId('current-user').waitFor();
    await page.keyboard.press('Alt+5');
    const settings = new SettingsPage(page);
    await settings.openTab('scanners');
    const card = page.getByTestId('manual-escl');
    await poll(() => card.innerText()).toContain('Máy quét mạng (eSCL) nhập tay');
    const input = card.locator('input[name=esclUrl]');
    expect(await input.getAttribute('placeholder')).toBe('http://192.168.1.20/eSCL');
    await input.fill('192.168.1.20/eSCL');
    await card.getByRole('button', { name: 'Thêm' }).click();
    await poll(() => card.locator('.field-error').innerText()).toContain('phải có dạng http://192.168.1.20/eSCL');

    await input.fill(sim.url);
    await card.getByRole('button', { name: 'Thêm' }).click();
    await poll(() => card.getByTestId('manual-escl-list').innerText()).toContain(sim.url);
    expect(await input.inputValue()).toBe('');
    const device = settings.deviceList.locator(`[data-device="escl:${sim.url}"]`);
    await device.waitFor({ timeout: 30_000 });
    expect(await device.innerText()).toContain('HP LaserJet MFP Giả lập');
    await station.screenshot('20-it-manual-escl');

    await card.getByRole('button', { name: 'Xóa' }).click();
    await poll(() => card.innerText()).toContain('Chưa nhập máy quét nào.');
    await device.waitFor({ state: 'detached', timeout: 30_000 });
  });
});
