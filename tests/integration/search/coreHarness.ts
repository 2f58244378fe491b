import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../../electron/core/createCore';
import { ensureComponentDocument } from '../../../electron/core/services/documents';
import { createDossier } from '../../../electron/core/services/dossiers';
import { commitPage } from '../../../electron/core/services/pages';
import { createUser, setupFirstAdmin } from '../../../electron/core/services/users';
import { indexPageText } from '../../../electron/core/search/pageIndex';
import type { InputOf, Namespace, MethodOf } from '../../../electron/shared/contract/api';
import { channelName } from '../../../electron/shared/ipc/channelName';
import type { CallContext } from '../../../electron/shared/ipc/createRouter';
import type { WireResult } from '../../../electron/shared/ipc/WireResult';

/** A real core (in-process drivers) in a temp folder, a signed-in desk clerk and helpers that go through the router. */
export interface Harness {
  core: Core;
  clerk: CallContext;
  anonymous: CallContext;
  events: Array<{ name: string; payload: unknown }>;
  call<N extends Namespace, M extends MethodOf<N>>(ns: N, method: M, input: InputOf<N, M>, ctx?: CallContext): Promise<WireResult<unknown>>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'ss-search-'));
  const core = await createCore({ dataDir: dir, drivers: 'in-process' });
  setupFirstAdmin(core.store, { username: 'it-admin', fullName: 'Quản trị CNTT', password: 'mat-khau-dai-12' });
  const c = createUser(core.store, { username: 'clerk', fullName: 'Cán bộ một cửa', role: 'staff', password: 'mat-khau-dai-12' }, 'user:it-admin');
  const clerk: CallContext = { origin: 'ipc', session: { userId: c.id } };
  const events: Harness['events'] = [];
  core.events.on((name, payload) => events.push({ name, payload }));
  return {
    core, clerk, events, anonymous: { origin: 'ipc', session: { userId: null } },
    call: (ns, method, input, ctx = clerk) => core.router.dispatch(channelName(ns, method), input, ctx),
    async close() {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function valueOf<T>(r: WireResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

export function newTestDossier(h: Harness, code: string, fullName = 'Nguyễn Văn Ánh'): { id: string; code: string } {
  return createDossier(h.core.store, {
    code, procedureCode: '2.000815', kind: 'reception',
    applicant: { fullName, personalId: '001099012345', address: 'Xã An Bình', phone: '0912345678' },
  }, 'user:clerk');
}

let counter = 0;

/**
 * Stores a page in component `componentIndex` of the dossier and gives it OCR text the way the pipeline does:
 * the `page_text` row first, then `indexPageText`.
 */
export async function addPageWithText(h: Harness, dossierId: string, text: string, componentIndex: number | null = 1): Promise<{ pageId: string; documentId: string }> {
  const doc = ensureComponentDocument(h.core.store, dossierId, componentIndex, 'user:clerk');
  counter += 1;
  const { page } = await commitPage(h.core.store, {
    documentId: doc.id, bytes: new TextEncoder().encode(`page-${counter}-${text}`), ext: 'jpg',
    width: 2480, height: 3508, dpi: 300, colorMode: 'color', blank: false, sourceName: `p${counter}.jpg`,
  }, 'user:clerk');
  writePageText(h, page.id, dossierId, text);
  return { pageId: page.id, documentId: doc.id };
}

export function writePageText(h: Harness, pageId: string, dossierId: string, text: string): void {
  const nfc = text.normalize('NFC');
  h.core.store.db.prepare(`INSERT INTO page_text (page_id, text, lines_json, updated_at) VALUES (?, ?, '[]', ?)
    ON CONFLICT (page_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`).run(pageId, nfc, new Date().toISOString());
  indexPageText(h.core.store, { pageId, dossierId, text: nfc });
}
