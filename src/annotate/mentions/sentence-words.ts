/**
 * A sentence's tokens as the mention rules read them: each token beside its tagger word form, so
 * that a token's lower-case text, its gazetteer entry and the text tests the rules make (is it a
 * word, a clause end, a capitalised name word, ...) are computed once per word form, not once per
 * token and rule.
 */
import { type NerGazetteer } from './ner-gazetteer.js';
import { type NerToken } from './ner-tokens.js';
import { type PhraseStep, type WordForm } from './word-forms.js';

/** A sentence's tokens and their forms. */
export interface SentenceWords {
  readonly tokens: readonly NerToken[];
  /** The document's forms; the sentence's tokens have those from `offset` on. */
  readonly forms: readonly WordForm[];
  /** Position of the sentence's first token in `forms`. */
  readonly offset: number;
}

/** Text traits of a token, one bit each (see {@link traitsAt}). */
export const TRAITS = {
  /** Holds a letter. */
  letter: 1,
  /** Holds a small letter. */
  smallLetter: 2,
  /** Holds a letter or a digit. */
  wordOrNumber: 4,
  /** Is a bracket. */
  bracket: 8,
  /** Is an opening quote or bracket. */
  opening: 16,
  /** Is a credit mark (/, |, ©). */
  creditMark: 32,
  /** Is a word: letters and marks, with inner apostrophes, periods and hyphens. */
  word: 64,
  /** Ends a clause: a comma, stop, bracket, quote or dash. */
  clauseEnd: 128,
  /** Is a capitalised name word: a capital and then small letters, marks, apostrophes or hyphens. */
  nameWord: 256,
  /** Is a possessive mark ('s, ’s or a lone apostrophe). */
  possessive: 512,
} as const;

const TRAIT_TESTS: readonly (readonly [number, RegExp])[] = [
  [TRAITS.letter, /\p{L}/u],
  [TRAITS.smallLetter, /\p{Ll}/u],
  [TRAITS.wordOrNumber, /[\p{L}\p{N}]/u],
  [TRAITS.bracket, /^[()[\]{}]$/u],
  [TRAITS.opening, /^["'“‘([«]$/u],
  [TRAITS.creditMark, /^[/|©]$/u],
  [TRAITS.word, /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u],
  [TRAITS.clauseEnd, /^[,.;:!?)\]"“”‘’«»–—]$/u],
  [TRAITS.nameWord, /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u],
  [TRAITS.possessive, /^['‘’][sS]?$/u],
];

/** The traits of a word form (computed on first use and kept on the form). */
export function traitsOf(form: WordForm): number {
  if (form.traits < 0) {
    let traits = 0;
    for (const [bit, pattern] of TRAIT_TESTS) if (pattern.test(form.word)) traits |= bit;
    form.traits = traits;
  }
  return form.traits;
}

/** The form of token `index`, or undefined outside the sentence. */
export function formAt(words: SentenceWords, index: number): WordForm | undefined {
  return index >= 0 && index < words.tokens.length ? words.forms[words.offset + index] : undefined;
}

/** The lower-case text of token `index` ('' outside the sentence). */
export function lowerAt(words: SentenceWords, index: number): string {
  return formAt(words, index)?.lowerForm.lower ?? '';
}

/** The traits of token `index` (0 outside the sentence). */
export function traitsAt(words: SentenceWords, index: number): number {
  const form = formAt(words, index);
  return form === undefined ? 0 : traitsOf(form);
}

/** The gazetteer kinds of token `index` alone (0 outside the sentence). */
export function kindsAt(words: SentenceWords, index: number): number {
  return formAt(words, index)?.lowerForm.phrase.kinds ?? 0;
}

/**
 * The gazetteer entry of the text of tokens `[first, last]` lower-cased, read from the phrase
 * steps of their forms when one space parts each token from the next (the text is then the
 * tokens' lower-case forms joined by spaces); undefined otherwise.
 */
export function phraseOf(text: string, words: SentenceWords, first: number, last: number, gazetteer: NerGazetteer): PhraseStep | undefined {
  let step = formAt(words, first)?.lowerForm.phrase;
  for (let index = first + 1; step !== undefined && index <= last; index += 1) {
    const before = words.tokens[index - 1];
    const token = words.tokens[index];
    const form = formAt(words, index);
    if (before === undefined || token === undefined || form === undefined || token.start !== before.end + 1 || text.charCodeAt(before.end) !== 0x20) return undefined;
    step = step.then(form.lowerForm, gazetteer);
  }
  return step;
}
