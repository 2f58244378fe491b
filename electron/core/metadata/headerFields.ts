import { BODY_START, findTitle, isNormativeTitle, type TitleMatch } from './documentTitle';
import { isHeaderNoise, isNationLine, leftColumn, SUBJECT_START } from './headerLines';
import { foldAligned } from '../search/foldAligned';
import { isDecoration, isUpperCase, wordsOf, type TextLine } from './textLines';

/** Without a title, the header is taken to be this many lines. */
const HEADER_LINES_WITHOUT_TITLE = 8;
const MAX_BODY_LINES = 3;
const MAX_SUBJECT_LINES = 4;
/** A body line starting with one of these continues the previous one ("ỦY BAN NHÂN DÂN" + "XÃ AN BÌNH"). */
const LEVEL_WORDS = /^(xa|phuong|thi tran|thi xa|huyen|quan|thanh pho|tinh|dac khu|tp)\b/;
/** How the names of issuing bodies begin; used only when OCR lost the case and capitals cannot tell. */
const BODY_WORDS = /^(uy ban|ubnd|hoi dong|hdnd|chinh phu|bo|so|phong|cuc|chi cuc|tong cuc|cong an|toa an|vien|van phong|trung tam|truong|benh vien|ban|kho bac|chi nhanh|bao hiem|ngan hang|cong ty|doan|hoi)\b/;

function fragment(text: string): TextLine {
  return { text, folded: foldAligned(text) };
}

/** Consecutive left-column fragments that name a body; the national motto between them does not break the run. */
function bodyRun(header: readonly TextLine[]): TextLine[] {
  const run: TextLine[] = [];
  for (const line of header) {
    const left = fragment(leftColumn(line));
    if (left.text.length === 0 && (isNationLine(line) || isDecoration(line.text))) continue;
    if (isHeaderNoise(left) || left.text.includes(':')) {
      if (run.length > 0) break;
      continue;
    }
    run.push(left);
    if (run.length === MAX_BODY_LINES) break;
  }
  // Printed bodies are capitals; when OCR kept the case, drop fragments that are not (stray words of the motto).
  const upper = run.filter((f) => isUpperCase(f.text));
  if (upper.length > 0) return upper;
  const plain = run.filter((f) => wordsOf(f.folded).length <= 10 && !/[.;!?]$/.test(f.text));
  return plain.length > 0 && BODY_WORDS.test(plain[0]!.folded) ? plain : [];
}

/**
 * "ỦY BAN NHÂN DÂN" + "XÃ AN BÌNH" → one name; a second place level after a first → ", TỈNH …";
 * "UBND TỈNH A" + "SỞ TƯ PHÁP" → "UBND TỈNH A - SỞ TƯ PHÁP" (parent, then the issuing body).
 */
function joinBody(parts: readonly TextLine[]): string {
  return parts.map((p, i) => {
    if (i === 0) return p.text;
    if (!LEVEL_WORDS.test(p.folded)) return ` - ${p.text}`;
    return LEVEL_WORDS.test(parts[i - 1]!.folded) ? `, ${p.text}` : ` ${p.text}`;
  }).join('');
}

/** Whether the first line after the title opens a subject: "Về việc …", or a normative title's plain sentence. */
function opensSubject(line: TextLine, title: TitleMatch): boolean {
  if (SUBJECT_START.test(line.folded)) return true;
  return isNormativeTitle(title.key) && !isUpperCase(line.text) && !line.text.includes(':') && !BODY_START.test(line.folded);
}

/** Whether the subject ends before `line`: a rule, a capital line (the signer's body), the body, a new paragraph. */
function endsSubject(line: TextLine, afterGap: boolean): boolean {
  if (isDecoration(line.text) || isUpperCase(line.text) || BODY_START.test(line.folded)) return true;
  return afterGap && !/^\p{Ll}/u.test(line.text); // a lower-case start continues across a blank line
}

/**
 * A subject without "Về việc" is only believed when it looks like one: it ends its paragraph within the line
 * limit and is not a sentence of the body (no ';', no final '.').
 */
function plausibleSubject(parts: readonly string[], complete: boolean, marked: boolean): boolean {
  if (marked) return true;
  const text = parts.join(' ');
  return complete && !text.includes(';') && !/[.;]$/.test(text);
}

function subjectAfter(lines: readonly TextLine[], title: TitleMatch): string | undefined {
  const parts: string[] = [];
  let gap = false;
  let complete = true; // ended by the text's end or a stop line, not by the line limit
  let marked = false;
  for (let i = title.end + 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.text.length === 0) { gap = true; continue; }
    if (parts.length === 0) {
      if (line.text.startsWith('(') || isDecoration(line.text)) continue; // "(BẢN CHÍNH)", "-----"
      if (!opensSubject(line, title)) return undefined;
      marked = SUBJECT_START.test(line.folded);
    } else if (endsSubject(line, gap)) {
      break;
    } else if (parts.length === MAX_SUBJECT_LINES) {
      complete = false;
      break;
    }
    parts.push(line.text);
    gap = false;
  }
  return parts.length > 0 && plausibleSubject(parts, complete, marked) ? parts.join(' ') : undefined;
}

/** A "V/v …" line in the left column of a letter (công văn has no title line). */
function subjectInHeader(header: readonly TextLine[]): string | undefined {
  for (const line of header) {
    const left = fragment(leftColumn(line));
    if (SUBJECT_START.test(left.folded) && /^v\s*[/.]\s*v/.test(left.folded)) return left.text;
  }
  return undefined;
}

export interface HeaderFields {
  coQuanCap?: string;
  tenGiayTo?: string;
  trichYeu?: string;
}

/** Issuing body, document title and subject from the ND 30/2020 layout of the first page. */
export function headerFields(lines: readonly TextLine[]): HeaderFields {
  const title = findTitle(lines, 0);
  const header = lines.slice(0, title ? title.start : HEADER_LINES_WITHOUT_TITLE).filter((l) => l.text.length > 0);
  const body = bodyRun(header);
  const fields: HeaderFields = {};
  if (body.length > 0) fields.coQuanCap = joinBody(body);
  if (title) fields.tenGiayTo = title.text.replace(/\s*[:.]$/, '');
  const subject = (title && subjectAfter(lines, title)) ?? subjectInHeader(header);
  if (subject) fields.trichYeu = subject;
  return fields;
}
