/** `ss:${namespace}.${method}`: the only channel names; the preload rejects anything without the prefix. */
export const CHANNEL_PREFIX = 'ss:';
export function channelName(namespace: string, method: string): string {
  return `${CHANNEL_PREFIX}${namespace}.${method}`;
}
export function parseChannel(channel: string): { namespace: string; method: string } | null {
  const m = /^ss:([a-zA-Z]+)\.([a-zA-Z]+)$/.exec(channel);
  return m ? { namespace: m[1]!, method: m[2]! } : null;
}
