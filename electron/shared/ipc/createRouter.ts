import { api, type ApiSpec, type MethodOf, type Namespace, type OutputOf, type ParsedInputOf } from '../contract/api';
import { AppError, toWireError } from '../errors/AppError';
import { channelName, parseChannel } from './channelName';
import type { WireResult } from './WireResult';

/** Who is calling: the transport fills it; handlers read the signed-in user from `session`. */
export interface CallContext {
  origin: 'ipc' | 'bridge' | 'cli' | 'test';
  session: { userId: string | null };
}

export type Handlers = {
  [N in Namespace]: { [M in MethodOf<N>]: (input: ParsedInputOf<N, M>, ctx: CallContext) => Promise<OutputOf<N, M>> };
};

export interface Router {
  readonly channels: readonly string[];
  dispatch(channel: string, raw: unknown, ctx: CallContext): Promise<WireResult<unknown>>;
}

function issuesToText(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * Builds the transport-agnostic router: validates every input with the contract's zod schema, calls the handler,
 * and returns a WireResult. Errors never escape as exceptions: unknown ones become `internal/unexpected`.
 */
export function createRouter(handlers: Handlers, onUnexpected: (err: unknown, channel: string) => void = () => {}): Router {
  const channels: string[] = [];
  for (const ns of Object.keys(api) as Namespace[]) for (const method of Object.keys(api[ns])) channels.push(channelName(ns, method));

  async function dispatch(channel: string, raw: unknown, ctx: CallContext): Promise<WireResult<unknown>> {
    const parsed = parseChannel(channel);
    const spec = parsed ? (api as ApiSpec)[parsed.namespace]?.[parsed.method] : undefined;
    if (!parsed || !spec) return { ok: false, error: new AppError('ipc/unknown-channel', `Kênh không tồn tại: ${channel}`).toWire() };
    const input = spec.input.safeParse(raw ?? {});
    if (!input.success) {
      const issues = input.error.issues;
      return { ok: false, error: new AppError('ipc/invalid-input', `Dữ liệu không hợp lệ: ${issuesToText(issues)}`, { details: { issues: issues.map((i) => ({ path: i.path.map(String), message: i.message })) } }).toWire() };
    }
    const handler = (handlers as unknown as Record<string, Record<string, (i: unknown, c: CallContext) => Promise<unknown>>>)[parsed.namespace]![parsed.method]!;
    try {
      return { ok: true, value: await handler(input.data, ctx) };
    } catch (err) {
      if (!(err instanceof AppError)) onUnexpected(err, channel);
      return { ok: false, error: toWireError(err) };
    }
  }
  return { channels, dispatch };
}
