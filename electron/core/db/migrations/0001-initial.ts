import type { Migration } from './Migration';

/**
 * Initial schema of the station's local store.
 *
 * - Times are ISO-8601 UTC strings (`toISOString()`), so text order is time order.
 * - Booleans are INTEGER 0/1 with CHECKs.
 * - `trash_id` (pages, documents, dossiers) marks a row as moved to the recoverable trash; the row and the page
 *   file stay, so restoring is a single UPDATE.
 * - `pages.dossier_id` is denormalised from the document so that SQLite itself enforces "one live copy of an image
 *   per dossier" with a partial UNIQUE index.
 * - `search_folded` columns hold lower-case text without Vietnamese diacritics (see services/fold.ts).
 * - `audit_log` is append-only (triggers) and hash-chained (services/audit.ts).
 */
const SQL = `
CREATE TABLE procedures (
  code             TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  field            TEXT NOT NULL,
  agency_level     TEXT NOT NULL CHECK (agency_level IN ('commune', 'district', 'province')),
  processing_days  REAL NOT NULL CHECK (processing_days >= 0),
  fees_json        TEXT NOT NULL,
  components_json  TEXT NOT NULL,
  source           TEXT NOT NULL,
  catalog_version  TEXT NOT NULL,
  search_folded    TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);

CREATE TABLE trash (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('page', 'document', 'dossier')),
  entity_id   TEXT NOT NULL,
  label       TEXT NOT NULL,
  reason      TEXT NOT NULL,
  deleted_by  TEXT NOT NULL,
  deleted_at  TEXT NOT NULL,
  restored_at TEXT,
  restored_by TEXT
);
CREATE INDEX trash_open ON trash(deleted_at) WHERE restored_at IS NULL;

CREATE TABLE dossiers (
  id                    TEXT PRIMARY KEY,
  code                  TEXT NOT NULL UNIQUE,
  procedure_code        TEXT NOT NULL REFERENCES procedures(code),
  kind                  TEXT NOT NULL CHECK (kind IN ('reception', 'result', 'certification')),
  status                TEXT NOT NULL CHECK (status IN ('received', 'digitizing', 'digitized', 'uploaded', 'cancelled')),
  received_at           TEXT NOT NULL,
  due_at                TEXT,
  applicant_full_name   TEXT NOT NULL,
  applicant_personal_id TEXT NOT NULL,
  applicant_address     TEXT NOT NULL DEFAULT '',
  applicant_phone       TEXT NOT NULL DEFAULT '',
  search_folded         TEXT NOT NULL,
  trash_id              TEXT REFERENCES trash(id),
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
);
CREATE INDEX dossiers_received ON dossiers(received_at DESC);
CREATE INDEX dossiers_status ON dossiers(status);

CREATE TABLE documents (
  id              TEXT PRIMARY KEY,
  dossier_id      TEXT NOT NULL REFERENCES dossiers(id),
  component_index INTEGER CHECK (component_index IS NULL OR component_index >= 1),
  name            TEXT NOT NULL,
  category        TEXT NOT NULL CHECK (category IN ('a', 'b', 'c', 'd', 'result')),
  present_only    INTEGER NOT NULL DEFAULT 0 CHECK (present_only IN (0, 1)),
  classified      INTEGER NOT NULL DEFAULT 0 CHECK (classified IN (0, 1)),
  expected_pages  INTEGER CHECK (expected_pages IS NULL OR expected_pages >= 1),
  position        INTEGER NOT NULL,
  trash_id        TEXT REFERENCES trash(id),
  created_at      TEXT NOT NULL,
  UNIQUE (dossier_id, position)
);
CREATE INDEX documents_component ON documents(dossier_id, component_index);

CREATE TABLE pages (
  id            TEXT PRIMARY KEY,
  document_id   TEXT NOT NULL REFERENCES documents(id),
  dossier_id    TEXT NOT NULL REFERENCES dossiers(id),
  position      INTEGER NOT NULL,
  sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
  width         INTEGER NOT NULL,
  height        INTEGER NOT NULL,
  dpi           INTEGER NOT NULL,
  color_mode    TEXT NOT NULL CHECK (color_mode IN ('color', 'gray', 'bw')),
  blank         INTEGER NOT NULL DEFAULT 0 CHECK (blank IN (0, 1)),
  bytes         INTEGER NOT NULL,
  source_name   TEXT NOT NULL,
  file_rel_path TEXT NOT NULL,
  trash_id      TEXT REFERENCES trash(id),
  created_at    TEXT NOT NULL,
  UNIQUE (document_id, position)
);
-- The same image is never a live page twice in one dossier (a trashed copy does not count).
CREATE UNIQUE INDEX pages_live_sha ON pages(dossier_id, sha256) WHERE trash_id IS NULL;

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  full_name     TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('staff', 'certifier', 'admin')),
  password_hash TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE audit_log (
  seq       INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT,
  data_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SQL);
  },
};
