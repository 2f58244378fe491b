import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessageWorkerHost, type ChildLike } from '../../../../electron/core/host/MessageWorkerHost';
import type { FromHost, ToHost } from '../../../../electron/core/host/protocol';

/**
 * MessageWorkerHost against a scripted child: the adapter seam is the unit boundary. The real fork path (and
 * a real deviceHost) is covered by tests/integration/host/deviceHost.test.ts.
 */
let nextPid = 1000;

class FakeChild implements ChildLike {
  readonly pid = nextPid++;
  readonly sent: ToHost[] = [];
  kills = 0;
  closes = 0;
  /** False: kill() has no visible effect yet (a process stuck in uninterruptible vendor I/O). */
  dies = true;
  private gone = false;
  private readonly messageCbs: Array<(m: unknown) => void> = [];
  private readonly exitCbs: Array<(code: number | null, signal: string | null) => void> = [];

  send(msg: ToHost): void { this.sent.push(msg); }
  kill(): void { this.kills++; if (this.dies) queueMicrotask(() => this.exit(null, 'SIGKILL')); }
  close(): void { this.closes++; }
  onMessage(cb: (m: unknown) => void): void { this.messageCbs.push(cb); }
  onExit(cb: (code: number | null, signal: string | null) => void): void { this.exitCbs.push(cb); }

  emit(msg: FromHost | unknown): void { for (const cb of this.messageCbs) cb(msg); }
  exit(code: number | null, signal: string | null = null): void {
    if (this.gone) return;
    this.gone = true;
    for (const cb of this.exitCbs) cb(code, signal);
  }
  lastCall(): Extract<ToHost, { type: 'call' }> {
    const calls = this.sent.filter((m): m is Extract<ToHost, { type: 'call' }> => m.type === 'call');
    return calls[calls.length - 1]!;
  }
}

let children: FakeChild[];
let answerReady: boolean;

function makeHost(extra: { callTimeoutMs?: number; startTimeoutMs?: number } = {}) {
  const spawn = vi.fn(() => {
    const child = new FakeChild();
    children.push(child);
    // The real host says ready once it listens; a microtask later mirrors "after spawn".
    if (answerReady) queueMicrotask(() => child.emit({ type: 'ready', pid: child.pid }));
    return child;
  });
  const host = new MessageWorkerHost({ entry: { path: 'fake.js', execArgv: [] }, spawn, restartDelayMs: 100, ...extra });
  return { host, spawn };
}

/** Lets queued microtasks (ready handshake, rejections) run without moving the clock. */
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => { vi.useFakeTimers(); children = []; answerReady = true; });
afterEach(() => { vi.useRealTimers(); });

