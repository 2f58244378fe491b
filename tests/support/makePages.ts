import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * Writes `count` distinct page images (A-series proportions, 100 dpi, JPEG) into `dir`: each carries its number
 * as text and a shade of its own, so every file has a different SHA-256.
 */
export async function makePages(dir: string, count: number, opts: { width?: number; prefix?: string } = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const width = opts.width ?? 420;
  const height = Math.round(width * 1.414);
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const shade = 200 + (i % 50);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="rgb(${shade},${shade},${shade})"/><text x="40" y="80" font-size="36" font-family="sans-serif">Trang ${i}</text><rect x="40" y="${100 + (i % 30) * 10}" width="${100 + i}" height="12" fill="#333"/></svg>`;
    const file = join(dir, `${opts.prefix ?? 'trang'}-${String(i).padStart(3, '0')}.jpg`);
    await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).withMetadata({ density: 100 }).toFile(file);
    files.push(file);
  }
  return files;
}
