import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../db/openDatabase';
import type { Migration } from '../db/migrations/Migration';
import { toIoError } from '../fsutil/ioErrors';
import { PageFileStore, type PageFs } from './PageFileStore';
import { seedProcedures } from './seedProcedures';
import type { Store, StorePaths } from './Store';
import bundledCatalog from '../../../assets/procedures.json';

export interface OpenStoreOptions {
  /** Procedure catalog to seed (defaults to the bundled `assets/procedures.json`). */
  procedureCatalog?: unknown;
  now?: () => Date;
  migrations?: readonly Migration[];
  /** Filesystem used for page files (tests inject failures). */
  pageFs?: PageFs;
}

export function storePaths(dataDir: string): StorePaths {
  const root = resolve(dataDir);
  return {
    dataDir: root,
    dbFile: join(root, 'station.db'),
    pagesDir: join(root, 'pages'),
    trashDir: join(root, 'trash'),
    quarantineDir: join(root, 'quarantine'),
    outboxDir: join(root, 'outbox'),
    tmpDir: join(root, 'tmp'),
    stagingDir: join(root, 'staging'),
  };
}

/**
 * Opens the station's data folder: creates its sub-folders, opens SQLite, runs migrations and seeds the procedure
 * catalog (idempotent upsert). Plain Node; the composition root calls it once per process (single writer).
 */
export function openStore(dataDir: string, opts: OpenStoreOptions = {}): Store {
  const paths = storePaths(dataDir);
  try {
    for (const dir of [paths.dataDir, paths.pagesDir, paths.trashDir, paths.quarantineDir, paths.outboxDir, paths.tmpDir, paths.stagingDir]) {
      mkdirSync(dir, { recursive: true });
    }
  } catch (err) {
    throw toIoError(err, 'tạo', 'thư mục dữ liệu');
  }
  const now = opts.now ?? (() => new Date());
  const db = openDatabase(paths.dbFile, opts.migrations ? { migrations: opts.migrations } : {});
  try {
    seedProcedures(db, opts.procedureCatalog ?? bundledCatalog, now());
  } catch (err) {
    db.close();
    throw err;
  }
  const files = new PageFileStore(paths.dataDir, paths.pagesDir, paths.quarantineDir, opts.pageFs);
  return {
    db,
    paths,
    files,
    now,
    close: () => {
      if (db.open) db.close();
    },
  };
}
