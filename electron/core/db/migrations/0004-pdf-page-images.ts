import type { Migration } from './Migration';

/**
 * Page images encoded for the dossier PDF while the page is processed (pipeline/pdfImageFile.ts): a third
 * content-addressed file beside the master and the derived image, with the mode it was encoded for
 * (`jpeg` | `bw` | `mrc`). Export uses it when the mode still matches the desk profile, else encodes the derived
 * image as before. Cleared by nothing: a new clean-up (rotate, reprocess) replaces all three columns at once.
 */
const SQL = `
ALTER TABLE page_processing ADD COLUMN pdf_image_rel_path TEXT;
ALTER TABLE page_processing ADD COLUMN pdf_image_sha256 TEXT CHECK (pdf_image_sha256 IS NULL OR length(pdf_image_sha256) = 64);
ALTER TABLE page_processing ADD COLUMN pdf_image_mode TEXT CHECK (pdf_image_mode IS NULL OR pdf_image_mode IN ('jpeg', 'bw', 'mrc'));
`;

export const migration0004: Migration = {
  version: 4,
  name: 'pdf-page-images',
  up(db) {
    db.exec(SQL);
  },
};
