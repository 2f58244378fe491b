import { stat, statfs } from 'node:fs/promises';
import type { Store } from '../store/Store';

export interface DataDirStats {
  dataDir: string;
  dossiers: number;
  /** Pages not in the trash. */
  pages: number;
  trashedPages: number;
  /** The database file plus its write-ahead log. */
  dbBytes: number;
  /** Space left for the station's user (null when the filesystem cannot tell). */
  diskFreeBytes: number | null;
  diskTotalBytes: number | null;
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

function count(store: Store, sql: string): number {
  return store.db.prepare(sql).pluck().get() as number;
}

/** Counts and sizes support asks for first ("is the disk full?", "how big is the database?"). */
export async function dataDirStats(store: Store): Promise<DataDirStats> {
  const { dataDir, dbFile } = store.paths;
  let diskFreeBytes: number | null = null;
  let diskTotalBytes: number | null = null;
  try {
    const fs = await statfs(dataDir);
    diskFreeBytes = fs.bavail * fs.bsize;
    diskTotalBytes = fs.blocks * fs.bsize;
  } catch {
    // Some network filesystems do not answer statfs; the bundle says "unknown" rather than failing.
  }
  return {
    dataDir,
    dossiers: count(store, 'SELECT COUNT(*) FROM dossiers'),
    pages: count(store, 'SELECT COUNT(*) FROM pages WHERE trash_id IS NULL'),
    trashedPages: count(store, 'SELECT COUNT(*) FROM pages WHERE trash_id IS NOT NULL'),
    dbBytes: (await sizeOf(dbFile)) + (await sizeOf(`${dbFile}-wal`)),
    diskFreeBytes,
    diskTotalBytes,
  };
}
