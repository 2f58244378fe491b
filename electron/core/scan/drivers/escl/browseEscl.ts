import multicastDns from 'multicast-dns';
import { parseEsclServices, USCAN, USCANS, type DiscoveredEsclDevice, type MdnsPacket } from './esclDiscovery';

/** Query schedule (RFC 6762 §5.2): now, then after 1 s, 2 s, 4 s, … until the deadline. */
const FIRST_GAP_MS = 1_000;
/** Responses kept for parsing; a busy office LAN must not grow this without bound. */
const MAX_PACKETS = 2_000;

/**
 * Browses `_uscan._tcp` / `_uscans._tcp` for `timeoutMs` and yields each device once, as soon as its PTR, SRV,
 * TXT and address records have all arrived (they may come in separate packets). Stops early on abort.
 */
export async function* browseEscl(timeoutMs: number, signal: AbortSignal): AsyncGenerator<DiscoveredEsclDevice> {
  const mdns = multicastDns();
  const packets: MdnsPacket[] = [];
  const seen = new Set<string>();
  const queue: DiscoveredEsclDevice[] = [];
  let wake: (() => void) | null = null;
  const poke = (): void => { const w = wake; wake = null; w?.(); };
  mdns.on('response', (packet: MdnsPacket) => {
    if (packets.length >= MAX_PACKETS) return;
    packets.push(packet);
    for (const d of parseEsclServices(packets)) if (!seen.has(d.id)) { seen.add(d.id); queue.push(d); }
    poke();
  });
  mdns.on('error', () => undefined); // no multicast route (VPN, airplane mode): discovery simply finds nothing
  const ask = (): void => mdns.query({ questions: [{ name: USCAN, type: 'PTR' }, { name: USCANS, type: 'PTR' }] });
  const deadline = Date.now() + timeoutMs;
  let gap = FIRST_GAP_MS;
  let nextQuery = Date.now();
  const onAbort = (): void => poke();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    while (!signal.aborted && Date.now() < deadline) {
      if (Date.now() >= nextQuery) { ask(); nextQuery = Date.now() + gap; gap *= 2; }
      while (queue.length > 0) yield queue.shift()!;
      const wait = Math.max(0, Math.min(nextQuery, deadline) - Date.now());
      await new Promise<void>((resolve) => { const t = setTimeout(resolve, wait); wake = () => { clearTimeout(t); resolve(); }; });
    }
    while (queue.length > 0 && !signal.aborted) yield queue.shift()!;
  } finally {
    signal.removeEventListener('abort', onAbort);
    mdns.destroy();
  }
}
