import type { Locator, Page } from 'playwright-core';

/** Tiếp nhận: the dossier list with its search box and the "Tạo hồ sơ mới" button. */
export class DossierListPage {
  constructor(readonly page: Page) {}

  get search(): Locator { return this.page.getByTestId('dossier-search'); }
  get table(): Locator { return this.page.getByTestId('dossier-table'); }
  row(code: string): Locator { return this.table.locator(`tr[data-code="${code}"]`); }

  async openNewDossier(): Promise<void> { await this.page.getByRole('button', { name: /Tạo hồ sơ mới/ }).click(); }
  async open(code: string): Promise<void> { await this.row(code).getByRole('button').click(); }
}
