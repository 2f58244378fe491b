import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { writeFileAtomic } from '../fsutil/durable';

/** Preview sizes: thumbnails for the virtualized grid, a screen-sized view for the viewer. */
const VARIANTS = { thumb: { width: 160, quality: 70 }, full: { width: 1600, quality: 85 } } as const;
export type PreviewVariant = keyof typeof VARIANTS;

/**
 * Returns a JPEG preview of a page, cached on disk by content hash and variant, so a 500-page dossier decodes each
 * master once. Previews are derived data: losing the cache loses nothing.
 */
export async function pagePreview(cacheDir: string, masterPath: string, sha256: string, variant: PreviewVariant): Promise<Uint8Array> {
  const dir = join(cacheDir, variant, sha256.slice(0, 2));
  const file = join(dir, `${sha256}.jpg`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return cached;
  const { width, quality } = VARIANTS[variant];
  const bytes = await sharp(masterPath).rotate().resize({ width, withoutEnlargement: true }).jpeg({ quality, mozjpeg: true }).toBuffer();
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(file, bytes);
  return bytes;
}

export function toDataUrl(bytes: Uint8Array, mime = 'image/jpeg'): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}
