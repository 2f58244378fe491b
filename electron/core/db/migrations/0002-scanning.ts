import type { Migration } from './Migration';

/**
 * Scanning (issue 4):
 * - `pages.capture_note`: the two captures of a page with a sticky note (VN-DG-05 d), NULL for ordinary pages.
 * - `scan_profiles`: named scan settings set by IT staff; `body` is the validated ScanProfileInput JSON.
 *   At most one default profile per station (partial unique index).
 */
const SQL = `
ALTER TABLE pages ADD COLUMN capture_note TEXT CHECK (capture_note IS NULL OR capture_note IN ('with-note', 'without-note'));

CREATE TABLE scan_profiles (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  body        TEXT NOT NULL CHECK (json_valid(body)),
  is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX scan_profiles_one_default ON scan_profiles(is_default) WHERE is_default = 1;
`;

export const migration0002: Migration = {
  version: 2,
  name: 'scanning',
  up(db) {
    db.exec(SQL);
  },
};
