import { access } from 'node:fs/promises';
import { extname, basename, join } from 'node:path';

/** `dir/name`, or `dir/name (2).ext`, `(3)`, … when taken: destination folders never overwrite an earlier file. */
export async function uniquePath(dir: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = basename(name, ext);
  for (let i = 1; ; i++) {
    const candidate = join(dir, i === 1 ? name : `${stem} (${i})${ext}`);
    try { await access(candidate); } catch { return candidate; }
  }
}
