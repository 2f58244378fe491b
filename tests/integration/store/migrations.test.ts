import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '../../../electron/core/db/openDatabase';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { Migration } from '../../../electron/core/db/migrations/Migration';
import { isAppError } from '../../../electron/shared/errors/AppError';
import { errorOf } from './helpers';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ss-db-'));
  dirs.push(dir);
  return join(dir, 'station.db');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('sets WAL, foreign keys, synchronous=FULL and a busy timeout', () => {
    const db = openDatabase(tempDb());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('records each migration once and is idempotent across reopenings', () => {
    const file = tempDb();
    openDatabase(file).close();
    const db = openDatabase(file);
    const rows = db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(runMigrations(db, MIGRATIONS)).toEqual([]);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['procedures', 'dossiers', 'documents', 'pages', 'users', 'settings', 'audit_log', 'trash']));
    db.close();
  });

  it('rolls back a failing migration and throws store/migration-failed', () => {
    const file = tempDb();
    const latest = MIGRATIONS.at(-1)!.version;
    const broken: Migration = {
      version: latest + 1, name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        db.exec('THIS IS NOT SQL');
      },
    };
    let caught: unknown;
    try {
      openDatabase(file, { migrations: [...MIGRATIONS, broken] });
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught, 'store/migration-failed')).toBe(true);
    expect((caught as Error).message).toMatch(new RegExp(`bước ${latest + 1}`));
    const db = new Database(file);
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(db.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'`).pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer app version', () => {
    const file = tempDb();
    const next: Migration = { version: MIGRATIONS.at(-1)!.version + 1, name: 'future', up: (db) => db.exec('CREATE TABLE future (x)') };
    openDatabase(file, { migrations: [...MIGRATIONS, next] }).close();
    const err = errorOf(() => openDatabase(file));
    expect(err?.code).toBe('store/migration-failed');
    expect(err?.message).toMatch(/phiên bản mới hơn/);
  });
});
