import type Database from 'better-sqlite3';

/**
 * One numbered schema step. `version` is the number in the file name (`0001-initial.ts` → 1); steps run in order,
 * each in its own transaction, and are recorded in `schema_migrations`. A shipped migration is never edited:
 * a change to the schema is a new file.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
