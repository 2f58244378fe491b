import { Worker, type Transferable } from 'node:worker_threads';
import { join } from 'node:path';
import { AppError } from '../../shared/errors/AppError';
import { resolveWorkerEntry } from '../host/workerEntry';

interface Pending<Res> { resolve(value: Res): void; reject(err: unknown): void }
interface Slot<Res> { worker: Worker; busy: Pending<Res> | null }
interface Queued<Req, Res> extends Pending<Res> { req: Req; transfer: Transferable[] }

/** Reply sent by `serveThread` (threads/serveThread.ts). */
export type ThreadReply<Res> = { ok: true; value: Res } | { ok: false; error: { code: string; message: string; appError: boolean } };

function spawn(name: string): Worker {
  const entry = resolveWorkerEntry(name);
  if (entry.execArgv.length === 0) return new Worker(entry.path);
  // TypeScript source (dev, tests: electron/workers/<name>.ts): the bootstrap registers tsx inside the thread.
  return new Worker(join(entry.path, '..', '..', '..', 'scripts', 'tsxWorkerBootstrap.mjs'), { workerData: { __tsEntry: entry.path } });
}

/** More thread deaths than this without one answered request: the entry itself is broken, stop respawning. */
const MAX_DEATHS_WITHOUT_REPLY = 4;

const unavailable = () => new AppError('host/crashed', 'Không khởi động được luồng xử lý ảnh. Hãy khởi động lại ứng dụng; nếu vẫn lỗi, gửi gói chẩn đoán cho CNTT.');

function toError(error: { code: string; message: string; appError: boolean }): Error {
  if (error.appError) return new AppError(error.code as ConstructorParameters<typeof AppError>[0], error.message);
  return new Error(error.message);
}

/**
 * A fixed pool of worker_threads running one entry from `electron/workers/`: CPU-heavy pixel work leaves the
 * core's event loop (the UI and the scanner never wait for it). One request per thread at a time, FIFO queue;
 * a thread that dies is replaced and its request fails typed.
 */
export class ThreadPool<Req, Res> {
  private readonly slots: Array<Slot<Res>> = [];
  private readonly queue: Array<Queued<Req, Res>> = [];
  private closed = false;
  /** Threads that died since the last answered request: a broken entry must not respawn in a tight loop. */
  private deathsSinceReply = 0;

  constructor(private readonly entryName: string, readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.makeSlot());
  }

  run(req: Req, transfer: Transferable[] = []): Promise<Res> {
    if (this.closed) return Promise.reject(new AppError('host/stopped', 'Bộ xử lý ảnh đã dừng.'));
    if (this.slots.length === 0) return Promise.reject(unavailable());
    return new Promise<Res>((resolve, reject) => {
      this.queue.push({ req, transfer, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new AppError('host/stopped', 'Bộ xử lý ảnh đã dừng.'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private makeSlot(): Slot<Res> {
    const slot: Slot<Res> = { worker: spawn(this.entryName), busy: null };
    slot.worker.on('message', (reply: ThreadReply<Res>) => this.settle(slot, reply));
    slot.worker.on('error', (err) => this.fail(slot, err));
    slot.worker.on('exit', (code) => { if (!this.closed) this.fail(slot, new Error(`worker exited with ${code}`)); });
    // Idle threads must not keep a one-shot CLI process alive.
    slot.worker.unref();
    return slot;
  }

  private settle(slot: Slot<Res>, reply: ThreadReply<Res>): void {
    const pending = slot.busy;
    slot.busy = null;
    slot.worker.unref();
    this.deathsSinceReply = 0;
    if (pending) {
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(toError(reply.error));
    }
    this.pump();
  }

  private fail(slot: Slot<Res>, err: Error): void {
    const pending = slot.busy;
    slot.busy = null;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    void slot.worker.terminate();
    this.deathsSinceReply++;
    if (!this.closed && this.deathsSinceReply <= MAX_DEATHS_WITHOUT_REPLY) this.slots[index] = this.makeSlot();
    else this.slots.splice(index, 1);
    pending?.reject(new AppError('host/crashed', `Luồng xử lý ảnh bị lỗi (${err.message}). Hãy bấm “Xử lý lại” cho trang này.`));
    if (this.slots.length === 0) for (const q of this.queue.splice(0)) q.reject(unavailable());
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.busy = next;
      slot.worker.ref();
      slot.worker.postMessage(next.req, next.transfer);
    }
  }
}
