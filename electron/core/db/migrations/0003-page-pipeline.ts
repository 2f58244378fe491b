import type { Migration } from './Migration';

/**
 * The page pipeline (issue 3):
 * - `pages.excluded`: a blank page or a separator sheet taken out of the output. The row and the file stay (never
 *   deleted); the clerk restores it in one click by clearing the column.
 * - `page_processing`: one row per page: clean-up result (derived image, deskew angle, rotation, crop), OCR summary,
 *   flags (`blank`, `low-confidence`, `dropped-text`, `separator`, `failed`) and timings. `manual_rotation` is the
 *   clerk's choice (pages.rotate): it replaces automatic orientation when set. The original master in
 *   `pages.file_rel_path` is never modified; the derived image is a second content-addressed file.
 * - `page_text`: OCR text (NFC) and lines with word boxes in derived-image pixels, plus post-corrections applied.
 * - `page_text_fts`: folded text (services/fold.ts: no diacritics, đ → d) for full-text search across dossiers.
 * - `page_codes`: barcodes and patch codes found on a page.
 * - `document_metadata`: VN-DG-09 fields per document, each tagged with its source (VN-DG-08) and confirmation.
 */
const SQL = `
ALTER TABLE pages ADD COLUMN excluded TEXT CHECK (excluded IS NULL OR excluded IN ('blank', 'separator'));

CREATE TABLE page_processing (
  page_id          TEXT PRIMARY KEY REFERENCES pages(id),
  status           TEXT NOT NULL CHECK (status IN ('queued', 'cleaning', 'ocr', 'done', 'failed')),
  derived_rel_path TEXT,
  derived_sha256   TEXT CHECK (derived_sha256 IS NULL OR length(derived_sha256) = 64),
  derived_width    INTEGER,
  derived_height   INTEGER,
  output_color     TEXT CHECK (output_color IS NULL OR output_color IN ('color', 'gray', 'bw')),
  deskew_deg       REAL,
  rotation         INTEGER CHECK (rotation IS NULL OR rotation IN (0, 90, 180, 270)),
  manual_rotation  INTEGER CHECK (manual_rotation IS NULL OR manual_rotation IN (0, 90, 180, 270)),
  crop_json        TEXT CHECK (crop_json IS NULL OR json_valid(crop_json)),
  ink_ratio        REAL,
  ocr_engine       TEXT,
  ocr_psm          INTEGER,
  mean_confidence  REAL,
  coverage         REAL,
  flags_json       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flags_json)),
  timings_json     TEXT CHECK (timings_json IS NULL OR json_valid(timings_json)),
  error_code       TEXT,
  error_message    TEXT,
  updated_at       TEXT NOT NULL
);
CREATE INDEX page_processing_status ON page_processing(status);

CREATE TABLE page_text (
  page_id           TEXT PRIMARY KEY REFERENCES pages(id),
  text              TEXT NOT NULL,
  lines_json        TEXT NOT NULL CHECK (json_valid(lines_json)),
  corrections_json  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(corrections_json)),
  updated_at        TEXT NOT NULL
);

CREATE VIRTUAL TABLE page_text_fts USING fts5(folded, page_id UNINDEXED, dossier_id UNINDEXED, tokenize = 'unicode61');

CREATE TABLE page_codes (
  page_id    TEXT NOT NULL REFERENCES pages(id),
  seq        INTEGER NOT NULL,
  format     TEXT NOT NULL,
  value      TEXT NOT NULL,
  separator  INTEGER NOT NULL DEFAULT 0 CHECK (separator IN (0, 1)),
  PRIMARY KEY (page_id, seq)
);

CREATE TABLE document_metadata (
  document_id   TEXT NOT NULL REFERENCES documents(id),
  field         TEXT NOT NULL CHECK (field IN ('maLoaiGiayTo', 'maDinhDanh', 'tenGiayTo', 'soKyHieu', 'ngayCap', 'coQuanCap', 'trichYeu', 'thoiHanHieuLuc', 'phamViHieuLuc')),
  value         TEXT NOT NULL,
  source        TEXT NOT NULL CHECK (source IN ('ocr', 'manual', 'ocr_corrected')),
  ocr_value     TEXT,
  confirmed_by  TEXT,
  confirmed_at  TEXT,
  updated_at    TEXT NOT NULL,
  PRIMARY KEY (document_id, field)
);
`;

export const migration0003: Migration = {
  version: 3,
  name: 'page-pipeline',
  up(db) {
    db.exec(SQL);
  },
};
