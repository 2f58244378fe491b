/**
 * Folds text the way `services/fold.ts` does (no diacritics, `đ` → `d`, lower case) but one UTF-16 unit for one,
 * without collapsing or trimming whitespace: index `i` of the result is index `i` of the input. Search snippets
 * and metadata extraction match on the folded copy and cut the ORIGINAL text (with diacritics) at the same offsets.
 *
 * NFC Vietnamese letters are single BMP units that fold to one unit. A unit whose fold is not exactly one unit
 * (a stray combining mark, `İ` → `i̇`, a surrogate half) is kept as it is, lower-cased when that stays one unit.
 */
const cache = new Map<string, string>();

function foldUnit(unit: string): string {
  const hit = cache.get(unit);
  if (hit !== undefined) return hit;
  const folded = unit.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const lower = unit.toLowerCase();
  const result = folded.length === 1 ? folded : lower.length === 1 ? lower : unit;
  if (cache.size < 4096) cache.set(unit, result);
  return result;
}

export function foldAligned(text: string): string {
  const out: string[] = new Array<string>(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = foldUnit(text.charAt(i));
  return out.join('');
}

/** NFC with every whitespace run collapsed to one space and the ends trimmed: the text snippets are cut from. */
export function flattenText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
