/**
 * Person names the tagger left untagged but the text marks as names: a run of capitalised words
 * with a role in apposition ("Anna Varga, the deputy mayor, ...") or after a form of address
 * ("Mr Varga") or a title ("Mayor Anna Varga"),
 * and, once a person is named in full, a lone capitalised word equal to that person's surname.
 */
import { type MentionLexicons } from './mention-lexicons.js';
import { roleAfter } from './mention-roles.js';
import { type NerGazetteer, kindBit } from './ner-gazetteer.js';
import { type NerToken } from './ner-tokens.js';

/** A candidate name: a token range with its CoNLL type and the rule that proposed it. */
export interface NameCandidate {
  readonly type: string;
  readonly first: number;
  readonly last: number;
  /** The rule, when not the tagger (optional). */
  readonly rule?: string;
}

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const MAX_WORDS = 3;
const NOT_A_NAME = kindBit('country') | kindBit('demonym') | kindBit('capital');

/** Whether a word may be capitalised: it does not start with an ASCII character other than a capital. */
function mayBeCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x80 || (code >= 0x41 && code <= 0x5a);
}

function nameWord(token: NerToken | undefined, lexicons: MentionLexicons, gazetteer: NerGazetteer): boolean {
  // Note: most words start with a small ASCII letter, a digit or a mark; they are ruled out without the pattern.
  if (token === undefined || !mayBeCapitalised(token.text) || !CAPITALISED.test(token.text)) return false;
  const lower = token.text.toLowerCase();
  if (lexicons.notEntities.has(lower) || lexicons.titles.has(lower) || lexicons.honorifics.has(lower) || lexicons.modifiers.has(lower)) {
    return false;
  }
  return ((gazetteer.phrases.get(lower) ?? 0) & NOT_A_NAME) === 0;
}

function isTitle(token: NerToken | undefined, lexicons: MentionLexicons): boolean {
  const lower = token?.text.toLowerCase() ?? '';
  return lexicons.titles.has(lower) || lexicons.honorifics.has(lower);
}

/**
 * Untagged runs of capitalised words that a role apposition or a title before them marks as a
 * person; `covered` is 1 for tagged tokens (the sentence's tokens from `offset` on).
 */
export function namesByRole(
  text: string,
  tokens: readonly NerToken[],
  covered: Uint8Array,
  offset: number,
  lexicons: MentionLexicons,
  gazetteer: NerGazetteer,
): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (let first = 0; first < tokens.length; first += 1) {
    if (covered[offset + first] !== 0 || !nameWord(tokens[first], lexicons, gazetteer)) continue;
    let last = first;
    while (last + 1 < tokens.length && last - first + 1 < MAX_WORDS && covered[offset + last + 1] === 0 && nameWord(tokens[last + 1], lexicons, gazetteer)) last += 1;
    const before = tokens[first - 1];
    const honorific = lexicons.honorifics.has(before?.text.toLowerCase() ?? '');
    const titled = CAPITALISED.test(before?.text ?? '') && (honorific || (last > first && isTitle(before, lexicons)));
    const apposition = last > first && roleAfter(text, tokens, last, lexicons) !== undefined;
    if (titled || apposition) found.push({ type: 'PER', first, last, rule: 'mentions/role-pattern' });
    first = last;
  }
  return found;
}

/**
 * Untagged words equal to the surname of a person named in full in the document; `covered` is 1
 * for tagged tokens (the sentence's tokens from `offset` on).
 */
export function namesBySurname(tokens: readonly NerToken[], covered: Uint8Array, offset: number, surnames: ReadonlySet<string>): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token !== undefined && covered[offset + index] === 0 && surnames.has(token.text)) found.push({ type: 'PER', first: index, last: index, rule: 'mentions/surname' });
  }
  return found;
}
