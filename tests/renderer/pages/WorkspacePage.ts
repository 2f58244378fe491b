import type { Locator, Page } from 'playwright-core';

/** The open dossier's working area: page badges, OCR progress, organise toolbar, side pane, set-aside pages. */
export class WorkspacePage {
  constructor(readonly page: Page) {}

  get grid(): Locator { return this.page.getByTestId('page-grid'); }
  get selectedThumb(): Locator { return this.grid.locator('.thumb.selected'); }
  thumb(pageId: string): Locator { return this.grid.locator(`[data-testid=thumb][data-page-id="${pageId}"]`); }
  get progress(): Locator { return this.page.getByTestId('pipeline-progress'); }
  get progressCount(): Locator { return this.page.getByTestId('pipeline-count'); }
  get organizeDialog(): Locator { return this.page.getByTestId('organize-dialog'); }
  get organizeNote(): Locator { return this.page.getByTestId('organize-note'); }
  get excludedStrip(): Locator { return this.page.getByTestId('excluded-strip'); }
  get viewer(): Locator { return this.page.getByTestId('page-viewer'); }
  get ocrText(): Locator { return this.page.getByTestId('ocr-text'); }
  get metadata(): Locator { return this.page.getByTestId('metadata-panel'); }
  metaField(field: string): Locator { return this.metadata.locator(`[data-field="${field}"]`); }

  /** Waits until the organise toolbar accepts the next key (the previous change has been reloaded). */
  async organizeReady(): Promise<void> {
    await this.page.locator('[data-testid=organize-toolbar][aria-busy=false]').waitFor();
  }

  /** Presses a key once the previous organising step has landed. */
  async organizeKey(key: string): Promise<void> {
    await this.organizeReady();
    await this.page.keyboard.press(key);
  }

  /** Focuses the grid and selects its first page (Home). */
  async selectFirst(): Promise<void> {
    await this.grid.focus();
    await this.page.keyboard.press('Home');
  }

  async pane(name: 'page' | 'metadata'): Promise<void> {
    await this.page.locator(`[role=tab][data-pane="${name}"]`).click();
  }
}
