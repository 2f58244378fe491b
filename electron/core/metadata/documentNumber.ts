import type { TextLine } from './textLines';

/**
 * "Số: 123/QĐ-UBND", "Số: 45/2026/NĐ-CP", OCR-spaced "Số : 123 / QĐ - UBND" or "QĐ- -UBND" (dust read as a
 * second hyphen), lower-cased "so: 12/qd-ubnd".
 * Groups: number (OCR may read 1 as l/I/| and 0 as o), optional year, symbol ("QĐ-UBND"). Matched on the folded
 * line, so "Sô", "SỐ" and "So" all work; the symbol is cut from the original text (keeps "Đ"). Only at the start of
 * a line (the left column comes first): "Tờ trình số 57/TTr-TP" in the body refers to another document.
 */
const NUMBER = /^[^\p{L}\p{N}]*s ?o\s*[:.;]?\s*([0-9lio|]{1,6})\s*\/\s*(?:(\d{4})\s*\/\s*)?([a-z][a-z0-9]*(?:\s*[-–—][\s\-–—]*[a-z0-9]+)*)/u;
/** Symbol parts whose "Đ" OCR often drops; only whole parts are restored. */
const RESTORE_D: Record<string, string> = { QD: 'QĐ', ND: 'NĐ', HDND: 'HĐND', TTLT: 'TTLT' };

function digitsOf(raw: string): string | null {
  if (!/\d/.test(raw)) return null;
  return raw.replace(/o/g, '0').replace(/[li|]/g, '1');
}

function symbolOf(original: string): string {
  return original.split(/\s*[-–—][\s\-–—]*/).map((part) => {
    // All lower case means OCR lost the case: symbols are printed in capitals (ND 30/2020 Phụ lục I).
    const upper = part === part.toLowerCase() ? part.toUpperCase() : part;
    return RESTORE_D[upper] ?? upper;
  }).join('-');
}

/** The document's number and symbol, normalised ("123/QĐ-UBND"), from the first line that has one. */
export function findDocumentNumber(lines: readonly TextLine[]): string | undefined {
  for (const line of lines) {
    const m = NUMBER.exec(line.folded);
    if (!m) continue;
    const number = digitsOf(m[1]!);
    if (number === null) continue;
    const symbolStart = m.index + m[0].length - m[3]!.length;
    const symbol = symbolOf(line.text.slice(symbolStart, m.index + m[0].length));
    return [number, m[2], symbol].filter((p) => p !== undefined).join('/');
  }
  return undefined;
}
