import { expect } from 'vitest';

/** `expect.poll` with a timeout suited to a browser + core on a loaded CI machine (vitest's default is 1 s). */
export function poll<T>(fn: () => Promise<T> | T, timeout = 15_000) {
  return expect.poll(fn, { timeout, interval: 100 });
}
