/**
 * Leading + trailing throttle: at most one call per `intervalMs`, and the last value is always delivered.
 * Progress events use it at the source (≤ 10 events/s per job).
 */
export function throttle<T>(fn: (value: T) => void, intervalMs: number, now: () => number = Date.now) {
  let last = -Infinity;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = (value: T) => { last = now(); pending = null; fn(value); };
  const call = (value: T) => {
    const wait = last + intervalMs - now();
    if (wait <= 0 && timer === null) { fire(value); return; }
    pending = { value };
    timer ??= setTimeout(() => { timer = null; if (pending) fire(pending.value); }, Math.max(wait, 0));
  };
  /** Delivers a pending value at once (used when a job finishes so the final snapshot is never dropped). */
  call.flush = () => {
    if (timer) { clearTimeout(timer); timer = null; }
    if (pending) fire(pending.value);
  };
  return call;
}
