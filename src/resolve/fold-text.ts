/**
 * Text folding and tokens shared by every resolve rule: the same folding the gold scorer uses
 * (NFKD, no combining marks, case folded, straight quotes), content words and numbers.
 */
import { createHash } from 'node:crypto';
import { resolveData } from './resolve-data.js';

const COMBINING_MARKS = /\p{M}+/gu;
const CURLY_SINGLE = /[\u2018\u2019\u02bc]/gu;
const CURLY_DOUBLE = /[\u201c\u201d]/gu;
const SPACES = /\s+/gu;
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const NUMBER = /^\d+$/u;
const POSSESSIVE = /['’]s?$/u;

/** Fold text for comparison: NFKD, combining marks dropped, lower case, straight quotes, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(CURLY_SINGLE, "'")
    .replace(CURLY_DOUBLE, '"')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

/** The folded words of a text, possessive endings dropped. */
export function words(text: string): string[] {
  return (foldText(text).match(WORD) ?? []).map((word) => word.replace(POSSESSIVE, ''));
}

/**
 * A light English stem: enough to make "troops"/"troop" and "forces"/"force" one key. Note:
 * a full stemmer would also join unrelated words; resolve only needs plural folding.
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('sses'))) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Content words of a text: folded, stemmed, without stop words and one-letter tokens; numbers kept. */
export function contentWords(text: string): string[] {
  const { stopwords } = resolveData();
  const out: string[] = [];
  for (const word of words(text)) {
    if (NUMBER.test(word)) {
      out.push(word);
      continue;
    }
    if (word.length < 3 || stopwords.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** A 32-bit FNV-1a hash of a string. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A short stable hex id from any number of parts. */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  return `${prefix}_${createHash('sha1').update(parts.join('\u0001')).digest('hex').slice(0, 16)}`;
}
