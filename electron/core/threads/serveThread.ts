import { parentPort, type Transferable } from 'node:worker_threads';
import { AppError } from '../../shared/errors/AppError';
import type { ThreadReply } from './ThreadPool';

/** Worker side of ThreadPool: answers each request with `handle`'s value (transferring its buffers) or a typed error. */
export function serveThread<Req, Res>(handle: (req: Req) => Promise<{ value: Res; transfer?: Transferable[] }>): void {
  const port = parentPort;
  if (!port) throw new Error('serveThread must run inside a worker thread.');
  port.on('message', (req: Req) => {
    handle(req).then(
      ({ value, transfer }) => port.postMessage({ ok: true, value } satisfies ThreadReply<Res>, transfer ?? []),
      (err: unknown) => {
        const appError = err instanceof AppError;
        const error = { code: appError ? err.code : 'internal/unexpected', message: err instanceof Error ? err.message : String(err), appError };
        port.postMessage({ ok: false, error } satisfies ThreadReply<Res>);
      },
    );
  });
}
