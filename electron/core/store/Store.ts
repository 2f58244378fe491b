import type { Db } from '../db/openDatabase';
import type { PageFileStore } from './PageFileStore';

/** Folders of one station data directory. Every one exists once `openStore` returns. */
export interface StorePaths {
  dataDir: string;
  dbFile: string;
  /** Content-addressed page images (PageFileStore). */
  pagesDir: string;
  trashDir: string;
  /** Damaged or suspicious files set aside for inspection, never deleted. */
  quarantineDir: string;
  /** Default export folder; the `outboxDir` setting may point elsewhere. */
  outboxDir: string;
  tmpDir: string;
  /** Scan/import work in progress before pages are committed. */
  stagingDir: string;
}

/** The open local store every service function takes as its first argument. */
export interface Store {
  db: Db;
  paths: StorePaths;
  files: PageFileStore;
  /** The store's clock; tests inject a fixed one. */
  now(): Date;
  close(): void;
}
