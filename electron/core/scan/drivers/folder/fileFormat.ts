import { open } from 'node:fs/promises';
import { extname } from 'node:path';

export type FileFormat = 'jpeg' | 'png' | 'tiff' | 'pdf';

/** Extensions the folder driver imports; a directory expands to these files only. */
export const IMPORTABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.jpg', '.jpeg', '.jpe', '.png', '.tif', '.tiff', '.pdf']);

export function hasImportableExtension(path: string): boolean {
  return IMPORTABLE_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Temp, partial, hidden and Office lock files: never picked up from a folder (MFPs and Word leave these). */
export function isIgnorableName(name: string): boolean {
  const lower = name.toLowerCase();
  return name.startsWith('.') || name.startsWith('~$') || lower.endsWith('.tmp') || lower.endsWith('.part')
    || lower.endsWith('.partial') || lower.endsWith('.crdownload') || lower.endsWith('~');
}

/** Identifies the format from magic bytes: the extension may lie (a renamed .docx, random bytes named .png). */
export function sniffFormat(head: Uint8Array): FileFormat | null {
  const b = (i: number) => head[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'png';
  if ((b(0) === 0x49 && b(1) === 0x49 && b(2) === 0x2a && b(3) === 0x00) || (b(0) === 0x4d && b(1) === 0x4d && b(2) === 0x00 && b(3) === 0x2a)) return 'tiff';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46 && b(4) === 0x2d) return 'pdf';
  return null;
}

/** Reads the first bytes of a file for `sniffFormat`. */
export async function readHead(path: string, length = 16): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
