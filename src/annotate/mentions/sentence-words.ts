/**
 * A sentence's tokens as the mention rules read them: each token beside its tagger word form, so
 * that a token's lower-case text, its gazetteer entry and the text tests the rules make (is it a
 * word, a clause end, a capitalised name word, ...) are computed once per word form, not once per
 * token and rule.
 */
import { type MentionLexicons } from './mention-lexicons.js';
import { type NerToken } from './ner-tokens.js';
import { type FormTable, type PhraseStep } from './word-forms.js';

/** A sentence's tokens and their forms. */
export interface SentenceWords {
  readonly tokens: readonly NerToken[];
  /** The form numbers of the document's tokens; the sentence's tokens have those from `offset` on. */
  readonly ids: Int32Array;
  /** Position of the sentence's first token in `ids`. */
  readonly offset: number;
  readonly table: FormTable;
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

/** The traits of form `id` (computed on first use and kept in the table). */
export function traitsOf(table: FormTable, id: number): number {
  let traits = table.traits[id] ?? -1;
  if (traits < 0) {
    traits = 0;
    const word = table.words[id] ?? '';
    for (const [bit, pattern] of TRAIT_TESTS) if (pattern.test(word)) traits |= bit;
    table.traits[id] = traits;
  }
  return traits;
}

/** The word lists of the mention rules a lower-case form is in, one bit each (see {@link classesAt}). */
export const CLASSES = {
  notEntity: 1,
  title: 2,
  honorific: 4,
  modifier: 8,
  connector: 16,
  governmentVerb: 32,
  governmentNoun: 64,
  auxiliary: 128,
  group: 256,
  facilityFirst: 512,
  facilityLast: 1024,
  /** "a", "an" or "the". */
  article: 2048,
  /** A form of address, title or modifier once a final period is taken off ("dr." as "dr"). */
  titleWord: 4096,
} as const;

const ARTICLES = new Set(['a', 'an', 'the']);

/** A lexicon set's word lists with their class bits, and the classes of '' (what a position outside the sentence has). */
interface ClassLists {
  readonly lists: readonly (readonly [number, ReadonlySet<string>])[];
  readonly outside: number;
}

/** The class lists of each lexicon set (made once per set: classes are asked for many times per document). */
const classLists = new WeakMap<MentionLexicons, ClassLists>();

function classListsOf(lexicons: MentionLexicons): ClassLists {
  let found = classLists.get(lexicons);
  if (found === undefined) {
    const lists: readonly (readonly [number, ReadonlySet<string>])[] = [
      [CLASSES.notEntity, lexicons.notEntities],
      [CLASSES.title, lexicons.titles],
      [CLASSES.honorific, lexicons.honorifics],
      [CLASSES.modifier, lexicons.modifiers],
      [CLASSES.connector, lexicons.connectors],
      [CLASSES.governmentVerb, lexicons.governmentVerbs],
      [CLASSES.governmentNoun, lexicons.governmentNouns],
      [CLASSES.auxiliary, lexicons.auxiliaries],
      [CLASSES.group, lexicons.groups],
      [CLASSES.facilityFirst, lexicons.facilityFirstWords],
      [CLASSES.facilityLast, lexicons.facilityLastWords],
      [CLASSES.article, ARTICLES],
    ];
    found = { lists, outside: classesOfLower('', lists, lexicons) };
    classLists.set(lexicons, found);
  }
  return found;
}

function classesOfLower(lower: string, lists: ClassLists['lists'], lexicons: MentionLexicons): number {
  let classes = 0;
  for (const [bit, list] of lists) if (list.has(lower)) classes |= bit;
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (lexicons.honorifics.has(bare) || lexicons.titles.has(bare) || lexicons.modifiers.has(bare)) classes |= CLASSES.titleWord;
  return classes;
}

/** The word-list classes of token `index`'s lower-case form (those of '' outside the sentence; computed once per form). */
export function classesAt(words: SentenceWords, index: number, lexicons: MentionLexicons): number {
  const lower = lowerIdAt(words, index);
  if (lower < 0) return classListsOf(lexicons).outside;
  const table = words.table;
  if (table.classesOf !== lexicons) {
    table.lowerClasses.fill(-1);
    table.classesOf = lexicons;
  }
  let classes = table.lowerClasses[lower] ?? -1;
  if (classes < 0) {
    classes = classesOfLower(table.lowers[lower] ?? '', classListsOf(lexicons).lists, lexicons);
    table.lowerClasses[lower] = classes;
  }
  return classes;
}

/** The form number of token `index`, or -1 outside the sentence. */
export function formAt(words: SentenceWords, index: number): number {
  return index >= 0 && index < words.tokens.length ? (words.ids[words.offset + index] ?? -1) : -1;
}

/** The number of token `index`'s lower-case form, or -1 outside the sentence. */
function lowerIdAt(words: SentenceWords, index: number): number {
  const id = formAt(words, index);
  return id < 0 ? -1 : (words.table.lowerOf[id] ?? -1);
}

/** The lower-case text of token `index` ('' outside the sentence). */
export function lowerAt(words: SentenceWords, index: number): string {
  const lower = lowerIdAt(words, index);
  return lower < 0 ? '' : (words.table.lowers[lower] ?? '');
}

/** The traits of token `index` (0 outside the sentence). */
export function traitsAt(words: SentenceWords, index: number): number {
  const id = formAt(words, index);
  return id < 0 ? 0 : traitsOf(words.table, id);
}

/** The gazetteer kinds of token `index` alone (0 outside the sentence). */
export function kindsAt(words: SentenceWords, index: number): number {
  const lower = lowerIdAt(words, index);
  return lower < 0 ? 0 : (words.table.lowerKinds[lower] ?? 0);
}

/**
 * The gazetteer entry of the text of tokens `[first, last]` lower-cased, read from the phrase
 * steps of their forms when one space parts each token from the next (the text is then the
 * tokens' lower-case forms joined by spaces); undefined otherwise.
 */
export function phraseOf(text: string, words: SentenceWords, first: number, last: number): PhraseStep | undefined {
  const lower = lowerIdAt(words, first);
  let step = lower < 0 ? undefined : words.table.phrases[lower];
  for (let index = first + 1; step !== undefined && index <= last; index += 1) {
    const before = words.tokens[index - 1];
    const token = words.tokens[index];
    const next = lowerIdAt(words, index);
    if (before === undefined || token === undefined || next < 0 || token.start !== before.end + 1 || text.charCodeAt(before.end) !== 0x20) return undefined;
    step = step.then(next, words.table);
  }
  return step;
}
