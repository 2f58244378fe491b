import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corruptFileError, pdfToolMissingError } from './folderErrors';
import { naturalCompare } from './naturalCompare';

export interface RasterizeOptions {
  dpi: number;
  timeoutMs: number;
  signal: AbortSignal;
  /** Parent for the temp folder; the caller deletes the returned `dir`. */
  tempRoot?: string;
  /** Overridable for tests (a missing tool). */
  command?: string;
}

function runPdftoppm(cmd: string, args: string[], path: string, opts: RasterizeOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let settled = false;
    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      if (err) reject(err); else resolve();
    };
    // A damaged or hostile PDF can make the renderer spin forever: kill it and reject the file.
    const timer = setTimeout(() => { child.kill('SIGKILL'); finish(corruptFileError(path, { cause: new Error(`pdftoppm timed out after ${opts.timeoutMs} ms`) })); }, opts.timeoutMs);
    const onAbort = () => { child.kill('SIGKILL'); finish(opts.signal.reason); };
    opts.signal.addEventListener('abort', onAbort, { once: true });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => { if (stderr.length < 4000) stderr += chunk; });
    child.on('error', (err: NodeJS.ErrnoException) => finish(err.code === 'ENOENT' ? pdfToolMissingError(err) : corruptFileError(path, { cause: err })));
    child.on('close', (code) => finish(code === 0 ? undefined : corruptFileError(path, { cause: new Error(`pdftoppm exited ${code}: ${stderr.trim()}`) })));
  });
}

/**
 * Renders every page of a PDF to PNG with poppler's `pdftoppm -r <dpi> -png` into a fresh temp folder and returns
 * the page files in page order. Throws `import/tool-missing` when pdftoppm is not installed, `import/corrupt-file`
 * when it fails or exceeds the timeout.
 */
export async function rasterizePdf(path: string, opts: RasterizeOptions): Promise<{ dir: string; pages: string[] }> {
  opts.signal.throwIfAborted();
  const dir = await mkdtemp(join(opts.tempRoot ?? tmpdir(), 'ss-pdf-'));
  await runPdftoppm(opts.command ?? 'pdftoppm', ['-r', String(opts.dpi), '-png', path, join(dir, 'p')], path, opts)
    .catch(async (err: unknown) => { await removeDir(dir); throw err; });
  // pdftoppm pads page numbers to the page count's width (p-01.png …); natural order is page order either way.
  const pages = (await readdir(dir)).filter((n) => n.endsWith('.png')).sort(naturalCompare).map((n) => join(dir, n));
  if (pages.length === 0) { await removeDir(dir); throw corruptFileError(path, { cause: new Error('pdftoppm produced no pages') }); }
  return { dir, pages };
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
