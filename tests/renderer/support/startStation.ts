import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startBridgeServer, type BridgeServer } from '../../../electron/core/bridge/startBridgeServer';
import { createCore, type CoreOptions } from '../../../electron/core/createCore';
import type { CallContext, Router } from '../../../electron/shared/ipc/createRouter';
import { ensureRendererBuilt, REPO_ROOT } from './ensureRendererBuilt';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'tests', 'artifacts', 'screenshots');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync',
  '--disable-background-networking', '--disable-component-update'];

export interface Station {
  page: Page;
  bridge: BridgeServer;
  /** Calls the real router in the same session as the browser (to prepare data quickly). */
  call<T>(channel: string, input?: unknown): Promise<T>;
  /** Console errors and page errors seen so far (CSP violations show up here). */
  consoleErrors: string[];
  tmp: string;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

async function callRouter<T>(router: Router, ctx: CallContext, channel: string, input: unknown): Promise<T> {
  const r = await router.dispatch(channel, input ?? {}, ctx);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function launch(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.SS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 820 },
    locale: 'vi-VN',
  });
}

/**
 * The real core and router behind the loopback bridge, and Debian's Chromium showing the built renderer.
 * `core` adds core options (e.g. `pipeline` to clean up and OCR pages in the background).
 */
export async function startStation(coreOptions: Omit<CoreOptions, 'dataDir'> = {}): Promise<Station> {
  const staticDir = await ensureRendererBuilt();
  const tmp = await mkdtemp(path.join(tmpdir(), 'ss-ui-'));
  const core = await createCore({ ...coreOptions, dataDir: path.join(tmp, 'data') });
  const session: CallContext['session'] = { userId: null };
  const bridge = await startBridgeServer({ router: core.router, events: core.events, staticDir, sessionFactory: () => session });
  const context = await launch(path.join(tmp, 'chromium'));
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    page, bridge, consoleErrors, tmp,
    call: (channel, input) => callRouter(core.router, { origin: 'test', session }, channel, input),
    screenshot: async (name) => { await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) }); },
    async close() {
      await context.close();
      await bridge.close();
      await core.close();
      // A page preview still being written when the core closes can land in the folder while it is removed
      // (ENOTEMPTY, seen once in CI): rm retries those.
      await rm(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/** Creates the administrator and signs the browser's session in, bypassing the first-run UI. */
export async function signedInAdmin(station: Station): Promise<void> {
  await station.call('ss:auth.setupFirstAdmin', { username: 'quantri', fullName: 'Nguyễn Văn Quản', password: 'matkhau-an-toan' });
}
