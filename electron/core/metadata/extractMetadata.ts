import type { MetadataFieldNameT } from '../../shared/contract/pipelineModels';
import { findIssueDate, findValidUntil } from './documentDates';
import { findDocumentNumber } from './documentNumber';
import { headerFields } from './headerFields';
import { findPersonalId } from './personalId';
import { textLines } from './textLines';

export type ExtractedMetadata = Partial<Record<MetadataFieldNameT, string>>;

/** Longest value kept (the contract allows 2000); a longer run is OCR garbage, not a field. */
const MAX_VALUE = 500;
/** Dust on a scan is read as quotes, dots, dashes and bars at either end of a line. */
const DUST_ENDS = /^[\s"'`.,:;_|~*•·-]+|[\s"'`.,:;_|~*•·-]+$/g;

/**
 * Reads VN-DG-09 fields from the OCR text of a Vietnamese administrative document laid out per ND 30/2020
 * (issuing body top left, national motto top right, number, place and date, title, subject). Rules, not a model:
 * every field is found on the folded text (case, diacritics and extra spaces do not matter) and cut from the
 * original text. A field that is not found is absent. `maLoaiGiayTo` and `phamViHieuLuc` are never guessed.
 * `maDinhDanh` is personal data: never log the result.
 */
export function extractMetadata(text: string, opts: { now?: Date } = {}): ExtractedMetadata {
  const lines = textLines(text);
  const found: ExtractedMetadata = {
    ...headerFields(lines),
    soKyHieu: findDocumentNumber(lines),
    ngayCap: findIssueDate(lines),
    thoiHanHieuLuc: findValidUntil(lines),
    maDinhDanh: findPersonalId(lines.map((l) => l.folded).join('\n'), opts.now),
  };
  const out: ExtractedMetadata = {};
  for (const [field, value] of Object.entries(found) as Array<[MetadataFieldNameT, string | undefined]>) {
    const clean = value?.replace(/\s+/g, ' ').replace(DUST_ENDS, '');
    if (clean && clean.length <= MAX_VALUE) out[field] = clean;
  }
  return out;
}
