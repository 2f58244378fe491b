import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

/** Real image fixtures generated at test time (no binary fixtures in git). */

export async function tempDir(prefix = 'ss-test-'): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A colour "document": white page with a red stamp and black text bars. */
export function colourPage(width = 240, height = 340): sharp.Sharp {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>`
    + `<rect x="20" y="20" width="150" height="12" fill="black"/><rect x="20" y="50" width="180" height="12" fill="black"/>`
    + `<circle cx="170" cy="260" r="40" fill="none" stroke="red" stroke-width="8"/></svg>`;
  return sharp(Buffer.from(svg));
}

export async function writeJpeg(path: string, opts: { density?: number } = {}): Promise<Buffer> {
  const img = colourPage().jpeg({ quality: 85 });
  const buf = await (opts.density ? img.withMetadata({ density: opts.density }) : img).toBuffer();
  await writeFile(path, buf);
  return buf;
}

/** A grey page (greyscale PNG with mid-tones). */
export async function writeGrayPng(path: string, opts: { density?: number } = {}): Promise<Buffer> {
  const gradient = Buffer.alloc(200 * 100);
  for (let i = 0; i < gradient.length; i++) gradient[i] = (i % 200) + 30;
  const img = sharp(gradient, { raw: { width: 200, height: 100, channels: 1 } }).toColourspace('b-w').png();
  const buf = await (opts.density ? img.withMetadata({ density: opts.density }) : img).toBuffer();
  await writeFile(path, buf);
  return buf;
}

/** A pure black-and-white page stored as RGB PNG (detected as bw from its pixels). */
export async function writeBwPng(path: string): Promise<Buffer> {
  const buf = await sharp({ create: { width: 120, height: 160, channels: 3, background: 'white' } })
    .composite([{ input: { create: { width: 60, height: 20, channels: 3, background: 'black' } }, left: 10, top: 10 }])
    .png().toBuffer();
  await writeFile(path, buf);
  return buf;
}

/** A multi-page TIFF (sharp writes one page per joined frame). */
export async function writeTiff(path: string, pages = 3, density = 300): Promise<void> {
  const frames = await Promise.all(Array.from({ length: pages }, (_, i) =>
    sharp({ create: { width: 100, height: 140, channels: 3, background: { r: 250 - i * 40, g: 40 + i * 60, b: 60 } } }).png().toBuffer()));
  await sharp(frames, { join: { animated: true } }).withMetadata({ density }).tiff().toFile(path);
}

/** A PDF with one embedded PNG per page (A6-ish pages so rasterising stays fast). */
export async function writePdf(path: string, pages = 2): Promise<void> {
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(await colourPage().png().toBuffer());
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([300, 420]);
    page.drawImage(png, { x: 20, y: 20, width: 240, height: 340 });
  }
  await writeFile(path, await doc.save());
}

export async function writeTruncatedJpeg(path: string): Promise<void> {
  const buf = await colourPage(600, 800).jpeg().toBuffer();
  await writeFile(path, buf.subarray(0, Math.floor(buf.length / 2)));
}

export async function writeRandomBytes(path: string, size = 4096): Promise<void> {
  const buf = Buffer.alloc(size);
  for (let i = 0; i < size; i++) buf[i] = (i * 7919 + 13) % 251;
  await writeFile(path, buf);
}

/** A .docx is a ZIP container: its magic bytes are enough for the driver to classify it. */
export async function writeFakeDocx(path: string): Promise<void> {
  await writeFile(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]));
}
