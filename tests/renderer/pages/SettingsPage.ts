import type { Locator, Page } from 'playwright-core';

/** Thiết lập (Alt+5): the tabs, Máy quét and Cấu hình quét. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  get tabs(): Locator { return this.page.locator('.tabs [role=tab]'); }
  async openTab(id: 'general' | 'scanners' | 'profiles'): Promise<void> { await this.page.locator(`.tabs [data-tab="${id}"]`).click(); }

  get deviceList(): Locator { return this.page.getByTestId('device-list'); }
  get caps(): Locator { return this.page.getByTestId('device-caps'); }
  get diagnosticsButton(): Locator { return this.page.getByTestId('diagnostics'); }

  get profileList(): Locator { return this.page.getByTestId('profile-list'); }
  get editor(): Locator { return this.page.getByTestId('profile-editor'); }
  get problems(): Locator { return this.page.getByTestId('profile-problems'); }
  input(name: string): Locator { return this.editor.locator(`[name="${name}"]`); }
  fieldError(name: string): Locator {
    return this.editor.locator('.field', { has: this.page.locator(`[name="${name}"]`) }).locator('.field-error');
  }
  async save(): Promise<void> { await this.editor.getByTestId('profile-save').click(); }
  get exportButton(): Locator { return this.page.getByTestId('profiles-export'); }
  get importInput(): Locator { return this.page.getByTestId('profiles-import'); }
  get fileMessage(): Locator { return this.page.getByTestId('profiles-file-message'); }
}
