/**
 * Folds Vietnamese text for search: lower case, no diacritics, `đ` → `d`, collapsed spaces. "Nguyễn Văn Ánh" and
 * "nguyen van anh" fold to the same string, so the clerk can type without accents.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern (with `ESCAPE '\'`) matching the folded query anywhere in a folded column. */
export function likePattern(query: string): string {
  return `%${foldVietnamese(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
