/** The simulator's error answers and fault knobs, each as a client would meet it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPageNumber, scanSettingsXml } from '../../support/escl/startEsclSimulator.js';
import { createJob, getText, nextDocument, postJob, tag, useSimulatorPerTest } from './esclTestClient.js';

const start = useSimulatorPerTest(afterEach);

async function statuses(job: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await nextDocument(job)).status);
  return out;
}

describe('eSCL simulator: errors', () => {
  it('answers 404 after the last feeder page and keeps answering it', async () => {
    const s = await start({ adfPages: 1 });
    const job = await createJob(s, { source: 'Feeder' });
    expect(await statuses(job, 3)).toEqual([200, 404, 404]);
  });

  it('answers 410 after DELETE and shows the job Canceled', async () => {
    const s = await start({ adfPages: 3 });
    const job = await createJob(s, { source: 'Feeder' });
    expect((await nextDocument(job)).status).toBe(200);
    expect((await fetch(job, { method: 'DELETE' })).status).toBe(200);
    expect((await nextDocument(job)).status).toBe(410);
    expect(tag((await getText(`${s.url}/ScannerStatus`)).text, 'JobState')).toBe('Canceled');
    expect(s.state.adfPages).toBe(2); // the cancelled job only took the sheet it delivered
  });

  it('refuses a Feeder job with 409 when the feeder is empty or absent; the platen still works', async () => {
    let s = await start({ adfPages: 0 });
    expect((await postJob(s, { source: 'Feeder' })).status).toBe(409);
    expect((await postJob(s, { source: 'Platen' })).status).toBe(201);
    await s.close();
    s = await start({ quirks: { platenOnly: true } });
    expect((await postJob(s, { source: 'Feeder' })).status).toBe(409);
    expect((await postJob(s, { source: 'Feeder', duplex: true })).status).toBe(409);
  });

  it('answers 503 to a second job while one is active', async () => {
    const s = await start();
    const first = await createJob(s);
    expect((await postJob(s)).status).toBe(503);
    await fetch(first, { method: 'DELETE' });
    expect((await postJob(s)).status).toBe(201);
  });

  it.each([
    ['malformed XML', '<scan:ScanSettings xmlns:scan="x"><scan:ColorMode>RGB24</scan:ScanSettings>'],
    ['wrong root', '<?xml version="1.0"?><Other/>'],
    ['empty body', ''],
    ['unsupported resolution', scanSettingsXml({ dpi: 600 })],
    ['unknown colour mode', scanSettingsXml().replace('RGB24', 'CMYK32')],
    ['duplex on the platen', scanSettingsXml({ source: 'Platen', duplex: true })],
    ['region off the glass', scanSettingsXml({ region: { x: 100, width: 2550, height: 100 } })],
  ])('answers 400 to %s', async (_name, body) => {
    const s = await start();
    const res = await postJob(s, body);
    expect(res.status).toBe(400);
    expect(s.state.jobs.size).toBe(0);
  });

  it('answers 413 to an oversized body and 400 to garbage on the socket', async () => {
    const s = await start();
    expect((await postJob(s, 'x'.repeat(200 * 1024))).status).toBe(413);
    const { port } = new URL(s.url);
    const reply = await new Promise<string>((resolve) => {
      const sock = net.connect(Number(port), '127.0.0.1', () => sock.write('NOT HTTP\r\n\r\n'));
      let data = '';
      sock.on('data', (d) => (data += d.toString()));
      sock.on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
  });
});

describe('eSCL simulator: fault knobs', () => {
  it('jamAtPage: 503, then ScannerAdfJam + Aborted + 410; setAdfPages clears the jam', async () => {
    const s = await start({ adfPages: 3, jamAtPage: 2 });
    const job = await createJob(s, { source: 'Feeder' });
    expect(await statuses(job, 2)).toEqual([200, 503]);
    const st = (await getText(`${s.url}/ScannerStatus`)).text;
    expect([tag(st, 'State'), tag(st, 'AdfState'), tag(st, 'JobState')]).toEqual(['Stopped', 'ScannerAdfJam', 'Aborted']);
    expect((await nextDocument(job)).status).toBe(410);
    expect((await postJob(s, { source: 'Feeder' })).status).toBe(409);
    s.setAdfPages(2);
    const again = await createJob(s, { source: 'Feeder' });
    expect(await statuses(again, 3)).toEqual([200, 200, 404]); // the jam fires once
  });

  it('slowMs: 503 until each page is ready', async () => {
    const s = await start({ slowMs: 150 });
    const job = await createJob(s);
    expect((await nextDocument(job)).status).toBe(503);
    await new Promise((r) => setTimeout(r, 200));
    expect((await nextDocument(job)).status).toBe(200);
  });

  it('busy503Count: that many 503s before every page', async () => {
    const s = await start({ adfPages: 2, busy503Count: 2 });
    const job = await createJob(s, { source: 'Feeder' });
    expect(await statuses(job, 7)).toEqual([503, 503, 200, 503, 503, 200, 404]);
  });

  it('disconnectAtPage: the socket dies mid-body once, a retry delivers the same page', async () => {
    const s = await start({ adfPages: 2, disconnectAtPage: 1 });
    const job = await createJob(s, { source: 'Feeder' });
    await expect(nextDocument(job)).rejects.toThrow();
    const retry = await nextDocument(job);
    expect(retry.status).toBe(200);
    expect(await readPageNumber(retry.body)).toBe(1);
    expect(s.state.requests.filter((r) => r.path.endsWith('/NextDocument')).map((r) => r.status)).toEqual([0, 200]);
  });

  it('quirks: spurious 404 once, 410 once at a page, bogus Location host', async () => {
    const s = await start({ adfPages: 3, quirks: { spurious404Once: true, gone410AtPage: 2, bogusLocationHost: true } });
    const res = await postJob(s, { source: 'Feeder' });
    const location = new URL(res.headers.get('location') ?? '');
    expect(location.hostname).toBe('bogus-host.invalid');
    const job = new URL(location.pathname, s.url).href; // what a client must do (guide §3.3)
    expect(tag((await getText(`${s.url}/ScannerStatus`)).text, 'AdfState')).toBe('ScannerAdfProcessing');
    expect(await statuses(job, 6)).toEqual([404, 200, 410, 200, 200, 404]);
  });
});

describe('eSCL simulator: TLS', () => {
  it('serves HTTPS with the given certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'escl-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const s = await start({ tls: { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert } });
    expect(s.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/eSCL$/);
    const body = await new Promise<string>((resolve, reject) => {
      https.get(`${s.url}/ScannerCapabilities`, { ca: cert, agent: false }, (res) => {
        let data = '';
        res.on('data', (d) => (data += d.toString()));
        res.on('end', () => resolve(data));
      }).on('error', reject);
    });
    expect(tag(body, 'Version')).toBe('2.63');
  });
});
