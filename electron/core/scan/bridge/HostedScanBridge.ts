import { unlink } from 'node:fs/promises';
import type { DriverIdT } from '../../../shared/contract/models';
import type { WireError } from '../../../shared/errors/AppError';
import type { WorkerHost } from '../../host/WorkerHost';
import { cancelledError } from '../cancelled';
import type { FileRejection, ScanDriverEvents } from '../drivers/ScanDriver';
import type { ListOptions, ScanCaps, ScanDevice } from '../ScanCaps';
import type { ScanOptions } from '../ScanOptions';
import type { DeliveredPage, ScanBridge } from './ScanBridge';
import type { ScanCallConfigT } from './scanHostMethods';
import { readStagedPage, StagedPageEvent, type StagedPageEventT } from './stagedPage';

export interface HostedScanBridgeOptions {
  /** Where the host writes pages; owned by the caller (one per scan session is simplest to clean up). */
  stagingDir: string;
  /** Inactivity timeout of a scan call (no page, no event). */
  callTimeoutMs?: number;
  /** Honoured by the host only when NODE_ENV=test or STATION_TEST_HOOKS=1. */
  testHooks?: ScanCallConfigT['testHooks'];
}

/** Removes the staging file once the consumer stored the page; a second ack is harmless. */
function ackFor(path: string): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= unlink(path).catch((err: NodeJS.ErrnoException) => { if (err.code !== 'ENOENT') throw err; }));
}

function isRejection(x: unknown): x is FileRejection {
  const r = x as Partial<FileRejection> | null;
  return typeof r?.path === 'string' && typeof (r.error as WireError | undefined)?.code === 'string';
}

/**
 * Runs drivers in the device host. The host writes each page to `stagingDir` before announcing it; this side
 * reads it back (checking size and SHA-256) and deletes the file only on `ack()`. If the host crashes, pages
 * already announced are still yielded, then the scan fails with `host/crashed`: nothing delivered is lost.
 */
export class HostedScanBridge implements ScanBridge {
  constructor(private readonly host: WorkerHost, private readonly opts: HostedScanBridgeOptions) {}

  listDevices(driver: DriverIdT, opts: ListOptions, signal: AbortSignal): Promise<ScanDevice[]> {
    return this.host.call<ScanDevice[]>('listDevices', [driver, opts], { signal });
  }

  getCaps(device: ScanDevice, signal: AbortSignal): Promise<ScanCaps> {
    return this.host.call<ScanCaps>('getCaps', [device], { signal });
  }

  async *scan(opts: ScanOptions, signal: AbortSignal, events: ScanDriverEvents = {}): AsyncIterable<DeliveredPage> {
    const controller = new AbortController();
    const forward = () => controller.abort();
    signal.addEventListener('abort', forward, { once: true });
    const queue: StagedPageEventT[] = [];
    let wake: (() => void) | null = null;
    let settled = false;
    let failure: unknown = null;
    const onEvent = (name: string, payload: unknown) => {
      if (name === 'page') { const p = StagedPageEvent.safeParse(payload); if (p.success) queue.push(p.data); }
      else if (name === 'fileRejected' && isRejection(payload)) events.fileRejected?.(payload);
      else if (name === 'pageStarted') events.pageStarted?.();
      else if (name === 'pageProgress' && typeof payload === 'number') events.pageProgress?.(payload);
      wake?.();
    };
    const config: ScanCallConfigT = { stagingDir: this.opts.stagingDir, ...(this.opts.testHooks ? { testHooks: this.opts.testHooks } : {}) };
    this.host.call('scan', [opts, config], { signal: controller.signal, onEvent, ...(this.opts.callTimeoutMs ? { timeoutMs: this.opts.callTimeoutMs } : {}) })
      .then(() => { settled = true; }, (err: unknown) => { settled = true; failure = err; })
      .finally(() => wake?.());
    try {
      for (;;) {
        if (signal.aborted) throw cancelledError();
        const next = queue.shift();
        if (next) {
          const page = await readStagedPage(next);
          yield { ...page, stagingPath: next.path, ack: ackFor(next.path) };
          continue;
        }
        if (settled) break;
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = null;
      }
      if (failure) throw failure;
    } finally {
      signal.removeEventListener('abort', forward);
      // The consumer stopped early (break or throw): stop the driver in the host too.
      if (!settled) controller.abort();
    }
  }
}
