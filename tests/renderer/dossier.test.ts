import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from './support/poll';
import { DossierListPage } from './pages/DossierListPage';
import { DossierPage } from './pages/DossierPage';
import { NewDossierForm } from './pages/NewDossierForm';
import { writeSamplePages } from './support/sampleImages';
import { signedInAdmin, startStation, type Station } from './support/startStation';

let station: Station;
beforeAll(async () => {
  station = await startStation();
  await signedInAdmin(station);
  await station.page.goto(station.bridge.openUrl);
});
afterAll(async () => { await station?.close(); });

const CODE = 'H55.242-260125-010001';

describe('reception: new dossier, import, page grid, trash, export', () => {
  it('shows the router’s Vietnamese error for an invalid personal ID, then creates the dossier', async () => {
    const { page } = station;
    await new DossierListPage(page).openNewDossier();
    const form = new NewDossierForm(page);
    await form.fill({ code: CODE, fullName: 'Lê Thị Hồng Nhung', personalId: '12345', address: '12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội', phone: '0912345678' });
    await form.submit();
    await poll(() => form.fieldError('personalId').innerText()).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số.');
    expect(await form.input('personalId').getAttribute('aria-invalid')).toBe('true');
    await station.screenshot('05-new-dossier-invalid-id');
    await form.input('personalId').fill('001190012345');
    await form.submit();
    const dossier = new DossierPage(page);
    await poll(() => dossier.code.innerText()).toBe(CODE);
    expect(await dossier.maskedId.innerText()).toBe('001*******45');
  });

  it('imports sample JPEGs with a progress bar that reaches done, then shows thumbnails', async () => {
    const dir = path.join(station.tmp, 'scan-01');
    await writeSamplePages(dir, 6);
    const dossier = new DossierPage(station.page);
    await dossier.importFrom([dir]);
    expect(await dossier.importFinalState()).toBe('succeeded');
    const bar = dossier.importDialog.locator('progress');
    expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
    await poll(() => dossier.importDialog.innerText()).toContain('Đã nhập xong: thêm 6 trang');
    await station.screenshot('06-import-done');
    await dossier.closeDialog();
    await poll(() => dossier.thumbImages.count()).toBe(6);
    await dossier.preview.waitFor();
    await station.screenshot('07-dossier-view');
  });

  it('shows the import error in Vietnamese in place for a missing folder', async () => {
    const dossier = new DossierPage(station.page);
    await dossier.importFrom([path.join(station.tmp, 'khong-ton-tai')]);
    const text = async () => (await dossier.importDialog.getByRole('alert').allInnerTexts()).join(' ');
    await poll(text).toContain('Không tìm thấy tệp');
    await station.screenshot('08-import-error');
    await dossier.closeDialog();
  });

  it('moves the selection with arrow keys and moves a page to the trash with Delete and a reason', async () => {
    const { page } = station;
    const dossier = new DossierPage(page);
    await dossier.grid.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await poll(() => dossier.selectedThumb.innerText()).toContain('Trang 3');
    await page.keyboard.press('Delete');
    const dialog = page.getByTestId('remove-page');
    await dialog.waitFor();
    await dialog.locator('textarea[name=reason]').fill('Trang chụp trùng');
    await dialog.getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
    await poll(() => dossier.thumbs.count()).toBe(5);
  });

  it('exports the dossier PDF and shows the resulting path', async () => {
    const { page } = station;
    await page.keyboard.press('Control+e');
    const panel = page.getByTestId('export-panel');
    await panel.locator('[data-testid=job-progress][data-state=succeeded]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('export-path').innerText()).toMatch(/\.pdf$/);
    await station.screenshot('09-export-done');
    expect(station.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });

  it('lists the import and export jobs in Hàng đợi tải lên (Alt+4)', async () => {
    const { page } = station;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+4');
    const rows = page.getByTestId('jobs-table').locator('tbody tr');
    await poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('jobs-table').innerText()).toContain('Hoàn tất');
    await station.screenshot('11-upload-queue');
  });
});
