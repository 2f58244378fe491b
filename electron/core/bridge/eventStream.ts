import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../events/EventBus';

/** 2026-01: proxies and idle sockets close silent connections after ~30–60 s; a comment every 15 s keeps it open. */
const HEARTBEAT_MS = 15_000;

/** Serves one Server-Sent Events stream forwarding every EventBus event as `data: {"name","payload"}`. */
export function openEventStream(req: IncomingMessage, res: ServerResponse, events: EventBus, onClose: (res: ServerResponse) => void): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n: connected\n\n');
  const off = events.on((name, payload) => {
    // One unserialisable payload must not end the stream.
    try { res.write(`data: ${JSON.stringify({ name, payload })}\n\n`); } catch (err) { console.error('[bridge] event not sent', err); }
  });
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const close = () => { clearInterval(heartbeat); off(); onClose(res); };
  req.on('close', close);
  res.on('error', close);
}
