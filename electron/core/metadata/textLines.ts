import { foldAligned } from '../search/foldAligned';

/** One line of OCR text: whitespace collapsed, and its folded copy aligned unit for unit (same offsets). */
export interface TextLine {
  text: string;
  folded: string;
}

/** NFC lines of a page text; blank lines are kept as '' (they separate paragraphs). */
export function textLines(text: string): TextLine[] {
  return text.normalize('NFC').split(/\r?\n|\f/).map((raw) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    return { text: line, folded: foldAligned(line) };
  });
}

/** Letters and digits only: "Q UYẾT  ĐỊNH" and "QUYẾT ĐỊNH" compare equal in folded form. */
export function squeeze(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The folded words of a line (runs of letters and digits). */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** True when the line's letters are (almost) all capitals: titles and issuing bodies are printed that way. */
export function isUpperCase(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const lower = letters.filter((c) => c !== c.toUpperCase()).length;
  return lower / letters.length <= 0.1;
}

/** Rules and dashes under header lines ("-------", "———", "___"). */
export function isDecoration(text: string): boolean {
  return text.length > 0 && /^[\s\-_=.~*—–•·]+$/.test(text);
}

/**
 * A regex source that matches `phrase` (folded, words separated by spaces) despite extra or missing spaces and
 * dust read as punctuation between the words ("CỘNG HÒA. XÃ HỘI").
 */
export function loosePhrase(phrase: string): string {
  return phrase.split(' ').map((word) => [...word].join(' ?')).join(String.raw`[\s.,:;'"\x60|~*•·_-]*`);
}
