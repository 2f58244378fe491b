import type { OcrLine } from './OcrTypes';
import { loadTermDictionary, type Term, type TermDictionary } from './termDictionary';
import { matchToken, windowWord, type WindowWord } from './termMatch';

export interface Correction {
  /** Index into the lines given to postCorrect, then into that line's words. */
  line: number;
  word: number;
  from: string;
  to: string;
}

/**
 * How many confusion fixes a phrase may need: up to one per two words, at least two ("Quyêt đinh" → "Quyết định").
 * More and the words are more likely other Vietnamese words than a misread term.
 */
export function phraseBudget(words: number): number {
  return Math.max(2, Math.ceil(words / 2));
}

/** The fixes that turn words[at…] into `term`, or null when they are not that term misread. */
function matchTerm(words: WindowWord[], at: number, term: Term): Array<string | null> | null {
  if (at + term.tokens.length > words.length) return null;
  const fixes: Array<string | null> = [];
  let cost = 0;
  for (const [i, token] of term.tokens.entries()) {
    const word = words[at + i];
    const fix = word ? matchToken(word, token) : null;
    if (!fix) return null;
    cost += fix.cost;
    fixes.push(fix.text);
  }
  return cost <= phraseBudget(term.tokens.filter((t) => t.syllable).length) ? fixes : null;
}

function correctLine(words: WindowWord[], dictionary: TermDictionary): Array<string | null> {
  const out: Array<string | null> = words.map(() => null);
  let at = 0;
  while (at < words.length) {
    let consumed = 1;
    for (const term of dictionary.terms) {
      const fixes = matchTerm(words, at, term);
      if (!fixes) continue;
      fixes.forEach((fix, i) => (out[at + i] = fix));
      consumed = term.tokens.length;
      break;
    }
    at += consumed;
  }
  return out;
}

/**
 * Fixes administrative terms that OCR misread in a typical way (see termMatch.ts) and writes them in the
 * dictionary's preferred spelling (tone placement Uỷ → Ủy only inside terms). Words that are not near a term are
 * returned untouched, byte for byte; lines keep their boxes and confidences.
 */
export function postCorrect(lines: OcrLine[], dictionary: TermDictionary = loadTermDictionary()): { lines: OcrLine[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const corrected = lines.map((line, lineIndex) => {
    const fixes = correctLine(line.words.map((w) => windowWord(w.text)), dictionary);
    if (fixes.every((f) => f === null)) return line;
    const words = line.words.map((word, wordIndex) => {
      const to = fixes[wordIndex];
      if (to === null || to === undefined) return word;
      corrections.push({ line: lineIndex, word: wordIndex, from: word.text, to });
      return { ...word, text: to };
    });
    return { ...line, words };
  });
  return { lines: corrected, corrections };
}
