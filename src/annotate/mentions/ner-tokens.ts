/**
 * Tokens as the tagger was trained on them (CoNLL-2003 / Penn style): the shared tokenizer keeps
 * "Kyiv's", "Putin-allied" and "U.S" + "." as it likes; here a possessive 's and a participle
 * after a hyphenated name are split off, and an abbreviation's final period is put back on its word.
 */
import { type Token, tokenize } from '../tokens/tokenize.js';

/** One tagger token: a half-open span of the document text. */
export interface NerToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const POSSESSIVE = /^(.+)(['‘’][sS])$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const NAME_COMPOUND = /^(\p{Lu}[\p{L}\p{M}'’.]*)-(\p{Ll}+)$/u;

/** Whether a word holds a character one of the three splits needs (. - ' ‘ ’); a word with none is kept whole without running the patterns. */
export function hasSplitMark(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code === 0x2e || code === 0x2d || code === 0x27 || code === 0x2018 || code === 0x2019) return true;
  }
  return false;
}

/** The index of the first shared token that ends after `start`, by binary search. */
export function firstTokenAfter(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The tagger tokens of shared word token `tokens[index]`, which holds a split mark, pushed onto
 * `result`; returns how many shared tokens they take (2 when an abbreviation takes its period).
 */
export function splitWord(tokens: readonly Token[], index: number, result: NerToken[]): number {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (DOTTED.test(token.text) && next?.text === '.' && next.start === token.end) {
    result.push({ start: token.start, end: next.end, text: `${token.text}.` });
    return 2;
  }
  const compound = NAME_COMPOUND.exec(token.text);
  if (compound !== null) {
    // Note: "Putin-allied" or "Kremlin-backed" hold a name and a participle; the name is tagged alone.
    const name = compound[1] ?? '';
    const at = token.start + name.length;
    result.push({ start: token.start, end: at, text: name }, { start: at, end: at + 1, text: '-' });
    result.push({ start: at + 1, end: token.end, text: compound[2] ?? '' });
    return 1;
  }
  const possessive = POSSESSIVE.exec(token.text);
  if (possessive !== null) {
    const stem = possessive[1] ?? '';
    result.push({ start: token.start, end: token.start + stem.length, text: stem });
    result.push({ start: token.start + stem.length, end: token.end, text: possessive[2] ?? '' });
    return 1;
  }
  result.push({ start: token.start, end: token.end, text: token.text });
  return 1;
}

/** The tagger tokens of `text[start, end)`. */
export function nerTokens(text: string, start: number, end: number): NerToken[] {
  const result: NerToken[] = [];
  const tokens = tokenize(text);
  for (let index = firstTokenAfter(tokens, start); index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.start >= end) break;
    if (token.kind !== 'word' || !hasSplitMark(token.text)) {
      // Note: a shared token is a tagger token as it stands (same span and text); it is not copied.
      result.push(token);
      continue;
    }
    index += splitWord(tokens, index, result) - 1;
  }
  return result;
}
