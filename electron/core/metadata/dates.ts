import { foldVietnamese } from '../services/fold';

/** "ngày 15 tháng 3 năm 2026" in folded text; OCR may split a number ("1 5") or glue words ("ngay15"). */
export const LONG_DATE = String.raw`ngay\s*(\d ?\d?)\s*[,/.-]?\s*thang\s*(\d ?\d?)\s*[,/.-]?\s*nam\s*(\d ?\d ?\d ?\d)`;
/** "15/03/2026", "15-3-2026", "15.03.2026". */
export const NUMERIC_DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** `YYYY-MM-DD` when the day exists in the calendar (no 30 February), else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of a LONG_DATE or NUMERIC_DATE match (groups day, month, year), or null when it is no real day. */
export function isoFromGroups(day: string | undefined, month: string | undefined, year: string | undefined): string | null {
  const n = (s: string | undefined) => Number((s ?? '').replace(/\s/g, ''));
  return isoDate(n(year), n(month), n(day));
}

/**
 * A date the clerk typed: `2026-03-15`, `15/3/2026`, `15-03-2026`, `15.03.2026` or "ngày 15 tháng 3 năm 2026".
 * Returns ISO or null.
 */
export function parseDateInput(value: string): string | null {
  const text = foldVietnamese(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = new RegExp(`^${NUMERIC_DATE}$`).exec(text);
  if (numeric) return isoFromGroups(numeric[1], numeric[2], numeric[3]);
  const long = new RegExp(`^${LONG_DATE}$`).exec(text);
  return long ? isoFromGroups(long[1], long[2], long[3]) : null;
}
