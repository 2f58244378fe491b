import type { Locator, Page } from 'playwright-core';

/** The scan panel of an open dossier, plus the page-count controls of the grid and "Hoàn tất số hóa". */
export class ScanPanelPage {
  constructor(readonly page: Page) {}

  get root(): Locator { return this.page.getByTestId('scan-panel'); }
  get deviceSelect(): Locator { return this.root.locator('select[name=device]'); }
  get deviceStatus(): Locator { return this.root.getByTestId('device-status'); }
  get profileSelect(): Locator { return this.root.locator('select[name=profile]'); }
  get startButton(): Locator { return this.root.getByTestId('scan-start'); }
  get error(): Locator { return this.root.getByTestId('scan-error'); }
  get errorNotice(): Locator { return this.error.locator('.notice-error'); }
  get progress(): Locator { return this.root.getByTestId('scan-progress'); }
  get count(): Locator { return this.root.getByTestId('scan-count'); }

  async deviceOptions(): Promise<string[]> { return this.deviceSelect.locator('option').allInnerTexts(); }
  async chooseDevice(value: string): Promise<void> { await this.deviceSelect.selectOption(value); }
  /** Clicks a segmented option (Nguồn giấy / Chế độ màu) by its label, when present. */
  segment(name: string, label: string): Locator { return this.root.locator(`fieldset[data-field="${name}"] label.segment`, { hasText: label }); }

  docCount(docName: string): Locator {
    return this.page.getByTestId('page-grid').locator('.grid-doc', { hasText: docName }).getByTestId('doc-count');
  }
  async setExpected(docName: string, value: number): Promise<void> {
    const input = this.docCount(docName).locator('input');
    await input.fill(String(value));
    await input.press('Enter');
  }
  get finishButton(): Locator { return this.page.getByTestId('finish-dossier'); }
  get finishError(): Locator { return this.page.getByTestId('finish-error'); }
  get finishDone(): Locator { return this.page.getByTestId('finish-done'); }
}
