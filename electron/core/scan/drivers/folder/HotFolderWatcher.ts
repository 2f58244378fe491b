import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DeliveredPage, ScanBridge } from '../../bridge/ScanBridge';
import { moveFileDurable } from '../../../fsutil/durable';
import { uniquePath } from '../../uniqueName';
import type { FileRejection } from '../ScanDriver';
import { isIgnorableName } from './fileFormat';
import { FOLDER_DEVICE } from './FolderScanDriver';
import { naturalCompare } from './naturalCompare';

export interface HotFolderOptions {
  dir: string;
  /** Runs the folder driver (in process or in the device host). */
  bridge: ScanBridge;
  /** Store the page, then call `page.ack()`; the file moves to `da-xu-ly/` once every page is acked. */
  onPage(page: DeliveredPage, file: string): Promise<void>;
  onFileRejected?(rejection: FileRejection): void;
  onFileProcessed?(file: string, movedTo: string, pages: number): void;
  onError?(err: unknown, file: string | null): void;
  /** 2026-03: 2 s; SMB shares fed by MFPs update size/mtime in bursts about that far apart. */
  pollIntervalMs?: number;
  processedDir?: string;
  quarantineDir?: string;
}

interface Seen { size: number; mtimeMs: number }
const key = (s: Seen) => `${s.size}:${s.mtimeMs}`;

/**
 * Polls a folder that scanners drop files into (network shares do not deliver fs events reliably). A file is
 * taken only when its size and mtime are unchanged across two polls, i.e. the MFP finished writing it.
 * Processed files move to `da-xu-ly/`, rejected ones to the quarantine folder (`cach-ly/` by default).
 */
export class HotFolderWatcher {
  private readonly seen = new Map<string, Seen>();
  /** Files that failed and have not changed since; retried only when they change (no retry loops). */
  private readonly failed = new Map<string, string>();
  private readonly processedDir: string;
  private readonly quarantineDir: string;
  private controller: AbortController | null = null;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> = Promise.resolve();

  constructor(private readonly opts: HotFolderOptions) {
    this.processedDir = opts.processedDir ?? join(opts.dir, 'da-xu-ly');
    this.quarantineDir = opts.quarantineDir ?? join(opts.dir, 'cach-ly');
  }

  get running(): boolean { return this.controller !== null; }

  /** Starts polling; `signal` (optional) stops it like `stop()`. */
  start(signal?: AbortSignal): void {
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    signal?.addEventListener('abort', () => { void this.stop(); }, { once: true });
    const tick = () => {
      this.current = this.pollOnce(controller.signal)
        .catch((err: unknown) => this.opts.onError?.(err, null))
        .finally(() => { if (!controller.signal.aborted) this.timer = setTimeout(tick, this.opts.pollIntervalMs ?? 2000); });
    };
    tick();
  }

  /** Stops polling and waits for the file being processed (its scan is cancelled). */
  async stop(): Promise<void> {
    this.controller?.abort();
    this.controller = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current;
  }

  /** One poll: records sizes, processes files that were stable since the previous poll. Exposed for tests. */
  async pollOnce(signal: AbortSignal = new AbortController().signal): Promise<void> {
    for (const file of await this.stableFiles()) {
      if (signal.aborted) return;
      await this.processFile(file, signal);
    }
  }

  private async stableFiles(): Promise<string[]> {
    const entries = await readdir(this.opts.dir, { withFileTypes: true });
    const names = entries.filter((e) => e.isFile() && !isIgnorableName(e.name)).map((e) => e.name).sort(naturalCompare);
    const stable: string[] = [];
    const present = new Set<string>();
    for (const name of names) {
      const path = join(this.opts.dir, name);
      let now: Seen;
      try { const s = await stat(path); now = { size: s.size, mtimeMs: s.mtimeMs }; } catch { continue; }
      present.add(path);
      const before = this.seen.get(path);
      this.seen.set(path, now);
      if (this.failed.get(path) === key(now)) continue;
      // Empty files are still being created by most MFPs; wait for content.
      if (before && key(before) === key(now) && now.size > 0) stable.push(path);
    }
    for (const path of this.seen.keys()) if (!present.has(path)) { this.seen.delete(path); this.failed.delete(path); }
    return stable;
  }

  private async processFile(path: string, signal: AbortSignal): Promise<void> {
    let delivered = 0;
    let acked = 0;
    let rejected = false;
    const events = { fileRejected: (r: FileRejection) => { rejected = true; this.opts.onFileRejected?.(r); } };
    try {
      const pages = this.opts.bridge.scan({ device: FOLDER_DEVICE, paths: [path], quarantine: { dir: this.quarantineDir, mode: 'move' } }, signal, events);
      for await (const page of pages) {
        delivered++;
        const ack = page.ack;
        // Count acks so the file moves only when every page of it is safely stored.
        await this.opts.onPage({ ...page, ack: async () => { await ack(); acked++; } }, path);
      }
    } catch (err) {
      this.markFailed(path);
      this.opts.onError?.(err, path);
      return;
    }
    if (rejected) { this.seen.delete(path); if (await exists(path)) this.markFailed(path); return; }
    if (delivered === 0 || acked < delivered) { this.markFailed(path); this.opts.onError?.(new Error(`unacknowledged pages: ${delivered - acked}`), path); return; }
    await mkdir(this.processedDir, { recursive: true });
    const dest = await uniquePath(this.processedDir, basename(path));
    await moveFileDurable(path, dest);
    this.seen.delete(path);
    this.opts.onFileProcessed?.(path, dest, delivered);
  }

  private markFailed(path: string): void {
    const s = this.seen.get(path);
    if (s) this.failed.set(path, key(s));
  }
}

async function exists(path: string): Promise<boolean> {
  try { await stat(path); return true; } catch { return false; }
}
