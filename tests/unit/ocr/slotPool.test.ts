import { describe, expect, it } from 'vitest';
import { SlotPool } from '../../../electron/core/ocr/slotPool';

/** Resources are numbered as made; the log records what the pool did with them. */
function countingPool(size: number, recycleAfter?: number) {
  const log: string[] = [];
  let made = 0;
  const pool = new SlotPool<number>(
    size,
    {
      create: async () => {
        made += 1;
        log.push(`create ${made}`);
        return made;
      },
      destroy: async (r) => void log.push(`destroy ${r}`),
    },
    recycleAfter,
  );
  return { pool, log };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A job that takes `ms` unless its signal fires; returns the resource it ran on. */
const job = (ms: number) => (resource: number, signal: AbortSignal) =>
  new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => resolve(resource), ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted inside the job'));
    });
  });

describe('SlotPool', () => {
  it('runs jobs first in, first out on as many slots as it has', async () => {
    const { pool } = countingPool(2);
    await pool.warmUp();
    const order: number[] = [];
    const runs = [30, 30, 5, 5].map((ms, i) => pool.run(undefined, async (r, s) => { await job(ms)(r, s); order.push(i); return r; }));
    expect(await Promise.all(runs)).toEqual([1, 2, 1, 2]);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('drops an aborted waiting job at once and keeps the resource of a running one', async () => {
    const { pool, log } = countingPool(1);
    const running = pool.run(undefined, job(50));
    const controller = new AbortController();
    const waiting = pool.run(controller.signal, job(50));
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'job/cancelled' });
    expect(await running).toBe(1);
    expect(log).toEqual(['create 1']);
  });

  it('ends a running job with job/cancelled, destroys its resource and makes a new one for the next job', async () => {
    const { pool, log } = countingPool(1);
    const controller = new AbortController();
    const running = pool.run(controller.signal, job(10_000));
    await sleep(20);
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'job/cancelled' });
    expect(await pool.run(undefined, job(1))).toBe(2);
    expect(log).toEqual(['create 1', 'destroy 1', 'create 2']);
  });

  it('remakes a resource after recycleAfter jobs', async () => {
    const { pool, log } = countingPool(1, 2);
    const used: number[] = [];
    for (let i = 0; i < 5; i++) used.push(await pool.run(undefined, job(1)));
    expect(used).toEqual([1, 1, 2, 2, 3]);
    expect(log).toEqual(['create 1', 'destroy 1', 'create 2', 'destroy 2', 'create 3']);
  });

  it('on close cancels running and waiting jobs, destroys resources and refuses new jobs', async () => {
    const { pool, log } = countingPool(1);
    const running = pool.run(undefined, job(10_000));
    const waiting = pool.run(undefined, job(1));
    const settled = Promise.allSettled([running, waiting]);
    await sleep(20);
    await pool.close();
    expect((await settled).map((s) => (s.status === 'rejected' ? (s.reason as { code: string }).code : 'ok'))).toEqual(['job/cancelled', 'job/cancelled']);
    expect(log).toEqual(['create 1', 'destroy 1']);
    await expect(pool.run(undefined, job(1))).rejects.toMatchObject({ code: 'ocr/engine-unavailable' });
  });
});
