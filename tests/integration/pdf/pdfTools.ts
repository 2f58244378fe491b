import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { RawImage } from '../../../electron/core/imaging/RawImage';

/** poppler-utils and qpdf, run on real files (Debian: apt-get install poppler-utils qpdf). */

export function tool(cmd: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const run = tool('qpdf', ['--check', file]);
  const output = run.stdout + run.stderr;
  return { ok: run.code === 0 && output.includes('No syntax or stream encoding errors'), output };
}

/** `pdftotext -raw` of one page (1-based), or the whole file. */
export function pdftotextRaw(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return tool('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-']).stdout;
}

export interface WordBox { text: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** Words with their boxes in points, origin top-left (`pdftotext -bbox`). */
export function pdftotextBoxes(file: string, page: number): WordBox[] {
  const html = tool('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']).stdout;
  const unescape = (t: string): string => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: unescape(m[5] ?? ''), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]),
  }));
}

export interface FontRow { name: string; type: string; encoding: string; emb: string; sub: string; uni: string }

export function pdffonts(file: string): FontRow[] {
  return tool('pdffonts', [file]).stdout.split('\n').slice(2).filter((l) => l.trim()).map((line) => {
    const cols = line.trim().split(/\s+/);
    // name, type (1–2 words), encoding, emb, sub, uni, object, id: read from the right.
    const [emb = '', sub = '', uni = ''] = cols.slice(-5, -2);
    return { name: cols[0] ?? '', type: cols.slice(1, -6).join(' '), encoding: cols.at(-6) ?? '', emb, sub, uni };
  });
}

export interface ImageRow { page: number; type: string; width: number; height: number; color: string; bpc: number; enc: string }

export function pdfimagesList(file: string): ImageRow[] {
  return tool('pdfimages', ['-list', file]).stdout.split('\n').slice(2).filter((l) => l.trim()).map((line) => {
    const c = line.trim().split(/\s+/);
    return { page: Number(c[0]), type: c[2] ?? '', width: Number(c[3]), height: Number(c[4]), color: c[5] ?? '', bpc: Number(c[7]), enc: c[8] ?? '' };
  });
}

/** Page sizes in points from `pdfinfo -f 1 -l N`. */
export function pageSizes(file: string, pages: number): Array<{ width: number; height: number }> {
  const out = tool('pdfinfo', ['-f', '1', '-l', String(pages), file]).stdout;
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Renders one page with `pdftoppm` at `dpi` into RGB pixels. */
export async function renderPage(file: string, page: number, dpi: number): Promise<RawImage> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-render-'));
  try {
    tool('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', file, join(dir, 'p')]);
    const png = readdirSync(dir).find((n) => n.endsWith('.png'));
    if (!png) throw new Error(`pdftoppm rendered nothing for page ${page}`);
    const { data, info } = await sharp(readFileSync(join(dir, png))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: 3 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The images of one page extracted losslessly by `pdfimages -png`, decoded to 1-channel pixels, in order. */
export async function extractPageImages(file: string, page: number): Promise<RawImage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-images-'));
  try {
    tool('pdfimages', ['-png', '-f', String(page), '-l', String(page), file, join(dir, 'i')]);
    const names = readdirSync(dir).filter((n) => n.endsWith('.png')).sort();
    return await Promise.all(names.map(async (name) => {
      const { data, info } = await sharp(readFileSync(join(dir, name))).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height, channels: 1 as const };
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
