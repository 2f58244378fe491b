import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toIoError, type IoAction } from './ioErrors';

/** An open file, as far as a durable write needs it. */
export interface DurableFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The part of `node:fs/promises` the durable operations use; injected by tests to simulate ENOSPC or EIO. */
export interface DurableFs {
  open(path: string, flags: string): Promise<DurableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** How a failure reads to the clerk ("Không ghi được tệp ảnh trang …"); defaults to "ghi" / "tệp". */
export interface DurableOptions {
  fs?: DurableFs;
  action?: IoAction;
  target?: string;
}

const defaultFs = nodeFs as unknown as DurableFs;

/** A hidden temp name next to `path`: same folder, so the final rename is atomic (never across filesystems). */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Makes a rename or create durable: the directory entry itself must reach the disk. Windows cannot open a folder
 * for fsync; NTFS journals the rename there, so it is skipped.
 */
export async function fsyncDir(dir: string, fs: DurableFs = defaultFs): Promise<void> {
  if (process.platform === 'win32') return;
  const dh = await fs.open(dir, 'r');
  try { await dh.sync(); } finally { await dh.close(); }
}

async function fsyncFile(path: string, fs: DurableFs): Promise<void> {
  const fh = await fs.open(path, 'r+');
  try { await fh.sync(); } finally { await fh.close(); }
}

/**
 * Runs `fill(tmp)`, fsyncs, renames tmp → dest and fsyncs the folder; on any failure removes tmp and throws the
 * mapped AppError. A crash leaves either the old file (or none) or the complete new one, never a partial one.
 */
async function viaTemp(dest: string, opts: DurableOptions, fill: (tmp: string, fs: DurableFs) => Promise<void>): Promise<void> {
  const fs = opts.fs ?? defaultFs;
  const tmp = tempPathFor(dest);
  try {
    await fill(tmp, fs);
    await fs.rename(tmp, dest);
    await fsyncDir(dirname(dest), fs);
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined);
    throw toIoError(err, opts.action ?? 'ghi', opts.target);
  }
}

/** Writes a file atomically and durably: temp in the same folder, fsync, rename, fsync folder. */
export async function writeFileAtomic(path: string, data: Uint8Array | string, opts: DurableOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  await viaTemp(path, opts, async (tmp, fs) => {
    const fh = await fs.open(tmp, 'wx');
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
  });
}

/**
 * Copies through a temp name and fsyncs before the final rename, so a half-copied file never has the real name.
 * The copy itself always uses Node's `copyFile` (kernel copy-on-write/sendfile); only the fsync and rename steps
 * go through the injected fs.
 */
export async function copyFileDurable(src: string, dest: string, opts: DurableOptions = {}): Promise<void> {
  await viaTemp(dest, { action: 'sao chép', ...opts }, async (tmp, fs) => {
    await nodeFs.copyFile(src, tmp);
    await fsyncFile(tmp, fs);
  });
}

/**
 * Moves a file durably: rename when on the same filesystem, otherwise copy + fsync and only then delete the
 * source (network shares from MFPs are usually another filesystem).
 */
export async function moveFileDurable(src: string, dest: string, opts: DurableOptions = {}): Promise<void> {
  const fs = opts.fs ?? defaultFs;
  const mapped: DurableOptions = { action: 'chuyển', ...opts };
  try {
    await fs.rename(src, dest);
    await fsyncDir(dirname(dest), fs);
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException | null)?.code !== 'EXDEV') throw toIoError(err, mapped.action, mapped.target);
  }
  await copyFileDurable(src, dest, mapped);
  await fs.unlink(src).catch((err: unknown) => { throw toIoError(err, 'chuyển', mapped.target); });
}
