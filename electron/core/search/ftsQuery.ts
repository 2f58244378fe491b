import { AppError } from '../../shared/errors/AppError';
import { foldVietnamese } from '../services/fold';

/** More words than this add nothing for a desk clerk and only slow the query down. */
export const MAX_QUERY_TOKENS = 12;

/**
 * The words of a query as FTS5's `unicode61` tokenizer sees them: runs of letters and digits of the folded text.
 * Everything else (quotes, `*`, `-`, `(`, `:`, `^`, …) separates words, so no FTS5 syntax survives tokenising.
 */
export function queryTokens(q: string): string[] {
  const tokens = foldVietnamese(q).split(/[^\p{L}\p{N}\p{Co}]+/u).filter((t) => t.length > 0);
  return [...new Set(tokens)].slice(0, MAX_QUERY_TOKENS);
}

/**
 * A MATCH expression that finds pages containing every word as a prefix: `"quyet"* "dinh"*`. Each word is a
 * quoted string, so `OR`, `NEAR`, `AND`, `NOT` and column filters are plain text (FTS5 operators are also
 * upper case and folded words are lower case). Quotes are doubled for good measure, though tokens hold none.
 */
export function ftsMatchExpression(tokens: readonly string[]): string {
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' ');
}

/** Tokens of a query, or `search/invalid-query` when it holds no letter or digit to look for. */
export function requireQueryTokens(q: string): string[] {
  const tokens = queryTokens(q);
  if (tokens.length === 0) {
    throw new AppError('search/invalid-query', 'Từ khóa tìm kiếm không có chữ hoặc số nào. Hãy nhập một từ trong văn bản cần tìm (có thể gõ không dấu).', { details: { length: q.length } });
  }
  return tokens;
}
