import type { Locator, Page } from 'playwright-core';

/** One open dossier: header, virtual page grid, preview, import and export. */
export class DossierPage {
  constructor(readonly page: Page) {}

  get code(): Locator { return this.page.getByTestId('dossier-code'); }
  get maskedId(): Locator { return this.page.getByTestId('masked-id'); }
  get grid(): Locator { return this.page.getByTestId('page-grid'); }
  get thumbImages(): Locator { return this.grid.getByTestId('thumb-img'); }
  get thumbs(): Locator { return this.grid.getByTestId('thumb'); }
  get selectedThumb(): Locator { return this.grid.locator('.thumb.selected'); }
  get importDialog(): Locator { return this.page.getByTestId('import-dialog'); }
  get preview(): Locator { return this.page.getByTestId('preview-img'); }

  async importFrom(paths: string[]): Promise<void> {
    await this.page.keyboard.press('Control+i');
    await this.importDialog.waitFor();
    await this.importDialog.locator('textarea[name=paths]').fill(paths.join('\n'));
    await this.importDialog.getByRole('button', { name: 'Bắt đầu nhập' }).click();
  }

  /** Waits for the import job's progress bar to reach a final state and returns it. */
  async importFinalState(timeout = 60_000): Promise<string | null> {
    const bar = this.importDialog.getByTestId('job-progress');
    await this.importDialog.locator('[data-testid=job-progress][data-state=succeeded], [data-testid=job-progress][data-state=failed], [data-testid=job-progress][data-state=cancelled]').waitFor({ timeout });
    return bar.getAttribute('data-state');
  }

  async closeDialog(): Promise<void> { await this.page.keyboard.press('Escape'); }

  /** Scrolls the grid's own scroll container to a fraction (0…1) of its height. */
  async scrollGridTo(fraction: number): Promise<void> {
    await this.grid.evaluate((el, f) => { el.scrollTop = (el.scrollHeight - el.clientHeight) * f; }, fraction);
  }
}
