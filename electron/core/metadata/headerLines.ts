import { LONG_DATE } from './dates';
import { isDecoration, loosePhrase, type TextLine } from './textLines';

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc": the right column of every header. */
const NATION = new RegExp(`${loosePhrase('cong hoa xa hoi')}|${loosePhrase('xa hoi chu nghia')}`);
const MOTTO = new RegExp(loosePhrase('doc lap'));
const LONG_DATE_RE = new RegExp(LONG_DATE);
/** "Số: 123/QĐ-UBND", "So : 45 / 2026", "Số 12/…": the left column's number line. */
export const NUMBER_LINE = /^s ?o\s*[:.;]?\s*[0-9lio|]{0,6}\s*\//;
/** "V/v …", "V/v:", "Về việc …" */
export const SUBJECT_START = /^(?:v\s*[/.]\s*v\b|ve\s*viec\b|ve\b)/;

/** Title-case place words before ", ngày …" ("An Bình,", "Thành phố Hồ Chí Minh,") at the end of a fragment. */
const TRAILING_PLACE = /(?:\s+\p{Lu}[\p{Ll}][\p{L}.]*|\s+(?:phố|xã|huyện|tỉnh))*\s+\p{Lu}[\p{Ll}][\p{L}.]*\s*[,.]?\s*$/u;

export function isNationLine(line: TextLine): boolean {
  return NATION.test(line.folded) || MOTTO.test(line.folded);
}

/**
 * The left-column part of a header line. Tesseract often reads both columns into one line ("ỦY BAN NHÂN DÂN
 * CỘNG HÒA XÃ HỘI …", "Số: 12/QĐ-UBND An Bình, ngày …"): cut at the national motto, at "Độc lập" and at the
 * place-and-date, then drop the trailing place name and dashes.
 */
export function leftColumn(line: TextLine): string {
  const cuts = [NATION.exec(line.folded), MOTTO.exec(line.folded), LONG_DATE_RE.exec(line.folded)]
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m.index);
  if (cuts.length === 0) return trimDecoration(line.text);
  const cut = Math.min(...cuts);
  let left = line.text.slice(0, cut);
  if (cut === LONG_DATE_RE.exec(line.folded)?.index) left = left.replace(TRAILING_PLACE, '');
  return trimDecoration(left);
}

function trimDecoration(text: string): string {
  // Trailing dots are dust more often than text: no body name ends with one.
  return text.replace(/^[\s\-_=~*—–•·.]+|[\s\-_=~*—–•·,;:.]+$/g, '').trim();
}

/** A line of the header that names no issuing body: motto, number, date, subject, decoration. */
export function isHeaderNoise(fragment: TextLine): boolean {
  if (fragment.text.length === 0 || isDecoration(fragment.text)) return true;
  return NUMBER_LINE.test(fragment.folded) || SUBJECT_START.test(fragment.folded) || LONG_DATE_RE.test(fragment.folded) || isNationLine(fragment);
}
