import { checkPersonalId } from '../../shared/domain/personalId';

/** Labels a personal ID number follows on Vietnamese forms (folded). */
const LABEL = /(cccd|can cuoc|dinh danh|cmnd|chung minh nhan dan|ma so ca nhan)/g;
/**
 * Twelve digits, OCR-spaced or dotted ("001 099 012 345"), with 0/1 possibly read as o, l, i or |; the number may
 * start on the next line (a label at the end of a wrapped line).
 */
const DIGITS = /^[^\d]{0,30}?((?:[0-9oli|][ .\n]?){11}[0-9oli|])(?![0-9])/;

/**
 * The first 12-digit personal ID (số định danh cá nhân / CCCD) that follows one of the labels and passes the
 * structure check (province code, century digit, birth year). The value is personal data: callers must never
 * log it or put it in audit data.
 */
export function findPersonalId(folded: string, now?: Date): string | undefined {
  for (const label of folded.matchAll(LABEL)) {
    const after = folded.slice(label.index + label[0].length, label.index + label[0].length + 60);
    const m = DIGITS.exec(after);
    if (!m) continue;
    const raw = m[1]!.replace(/[ .\n]/g, '');
    if ((raw.match(/\d/g) ?? []).length < 10) continue;
    const id = raw.replace(/o/g, '0').replace(/[li|]/g, '1');
    if (checkPersonalId(id, now ? { now } : {}).ok) return id;
  }
  return undefined;
}
