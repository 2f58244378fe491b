import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppError } from '../../../../shared/errors/AppError';
import { hasImportableExtension, isIgnorableName } from './fileFormat';
import { fileNotFoundError } from './folderErrors';
import { naturalCompare } from './naturalCompare';

/** One file to import, or a path that could not be found (reported, never silently skipped). */
export type ExpandedEntry = { path: string } | { path: string; error: AppError };

/** A directory's importable files (images and PDFs, no temp or hidden files), in natural order. Not recursive. */
export async function listImportableFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !isIgnorableName(e.name) && hasImportableExtension(e.name))
    .map((e) => e.name)
    .sort(naturalCompare)
    .map((name) => join(dir, name));
}

/**
 * Expands the caller's list in order: files stay where they are in the list, a directory becomes its files in
 * natural order (page2 before page10), a missing path becomes an `import/file-not-found` entry.
 */
export async function expandPaths(paths: readonly string[]): Promise<ExpandedEntry[]> {
  const out: ExpandedEntry[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (err) {
      out.push({ path, error: fileNotFoundError(path, err) });
      continue;
    }
    if (isDir) for (const file of await listImportableFiles(path)) out.push({ path: file });
    else out.push({ path });
  }
  return out;
}
