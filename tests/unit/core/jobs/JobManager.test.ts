import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobT } from '../../../../electron/shared/contract/models';
import { JobManager, type JobEventName } from '../../../../electron/core/jobs/JobManager';
import { AppError } from '../../../../electron/shared/errors/AppError';

function setup(maxConcurrent = 2) {
  const events: Array<{ name: JobEventName; job: JobT }> = [];
  let n = 0;
  const jm = new JobManager({ emit: (name, job) => events.push({ name, job }), maxConcurrent, newId: () => `job-${++n}` });
  return { jm, events };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => { resolve = r; });
  return { promise, resolve };
}

afterEach(() => { vi.useRealTimers(); });

describe('JobManager', () => {
  it('runs a job queued → running → succeeded with its result', async () => {
    const { jm, events } = setup();
    const job = jm.enqueue({ kind: 'import', title: 'Nhập 3 tệp', dossierCode: 'H55.242-260125-010001', run: async () => ({ pages: 3 }) });
    expect(job.state).toBe('queued');
    const done = await jm.waitFor(job.id);
    expect(done).toMatchObject({ state: 'succeeded', result: { pages: 3 }, error: null, dossierCode: 'H55.242-260125-010001' });
    expect(events.at(-1)).toEqual({ name: 'job.finished', job: done });
    expect(jm.list()).toEqual([done]);
  });

  it('respects maxConcurrent', async () => {
    const { jm } = setup(2);
    const gates = [deferred(), deferred(), deferred()];
    let running = 0;
    let peak = 0;
    const ids = gates.map((g) => jm.enqueue({ kind: 'export', title: 'x', run: async () => { running++; peak = Math.max(peak, running); await g.promise; running--; } }).id);
    await new Promise((r) => setTimeout(r, 10));
    expect(ids.map((id) => jm.get(id).state)).toEqual(['running', 'running', 'queued']);
    gates.forEach((g) => g.resolve());
    await jm.waitForIdle();
    expect(peak).toBe(2);
    expect(ids.map((id) => jm.get(id).state)).toEqual(['succeeded', 'succeeded', 'succeeded']);
  });

  it('cancels a running job through its AbortSignal and a queued one at once', async () => {
    const { jm } = setup(1);
    const running = jm.enqueue({ kind: 'scan', title: 'a', run: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason))) });
    const queued = jm.enqueue({ kind: 'scan', title: 'b', run: async () => {} });
    await new Promise((r) => setTimeout(r, 5));
    jm.cancel(queued.id);
    expect(jm.get(queued.id).state).toBe('cancelled');
    jm.cancel(running.id);
    expect(await jm.waitFor(running.id)).toMatchObject({ state: 'cancelled', error: null });
    await jm.waitForIdle();
  });

  it('records errors as WireErrors and hides unexpected ones', async () => {
    const { jm } = setup();
    const a = jm.enqueue({ kind: 'import', title: 'a', run: async () => { throw new AppError('import/corrupt-file', 'Tệp hỏng: a.jpg', { details: { fileName: 'a.jpg' } }); } });
    const b = jm.enqueue({ kind: 'import', title: 'b', run: async () => { throw new Error('secret 012345678901'); } });
    expect((await jm.waitFor(a.id)).error).toEqual({ code: 'import/corrupt-file', message: 'Tệp hỏng: a.jpg', retryable: false, details: { fileName: 'a.jpg' } });
    const fb = await jm.waitFor(b.id);
    expect(fb.state).toBe('failed');
    expect(fb.error?.code).toBe('internal/unexpected');
    expect(fb.error?.message).not.toContain('secret');
  });

  it('throws job/not-found for unknown ids', () => {
    const { jm } = setup();
    expect(() => jm.get('nope')).toThrow(expect.objectContaining({ code: 'job/not-found' }));
  });

  it('throttles progress to ≤ 10 events per second and always delivers the final snapshot', async () => {
    vi.useFakeTimers();
    const t0 = Date.now();
    const { jm, events } = setup();
    const job = jm.enqueue({
      kind: 'import', title: 'burst',
      run: async (ctx) => {
        // 2 000 updates over 2 s of fake time; the runner drives the clock itself.
        for (let i = 1; i <= 2000; i++) { ctx.progress({ done: i, total: 2000, note: `trang ${i}` }); if (i % 10 === 0) await vi.advanceTimersByTimeAsync(10); }
        return { pages: 2000 };
      },
    });
    const final = await jm.waitFor(job.id);
    const elapsed = Date.now() - t0;
    const progressed = events.filter((e) => e.name === 'job.progressed');
    expect(elapsed).toBe(2000);
    // ≤ 10/s over 2 s, plus the leading event and the flushed final one.
    expect(progressed.length).toBeLessThanOrEqual(22);
    expect(progressed.length).toBeGreaterThanOrEqual(15);
    expect(progressed.at(-1)!.job.progress).toEqual({ done: 2000, total: 2000, note: 'trang 2000' });
    expect(final.progress).toEqual({ done: 2000, total: 2000, note: 'trang 2000' });
    expect(events.at(-1)!.name).toBe('job.finished');
  });

  it('flushes a pending progress value when the job ends inside the throttle window', async () => {
    const { jm, events } = setup();
    const job = jm.enqueue({ kind: 'import', title: 'quick', run: async (ctx) => { ctx.progress({ done: 1 }); ctx.progress({ done: 2 }); ctx.progress({ done: 3, total: 3 }); } });
    await jm.waitFor(job.id);
    const progressed = events.filter((e) => e.name === 'job.progressed').map((e) => e.job.progress.done);
    expect(progressed).toEqual([1, 3]);
  });
});
