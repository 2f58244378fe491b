import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type OpenStoreOptions } from '../../../electron/core/store/openStore';
import type { Store } from '../../../electron/core/store/Store';
import { createDossier } from '../../../electron/core/services/dossiers';
import type { DossierT } from '../../../electron/shared/contract/models';

export const PERSONAL_ID = '001099012345';

/** A store in a fresh temp folder on the real filesystem, with a settable clock. */
export interface TestStore {
  store: Store;
  dir: string;
  clock: { now: Date };
  reopen(opts?: OpenStoreOptions): Store;
  cleanup(): void;
}

export function makeStore(opts: OpenStoreOptions = {}): TestStore {
  const dir = mkdtempSync(join(tmpdir(), 'ss-store-'));
  const clock = { now: new Date('2026-03-10T02:00:00.000Z') }; // Tuesday 09:00 in Vietnam
  const open = (o: OpenStoreOptions): Store => openStore(dir, { now: () => clock.now, ...o });
  const t: TestStore = {
    store: open(opts),
    dir,
    clock,
    reopen(o = {}) {
      t.store.close();
      t.store = open(o);
      return t.store;
    },
    cleanup() {
      t.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

export function newDossier(store: Store, code = 'H55.242-260310-010001', procedureCode = '2.000815', fullName = 'Nguyễn Văn Ánh'): DossierT {
  return createDossier(store, {
    code, procedureCode, kind: 'certification',
    applicant: { fullName, personalId: PERSONAL_ID, address: 'Phường Phan Đình Phùng, Thái Nguyên', phone: '0912345678' },
  }, 'user:clerk');
}

/** Distinct small "images" (content is all that matters to the store). */
export function fakeImage(n: number): Uint8Array {
  return new TextEncoder().encode(`fake-jpeg-page-${n}`);
}

/** The error a call throws (or null), for asserting on AppError codes and messages. */
export function errorOf(fn: () => unknown): { code?: string; message: string } | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err as { code?: string; message: string };
  }
}

export async function asyncErrorOf(fn: () => Promise<unknown>): Promise<{ code?: string; message: string } | null> {
  try {
    await fn();
    return null;
  } catch (err) {
    return err as { code?: string; message: string };
  }
}
