import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors/AppError';
import type { Migration } from './migrations/Migration';
import { MIGRATIONS } from './migrations';
import { toStoreError } from './sqliteErrors';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Defaults to the shipped list; tests pass their own to exercise failures. */
  migrations?: readonly Migration[];
  /** Milliseconds a writer waits for a lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/**
 * Opens (or creates) the station database and brings its schema up to date.
 * WAL lets readers run beside the single writer; synchronous=FULL because a page acknowledged to the clerk must
 * survive a power cut (NORMAL in WAL mode may lose the last commits).
 */
export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (err) {
    throw toStoreError(err);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    runMigrations(db, opts.migrations ?? MIGRATIONS);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function ensureMigrationTable(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
}

function migrationFailed(message: string, cause: unknown, details: Record<string, unknown>): AppError {
  return new AppError('store/migration-failed', message, { cause, details });
}

/**
 * Applies every migration not yet recorded, each in its own transaction (schema change + record commit together).
 * Returns the versions applied now. A database written by a newer app version is refused rather than guessed at.
 */
export function runMigrations(db: Db, migrations: readonly Migration[]): number[] {
  try {
    ensureMigrationTable(db);
  } catch (err) {
    throw migrationFailed('Không khởi tạo được cơ sở dữ liệu. Kiểm tra ổ đĩa và quyền ghi thư mục dữ liệu rồi mở lại ứng dụng.', err, {});
  }
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw migrationFailed(
      'Dữ liệu này được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cài phiên bản mới nhất của Trạm Số hóa; không dùng phiên bản cũ để mở dữ liệu này.',
      undefined,
      { databaseVersion: newest, appVersion: known },
    );
  }
  const done: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    try {
      db.transaction(() => {
        m.up(db);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      })();
    } catch (err) {
      const mapped = toStoreError(err);
      if (mapped.code === 'store/disk-full') throw mapped;
      throw migrationFailed(
        `Không nâng cấp được cơ sở dữ liệu (bước ${m.version}: ${m.name}). Dữ liệu cũ vẫn nguyên vẹn. Hãy gửi nhật ký cho bộ phận CNTT trước khi dùng tiếp.`,
        err,
        { version: m.version, name: m.name },
      );
    }
    done.push(m.version);
  }
  return done;
}
