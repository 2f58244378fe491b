import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EsclClient } from '../../../electron/core/scan/drivers/escl/EsclClient';
import { runEsclJob } from '../../../electron/core/scan/drivers/escl/esclJob';
import { isAppError } from '../../../electron/shared/errors/AppError';
import { seededRandom } from '../../support/seededRandom';

/*
 * Hostile and broken devices: every call must settle (resolve, or reject with a typed AppError) within its
 * deadline. A tiny local server plays the device; each case sets `handler`.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_q, res) => res.end();
let server: Server;
let base = '';
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((req, res) => { req.resume(); try { handler(req, res); } catch { res.destroy(); } });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => undefined); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/eSCL`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => server.close(() => r()));
});


const fixture = (n: string): Buffer => readFileSync(join(__dirname, '../../fixtures/escl', n));
const DOCS = [fixture('hp-capabilities.xml'), fixture('canon-capabilities.xml'), fixture('epson-capabilities.xml'), fixture('status-jam.xml')];
const SNIPPETS = ['<', '>', '&', '&lol;', '</', '<!DOCTYPE x>', '<![CDATA[', ']]>', '\0', '"', "'", '<scan:Platen>', '</scan:Adf>', '<?xml ?>', '\uFFFD', '-1', '99999999999'];

/** One mutated document: truncation, byte flips, snippet insertions, or a block duplicated. */
function mutate(doc: Buffer, rnd: () => number): Buffer {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let out = Buffer.from(doc);
  const ops = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < ops; i++) {
    const at = Math.floor(rnd() * out.length);
    const kind = Math.floor(rnd() * 4);
    if (kind === 0) out = out.subarray(0, at);
    else if (kind === 1) { out = Buffer.from(out); for (let k = 0; k < 1 + rnd() * 8; k++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256); }
    else if (kind === 2) out = Buffer.concat([out.subarray(0, at), Buffer.from(pick(SNIPPETS)), out.subarray(at)]);
    else { const len = Math.floor(rnd() * 400); out = Buffer.concat([out.subarray(0, at + len), out.subarray(at, at + len), out.subarray(at + len)]); }
  }
  return out;
}

const xmlAnswer = (body: Buffer | string, type = 'text/xml'): Handler => (_q, res) => { res.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) }); res.end(body); };

const BOMB = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') + ']><ScannerStatus><State>&lol9;</State></ScannerStatus>';

/** Special answers: hostile bodies and broken HTTP. */
const SPECIALS: Record<string, Handler> = {
  'billion laughs': xmlAnswer(BOMB),
  'deep nesting': xmlAnswer('<a>'.repeat(200_000) + '</a>'.repeat(200_000)),
  'invalid utf-8': xmlAnswer(Buffer.concat([Buffer.from('<ScannerStatus><State>'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('</State></ScannerStatus>')])),
  'wrong content-type, html': xmlAnswer('<html><body>Login required</body></html>', 'text/html'),
  'json': xmlAnswer('{"State":"Idle"}', 'application/json'),
  'empty 200': xmlAnswer(''),
  '50 MB body': (_q, res) => {
    res.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Length': 50 * 1024 * 1024 });
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    let sent = 0;
    const pump = (): void => { while (sent < 50 && res.write(chunk)) sent++; if (sent < 50 && !res.destroyed) res.once('drain', () => { sent++; pump(); }); else res.end(); };
    pump();
  },
  'socket destroyed mid-body': (_q, res) => { res.writeHead(200, { 'Content-Length': 5000 }); res.write('<ScannerStatus><State>Id'); setTimeout(() => res.socket?.destroy(), 10); },
  'content-length larger than body': (_q, res) => { res.writeHead(200, { 'Content-Length': 10_000 }); res.end('<ScannerStatus><State>Idle</State></ScannerStatus>'); setTimeout(() => res.socket?.end(), 10); },
  'never-ending body': (_q, res) => { res.writeHead(200, { 'Content-Type': 'text/xml' }); const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write('<a>')), 20); res.on('close', () => clearInterval(t)); },
  'no response at all': () => undefined,
  'headers then silence': (_q, res) => { res.writeHead(200, { 'Content-Length': 100 }); res.flushHeaders(); },
  '500 with garbage': (_q, res) => { res.writeHead(500); res.end('\u0000\u0001garbage'); },
  'raw garbage instead of HTTP': (q) => { q.socket.end('NOT HTTP AT ALL\r\n\r\n'); },
};

