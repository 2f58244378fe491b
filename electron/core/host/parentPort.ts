/** The host side of the message channel, whatever started us. `post` resolves once the message left. */
export interface HostPort {
  post(msg: unknown): Promise<void>;
  onMessage(listener: (msg: unknown) => void): void;
}

interface UtilityParentPort { postMessage(msg: unknown): void; on(ev: 'message', l: (e: { data: unknown }) => void): void }

/**
 * Lets one host entry run under both parents without importing electron: Electron's utility process exposes
 * `process.parentPort` (messages arrive as `{ data, ports }`), a forked child uses `process.on('message')` /
 * `process.send`. Returns null when started with neither (e.g. run by hand).
 */
export function getParentPort(): HostPort | null {
  const utility = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;
  if (utility) return { post: async (m) => utility.postMessage(m), onMessage: (l) => utility.on('message', (e) => l(e.data)) };
  const send = process.send?.bind(process);
  if (!send) return null;
  return { post: (m) => new Promise<void>((r) => { send(m, undefined, undefined, () => r()); }), onMessage: (l) => { process.on('message', l); } };
}
