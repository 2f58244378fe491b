import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../../electron/core/createCore';
import { ForkWorkerHost } from '../../../electron/core/host/ForkWorkerHost';
import { resolveWorkerEntry } from '../../../electron/core/host/workerEntry';
import type { EventName } from '../../../electron/shared/contract/events';
import type { DossierDetailT, JobT, PageT } from '../../../electron/shared/contract/models';
import type { CallContext } from '../../../electron/shared/ipc/createRouter';

export const ctx: CallContext = { origin: 'test', session: { userId: null } };
export const SANE0 = { driver: 'sane' as const, id: 'test:0', name: 'frontend-tester' };
/** The test backend keeps option values per device across scans: every scan states the fault it wants (or none). */
export const NO_FAULT = { 'read-return-value': 'Default', 'read-delay': false, 'test-picture': 'Color pattern' };

/** A core over a real forked device host (SANE_CONFIG_DIR inherited), with a handle on the host to crash it. */
export interface ScanRig {
  core: Core;
  host: ForkWorkerHost;
  dataDir: string;
  events: Array<{ name: EventName; payload: unknown }>;
  call<T>(channel: string, input: unknown): Promise<T>;
  wait(jobId: string): Promise<JobT>;
  detail(code: string): Promise<DossierDetailT>;
  pagesOf(code: string, componentIndex: number): Promise<PageT[]>;
  killHost(): Promise<void>;
  close(): Promise<void>;
}

export async function makeRig(): Promise<ScanRig> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ss-scan-'));
  let created: ForkWorkerHost | null = null;
  // The core's env (manual eSCL URLs from the settings, pin file) is read at every start, as in the app.
  const createHost = (env: () => NodeJS.ProcessEnv) => {
    created = new ForkWorkerHost({ entry: resolveWorkerEntry('deviceHost'), env: () => ({ ...env(), NODE_ENV: 'test' }), restartDelayMs: 50 });
    return created;
  };
  const core = await createCore({ dataDir, createHost });
  const host = created as ForkWorkerHost | null;
  if (!host) throw new Error('createCore did not create the device host');
  const events: ScanRig['events'] = [];
  core.events.on((name, payload) => events.push({ name, payload }));
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.router.dispatch(channel, input, ctx);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.value as T;
  };
  const detail = (code: string) => call<DossierDetailT>('ss:dossiers.get', { code });
  return {
    core, host, dataDir, events, call, detail,
    wait: (jobId) => core.jobs.waitFor(jobId),
    async pagesOf(code, componentIndex) {
      return (await detail(code)).documents.find((d) => d.componentIndex === componentIndex)?.pages ?? [];
    },
    async killHost() {
      const { pid } = await host.call<{ pid: number }>('ping', []);
      process.kill(pid, 'SIGKILL');
    },
    async close() {
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function newDossier(rig: ScanRig, code: string): Promise<void> {
  await rig.call('ss:dossiers.create', { code, procedureCode: '2.000815', applicant: { fullName: 'Trần Thị Bình', personalId: '001305000123' } });
}

/** Resolves when `n` pages of the dossier have been added (counting from now). */
export function afterPages(rig: ScanRig, code: string, n: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    const off = rig.core.events.on((name, payload) => {
      if (name === 'scan.pageAdded' && (payload as { dossierCode: string }).dossierCode === code && ++seen === n) { off(); resolve(); }
    });
  });
}
