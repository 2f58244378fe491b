import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors/AppError';
import { ColorMode } from '../../../shared/contract/models';
import { writeFileAtomic } from '../../fsutil/durable';
import type { RawPage } from '../drivers/ScanDriver';

/** A page's facts without its bytes: what crosses the host channel next to the staging file's path. */
export const StagedPageMeta = z.object({
  sourceName: z.string(),
  pageIndexInSource: z.number().int().min(0),
  format: z.enum(['jpeg', 'png']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  dpi: z.number().positive(),
  colorMode: ColorMode,
  byteLength: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type StagedPageMetaT = z.infer<typeof StagedPageMeta>;

/** The `page` event payload of the host's `scan` method. */
export const StagedPageEvent = z.object({ path: z.string().min(1), meta: StagedPageMeta });
export type StagedPageEventT = z.infer<typeof StagedPageEvent>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Host side: writes the page durably (temp + fsync + rename) and returns the event to send. */
export async function stagePage(stagingDir: string, runId: string, n: number, page: RawPage): Promise<StagedPageEventT> {
  const ext = page.format === 'jpeg' ? 'jpg' : 'png';
  const path = join(stagingDir, `${runId}-${String(n).padStart(5, '0')}.${ext}`);
  await writeFileAtomic(path, page.bytes);
  const { bytes, ...facts } = page;
  return { path, meta: { ...facts, byteLength: bytes.byteLength, sha256: sha256(bytes) } };
}

export function newRunId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Parent side: reads a staged page back and checks it is the page the host wrote. */
export async function readStagedPage(event: StagedPageEventT): Promise<RawPage> {
  const bytes = await readFile(event.path);
  if (bytes.byteLength !== event.meta.byteLength || sha256(bytes) !== event.meta.sha256) {
    throw new AppError('store/io', 'Trang vừa quét bị ghi thiếu trên đĩa. Hãy quét lại trang này.', { retryable: true, details: { path: event.path } });
  }
  const { byteLength: _len, sha256: _hash, ...facts } = event.meta;
  return { ...facts, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
