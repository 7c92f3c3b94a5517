/**
 * Lower-case forms of the tokens of the text being read, made once per token: the quote rules
 * read the same tokens around each cue many times. {@link readingTokens} starts a text; a token
 * of another list (a caller reading some other text) is simply lower-cased.
 */
import type { Token } from '../tokens/tokenize.js';
import { lowerCasedText } from '../tokens/word-index.js';

interface Reading {
  readonly tokens: readonly Token[];
  /** The text lower-cased (see `lowerCasedText`), cut into forms without lower-casing each. */
  readonly lowered: string | undefined;
  readonly forms: (string | undefined)[];
}

let reading: Reading | undefined;
/** Note: one list serves every text (emptied for each), so no list is made per document. */
const forms: (string | undefined)[] = [];

/** Start reading the tokens of a text (forgets the text read before). */
export function readingTokens(text: string, tokens: readonly Token[]): void {
  if (forms.length < tokens.length) forms.length = tokens.length;
  forms.fill(undefined, 0, tokens.length);
  reading = { tokens, lowered: lowerCasedText(text), forms };
}

/** The lower-case form of a token ('' for none). */
export function lower(token: Token | undefined): string {
  if (token === undefined) return '';
  const current = reading;
  if (current === undefined || current.tokens[token.index] !== token) return token.text.toLowerCase();
  const known = current.forms[token.index];
  if (known !== undefined) return known;
  const form = current.lowered === undefined ? token.text.toLowerCase() : current.lowered.slice(token.start, token.end);
  current.forms[token.index] = form;
  return form;
}
