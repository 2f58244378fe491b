import { flattenText, foldAligned } from './foldAligned';

/** Characters of context kept before the first match, and the snippet's target length. */
const BEFORE = 30;
const TARGET = 100;
/** How far a cut may move to land on a word boundary instead of inside a word. */
const SLACK = 12;
const ELLIPSIS = '…';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Window in which matches of different tokens count as one passage. */
const PASSAGE = 70;

/** Every word start of `folded` that begins with a token: offset and which token. */
function wordMatches(folded: string, tokens: readonly string[]): Array<{ at: number; token: string }> {
  const alternatives = [...tokens].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'gu');
  return [...folded.matchAll(re)].map((m) => ({ at: m.index, token: m[0] }));
}

/**
 * Offset of the best passage: the first word match from which the most distinct tokens occur within PASSAGE
 * characters ("van noi ngay 15" prefers "Vân Nội, ngày 15" to an earlier "VÂN NỘI" alone); -1 when nothing matches.
 */
export function firstMatchOffset(folded: string, tokens: readonly string[]): number {
  if (tokens.length === 0) return -1;
  const matches = wordMatches(folded, tokens);
  let best = -1;
  let bestCount = 0;
  for (const [i, m] of matches.entries()) {
    const seen = new Set<string>();
    for (let j = i; j < matches.length && matches[j]!.at - m.at <= PASSAGE; j += 1) seen.add(matches[j]!.token);
    if (seen.size > bestCount) { best = m.at; bestCount = seen.size; }
    if (bestCount === tokens.length) break;
  }
  return best;
}

/** Moves a cut at `at` back (or forward) to the nearest space within SLACK, so no word is cut in half. */
function snapToSpace(text: string, at: number, direction: -1 | 1): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  for (let d = 0; d <= SLACK; d += 1) {
    const i = at + d * direction;
    if (i <= 0 || i >= text.length) return Math.max(0, Math.min(text.length, i));
    if (text.charAt(i) === ' ') return direction < 0 ? i + 1 : i;
  }
  return at;
}

/**
 * About 80–120 characters of the page's original text (NFC, diacritics kept, whitespace collapsed) around the
 * first word that matches a token; the start of the page when no word matches (e.g. a fold the tokenizer saw
 * differently). The folded copy is aligned unit for unit with the flattened original, so a match found in the
 * folded text is cut from the original at the same offsets.
 */
export function makeSnippet(originalText: string, tokens: readonly string[]): string {
  const flat = flattenText(originalText);
  if (flat.length <= TARGET + SLACK) return flat;
  const hit = Math.max(0, firstMatchOffset(foldAligned(flat), tokens));
  // Near the end of the page the window slides back so the snippet keeps its length.
  const wanted = Math.min(hit - BEFORE, flat.length - TARGET);
  const start = wanted <= 0 ? 0 : snapToSpace(flat, wanted, -1);
  const end = snapToSpace(flat, Math.min(flat.length, start + TARGET), 1);
  const body = flat.slice(start, end).trim();
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < flat.length ? ELLIPSIS : ''}`;
}