describe('MessageWorkerHost (fake child)', () => {
  it('posts seq-numbered calls, streams per-call events, resolves results and routes host-wide events and logs', async () => {
    const { host } = makeHost();
    const hostEvents: unknown[] = [];
    const logs: unknown[] = [];
    host.onEvent((name, payload) => hostEvents.push([name, payload]));
    host.onLog((level, args) => logs.push([level, args]));
    const streamed: unknown[] = [];
    const call = host.call('scan', [1], { onEvent: (name, payload) => streamed.push([name, payload]) });
    await flush();
    const child = children[0]!;
    const { seq } = child.lastCall();
    expect(child.lastCall()).toEqual({ type: 'call', seq, method: 'scan', args: [1] });
    child.emit({ type: 'event', seq, name: 'page', payload: 1 });
    child.emit({ type: 'event', name: 'device.changed', payload: 'x' });
    child.emit({ type: 'log', level: 'info', args: ['hello'] });
    child.emit({ nonsense: true });
    child.emit({ type: 'result', seq, ok: true, value: 'done' });
    await expect(call).resolves.toBe('done');
    expect(streamed).toEqual([['page', 1]]);
    expect(hostEvents).toEqual([['device.changed', 'x']]);
    expect(logs).toEqual([['info', ['hello']]]);
    expect(host.pid).toBe(child.pid);
  });

  it('turns an error result into an AppError without restarting', async () => {
    const { host, spawn } = makeHost();
    const call = host.call('x', []);
    await flush();
    const child = children[0]!;
    child.emit({ type: 'result', seq: child.lastCall().seq, ok: false, error: { code: 'driver/not-supported', message: 'no', retryable: false } });
    await expect(call).rejects.toMatchObject({ code: 'driver/not-supported', retryable: false });
    expect(spawn).toHaveBeenCalledTimes(1);
  });

  it('crash → pending calls fail host/crashed, the host restarts with growing delay until a call succeeds', async () => {
    const { host, spawn } = makeHost();
    const call = host.call('scan', []);
    await flush();
    children[0]!.exit(null, 'SIGSEGV');
    await expect(call).rejects.toMatchObject({ code: 'host/crashed', retryable: true });
    expect(host.pid).toBeNull();
    expect(host.restarts).toBe(1);

    await vi.advanceTimersByTimeAsync(99);
    expect(spawn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(spawn).toHaveBeenCalledTimes(2); // eager restart after restartDelayMs

    children[1]!.exit(1); // crashes again before any call succeeded: the delay doubles
    await vi.advanceTimersByTimeAsync(199);
    expect(spawn).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(spawn).toHaveBeenCalledTimes(3);
    expect(host.restarts).toBe(2);

    const ok = host.call('ping', []);
    await flush();
    children[2]!.emit({ type: 'result', seq: children[2]!.lastCall().seq, ok: true, value: 'pong' });
    await expect(ok).resolves.toBe('pong');
    children[2]!.exit(null, 'SIGKILL'); // a success reset the back-off
    await vi.advanceTimersByTimeAsync(100);
    expect(spawn).toHaveBeenCalledTimes(4);
  });

  it('a clean exit (code 0) fails pending calls but does not restart eagerly', async () => {
    const { host, spawn } = makeHost();
    const call = host.call('scan', []);
    await flush();
    children[0]!.exit(0);
    await expect(call).rejects.toMatchObject({ code: 'host/crashed' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(spawn).toHaveBeenCalledTimes(1);
    expect(host.restarts).toBe(0);
  });

  it('timeout → kills the silent child, fails its other calls as crashed and restarts once; events reset the timer', async () => {
    const { host, spawn } = makeHost({ callTimeoutMs: 1000 });
    const slow = host.call('scan', []);
    const other = host.call('getCaps', [], { timeoutMs: 60_000 });
    slow.catch(() => undefined);
    other.catch(() => undefined);
    await flush();
    const child = children[0]!;
    child.dies = false; // the restart must not wait for the hung child to actually go
    const slowSeq = child.sent.find((m) => m.type === 'call' && m.method === 'scan')!.seq;
    await vi.advanceTimersByTimeAsync(900);
    child.emit({ type: 'event', seq: slowSeq, name: 'page', payload: null }); // sign of life
    await vi.advanceTimersByTimeAsync(900);
    expect(child.kills).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    await expect(slow).rejects.toMatchObject({ code: 'host/timeout', retryable: true });
    await expect(other).rejects.toMatchObject({ code: 'host/crashed' });
    expect(child.kills).toBe(1);
    expect(host.pid).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(spawn).toHaveBeenCalledTimes(2);
    expect(host.pid).toBe(children[1]!.pid);
    child.exit(null, 'SIGKILL'); // finally gone: retired already, so not a second crash
    expect(host.restarts).toBe(1);
    expect(host.pid).toBe(children[1]!.pid);
  });

  it('abort sends cancel and fails the call job/cancelled without killing the child', async () => {
    const { host } = makeHost();
    const ac = new AbortController();
    const call = host.call('scan', [], { signal: ac.signal });
    await flush();
    const child = children[0]!;
    ac.abort();
    await expect(call).rejects.toMatchObject({ code: 'job/cancelled' });
    expect(child.sent.at(-1)).toEqual({ type: 'cancel', seq: child.lastCall().seq });
    child.emit({ type: 'result', seq: child.lastCall().seq, ok: true, value: 'late' }); // ignored
    expect(child.kills).toBe(0);
    await expect(host.call('x', [], { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'job/cancelled' });
  });

  it('a child that never says ready fails start with host/timeout and is killed; the next start spawns afresh', async () => {
    answerReady = false;
    const { host, spawn } = makeHost({ startTimeoutMs: 500 });
    const started = host.start();
    started.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(500);
    await expect(started).rejects.toMatchObject({ code: 'host/timeout' });
    expect(children[0]!.kills).toBe(1);
    answerReady = true;
    await host.start();
    expect(spawn).toHaveBeenCalledTimes(2);
  });

  it('stop asks the child to close, kills it after a grace period, and fails pending and later calls host/stopped', async () => {
    const { host } = makeHost();
    const call = host.call('scan', []);
    await flush();
    const child = children[0]!;
    const stopped = host.stop();
    await expect(call).rejects.toMatchObject({ code: 'host/stopped', retryable: false });
    expect(child.closes).toBe(1);
    expect(child.kills).toBe(0);
    await vi.advanceTimersByTimeAsync(3000);
    expect(child.kills).toBe(1);
    await stopped;
    await expect(host.call('x', [])).rejects.toMatchObject({ code: 'host/stopped' });
  });

  it('restart fails pending calls host/crashed at once, ends the child and spawns a fresh one with the env read again', async () => {
    let round = 0;
    const spawn = vi.fn((_entry: unknown, env: NodeJS.ProcessEnv) => {
      const child = new FakeChild();
      children.push(child);
      expect(env.ROUND).toBe(String(round));
      queueMicrotask(() => child.emit({ type: 'ready', pid: child.pid }));
      return child;
    });
    const host = new MessageWorkerHost({ entry: { path: 'fake.js', execArgv: [] }, spawn, env: () => ({ ROUND: String(round) }) });
    await host.restart(); // nothing running: no-op
    expect(spawn).not.toHaveBeenCalled();
    const call = host.call('scan', []);
    await flush();
    round = 1;
    const restarted = host.restart();
    await expect(call).rejects.toMatchObject({ code: 'host/crashed', retryable: true });
    expect(children[0]!.closes).toBe(1);
    children[0]!.exit(0);
    await restarted;
    expect(spawn).toHaveBeenCalledTimes(2);
    expect(host.restarts).toBe(0);
    const next = host.call('ping', []);
    await flush();
    children[1]!.emit({ type: 'result', seq: children[1]!.lastCall().seq, ok: true, value: 'pong' });
    await expect(next).resolves.toBe('pong');
  });
});
