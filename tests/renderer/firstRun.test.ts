import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from './support/poll';
import { AuthPage } from './pages/AuthPage';
import { ShellPage } from './pages/ShellPage';
import { startStation, type Station } from './support/startStation';

let station: Station;
beforeAll(async () => { station = await startStation(); });
afterAll(async () => { await station?.close(); });

const ADMIN = { username: 'quantri', fullName: 'Trần Thị Quản Trị', password: 'mat-khau-dai-9' };

describe('first run, sign-in and keyboard navigation (real core behind the bridge)', () => {
  it('asks for the first administrator, then signs in with it', async () => {
    const { page } = station;
    await page.goto(station.bridge.openUrl);
    const auth = new AuthPage(page);
    await poll(() => auth.heading.innerText()).toBe('Tạo tài khoản quản trị');
    // The token left the address bar for sessionStorage.
    expect(page.url()).not.toContain('token=');
    await station.screenshot('01-first-run');
    await auth.setupAdmin(ADMIN);
    await poll(() => auth.heading.innerText()).toBe('Đăng nhập');
    await auth.signIn(ADMIN.username, 'sai-mat-khau');
    await poll(() => auth.errorText()).toContain('Sai tên đăng nhập hoặc mật khẩu');
    await station.screenshot('02-sign-in-error');
    await auth.signIn(ADMIN.username, ADMIN.password);
    const shell = new ShellPage(page);
    await poll(() => shell.currentUser.innerText()).toBe(ADMIN.fullName);
  });

  it('switches sections with Alt+1…5 and shows the shortcut overlay with ?', async () => {
    const shell = new ShellPage(station.page);
    const order = ['reception', 'results', 'certification', 'uploads', 'settings'] as const;
    for (const [i, s] of [...order.entries()].reverse()) {
      await shell.pressSection((i + 1) as 1 | 2 | 3 | 4 | 5);
      await shell.waitForSection(s);
      expect(await shell.activeNav()).toBe(s);
    }
    await shell.pressSection(5);
    await station.page.getByTestId('app-info').waitFor();
    await station.page.getByTestId('audit-run').click();
    await poll(() => station.page.getByTestId('audit-result').innerText()).toMatch(/Nhật ký nguyên vẹn/);
    await station.screenshot('03-settings');
    await station.page.keyboard.press('?');
    await shell.help.waitFor();
    expect(await shell.help.innerText()).toContain('Tạo hồ sơ mới');
    await station.screenshot('04-shortcut-help');
    await station.page.keyboard.press('Escape');
    await shell.help.waitFor({ state: 'detached' });
  });

  it('opens the new-dossier form from any section with Ctrl+N and focuses search with Ctrl+F', async () => {
    const { page } = station;
    const shell = new ShellPage(page);
    await shell.pressSection(4);
    await shell.waitForSection('uploads');
    await page.keyboard.press('Control+n');
    await shell.waitForSection('reception');
    await page.getByTestId('new-dossier-form').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('new-dossier-form').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+f');
    expect(await page.locator(':focus').getAttribute('data-testid')).toBe('dossier-search');
  });

  it('switches the interface to English and back', async () => {
    const { page } = station;
    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => page.locator('.nav-item[data-section=uploads]').innerText()).toContain('Upload queue');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await poll(() => page.locator('.nav-item[data-section=uploads]').innerText()).toContain('Hàng đợi tải lên');
    expect(station.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });
});