const LIMIT_MS = 400;
const client = (): EsclClient => new EsclClient({ baseUrl: base, deviceId: 'fuzz', deviceName: 'fuzz', timings: { connectMs: LIMIT_MS, requestMs: LIMIT_MS, nextDocumentMs: LIMIT_MS, retryDelayMs: 1, spuriousWaitMs: 1, deleteMs: 100 } });

/** Settles within `ms` and either resolves or rejects with a typed AppError. */
async function expectSettles(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((r) => { timer = setTimeout(() => r('hang'), ms); });
  const outcome = await Promise.race([p.then(() => 'ok', (e: unknown) => e), hang]);
  clearTimeout(timer);
  expect(outcome).not.toBe('hang');
  if (outcome !== 'ok') {
    expect(isAppError(outcome), String(outcome)).toBe(true);
    expect((outcome as { code: string }).code).toMatch(/^device\//);
  }
}

let cases = 0;

describe('eSCL client fuzz: hostile XML and broken HTTP', () => {
  it('240 seeded mutations of real capability and status documents', async () => {
    const rnd = seededRandom(0xe5c1);
    for (let i = 0; i < 240; i++) {
      const doc = mutate(DOCS[i % DOCS.length]!, rnd);
      handler = xmlAnswer(doc);
      await expectSettles(i % 2 === 0 ? client().capabilities() : client().status(), LIMIT_MS * 3);
      cases++;
    }
  });

  it.each(Object.keys(SPECIALS))('%s: capabilities and status settle with a typed error or a value', async (name) => {
    handler = SPECIALS[name]!;
    await expectSettles(client().capabilities(), LIMIT_MS * 4);
    await expectSettles(client().status(), LIMIT_MS * 4);
    cases += 2;
  });

  it('60 seeded NextDocument scripts: random statuses, bodies and status documents', async () => {
    const rnd = seededRandom(0x5ca7);
    const statuses = [200, 201, 404, 409, 410, 500, 503, 503, 503];
    for (let i = 0; i < 60; i++) {
      handler = (req, res) => {
        const url = req.url ?? '';
        if (req.method === 'POST') { res.writeHead(rnd() < 0.8 ? 201 : 409, { Location: rnd() < 0.5 ? 'http://evil.example/eSCL/ScanJobs/1' : '/weird' }); res.end(); return; }
        if (url.endsWith('ScannerStatus')) { xmlAnswer(rnd() < 0.5 ? DOCS[3]! : mutate(DOCS[3]!, rnd))(req, res); return; }
        if (rnd() < 0.1) { SPECIALS[Object.keys(SPECIALS)[Math.floor(rnd() * 14)]!]!(req, res); return; }
        const status = statuses[Math.floor(rnd() * statuses.length)]!;
        res.writeHead(status, { 'Content-Type': 'image/jpeg' });
        res.end(status === 200 ? Buffer.from([0xff, 0xd8, Math.floor(rnd() * 256)]) : '');
      };
      const ac = new AbortController();
      const run = (async () => { let n = 0; for await (const _d of runEsclJob(client(), '<x/>', rnd() < 0.5, ac.signal)) if (++n > 20) break; })();
      await expectSettles(run, 15_000);
      cases++;
    }
  }, 120_000);

  it('counts the cases', () => {
    expect(cases).toBeGreaterThanOrEqual(240 + 28 + 60);
  });
});
