/**
 * Titles and roles around a person's name: forms of address and titles at the front of a tagged
 * span are taken off the name ("President", "Mr", "Defence Minister"), and the role stated beside
 * the name becomes its description: a role phrase just before it ("Belarusian Defence Minister
 * Jane Doe") or an apposition just after it ("Jane Doe, the deputy chief of staff,").
 */
import { type MentionLexicons } from './mention-lexicons.js';
import { kindBit } from './ner-gazetteer.js';
import { CLASSES, type SentenceWords, TRAITS, classesAt, kindsAt, traitsAt } from './sentence-words.js';

const LEFT_WINDOW = 10;
const RIGHT_WINDOW = 14;
const TITLE_REACH = 5;
const DEMONYM = kindBit('demonym');

/** Which tokens of a sentence are tagged as part of a name. */
export interface SentenceMarks extends SentenceWords {
  /** 1 where a token of the document is tagged as part of a name other than MISC (the sentence's from `offset` on). */
  readonly marks: Uint8Array;
}

/** Whether token `index` is a form of address or a title word ("Mr", "Dr.", "President", "Defence"). */
export function isTitleAt(words: SentenceWords, index: number, lexicons: MentionLexicons): boolean {
  return (classesAt(words, index, lexicons) & CLASSES.titleWord) !== 0;
}

/** How many tokens at the front of `[first, last]` are titles, keeping at least one token. */
export function leadingTitles(words: SentenceWords, first: number, last: number, lexicons: MentionLexicons): number {
  let count = 0;
  for (let index = first; index < last; index += 1) {
    const token = words.tokens[index];
    if (token === undefined || !(isTitleAt(words, index, lexicons) || token.text === '.')) break;
    count += 1;
  }
  return count;
}

function textOf(text: string, words: SentenceWords, from: number, to: number): string {
  const first = words.tokens[from];
  const last = words.tokens[to];
  return first === undefined || last === undefined ? '' : text.slice(first.start, last.end);
}

/** Whether token `index` names a nationality or a group ("Belarusian", "Kurdish"). */
function isDemonymAt(words: SentenceWords, index: number, lexicons: MentionLexicons): boolean {
  return (kindsAt(words, index) & DEMONYM) !== 0 || (classesAt(words, index, lexicons) & CLASSES.group) !== 0;
}

/**
 * The role phrase just before token `first` (a run reaching back to a title word, stopping at
 * punctuation, verbs, function words and other names: `names.marks` says which tokens are tagged
 * as part of a name), or undefined.
 */
export function roleBefore(text: string, names: SentenceMarks, first: number, lexicons: MentionLexicons): string | undefined {
  let leftmostTitle = -1;
  for (let index = first - 1; index >= 0 && first - index <= LEFT_WINDOW; index -= 1) {
    if (names.tokens[index] === undefined || (traitsAt(names, index) & TRAITS.word) === 0 || names.marks[names.offset + index] === 1) break;
    const classes = classesAt(names, index, lexicons);
    if ((classes & CLASSES.title) !== 0) leftmostTitle = index;
    else if ((classes & CLASSES.governmentVerb) !== 0 || (classes & (CLASSES.notEntity | CLASSES.connector)) === CLASSES.notEntity) break;
  }
  if (leftmostTitle < 0) return undefined;
  if (names.tokens[first - 1] === undefined || (classesAt(names, first - 1, lexicons) & CLASSES.connector) !== 0) return undefined;
  let from = leftmostTitle;
  while (from > 0 && names.marks[names.offset + from - 1] !== 1) {
    if (names.tokens[from - 1] === undefined) break;
    if (!((classesAt(names, from - 1, lexicons) & CLASSES.modifier) !== 0 || isDemonymAt(names, from - 1, lexicons))) break;
    from -= 1;
  }
  return textOf(text, names, from, first - 1);
}

/** The apposition just after token `last` (", the deputy chief of staff,") when it names a role, or undefined. */
export function roleAfter(text: string, words: SentenceWords, last: number, lexicons: MentionLexicons): string | undefined {
  if (words.tokens[last + 1]?.text !== ',') return undefined;
  let from = last + 2;
  if ((classesAt(words, from, lexicons) & CLASSES.article) !== 0) from += 1;
  let to = from;
  let titled = false;
  while (to < words.tokens.length && to - from < RIGHT_WINDOW) {
    if (words.tokens[to] === undefined || (traitsAt(words, to) & TRAITS.clauseEnd) !== 0) break;
    const classes = classesAt(words, to, lexicons);
    if (to - from < TITLE_REACH && (classes & CLASSES.title) !== 0) titled = true;
    if ((classes & CLASSES.governmentVerb) !== 0 && to > from) break;
    to += 1;
  }
  const closing = words.tokens[to];
  if (!titled || to === from || (closing !== undefined && (traitsAt(words, to) & TRAITS.clauseEnd) === 0)) return undefined;
  return textOf(text, words, from, to - 1);
}
