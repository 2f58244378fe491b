import { api, type Namespace } from '../../../electron/shared/contract/api';
import { AppError } from '../../../electron/shared/errors/AppError';
import { createRouter, type CallContext, type Handlers, type Router } from '../../../electron/shared/ipc/createRouter';

/**
 * Transport checks only: a router whose handlers are stubs (auth.status and settings.get answer; everything else
 * says "not implemented"). Real behaviour is tested against the real core in tests/renderer.
 */
export function createStubRouter(seen: CallContext[] = []): Router {
  const handlers: Record<string, Record<string, (input: unknown, ctx: CallContext) => Promise<unknown>>> = {};
  for (const ns of Object.keys(api) as Namespace[]) {
    handlers[ns] = {};
    for (const method of Object.keys(api[ns])) {
      handlers[ns][method] = () => Promise.reject(new AppError('internal/unexpected', `stub: ${ns}.${method}`));
    }
  }
  handlers.auth!.status = async (_input, ctx) => { seen.push(ctx); return { needsSetup: true, user: null }; };
  handlers.settings!.get = async () => ({ hotFolder: null, outboxDir: '/tmp/outbox', language: 'vi' });
  handlers.procedures!.list = async (input) => { seen.push({ origin: 'test', session: { userId: JSON.stringify(input) } }); return []; };
  return createRouter(handlers as unknown as Handlers);
}
