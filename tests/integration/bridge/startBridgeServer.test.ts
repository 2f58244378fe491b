import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridgeServer, type BridgeServer } from '../../../electron/core/bridge/startBridgeServer';
import { createEventBus } from '../../../electron/core/events/EventBus';
import type { CallContext } from '../../../electron/shared/ipc/createRouter';
import { rawRequest } from './http';
import { createStubRouter } from './stubRouter';

let dir: string;
let bridge: BridgeServer;
const seen: CallContext[] = [];
const events = createEventBus();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bridge-'));
  const staticDir = path.join(dir, 'static');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Trạm Số hóa</title>');
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'secret.txt'), 'secret');
  await symlink(path.join(dir, 'secret.txt'), path.join(staticDir, 'link.txt'));
  bridge = await startBridgeServer({ router: createStubRouter(seen), events, staticDir });
});
afterAll(async () => {
  await bridge.close();
  await rm(dir, { recursive: true, force: true });
});

const ipc = (channel: string, body: unknown, token: string | null = bridge.token) =>
  rawRequest(`${bridge.url}ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-station-token': token }) },
    body: JSON.stringify(body),
  });

describe('loopback bridge: authentication and transport', () => {
  it('listens on 127.0.0.1 with a 32-byte token and a fragment URL', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(bridge.token).toMatch(/^[0-9a-f]{64}$/);
    expect(bridge.openUrl).toBe(`${bridge.url}#token=${bridge.token}`);
  });

  it('rejects calls without the token or with a wrong one (401)', async () => {
    expect((await ipc('ss:auth.status', {}, null)).status).toBe(401);
    expect((await ipc('ss:auth.status', {}, 'f'.repeat(64))).status).toBe(401);
    expect((await ipc('ss:auth.status', {}, 'short')).status).toBe(401);
  });

  it('dispatches POST /ipc/<channel> to the router with one bridge session', async () => {
    const res = await ipc('ss:auth.status', {});
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { needsSetup: true, user: null } });
    await ipc('ss:auth.status', {});
    expect(seen.at(-1)?.origin).toBe('bridge');
    expect(seen.at(-1)?.session).toBe(seen.at(-2)?.session);
  });

  it('returns WireResults for invalid input and unknown channels', async () => {
    const invalid = JSON.parse((await ipc('ss:procedures.list', { query: 5 })).body) as { ok: boolean; error: { code: string } };
    expect(invalid).toMatchObject({ ok: false, error: { code: 'ipc/invalid-input' } });
    const unknown = JSON.parse((await ipc('ss:nope.never', {})).body) as { ok: boolean; error: { code: string } };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'ipc/unknown-channel' } });
  });

  it('accepts JSON only, limits the body size and the method', async () => {
    const text = await rawRequest(`${bridge.url}ipc/ss:auth.status`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-station-token': bridge.token }, body: '{}' });
    expect(text.status).toBe(415);
    const big = await ipc('ss:procedures.list', { query: 'x'.repeat(21 * 1024 * 1024) });
    expect(big.status).toBe(413);
    const bad = await rawRequest(`${bridge.url}ipc/ss:auth.status`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-station-token': bridge.token }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect((await rawRequest(`${bridge.url}ipc/ss:auth.status`, { headers: { 'x-station-token': bridge.token } })).status).toBe(405);
  });

  it('refuses foreign Host headers (DNS rebinding) and cross-origin requests', async () => {
    const port = new URL(bridge.url).port;
    const rebind = await rawRequest(`${bridge.url}ipc/ss:auth.status`, { method: 'POST', headers: { host: `evil.example:${port}`, 'content-type': 'application/json', 'x-station-token': bridge.token }, body: '{}' });
    expect(rebind.status).toBe(421);
    const cross = await rawRequest(`${bridge.url}ipc/ss:auth.status`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/json', 'x-station-token': bridge.token }, body: '{}' });
    expect(cross.status).toBe(403);
  });
});

describe('loopback bridge: events and static files', () => {
  it('streams every EventBus event over SSE, only with the token', async () => {
    expect((await rawRequest(`${bridge.url}events`)).status).toBe(401);
    const ac = new AbortController();
    const res = await fetch(`${bridge.url}events?token=${bridge.token}`, { signal: ac.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const job = { id: 'j1', kind: 'import', state: 'running', title: 'Nhập', dossierCode: null, progress: { done: 1, total: 2, note: 'a.jpg' }, error: null, result: null, createdAt: '', updatedAt: '' } as const;
    setTimeout(() => events.emit('job.progressed', job), 50);
    let text = '';
    while (!text.includes('job.progressed')) text += new TextDecoder().decode((await reader.read()).value);
    const line = text.split('\n').find((l) => l.startsWith('data: '))!;
    expect(JSON.parse(line.slice(6))).toEqual({ name: 'job.progressed', payload: job });
    ac.abort();
  });

  it('serves the built renderer with a strict CSP', async () => {
    const res = await rawRequest(bridge.url);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Trạm Số hóa');
    const csp = String(res.headers['content-security-policy']);
    for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "img-src 'self' data:"]) expect(csp).toContain(d);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await rawRequest(`${bridge.url}assets/app.js`)).headers['content-type']).toContain('text/javascript');
  });

  it('makes path traversal impossible', async () => {
    for (const p of ['../secret.txt', '%2e%2e/secret.txt', '%2e%2e%2fsecret.txt', 'assets/..%2f..%2fsecret.txt', '..%5csecret.txt', 'link.txt', '%00', 'assets']) {
      const res = await rawRequest(`${bridge.url}${p}`);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });
});
