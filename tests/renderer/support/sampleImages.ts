import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

/** A page-like JPEG: white sheet, a coloured title band and "Trang N" text, distinct per index (no duplicates). */
export async function writeSamplePage(file: string, index: number, size = { width: 620, height: 877 }): Promise<void> {
  const hue = (index * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    <rect x="40" y="40" width="${size.width - 80}" height="70" fill="hsl(${hue},55%,45%)"/>
    <text x="60" y="88" font-family="sans-serif" font-size="34" fill="#fff">Trang ${index}</text>
    ${Array.from({ length: 14 }, (_, i) => `<rect x="60" y="${150 + i * 45}" width="${size.width - 120 - ((i * 37 + index) % 160)}" height="12" fill="#c9ced6"/>`).join('')}
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(file);
}

/** Writes `count` sample pages `trang-001.jpg` … into `dir` and returns their paths. */
export async function writeSamplePages(dir: string, count: number, size?: { width: number; height: number }): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const file = path.join(dir, `trang-${String(i).padStart(3, '0')}.jpg`);
    await writeSamplePage(file, i, size);
    files.push(file);
  }
  return files;
}
