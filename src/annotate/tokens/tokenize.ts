/**
 * Tokens of the cleaned text: words (with inner apostrophes and hyphens), numbers (with thousands
 * separators and decimals), and single punctuation marks. Tokens are computed once per text and
 * cached, not stored: they are cheap to rebuild and large to keep.
 */

/** Token kinds. */
export const TOKEN_KINDS = ['word', 'number', 'punct'] as const;
/** A token kind. */
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** One token: a half-open span of the text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** Index of the token in the text's token list. */
  readonly index: number;
}

const TOKEN_PATTERN = /(\p{N}+(?:[.,]\p{N}+)*)|([\p{L}\p{M}]+(?:['‘’\-.][\p{L}\p{M}]+)*)|(\S)/gu;
const cache = new Map<string, readonly Token[]>();
const CACHE_LIMIT = 64;

/** Split a text into tokens. */
export function tokenize(text: string): readonly Token[] {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const kind: TokenKind = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'punct';
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind, index: tokens.length });
  }
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(text, tokens);
  return tokens;
}

/** Tokens that lie inside `[start, end)`, by binary search over a token list. */
export function tokensIn(tokens: readonly Token[], start: number, end: number): readonly Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle];
    if (token !== undefined && token.end <= start) low = middle + 1;
    else high = middle;
  }
  const result: Token[] = [];
  for (let index = low; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.start >= end) break;
    result.push(token);
  }
  return result;
}
