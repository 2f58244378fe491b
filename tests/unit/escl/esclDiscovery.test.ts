import dnsPacket from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { parseEsclServices, type MdnsPacket } from '../../../electron/core/scan/drivers/escl/esclDiscovery';
import { parseUrlList } from '../../../electron/core/scan/drivers/escl/EsclScanDriver';

/** Encodes then decodes, so the parser sees exactly what multicast-dns hands over from the wire. */
function wire(answers: dnsPacket.Answer[], additionals: dnsPacket.Answer[] = []): MdnsPacket {
  return dnsPacket.decode(dnsPacket.encode({ type: 'response', id: 0, flags: dnsPacket.AUTHORITATIVE_ANSWER, answers, additionals })) as MdnsPacket;
}

const txt = (pairs: Record<string, string>): dnsPacket.Answer => ({ name: '', type: 'TXT', data: Object.entries(pairs).map(([k, v]) => `${k}=${v}`) });

function printer(instance: string, service: string, host: string, port: number, ip: string, pairs: Record<string, string>): dnsPacket.Answer[] {
  const full = `${instance}.${service}`;
  return [
    { name: service, type: 'PTR', ttl: 4500, data: full },
    { name: full, type: 'SRV', ttl: 120, data: { target: host, port, priority: 0, weight: 0 } },
    { ...txt(pairs), name: full, ttl: 4500 } as dnsPacket.Answer,
    { name: host, type: 'A', ttl: 120, data: ip },
  ];
}

describe('parseEsclServices', () => {
  it('builds the URL from the A record, the SRV port and rs; id from the TXT uuid; name from ty', () => {
    const p = wire(printer('HP LaserJet MFP M28w [123456]', '_uscan._tcp.local', 'HP123456.local', 8080, '192.168.1.31', {
      txtvers: '1', ty: 'HP LaserJet MFP M28w', rs: 'eSCL', uuid: '564E4333-4B31-3233-3435-A0B3CC123456', is: 'platen', duplex: 'F',
    }));
    expect(parseEsclServices([p])).toEqual([{ id: '564e4333-4b31-3233-3435-a0b3cc123456', name: 'HP LaserJet MFP M28w', url: 'http://192.168.1.31:8080/eSCL' }]);
  });

  it('joins records that arrive in separate packets (PTR first, SRV/TXT/A later, as additionals)', () => {
    const [ptr, srv, t, a] = printer('Canon iR2630', '_uscans._tcp.local', 'canon.local', 443, '10.0.0.9', { ty: 'Canon iR2630', rs: '/eSCL/', uuid: 'urn:uuid:00000000-0000-1000-8000-f4a997123456' });
    const first = wire([ptr!]);
    expect(parseEsclServices([first])).toEqual([]);
    const second = wire([srv!, t!], [a!]);
    expect(parseEsclServices([first, second])).toEqual([{ id: '00000000-0000-1000-8000-f4a997123456', name: 'Canon iR2630', url: 'https://10.0.0.9:443/eSCL' }]);
  });

  it('de-duplicates a device on both services (HTTPS kept) and across repeated answers', () => {
    const pairs = { ty: 'Epson WF-3520', rs: 'eSCL', uuid: 'cfe92100-67c4-11d4-a45f-9caed3a0b1c2' };
    const http = wire(printer('EPSON WF-3520', '_uscan._tcp.local', 'EPSON.local', 80, '192.168.1.40', pairs));
    const https = wire(printer('EPSON WF-3520', '_uscans._tcp.local', 'EPSON.local', 443, '192.168.1.40', pairs));
    const out = parseEsclServices([http, https, http]);
    expect(out).toEqual([{ id: 'cfe92100-67c4-11d4-a45f-9caed3a0b1c2', name: 'Epson WF-3520', url: 'https://192.168.1.40:443/eSCL' }]);
  });

  it('uses a routable AAAA record, skips link-local only hosts, falls back to the URL as id and the instance as name', () => {
    const v6 = wire([
      { name: '_uscan._tcp.local', type: 'PTR', data: 'Brother MFC._uscan._tcp.local' },
      { name: 'Brother MFC._uscan._tcp.local', type: 'SRV', data: { target: 'brother.local', port: 80 } },
      { name: 'brother.local', type: 'AAAA', data: '2001:db8::5' },
    ]);
    expect(parseEsclServices([v6])).toEqual([{ id: 'http://[2001:db8::5]:80/eSCL', name: 'Brother MFC', url: 'http://[2001:db8::5]:80/eSCL' }]);
    const linkLocal = wire([
      { name: '_uscan._tcp.local', type: 'PTR', data: 'X._uscan._tcp.local' },
      { name: 'X._uscan._tcp.local', type: 'SRV', data: { target: 'x.local', port: 80 } },
      { name: 'x.local', type: 'AAAA', data: 'fe80::1' },
    ]);
    expect(parseEsclServices([linkLocal])).toEqual([]);
  });

  it('ignores unrelated services and malformed records', () => {
    const other = wire([{ name: '_ipp._tcp.local', type: 'PTR', data: 'Printer._ipp._tcp.local' }]);
    expect(parseEsclServices([other, {}, { answers: [{ name: '_uscan._tcp.local', type: 'PTR', data: 42 }] }])).toEqual([]);
  });
});

describe('parseUrlList', () => {
  it('keeps http(s) URLs from a comma-separated list', () => {
    expect(parseUrlList(' http://192.168.1.20:80/eSCL, ,ftp://x, https://10.0.0.2/eSCL,junk')).toEqual(['http://192.168.1.20:80/eSCL', 'https://10.0.0.2/eSCL']);
    expect(parseUrlList(undefined)).toEqual([]);
  });
});
