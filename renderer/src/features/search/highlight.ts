/** Lower case without Vietnamese diacritics (đ → d), so "quyet dinh" matches "Quyết định" as the search does. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export interface Segment { text: string; match: boolean }

/** Folds `text` one character at a time, remembering where each folded character came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(i);
  return { folded, origin };
}

/** Spaces between two marked words are marked too, so "Quyết định" reads as one highlight. */
function bridgeSpaces(text: string, marks: boolean[]): void {
  for (let j = 1; j < text.length - 1; j++) {
    if (marks[j] || !/\s/u.test(text[j]!) || !marks[j - 1]) continue;
    let end = j;
    while (end < text.length && /\s/u.test(text[end]!)) end++;
    if (marks[end]) for (let k = j; k < end; k++) marks[k] = true;
  }
}

/** Marks every occurrence of each query word in `text` (accents and case ignored), merging overlapping hits. */
export function highlight(text: string, query: string): Segment[] {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const { folded, origin } = foldWithMap(text);
  const marks = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      for (let j = origin[at]!; j < origin[at + word.length]!; j++) marks[j] = true;
    }
  }
  bridgeSpaces(text, marks);
  const segments: Segment[] = [];
  for (let j = 0; j < text.length; j++) {
    const last = segments[segments.length - 1];
    if (last && last.match === marks[j]) last.text += text[j];
    else segments.push({ text: text[j]!, match: marks[j]! });
  }
  return segments;
}
