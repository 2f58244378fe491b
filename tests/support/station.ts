import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../electron/core/createCore';
import { createUser, setupFirstAdmin } from '../../electron/core/services/users';
import type { DossierDetailT, JobT } from '../../electron/shared/contract/models';
import { channelName } from '../../electron/shared/ipc/channelName';
import type { CallContext } from '../../electron/shared/ipc/createRouter';
import type { WireResult } from '../../electron/shared/ipc/WireResult';
import type { WireError } from '../../electron/shared/errors/AppError';

/** A real core (SQLite store, job manager, in-process folder driver) in a temp folder, with a signed-in clerk. */
export interface Station {
  core: Core;
  dir: string;
  /** A desk clerk (role staff): every organizing call is made as this user. */
  clerk: CallContext;
  /** The administrator, for audit.verify / audit.list. */
  it: CallContext;
  changed: string[];
  call<T>(channel: string, input: unknown, ctx?: CallContext): Promise<T>;
  fail(channel: string, input: unknown, ctx?: CallContext): Promise<WireError>;
  close(): Promise<void>;
}

export const PROCEDURE = '1.001193'; // Đăng ký khai sinh: components 1, 2 digitizable, 3 present-only
export const anonymous: CallContext = { origin: 'ipc', session: { userId: null } };

export async function openStation(extra: Omit<CoreOptions, 'dataDir'> = {}): Promise<Station> {
  const dir = mkdtempSync(join(tmpdir(), 'ss-station-'));
  const core = await createCore({ drivers: 'in-process', ...extra, dataDir: dir });
  const admin = setupFirstAdmin(core.store, { username: 'quan-tri', fullName: 'Quản trị CNTT', password: 'mat-khau-dai-12' });
  const staff = createUser(core.store, { username: 'can-bo', fullName: 'Cán bộ một cửa', role: 'staff', password: 'mat-khau-dai-12' }, 'user:quan-tri');
  const clerk: CallContext = { origin: 'ipc', session: { userId: staff.id } };
  const it: CallContext = { origin: 'ipc', session: { userId: admin.id } };
  const changed: string[] = [];
  core.events.on((name, payload) => { if (name === 'dossier.changed') changed.push((payload as { code: string }).code); });
  const dispatch = (channel: string, input: unknown, ctx: CallContext): Promise<WireResult<unknown>> => {
    const [namespace = '', method = ''] = channel.split('.');
    return core.router.dispatch(channelName(namespace, method), input, ctx);
  };
  return {
    core, dir, clerk, it, changed,
    async call<T>(channel: string, input: unknown, ctx = clerk): Promise<T> {
      const r = await dispatch(channel, input, ctx);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
      return r.value as T;
    },
    async fail(channel: string, input: unknown, ctx = clerk): Promise<WireError> {
      const r = await dispatch(channel, input, ctx);
      if (r.ok) throw new Error(`${channel} succeeded but should have been refused`);
      return r.error;
    },
    async close() {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function newDossier(s: Station, code: string): Promise<void> {
  await s.call('dossiers.create', { code, procedureCode: PROCEDURE, applicant: { fullName: 'Trần Thị Bình', personalId: '001099012345' } });
}

/** Imports real image files through `imports.start` (the job the UI uses) and returns the document id. */
export async function importPages(s: Station, code: string, files: string[], componentIndex?: number): Promise<string> {
  const { jobId } = await s.call<{ jobId: string }>('imports.start', { dossierCode: code, paths: files, ...(componentIndex ? { componentIndex } : {}) });
  const job: JobT = await s.core.jobs.waitFor(jobId);
  expect(job.state, job.error?.message).toBe('succeeded');
  const result = job.result as { documentId: string; imported: number };
  expect(result.imported).toBe(files.length);
  return result.documentId;
}

export function detail(s: Station, code: string): Promise<DossierDetailT> {
  return s.call<DossierDetailT>('dossiers.get', { code });
}

/** Each live document by id → its live pages' source names in order (what the clerk sees). */
export async function layout(s: Station, code: string): Promise<Record<string, string[]>> {
  const d = await detail(s, code);
  return Object.fromEntries(d.documents.map((doc) => [doc.id, doc.pages.map((p) => p.sourceName)]));
}

/** Page ids of a document in order, from dossiers.get. */
export async function pageIds(s: Station, code: string, documentId: string): Promise<string[]> {
  const doc = (await detail(s, code)).documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`document ${documentId} not in ${code}`);
  return doc.pages.map((p) => p.id);
}

/**
 * The store's invariants after any organizing operation: page positions per document and document positions per
 * dossier are exactly 1..n (trashed rows included), every page row still points at its intact file, the page
 * count never drops, and the audit chain verifies through the router.
 */
export async function expectInvariants(s: Station, pageRowsAtLeast: number): Promise<void> {
  const db = s.core.store.db;
  const groups = [
    ...(db.prepare('SELECT document_id AS k, position FROM pages ORDER BY document_id, position').all() as Array<{ k: string; position: number }>),
    ...(db.prepare("SELECT 'dossier:' || dossier_id AS k, position FROM documents ORDER BY dossier_id, position").all() as Array<{ k: string; position: number }>),
  ];
  const byKey = new Map<string, number[]>();
  for (const g of groups) byKey.set(g.k, [...(byKey.get(g.k) ?? []), g.position]);
  for (const [key, positions] of byKey) expect(positions, key).toEqual(positions.map((_, i) => i + 1));
  const pages = db.prepare('SELECT sha256, file_rel_path FROM pages').all() as Array<{ sha256: string; file_rel_path: string }>;
  expect(pages.length).toBeGreaterThanOrEqual(pageRowsAtLeast);
  for (const p of pages) {
    const file = join(s.core.store.paths.dataDir, ...p.file_rel_path.split('/'));
    expect(existsSync(file), file).toBe(true);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(p.sha256);
  }
  expect(await s.call('audit.verify', {}, s.it)).toMatchObject({ ok: true, brokenAtSeq: null });
}

/** Audit entries of the given actions, oldest first. */
export async function auditOf(s: Station, ...actions: string[]): Promise<Array<{ action: string; data: Record<string, unknown> }>> {
  const entries = await s.call<Array<{ action: string; data: Record<string, unknown> }>>('audit.list', { limit: 1000 }, s.it);
  return entries.filter((e) => actions.includes(e.action)).reverse();
}
