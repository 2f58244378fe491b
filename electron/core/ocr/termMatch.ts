import { hasCase, parseSyllable, splitToken, toneOf, type Modifier, type Syllable, type Unit } from './vietnameseSyllable';

/**
 * Decides whether an OCR'd word is a dictionary syllable misread in a typical way, and spells the fix with the
 * OCR's letter case. Only these differences count as OCR confusions (each costs 1):
 * - a different or missing tone (ỷ/ỹ, ế/ê, ị/i, ầ/â); tone placement alone (Uỷ/Ủy) costs nothing;
 * - a vowel modifier swapped or lost: ơ/ô, ư/u, ơ/o, â/a, ê/e, ô/o, ă/â, and đ/d. Not ă/a: "đang"/"đăng",
 *   "tăng"/"tặng" are both everyday words, so a breve is never added or removed;
 * - look-alike glyphs: l/I/1/|, i/l/1, o/0, m/rn, d/cl.
 */
interface Step {
  cost: number;
  /** The window letter's case, or null when the window character has none to give (1, |) or stands for another letter. */
  upper: boolean | null;
}

const ONE_TO_ONE: Record<string, readonly string[]> = { l: ['I', '1', '|'], i: ['l', '1', '|'], o: ['0'] };
const TWO_TO_ONE: Record<string, string> = { m: 'rn', d: 'cl' };
const MODIFIER_SWAPS = new Set(['|horn', '|circumflex', 'circumflex|horn', 'breve|circumflex', '|stroke']);
/** A syllable needing more fixes than this is another word, not a misreading. */
export const MAX_SYLLABLE_COST = 2;

function modifierCost(a: Modifier, b: Modifier): number | null {
  if (a === b) return 0;
  return MODIFIER_SWAPS.has([a, b].sort().join('|')) ? 1 : null;
}

function optionsFor(window: Unit[], at: number, term: Unit): Array<{ width: number; step: Step }> {
  const unit = window[at];
  if (!unit) return [];
  const options: Array<{ width: number; step: Step }> = [];
  const modifier = modifierCost(unit.modifier, term.modifier);
  if (unit.base === term.base && modifier !== null) {
    options.push({ width: 1, step: { cost: modifier, upper: hasCase(unit.raw) ? unit.upper : null } });
  } else if (ONE_TO_ONE[term.base]?.includes(unit.raw) && modifier !== null) {
    options.push({ width: 1, step: { cost: 1 + modifier, upper: null } });
  }
  const next = window[at + 1];
  if (next && TWO_TO_ONE[term.base] === (unit.raw + next.raw).toLowerCase()) {
    const pairModifier = modifierCost('', term.modifier);
    if (pairModifier !== null) options.push({ width: 2, step: { cost: 1 + pairModifier, upper: null } });
  }
  return options;
}

/** Aligns window units to term units (1:1, or 2:1 for rn/cl); the first alignment found wins. */
function align(window: Unit[], wi: number, term: Unit[], ti: number): Step[] | null {
  const unit = term[ti];
  if (!unit) return wi === window.length ? [] : null;
  for (const option of optionsFor(window, wi, unit)) {
    const rest = align(window, wi + option.width, term, ti + 1);
    if (rest) return [option.step, ...rest];
  }
  return null;
}

export interface SyllableFix {
  cost: number;
  /** The term's syllable in the window's letter case. */
  text: string;
}

/** The term syllable `termText` (NFC, preferred spelling) as a fix for `window`, or null when too far apart. */
export function matchSyllable(window: Syllable, termText: string, term: Syllable = parseSyllable(termText)): SyllableFix | null {
  if (!mayStartAlike(window, term)) return null;
  const steps = align(window.units, 0, term.units, 0);
  if (!steps) return null;
  const windowTone = toneOf(window);
  const toneCost = windowTone !== null && windowTone === toneOf(term) ? 0 : 1;
  const cost = toneCost + steps.reduce((sum, s) => sum + s.cost, 0);
  if (cost > MAX_SYLLABLE_COST) return null;
  return { cost, text: applyCase(termText, steps) };
}

/** Cheap rejection before aligning: most words share no first letter with most terms. */
function mayStartAlike(window: Syllable, term: Syllable): boolean {
  const w = window.units[0];
  const t = term.units[0];
  if (!w || !t) return false;
  return w.base === t.base || (ONE_TO_ONE[t.base]?.includes(w.raw) ?? false) || TWO_TO_ONE[t.base]?.[0] === w.base;
}

/**
 * Letters take the OCR's case. A look-alike (I, 1, |) says nothing about case: it is upper case inside an
 * upper-case word, otherwise as in the term ("Iuật" → "Luật", "IUẬT" → "LUẬT").
 */
function applyCase(termText: string, steps: Step[]): string {
  const known = steps.map((s) => s.upper).filter((u): u is boolean => u !== null);
  const allUpper = known.length > 1 && known.every(Boolean);
  const chars = [...termText.normalize('NFC')];
  return chars
    .map((ch, i) => {
      const upper = steps[i]?.upper ?? null;
      if (upper === null) return allUpper ? ch.toUpperCase() : ch;
      return upper ? ch.toUpperCase() : ch.toLowerCase();
    })
    .join('');
}

export interface TokenFix {
  cost: number;
  /** The whole token with its punctuation, or null when it stays as it is. */
  text: string | null;
}

/** An OCR word split once for all terms: punctuation around it, and its syllable (null for pure punctuation). */
export interface WindowWord {
  text: string;
  prefix: string;
  suffix: string;
  syllable: Syllable | null;
}

export function windowWord(text: string): WindowWord {
  const { prefix, core, suffix } = splitToken(text);
  return { text, prefix, suffix, syllable: core === '' ? null : parseSyllable(core) };
}

/** One token of a term against one OCR word: words must fix, punctuation tokens (`-`) only need punctuation. */
export function matchToken(word: WindowWord, termToken: { text: string; syllable: Syllable | null }): TokenFix | null {
  if (!termToken.syllable) return word.syllable === null ? { cost: 0, text: null } : null;
  if (!word.syllable) return null;
  const fix = matchSyllable(word.syllable, termToken.text, termToken.syllable);
  if (!fix) return null;
  const text = `${word.prefix}${fix.text}${word.suffix}`.normalize('NFC');
  return { cost: fix.cost, text: text === word.text.normalize('NFC') ? null : text };
}
