import type { Locator, Page } from 'playwright-core';

/** First-run "Tạo tài khoản quản trị" and the sign-in screen. */
export class AuthPage {
  constructor(readonly page: Page) {}

  get heading(): Locator { return this.page.locator('#auth-title'); }

  async setupAdmin(user: { username: string; fullName: string; password: string }): Promise<void> {
    const form = this.page.getByTestId('setup-form');
    await form.locator('input[name=username]').fill(user.username);
    await form.locator('input[name=fullName]').fill(user.fullName);
    await form.locator('input[name=password]').fill(user.password);
    await form.locator('input[name=confirm]').fill(user.password);
    await form.locator('button[type=submit]').click();
  }

  async signIn(username: string, password: string): Promise<void> {
    const form = this.page.getByTestId('signin-form');
    await form.locator('input[name=username]').fill(username);
    await form.locator('input[name=password]').fill(password);
    await form.locator('button[type=submit]').click();
  }

  errorText(): Promise<string> { return this.page.getByRole('alert').first().innerText(); }
}
