import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/errors/AppError';
import { ocrAssetPath } from './ocrAssets';
import { parseSyllable, splitToken, type Syllable } from './vietnameseSyllable';

/** One token of a term: a word with its parsed syllable, or punctuation (`-`) with `syllable: null`. */
export interface TermToken {
  text: string;
  syllable: Syllable | null;
}

export interface Term {
  /** The preferred spelling (NFC); a fix writes exactly these letters, in the OCR's case. */
  text: string;
  tokens: TermToken[];
}

export interface TermDictionary {
  version: string;
  /** Longest first, so "Chủ tịch Ủy ban nhân dân" wins over "Ủy ban nhân dân". */
  terms: Term[];
}

const FILE_NAME = 'vi-admin-terms.json';

const dictionaryFile = z.object({
  version: z.string().min(1),
  terms: z.array(z.string().min(1)).min(1),
});

function invalid(file: string, why: string): AppError {
  return new AppError('ocr/failed', `Từ điển sửa lỗi nhận dạng không hợp lệ (${why}). Hãy cài lại ứng dụng.`, { details: { file } });
}

/** Builds a dictionary from term strings; every term is NFC, has at least two words, and no word with inner punctuation. */
export function buildTermDictionary(version: string, texts: string[], source = '(memory)'): TermDictionary {
  const terms = texts.map((text): Term => {
    if (text !== text.normalize('NFC')) throw invalid(source, `"${text}" chưa ở dạng NFC`);
    const tokens = text.split(/\s+/u).map((token): TermToken => {
      const { prefix, core, suffix } = splitToken(token);
      if (core === '') return { text: token, syllable: null };
      if (prefix !== '' || suffix !== '') throw invalid(source, `"${token}" dính dấu câu`);
      return { text: core, syllable: parseSyllable(core) };
    });
    // A single syllable is too often another correct word ("đinh", "dần"): only phrases carry enough context.
    if (tokens.filter((t) => t.syllable).length < 2) throw invalid(source, `"${text}" cần ít nhất hai tiếng`);
    return { text, tokens };
  });
  terms.sort((a, b) => b.tokens.length - a.tokens.length);
  return { version, terms };
}

function defaultPath(): string {
  return ocrAssetPath(FILE_NAME);
}

const cache = new Map<string, TermDictionary>();

/** Reads a versioned term file (`{ "version", "terms": [...] }`); default: the shipped assets/ocr/vi-admin-terms.json. */
export function loadTermDictionary(file: string = defaultPath()): TermDictionary {
  const known = cache.get(file);
  if (known) return known;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AppError('ocr/failed', 'Không đọc được từ điển sửa lỗi nhận dạng. Hãy cài lại ứng dụng.', { details: { file }, cause: err });
  }
  const parsed = dictionaryFile.safeParse(raw);
  if (!parsed.success) throw invalid(file, 'sai cấu trúc');
  const dictionary = buildTermDictionary(parsed.data.version, parsed.data.terms, file);
  cache.set(file, dictionary);
  return dictionary;
}
