import { AppError } from '../../shared/errors/AppError';
import type { HostMethod } from './serveHost';

/** True when fault injection is allowed: under vitest (NODE_ENV=test) or with STATION_TEST_HOOKS=1, never in production. */
export function testHooksEnabled(): boolean {
  return process.env.NODE_ENV === 'test' || process.env.STATION_TEST_HOOKS === '1';
}

/** Methods that let tests exercise timeouts, cancellation and crashes of a real host. */
export const testHostMethods: Record<string, HostMethod> = {
  __sleep: (args, ctx) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve({ slept: Number(args[0]) }), Number(args[0]));
    ctx.signal.addEventListener('abort', () => { clearTimeout(timer); reject(new AppError('job/cancelled', 'Đã hủy theo yêu cầu.')); }, { once: true });
  }),
  __crash: async () => { process.kill(process.pid, 'SIGKILL'); return null; },
};
