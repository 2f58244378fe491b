import type { Locator, Page } from 'playwright-core';

export type Section = 'reception' | 'results' | 'certification' | 'uploads' | 'settings';

/** The signed-in shell: navigation, global shortcuts and the help overlay. */
export class ShellPage {
  constructor(readonly page: Page) {}

  get content(): Locator { return this.page.locator('main.content'); }
  get currentUser(): Locator { return this.page.getByTestId('current-user'); }
  get help(): Locator { return this.page.getByTestId('shortcut-help'); }

  async section(): Promise<string | null> { return this.content.getAttribute('data-section'); }
  async pressSection(n: 1 | 2 | 3 | 4 | 5): Promise<void> { await this.page.keyboard.press(`Alt+${n}`); }
  async waitForSection(s: Section): Promise<void> { await this.page.locator(`main.content[data-section="${s}"]`).waitFor(); }
  async activeNav(): Promise<string | null> { return this.page.locator('.nav-item[aria-current=page]').getAttribute('data-section'); }
  navButton(s: Section): Locator { return this.page.locator(`.nav-item[data-section="${s}"]`); }
}
