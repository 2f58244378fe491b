/**
 * Folds text the way `services/fold.ts` does (no diacritics, `đ` → `d`, lower case) but one UTF-16 unit for one,
 * without collapsing or trimming whitespace: index `i` of the result is index `i` of the input. Search snippets
 * and metadata extraction match on the folded copy and cut the ORIGINAL text (with diacritics) at the same offsets.
 *
 * NFC Vietnamese letters are single BMP units that fold to one unit. A unit whose fold is not exactly one unit
 * (a stray combining mark, `İ` → `i̇`) is kept as it is, lower-cased when that stays one unit; a lone surrogate
 * half becomes U+FFFD (still one unit).
 */
const cache = new Map<number, number>();
const utf16 = new TextDecoder('utf-16le');

function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code; // ASCII: only A–Z change
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  const unit = String.fromCharCode(code);
  const folded = unit.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const lower = unit.toLowerCase();
  const result = (folded.length === 1 ? folded : lower.length === 1 ? lower : unit).charCodeAt(0);
  if (cache.size < 4096) cache.set(code, result);
  return result;
}

export function foldAligned(text: string): string {
  // One unit in, one unit out: the codes go into a buffer decoded once (10× faster than joining strings).
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = foldCode(text.charCodeAt(i));
  return utf16.decode(out);
}

/** NFC with every whitespace run collapsed to one space and the ends trimmed: the text snippets are cut from. */
export function flattenText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
