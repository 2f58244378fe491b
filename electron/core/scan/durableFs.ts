import { randomBytes } from 'node:crypto';
import { copyFile, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Makes a rename or create durable: the directory entry itself must reach the disk. */
export async function fsyncDir(dir: string): Promise<void> {
  const dh = await open(dir, 'r');
  try { await dh.sync(); } finally { await dh.close(); }
}

async function fsyncFile(path: string): Promise<void> {
  const fh = await open(path, 'r+');
  try { await fh.sync(); } finally { await fh.close(); }
}

/** Temp file + fsync + rename + fsync(dir): a crash leaves either nothing or the complete file. */
export async function writeFileDurable(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fh = await open(tmp, 'wx');
    try { await fh.writeFile(data); await fh.sync(); } finally { await fh.close(); }
    await rename(tmp, path);
    await fsyncDir(dirname(path));
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Copies through a temp name and fsyncs before the final rename, so a half-copied file never has the real name. */
export async function copyFileDurable(src: string, dest: string): Promise<void> {
  const tmp = join(dirname(dest), `.${basename(dest)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await copyFile(src, tmp);
    await fsyncFile(tmp);
    await rename(tmp, dest);
    await fsyncDir(dirname(dest));
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/**
 * Moves a file durably: rename when on the same filesystem, otherwise copy + fsync and only then delete the
 * source (network shares from MFPs are usually another filesystem).
 */
export async function moveFileDurable(src: string, dest: string): Promise<void> {
  try {
    await rename(src, dest);
    await fsyncDir(dirname(dest));
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
  }
  await copyFileDurable(src, dest);
  await unlink(src);
}
