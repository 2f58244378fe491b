import type { Locator, Page } from 'playwright-core';

export interface DossierInput { code: string; fullName: string; personalId: string; address?: string; phone?: string }

/** The "Tạo hồ sơ mới" dialog. */
export class NewDossierForm {
  constructor(readonly page: Page) {}

  get root(): Locator { return this.page.getByTestId('new-dossier-form'); }
  input(name: string): Locator { return this.root.locator(`[name="${name}"]`); }

  async fill(d: DossierInput): Promise<void> {
    await this.root.waitFor();
    const select = this.input('procedureCode');
    await select.locator('option:nth-child(2)').waitFor({ state: 'attached' });
    await select.selectOption({ index: 1 });
    await this.input('code').fill(d.code);
    await this.input('fullName').fill(d.fullName);
    await this.input('personalId').fill(d.personalId);
    await this.input('address').fill(d.address ?? '');
    await this.input('phone').fill(d.phone ?? '');
  }

  async submit(): Promise<void> { await this.root.locator('button[type=submit]').click(); }

  /** The validation message shown under a field (its `aria-describedby` error element). */
  fieldError(name: string): Locator {
    return this.root.locator('.field', { has: this.page.locator(`[name="${name}"]`) }).locator('.field-error');
  }
}
