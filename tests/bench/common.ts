/**
 * Shared pieces of the benchmarks: a core over a real forked device host whose `scan` calls are timed (the host
 * wrapper only observes; production code is unchanged), percentile statistics and Markdown helpers.
 */
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/createCore';
import { ForkWorkerHost } from '../../electron/core/host/ForkWorkerHost';
import type { CallOptions } from '../../electron/core/host/WorkerHost';
import { resolveWorkerEntry } from '../../electron/core/host/workerEntry';
import type { PageT } from '../../electron/shared/contract/models';
import type { CallContext } from '../../electron/shared/ipc/createRouter';

export const ctx: CallContext = { origin: 'test', session: { userId: null } };

export async function call<T = Record<string, unknown>>(core: Core, channel: string, input: unknown): Promise<T> {
  const r = await core.router.dispatch(channel, input, ctx);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

export function machineLine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Wall-clock ms (epoch) with sub-ms resolution, comparable with file timestamps of the device host. */
export const wallNow = (): number => performance.timeOrigin + performance.now();

/** One page as seen from the core, all times wall-clock ms. */
export interface PageTiming {
  /**
   * The driver's `pageStarted` reached the core: the page's data has been read from the device (SANE: after the
   * last sane_read, before JPEG encoding; eSCL: NextDocument downloaded). Closest to "the page left the scanner".
   */
  readAt: number | null;
  /** The staging file was created by the device host: the driver has just yielded the page (birth time, else mtime). */
  stagedAt: number | null;
  /** The host's `page` event reached the core (file written + fsynced + renamed in the host). */
  announcedAt: number;
  /** `scan.pageAdded`: the page is stored (fsync + SQLite commit) and acked. */
  addedAt: number;
  /** `ss:pages.image` {variant:'thumb'} answered (dispatched on pageAdded, like the UI). */
  thumbAt: number;
  bytes: number;
}

/**
 * A real ForkWorkerHost that timestamps the `page` events of `scan` calls,
 * in order (the bridge stores pages in the order they are announced).
 */
class TimedHost extends ForkWorkerHost {
  readonly announced: Array<{ at: number; stagedAt: number | null; readAt: number | null }> = [];
  override call<T = unknown>(method: string, args: unknown[], opts?: CallOptions): Promise<T> {
    if (method !== 'scan' || !opts?.onEvent) return super.call<T>(method, args, opts);
    const onEvent = opts.onEvent.bind(opts);
    let readAt: number | null = null; // per scan call: a `pageStarted` belongs to the next `page`
    return super.call<T>(method, args, {
      ...opts,
      onEvent: (name, payload) => {
        if (name === 'pageStarted') readAt = wallNow();
        if (name === 'page') {
          this.announced.push({ at: wallNow(), stagedAt: stagedTime((payload as { path?: string }).path), readAt });
          readAt = null;
        }
        onEvent(name, payload);
      },
    });
  }
}

function stagedTime(path: string | undefined): number | null {
  if (!path) return null;
  try {
    const st = statSync(path);
    return st.birthtimeMs > 0 ? st.birthtimeMs : st.mtimeMs;
  } catch {
    return null;
  }
}

export interface BenchRig {
  core: Core;
  /** Timings of every page added since the last `takeTimings()`; thumbnails are requested on pageAdded. */
  takeTimings(): Promise<PageTiming[]>;
  close(): Promise<void>;
}

export async function makeBenchRig(env: Record<string, string> = {}): Promise<BenchRig> {
  const dataDir = await mkdtemp(join(tmpdir(), 'station-bench-scan-'));
  const hosts: TimedHost[] = [];
  // The core's env (manual eSCL URLs from the settings, pin file) is read at every start, as in the app; `env` adds to it.
  const createHost = (coreEnv: () => NodeJS.ProcessEnv) => {
    const h = new TimedHost({ entry: resolveWorkerEntry('deviceHost'), env: () => ({ ...coreEnv(), ...env }) });
    hosts.push(h);
    return h;
  };
  const core = await createCore({ dataDir, createHost });
  const host = hosts[0];
  if (!host) throw new Error('createCore did not create the device host');
  let pending: Array<Promise<PageTiming>> = [];
  let added = 0;
  core.events.on((name, payload) => {
    if (name !== 'scan.pageAdded') return;
    const addedAt = wallNow();
    const page = (payload as { page: PageT }).page;
    const a = host.announced[added++];
    pending.push(call<{ dataUrl: string }>(core, 'ss:pages.image', { pageId: page.id, variant: 'thumb' }).then(() => ({
      readAt: a?.readAt ?? null, stagedAt: a?.stagedAt ?? null, announcedAt: a?.at ?? addedAt, addedAt, thumbAt: wallNow(), bytes: page.bytes,
    })));
  });
  return {
    core,
    async takeTimings() {
      const all = await Promise.all(pending);
      pending = [];
      return all;
    },
    async close() {
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Stats { p50: number; p95: number; max: number; n: number }

export function stats(values: number[]): Stats {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: v[v.length - 1] ?? NaN, n: v.length };
}

export const fmtStats = (s: Stats): string => `${Math.round(s.p50)} / ${Math.round(s.p95)} / ${Math.round(s.max)}`;

/** `scan.pageAdded` → thumbnail returned, p50 / p95 / max. */
export const thumbLatency = (t: PageTiming[]): string => fmtStats(stats(t.map((x) => x.thumbAt - x.addedAt)));

/**
 * The latency rows shared by the scanning benchmarks (p50 / p95 / max in ms). Pages are stored one after the
 * other, so "announced → acked" includes waiting behind earlier pages when the scanner is faster than the store;
 * the service time is measured from when the store could start on the page (announced, or the previous ack).
 */
export function latencyRows(t: PageTiming[]): string[] {
  const staged = t.filter((x): x is PageTiming & { stagedAt: number } => x.stagedAt !== null);
  const read = t.filter((x): x is PageTiming & { readAt: number } => x.readAt !== null);
  const service = t.map((x, i) => x.addedAt - Math.max(x.announcedAt, i > 0 ? t[i - 1]!.addedAt : -Infinity));
  return [
    `| page read from the device (driver's \`pageStarted\`) → driver yielded it (SANE: JPEG encoding in the host) | ${fmtStats(stats(read.filter((x) => x.stagedAt !== null).map((x) => x.stagedAt! - x.readAt)))} |`,
    `| driver yielded → page announced to the core (host: staging file written, fsync, rename) | ${fmtStats(stats(staged.map((x) => x.announcedAt - x.stagedAt)))} |`,
    `| page announced → stored and acked (\`scan.pageAdded\`), including the wait behind earlier pages | ${fmtStats(stats(t.map((x) => x.addedAt - x.announcedAt)))} |`,
    `| … of which storing one page (read back, SHA-256 check, fsync, SQLite commit, ack) | ${fmtStats(stats(service))} |`,
    `| **\`scan.pageAdded\` → thumbnail returned by \`ss:pages.image\` {variant:'thumb'}** | **${thumbLatency(t)}** |`,
    `| driver yielded → thumbnail returned | ${fmtStats(stats(staged.map((x) => x.thumbAt - x.stagedAt)))} |`,
    `| **page read from the device → thumbnail returned** (a page leaving the scanner → shown) | **${fmtStats(stats(read.map((x) => x.thumbAt - x.readAt)))}** |`,
  ];
}
