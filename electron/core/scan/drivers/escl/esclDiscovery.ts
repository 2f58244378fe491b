import { normalizeUuid } from './esclXml';

/*
 * DNS-SD over mDNS for `_uscan._tcp` (HTTP) and `_uscans._tcp` (HTTPS), scanning.md §3.1. The parsing is a pure
 * function over decoded packets (tested with dns-packet-encoded responses); `browseEscl` only does the I/O.
 */

export const USCAN = '_uscan._tcp.local';
export const USCANS = '_uscans._tcp.local';

/** The parts of a decoded DNS record we read (structurally what multicast-dns / dns-packet produce). */
export interface MdnsRecord {
  name: string;
  type: string;
  data?: unknown;
}

export interface MdnsPacket {
  answers?: MdnsRecord[];
  additionals?: MdnsRecord[];
}

export interface DiscoveredEsclDevice {
  /** uuid from TXT (normalised), or the URL when the device gives none. */
  id: string;
  name: string;
  /** e.g. `http://192.168.1.20:80/eSCL`, built from the A/AAAA record, never the packet's source address. */
  url: string;
}

const lc = (s: string): string => s.toLowerCase().replace(/\.$/, '');

function txtMap(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const parts = Array.isArray(data) ? data : [data];
  for (const p of parts) {
    const s = Buffer.isBuffer(p) ? p.toString('utf8') : typeof p === 'string' ? p : '';
    const eq = s.indexOf('=');
    if (eq > 0) out.set(s.slice(0, eq).toLowerCase(), s.slice(eq + 1));
  }
  return out;
}

function isSrv(d: unknown): d is { target: string; port: number } {
  return typeof d === 'object' && d !== null && typeof (d as { target?: unknown }).target === 'string' && typeof (d as { port?: unknown }).port === 'number';
}

/** IPv4 first (no zone-id problems); link-local IPv6 is unusable in a URL without the interface, so skipped. */
function pickAddress(addrs: string[]): string | null {
  const v4 = addrs.find((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a));
  if (v4) return v4;
  const v6 = addrs.find((a) => a.includes(':') && !/^fe80:/i.test(a));
  return v6 ? `[${v6}]` : null;
}

/** Indexes every record of every packet by lower-case owner name. */
function indexRecords(packets: readonly MdnsPacket[]): Map<string, MdnsRecord[]> {
  const byName = new Map<string, MdnsRecord[]>();
  for (const p of packets) {
    for (const r of [...(p.answers ?? []), ...(p.additionals ?? [])]) {
      if (typeof r?.name !== 'string' || typeof r.type !== 'string') continue;
      const key = lc(r.name);
      byName.set(key, [...(byName.get(key) ?? []), r]);
    }
  }
  return byName;
}

function deviceFor(instance: string, secure: boolean, byName: Map<string, MdnsRecord[]>): DiscoveredEsclDevice | null {
  const recs = byName.get(lc(instance)) ?? [];
  const srv = recs.find((r) => r.type === 'SRV' && isSrv(r.data))?.data as { target: string; port: number } | undefined;
  if (!srv || srv.port <= 0 || srv.port > 65535) return null;
  const txt = txtMap(recs.find((r) => r.type === 'TXT')?.data);
  const addrs = (byName.get(lc(srv.target)) ?? []).filter((r) => (r.type === 'A' || r.type === 'AAAA') && typeof r.data === 'string').map((r) => r.data as string);
  const host = pickAddress(addrs);
  if (!host) return null;
  const rs = (txt.get('rs') ?? 'eSCL').replace(/^\/+|\/+$/g, '');
  const url = `${secure ? 'https' : 'http'}://${host}:${srv.port}/${rs}`;
  const name = txt.get('ty')?.trim() || instance.split('._')[0] || url;
  return { id: normalizeUuid(txt.get('uuid')) ?? url, name, url };
}

/**
 * Every eSCL device the packets describe, de-duplicated by id. A device advertised on both services keeps its
 * HTTPS entry: citizens' documents should not cross the office LAN in clear when the device can encrypt.
 */
export function parseEsclServices(packets: readonly MdnsPacket[]): DiscoveredEsclDevice[] {
  const byName = indexRecords(packets);
  const found = new Map<string, DiscoveredEsclDevice>();
  for (const [service, secure] of [[USCANS, true], [USCAN, false]] as const) {
    for (const ptr of byName.get(service) ?? []) {
      if (ptr.type !== 'PTR' || typeof ptr.data !== 'string') continue;
      const dev = deviceFor(ptr.data, secure, byName);
      if (dev && !found.has(dev.id)) found.set(dev.id, dev);
    }
  }
  return [...found.values()];
}
