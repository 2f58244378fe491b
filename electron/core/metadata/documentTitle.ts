import { isUpperCase, squeeze, wordsOf, type TextLine } from './textLines';

/**
 * First words of document-type titles (folded). One-word keys must be the whole first word. "Sổ" and "Thẻ" are left
 * out: folded they collide with "Số:" and too much else.
 */
const TITLE_KEYS: readonly string[][] = [
  ['quyet', 'dinh'], ['nghi', 'dinh'], ['nghi', 'quyet'], ['thong', 'tu'], ['chi', 'thi'], ['thong', 'bao'],
  ['ke', 'hoach'], ['bao', 'cao'], ['to', 'trinh'], ['bien', 'ban'], ['hop', 'dong'], ['huong', 'dan'],
  ['trich', 'luc'], ['chung', 'nhan'], ['chung', 'chi'], ['van', 'bang'], ['bang', 'tot', 'nghiep'],
  ['cong', 'van'], ['giay'], ['don'], ['phieu'], ['luat'], ['lenh'],
];
/** Titles whose next line is the subject even without "Về việc" (e.g. a Nghị định's "Quy định chi tiết …"). */
const NORMATIVE = new Set(['quyetdinh', 'nghidinh', 'nghiquyet', 'thongtu', 'chithi', 'kehoach', 'thongbao', 'baocao', 'totrinh', 'huongdan', 'luat']);
/** A title line ending with one of these words continues on the next line. */
const CONNECTORS = new Set(['va', 'cua', 've', 'voi', 'cho', 'tai', 'thuoc', 'quyen', 'o', 'gan', 'lien', 'doi']);
const MAX_TITLE_WORDS = 14;
/** Lines after the title that start the body of the document (the signer's role, legal bases, articles). */
export const BODY_START = /^(can cu|xet|theo|dieu \d|chu tich|bo truong|giam doc|tong giam doc|chinh phu|uy ban|hoi dong|thu truong|thu tuong|truong|chanh|cuc truong|tm|kt|q)\b/;
/** Lower-case (OCR lost the case) titles are accepted only when this short. */
const MAX_PLAIN_TITLE_WORDS = 6;

export interface TitleMatch {
  /** Index of the first title line in the lines given. */
  start: number;
  /** Index of the last title line (continuations included). */
  end: number;
  text: string;
  /** The squeezed key that matched ("quyetdinh"). */
  key: string;
}

function titleKey(line: TextLine): string | null {
  const words = wordsOf(line.folded);
  const squeezed = squeeze(line.folded);
  for (const key of TITLE_KEYS) {
    const joined = key.join('');
    const fits = key.length === 1 ? words[0] === joined : squeezed.startsWith(joined);
    if (fits) return joined;
  }
  return null;
}

function looksLikeTitle(line: TextLine): string | null {
  const key = titleKey(line);
  if (key === null || /^s ?o\s*[:.]/.test(line.folded)) return null;
  const words = line.text.split(' ').length;
  if (isUpperCase(line.text)) return words <= MAX_TITLE_WORDS ? key : null;
  // OCR lost the case: only a short line that is not a sentence ("Quyết định này có hiệu lực …" is not a title).
  return words <= MAX_PLAIN_TITLE_WORDS && !/[.;,:]$/.test(line.text) ? key : null;
}

/**
 * A title printed over two or three lines ("GIẤY CHỨNG NHẬN" / "ĐĂNG KÝ HOẠT ĐỘNG …"). A normative title
 * ("QUYẾT ĐỊNH") is the type word alone, so it continues only after a comma or a connecting word.
 */
function continues(title: TextLine, key: string, next: TextLine | undefined): boolean {
  if (!next || next.text.length === 0 || !isUpperCase(next.text) || next.text.startsWith('(')) return false;
  if (next.text.split(' ').length > MAX_TITLE_WORDS || BODY_START.test(next.folded)) return false;
  const last = wordsOf(title.folded).at(-1) ?? '';
  return title.text.endsWith(',') || CONNECTORS.has(last) || !NORMATIVE.has(key);
}

/**
 * The document-type title ("QUYẾT ĐỊNH", "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, …", "GIẤY KHAI SINH") among the first
 * `searchLines` lines, joined with its continuation lines; lines before `from` (the header) are skipped.
 */
export function findTitle(lines: readonly TextLine[], from: number, searchLines = 40): TitleMatch | null {
  for (let i = from; i < Math.min(lines.length, from + searchLines); i += 1) {
    const line = lines[i]!;
    if (/^(can cu|dieu \d|xet )/.test(line.folded)) return null; // the body has begun: no title on this page
    const key = looksLikeTitle(line);
    if (key === null) continue;
    let end = i;
    const parts = [line.text];
    while (parts.length < 3 && continues(lines[end]!, key, lines[end + 1])) {
      end += 1;
      parts.push(lines[end]!.text);
    }
    return { start: i, end, text: parts.join(' '), key };
  }
  return null;
}

export function isNormativeTitle(key: string): boolean {
  return NORMATIVE.has(key);
}
