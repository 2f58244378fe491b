import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError, toWireError, type WireError } from '../../shared/errors/AppError';
import { copyFileDurable, moveFileDurable, writeFileAtomic } from '../fsutil/durable';
import { uniquePath } from './uniqueName';

/** What the `.json` sidecar next to a quarantined file records. */
export interface QuarantineRecord {
  originalPath: string;
  code: string;
  message: string;
  quarantinedAt: string;
  mode: 'move' | 'copy';
}

/**
 * Puts a rejected file into the quarantine folder with a `<file>.json` sidecar saying why. `copy` leaves the
 * user's original where it was (explicit imports); `move` takes it out of the hot folder. The file is written
 * durably before the source is removed, so it is never lost. Returns the quarantined file's path.
 */
export async function quarantineFile(srcPath: string, quarantineDir: string, error: AppError | WireError, mode: 'move' | 'copy', now: () => Date = () => new Date()): Promise<string> {
  const wire = error instanceof AppError ? error.toWire() : error instanceof Error ? toWireError(error) : error;
  await mkdir(quarantineDir, { recursive: true });
  const stamp = now().toISOString().replace(/[:.]/g, '-');
  const dest = await uniquePath(quarantineDir, `${stamp}_${basename(srcPath)}`);
  const record: QuarantineRecord = { originalPath: srcPath, code: wire.code, message: wire.message, quarantinedAt: now().toISOString(), mode };
  // Sidecar first: if we crash between the two writes, the reason is on disk and the original is untouched.
  await writeFileAtomic(`${dest}.json`, `${JSON.stringify(record, null, 2)}\n`);
  if (mode === 'move') await moveFileDurable(srcPath, dest);
  else await copyFileDurable(srcPath, dest);
  return dest;
}
