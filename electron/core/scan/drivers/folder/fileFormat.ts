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

const SIGNATURES: ReadonlyArray<{ format: FileFormat; magic: readonly number[] }> = [
  { format: 'jpeg', magic: [0xff, 0xd8, 0xff] },
  { format: 'png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'tiff', magic: [0x49, 0x49, 0x2a, 0x00] }, // little-endian "II*\0"
  { format: 'tiff', magic: [0x4d, 0x4d, 0x00, 0x2a] }, // big-endian "MM\0*"
  { format: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
];

/** Identifies the format from magic bytes: the extension may lie (a renamed .docx, random bytes named .png). */
export function sniffFormat(head: Uint8Array): FileFormat | null {
  const hit = SIGNATURES.find((s) => s.magic.every((byte, i) => head[i] === byte));
  return hit?.format ?? null;
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
