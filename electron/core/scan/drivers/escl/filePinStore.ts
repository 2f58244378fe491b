import { closeSync, copyFileSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PinStore } from './httpExchange';

type Pins = Map<string, string>;

/** The file's pins; a missing file is empty, a damaged one is set aside as `<file>.corrupt` and treated as empty. */
function readPins(path: string): Pins {
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch { return new Map(); }
  try {
    const data = JSON.parse(text) as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      const entries = Object.entries(data);
      if (entries.every(([, v]) => typeof v === 'string')) return new Map(entries as Array<[string, string]>);
    }
  } catch { /* falls through to the copy below */ }
  try { copyFileSync(path, `${path}.corrupt`); } catch { /* keeping the copy is best effort */ }
  console.warn(`[escl] Tệp ghim chứng chỉ ${path} bị hỏng: đã lưu bản sao .corrupt và bắt đầu lại từ đầu.`);
  return new Map();
}

function fsyncPath(path: string, flags: string): void {
  const fd = openSync(path, flags);
  try { fsyncSync(fd); } finally { closeSync(fd); }
}

/** Temp file + fsync + rename (+ directory fsync), so a crash leaves the old file or the new one, never half. */
function writePins(path: string, pins: Pins): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(Object.fromEntries(pins), null, 2)}\n`);
    fsyncSync(fd);
  } finally { closeSync(fd); }
  renameSync(tmp, path);
  try { fsyncPath(dirname(path), 'r'); } catch { /* Windows cannot open a directory; rename is enough there */ }
}

/**
 * TOFU certificate pins kept in a small JSON file (`{ deviceId: fingerprint }`) so they survive restarts of the
 * device host and the app. Read once; every new pin rewrites the file atomically. Never throws: a write that
 * fails keeps the pin for this process and is logged.
 */
export function filePinStore(path: string): PinStore {
  const pins = readPins(path);
  return {
    get: (id) => pins.get(id) ?? null,
    set: (id, fingerprint) => {
      pins.set(id, fingerprint);
      try { writePins(path, pins); } catch (err) { console.warn(`[escl] Không ghi được tệp ghim chứng chỉ ${path}:`, err); }
    },
  };
}
