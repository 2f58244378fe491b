import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoreDeps } from '../handlers/CoreDeps';
import { writeFileAtomic } from '../fsutil/durable';
import { createLogger } from '../logging/createLogger';
import { getSettings } from '../services/settings';
import { buildDiagnostics, DEFAULT_PROBE } from './buildDiagnostics';
import type { ProbeOptions } from './probeDevices';

const log = createLogger('diagnostics');

/** Folder inside the outbox where bundles go (IT collects them from there). */
export const DIAGNOSTICS_FOLDER = 'chan-doan';

/** `2026-03-10T02:00:00.000Z` → `20260310-020000-000Z`: sortable and valid on every filesystem. */
export function fileStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-');
}

/**
 * Writes the support bundle to `<outbox>/chan-doan/tram-so-hoa-chan-doan-<timestamp>.json` atomically (a
 * half-written bundle never carries the final name) and returns where it went.
 */
export async function writeDiagnostics(deps: CoreDeps, probe: ProbeOptions = DEFAULT_PROBE): Promise<{ path: string; bytes: number }> {
  const bundle = await buildDiagnostics(deps, probe);
  const dir = join(getSettings(deps.store).outboxDir, DIAGNOSTICS_FOLDER);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `tram-so-hoa-chan-doan-${fileStamp(deps.store.now())}.json`);
  const json = `${JSON.stringify(bundle, null, 2)}\n`;
  await writeFileAtomic(path, json, { target: 'gói chẩn đoán' });
  log.info(`Đã ghi gói chẩn đoán ${path}`);
  return { path, bytes: Buffer.byteLength(json, 'utf8') };
}
