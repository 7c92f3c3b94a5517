/**
 * Titles and roles around a person's name: forms of address and titles at the front of a tagged
 * span are taken off the name ("President", "Mr", "Defence Minister"), and the role stated beside
 * the name becomes its description: a role phrase just before it ("Belarusian Defence Minister
 * Jane Doe") or an apposition just after it ("Jane Doe, the deputy chief of staff,").
 */
import { type MentionLexicons } from './mention-lexicons.js';
import { type NerToken } from './ner-tokens.js';

const TRAILING_PERIOD = /\.$/u;
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
const CLAUSE_END = /^[,.;:!?)\]"“”‘’«»–—]$/u;
const ARTICLES = new Set(['a', 'an', 'the']);
const LEFT_WINDOW = 10;
const RIGHT_WINDOW = 14;
const TITLE_REACH = 5;

/** Which tokens of a sentence are tagged as part of a name. */
export interface SentenceMarks {
  /** 1 where a token is tagged as part of a name other than MISC (the sentence's tokens from `offset` on). */
  readonly marks: Uint8Array;
  /** Position of the sentence's first token in `marks`. */
  readonly offset: number;
}

/** Whether a token is a form of address or a title word ("Mr", "Dr.", "President", "Defence"). */
export function isTitleToken(token: NerToken, lexicons: MentionLexicons): boolean {
  const lower = token.text.toLowerCase().replace(TRAILING_PERIOD, '');
  return lexicons.honorifics.has(lower) || lexicons.titles.has(lower) || lexicons.modifiers.has(lower);
}

/** How many tokens at the front of `[first, last]` are titles, keeping at least one token. */
export function leadingTitles(tokens: readonly NerToken[], first: number, last: number, lexicons: MentionLexicons): number {
  let count = 0;
  for (let index = first; index < last; index += 1) {
    const token = tokens[index];
    if (token === undefined || !(isTitleToken(token, lexicons) || token.text === '.')) break;
    count += 1;
  }
  return count;
}

function textOf(text: string, tokens: readonly NerToken[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to];
  return first === undefined || last === undefined ? '' : text.slice(first.start, last.end);
}

/**
 * The role phrase just before token `first` (a run reaching back to a title word, stopping at
 * punctuation, verbs, function words and other names: `names` says which tokens are tagged as
 * part of a name), or undefined.
 */
export function roleBefore(
  text: string,
  tokens: readonly NerToken[],
  first: number,
  lexicons: MentionLexicons,
  isDemonym: (word: string) => boolean,
  names: SentenceMarks,
): string | undefined {
  let leftmostTitle = -1;
  for (let index = first - 1; index >= 0 && first - index <= LEFT_WINDOW; index -= 1) {
    const token = tokens[index];
    if (token === undefined || !WORD.test(token.text) || names.marks[names.offset + index] === 1) break;
    const lower = token.text.toLowerCase();
    if (lexicons.titles.has(lower)) leftmostTitle = index;
    else if (lexicons.governmentVerbs.has(lower) || (lexicons.notEntities.has(lower) && !lexicons.connectors.has(lower))) break;
  }
  if (leftmostTitle < 0) return undefined;
  const before = tokens[first - 1];
  if (before === undefined || lexicons.connectors.has(before.text.toLowerCase())) return undefined;
  let from = leftmostTitle;
  while (from > 0 && names.marks[names.offset + from - 1] !== 1) {
    const previous = tokens[from - 1];
    if (previous === undefined) break;
    const lower = previous.text.toLowerCase();
    if (!(lexicons.modifiers.has(lower) || isDemonym(previous.text))) break;
    from -= 1;
  }
  return textOf(text, tokens, from, first - 1);
}

/** The apposition just after token `last` (", the deputy chief of staff,") when it names a role, or undefined. */
export function roleAfter(text: string, tokens: readonly NerToken[], last: number, lexicons: MentionLexicons): string | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  let from = last + 2;
  if (ARTICLES.has(tokens[from]?.text.toLowerCase() ?? '')) from += 1;
  let to = from;
  let titled = false;
  while (to < tokens.length && to - from < RIGHT_WINDOW) {
    const token = tokens[to];
    if (token === undefined || CLAUSE_END.test(token.text)) break;
    const lower = token.text.toLowerCase();
    if (to - from < TITLE_REACH && lexicons.titles.has(lower)) titled = true;
    if (lexicons.governmentVerbs.has(lower) && to > from) break;
    to += 1;
  }
  const closing = tokens[to];
  if (!titled || to === from || (closing !== undefined && !CLAUSE_END.test(closing.text))) return undefined;
  return textOf(text, tokens, from, to - 1);
}
