/**
 * A Vietnamese syllable taken apart the way OCR gets it wrong: base letters, one vowel modifier per letter (breve,
 * circumflex, horn, or the stroke of đ) and the tone marks, wherever they sit. Tone placement (Uỷ / Ủy, hoà / hòa)
 * therefore disappears from the comparison: both spellings hold the same units and the same tone.
 */
export type Tone = 'grave' | 'acute' | 'hook' | 'tilde' | 'dot';
export type Modifier = '' | 'breve' | 'circumflex' | 'horn' | 'stroke';

export interface Unit {
  /** The letter without marks, lower case (`đ` → `d`); other characters as they are. */
  base: string;
  /** The character as written, without marks, case kept: confusions such as `I`/`1` → `l` need it. */
  raw: string;
  modifier: Modifier;
  upper: boolean;
}

export interface Syllable {
  units: Unit[];
  /** Every tone mark found (a well-formed syllable has at most one). */
  tones: Tone[];
}

const TONE_MARKS: Record<string, Tone> = {
  '\u0300': 'grave',
  '\u0301': 'acute',
  '\u0309': 'hook',
  '\u0303': 'tilde',
  '\u0323': 'dot',
};

const MODIFIER_MARKS: Record<string, Modifier> = { '\u0306': 'breve', '\u0302': 'circumflex', '\u031B': 'horn' };

export function parseSyllable(word: string): Syllable {
  const units: Unit[] = [];
  const tones: Tone[] = [];
  for (const ch of word.normalize('NFD')) {
    const tone = TONE_MARKS[ch];
    const modifier = MODIFIER_MARKS[ch];
    const last = units[units.length - 1];
    if (tone) tones.push(tone);
    else if (modifier && last) last.modifier = modifier;
    else if (/\p{M}/u.test(ch) && last) continue; // any other mark: not Vietnamese, ignored for matching
    else units.push(unitOf(ch));
  }
  return { units, tones };
}

function unitOf(ch: string): Unit {
  if (ch === 'đ' || ch === 'Đ') return { base: 'd', raw: ch === 'đ' ? 'd' : 'D', modifier: 'stroke', upper: ch === 'Đ' };
  const lower = ch.toLowerCase();
  return { base: lower, raw: ch, modifier: '', upper: lower !== ch };
}

/** The single tone of a syllable, '' for the level tone; `null` when marks conflict (two tones). */
export function toneOf(syllable: Syllable): Tone | '' | null {
  if (syllable.tones.length > 1) return null;
  return syllable.tones[0] ?? '';
}

/** Whether a letter carries case at all (digits and `|` do not). */
export function hasCase(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** Splits a token into leading punctuation, the word itself and trailing punctuation (`(Quyết` → `(`, `Quyết`). */
export function splitToken(token: string): { prefix: string; core: string; suffix: string } {
  const match = /^([^\p{L}\p{N}|]*)(.*?)([^\p{L}\p{N}|]*)$/u.exec(token);
  if (!match || (match[2] ?? '') === '') return { prefix: token, core: '', suffix: '' };
  return { prefix: match[1] ?? '', core: match[2] ?? '', suffix: match[3] ?? '' };
}
