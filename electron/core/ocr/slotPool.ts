import { AppError } from '../../shared/errors/AppError';
import { cancelledError } from '../scan/cancelled';

/** How a pool makes and ends the resource behind one slot (a tesseract.js worker, or nothing for the CLI). */
export interface SlotFactory<R> {
  create(): Promise<R>;
  destroy(resource: R): Promise<void>;
}

interface Slot<R> {
  resource: Promise<R> | null;
  busy: boolean;
  uses: number;
}

interface Waiter<R> {
  start(slot: Slot<R>): void;
  cancel(err: AppError): void;
}

export type SlotTask<R, T> = (resource: R, signal: AbortSignal) => Promise<T>;

/**
 * A fixed number of slots, each owning one resource, and a FIFO queue of jobs. A job aborted while waiting leaves the
 * queue at once; aborted while running, its resource is destroyed (a tesseract.js job cannot be interrupted
 * otherwise) and made again for the next job. Resources are also remade after `recycleAfter` jobs, because the wasm
 * heap of a tesseract.js worker only grows (guide §1.2).
 */
export class SlotPool<R> {
  private readonly slots: Array<Slot<R>>;
  private readonly queue: Array<Waiter<R>> = [];
  private readonly running = new Set<AbortController>();
  private closed = false;

  constructor(size: number, private readonly factory: SlotFactory<R>, private readonly recycleAfter = Infinity) {
    this.slots = Array.from({ length: size }, () => ({ resource: null, busy: false, uses: 0 }));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Creates every slot's resource now, so a missing engine fails at start-up rather than on the first page. */
  async warmUp(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.resourceOf(slot)));
  }

  run<T>(signal: AbortSignal | undefined, task: SlotTask<R, T>): Promise<T> {
    if (this.closed) return Promise.reject(closedError());
    if (signal?.aborted) return Promise.reject(cancelledError());
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<R> = {
        start: (slot) => {
          signal?.removeEventListener('abort', onQueuedAbort);
          this.execute(slot, signal, task).then(resolve, reject);
        },
        cancel: reject,
      };
      const onQueuedAbort = (): void => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        reject(cancelledError());
      };
      signal?.addEventListener('abort', onQueuedAbort, { once: true });
      this.queue.push(waiter);
      this.dispatch();
    });
  }

  /** Rejects waiting jobs with `job/cancelled` and ends every resource (running jobs end with `job/cancelled`). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.queue.splice(0)) waiter.cancel(cancelledError());
    for (const job of this.running) job.abort(cancelledError());
    await Promise.all(this.slots.map((slot) => this.discard(slot)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy);
      if (!slot) return;
      const waiter = this.queue.shift();
      slot.busy = true;
      waiter?.start(slot);
    }
  }

  private async execute<T>(slot: Slot<R>, signal: AbortSignal | undefined, task: SlotTask<R, T>): Promise<T> {
    const local = new AbortController();
    const stop = (): void => local.abort(cancelledError());
    signal?.addEventListener('abort', stop, { once: true });
    const aborted = new Promise<never>((_, reject) => {
      local.signal.addEventListener('abort', () => reject(cancelledError()), { once: true });
    });
    this.running.add(local);
    try {
      const resource = await Promise.race([this.resourceOf(slot), aborted]);
      slot.uses += 1;
      return await Promise.race([task(resource, local.signal), aborted]);
    } catch (err) {
      // An interrupted or failed job leaves its resource in an unknown state: start the next job on a fresh one.
      await this.discard(slot);
      throw err;
    } finally {
      signal?.removeEventListener('abort', stop);
      this.running.delete(local);
      if (slot.uses >= this.recycleAfter) await this.discard(slot);
      slot.busy = false;
      if (!this.closed) this.dispatch();
    }
  }

  private resourceOf(slot: Slot<R>): Promise<R> {
    if (this.closed) return Promise.reject(closedError());
    if (!slot.resource) {
      const made = this.factory.create();
      slot.resource = made;
      made.catch(() => {
        if (slot.resource === made) slot.resource = null;
      });
    }
    return slot.resource;
  }

  private async discard(slot: Slot<R>): Promise<void> {
    const current = slot.resource;
    slot.resource = null;
    slot.uses = 0;
    if (!current) return;
    try {
      await this.factory.destroy(await current);
    } catch {
      // A resource that failed to start or to stop has nothing left to release.
    }
  }
}

function closedError(): AppError {
  return new AppError('ocr/engine-unavailable', 'Bộ nhận dạng chữ (OCR) đã đóng. Hãy khởi động lại bước nhận dạng.');
}
