import { isoFromGroups, LONG_DATE, NUMERIC_DATE } from './dates';
import type { TextLine } from './textLines';

const LONG = new RegExp(LONG_DATE, 'g');
/** Dates that belong to something else: the legal bases, a birth, a validity, a referenced document. */
const FOREIGN_CONTEXT = /(can cu|sinh|hieu luc|gia tri|den|tu|truoc|sau|ky|\/|so)\s*[:,]?\s*$/;
/** "Ngày cấp: 15/03/2026", "Ngày, tháng, năm đăng ký: 10/01/2026", "cấp ngày …". */
const LABELLED = new RegExp(String.raw`(?:ngay cap|cap ngay|ngay,? thang,? nam dang ky|ngay dang ky|dang ky ngay)\s*:?\s*(?:${NUMERIC_DATE}|${LONG_DATE})`);

interface Candidate { iso: string; rank: number; order: number }

/**
 * rank 0: the place-and-date line ("An Bình, ngày 15 tháng 3 năm 2026": a comma before "ngày");
 * rank 1: a labelled issue or registration date; rank 2: any other "ngày … tháng … năm …" that is not a
 * legal basis, birth, validity or referenced document.
 */
function candidatesOf(line: TextLine, order: number): Candidate[] {
  const out: Candidate[] = [];
  const basis = /^(can cu|theo|xet)\b/.test(line.folded);
  for (const m of line.folded.matchAll(LONG)) {
    const iso = isoFromGroups(m[1], m[2], m[3]);
    if (!iso) continue;
    const before = line.folded.slice(Math.max(0, m.index - 30), m.index);
    if (basis) continue;
    if (/\p{L}\s*,\s*$/u.test(before)) out.push({ iso, rank: 0, order });
    else if (!FOREIGN_CONTEXT.test(before)) out.push({ iso, rank: 2, order });
  }
  const labelled = LABELLED.exec(line.folded);
  const iso = labelled && (isoFromGroups(labelled[1], labelled[2], labelled[3]) ?? isoFromGroups(labelled[4], labelled[5], labelled[6]));
  if (iso) out.push({ iso, rank: 1, order });
  return out;
}

/** The issue date (ISO) of the document, or undefined. */
export function findIssueDate(lines: readonly TextLine[]): string | undefined {
  const all = lines.flatMap((line, i) => candidatesOf(line, i));
  all.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return all[0]?.iso;
}

/**
 * "… có hiệu lực (từ ngày …) đến (hết) ngày 15 tháng 3 năm 2031", "có giá trị đến ngày 31/12/2030" → ISO end of
 * validity. "Có hiệu lực kể từ ngày ký" states a start, not an end: nothing. Searched across line breaks, within one
 * sentence.
 */
const VALID_UNTIL = new RegExp(String.raw`(?:hieu luc|gia tri)(?:(?!\.\s|;)[\s\S]){0,160}?den\s*(?:het\s*)?(?:ngay\s*)?(?:${NUMERIC_DATE}|${LONG_DATE.replace(/^ngay\\s\*/, '')})`);

export function findValidUntil(lines: readonly TextLine[]): string | undefined {
  const folded = lines.map((l) => l.folded).join(' ');
  const m = VALID_UNTIL.exec(folded);
  if (!m) return undefined;
  return isoFromGroups(m[1], m[2], m[3]) ?? isoFromGroups(m[4], m[5], m[6]) ?? undefined;
}
