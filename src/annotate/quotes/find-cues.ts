/**
 * Reporting cues in a text: a cue form of the lexicon ("said", "warned", "saying") or "according
 * to", extended by what belongs to the cue ("told reporters", "said in a statement"). A form right
 * after a determiner or a possessive is a noun ("the report", "Russia's claim"), not a cue.
 */
import type { Token } from '../tokens/tokenize.js';
import { lower } from './token-lower.js';
import { lowerCasedText } from '../tokens/word-index.js';
import { getAttributionLexicon, type AttributionLexicon } from './attribution-lexicon.js';

/** A reporting cue. */
export interface Cue {
  /** Token index of the cue word. */
  readonly index: number;
  /** Token index of the first token after the whole cue phrase. */
  readonly next: number;
  readonly start: number;
  readonly end: number;
  /** The cue phrase as written ("said in a statement"). */
  readonly text: string;
  /** The cue word, lower-case. */
  readonly form: string;
  /** An -ing form ("saying"): its speaker is the subject of the clause. */
  readonly participle: boolean;
  /** "according to X": the speaker follows the cue. */
  readonly according: boolean;
}

const ACCORDING = 'according';
const PARTICIPLE = /ing$/u;
const PLAIN_FORM = /^[a-z]+$/u;
const AFTER_WORD_CHARACTER = /[\d_](?=[a-z])/gu;
const CAPITAL = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;
const EXTENSION_PREPOSITIONS = new Set(['in', 'during']);
const EXTENSION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
const MAX_EXTENSION_ADJECTIVES = 2;


function matchWords(tokens: readonly Token[], at: number, phrase: string): number {
  const words = phrase.split(' ');
  for (let offset = 0; offset < words.length; offset += 1) if (lower(tokens[at + offset]) !== words[offset]) return -1;
  return at + words.length;
}

function extensionEnd(tokens: readonly Token[], at: number, form: string): number {
  const lexicon = getAttributionLexicon();
  if (form.startsWith('tel') || form === 'told') {
    for (const object of lexicon.objectWords) {
      const end = matchWords(tokens, at, object);
      if (end > 0) return end;
    }
  }
  if (!EXTENSION_PREPOSITIONS.has(lower(tokens[at]))) return at;
  let cursor = at + 1;
  if (EXTENSION_DETERMINERS.has(lower(tokens[cursor]))) cursor += 1;
  for (let skipped = 0; skipped <= MAX_EXTENSION_ADJECTIVES; skipped += 1) {
    for (const noun of lexicon.speechNouns) {
      const end = matchWords(tokens, cursor + skipped, noun);
      if (end > 0) return end;
    }
    if (tokens[cursor + skipped]?.kind !== 'word') break;
  }
  return at;
}

let formPattern: { readonly lexicon: AttributionLexicon; readonly pattern: RegExp | undefined } | undefined;

/**
 * One pattern of every cue form and "according", longest first, each after a word boundary, to
 * find them in the lower-cased text in one native scan; undefined when a form is not plain
 * lower-case ASCII letters (then each word is lower-cased and tested). Note: built once per
 * lexicon. A form found is a cue candidate only where it is a whole word token: a token is a
 * maximal run of letters, so no longer form can match at its start; the boundary misses a token
 * only after a digit or an underscore, which {@link formTokens} reads apart.
 */
function cueFormPattern(lexicon: AttributionLexicon): RegExp | undefined {
  if (formPattern?.lexicon !== lexicon) {
    const forms = [...lexicon.cues, ACCORDING].sort((a, b) => b.length - a.length);
    const plain = forms.every((form) => PLAIN_FORM.test(form));
    formPattern = { lexicon, pattern: plain ? new RegExp(`\\b(?:${forms.join('|')})`, 'g') : undefined };
  }
  return formPattern.pattern;
}

/** Index of the word token that spans exactly `[start, end)`, or -1. */
function tokenAt(tokens: readonly Token[], start: number, end: number, from: number): number {
  let index = from;
  while (index < tokens.length && (tokens[index]?.start ?? Infinity) < start) index += 1;
  const token = tokens[index];
  return token !== undefined && token.kind === 'word' && token.start === start && token.end === end ? index : -1;
}

/** Token positions of the cue forms of the lower-cased text that are whole word tokens, in order. */
function formTokens(lowered: string, tokens: readonly Token[], pattern: RegExp, lexicon: AttributionLexicon): number[] {
  const found: number[] = [];
  let index = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lowered); match !== null; match = pattern.exec(lowered)) {
    const at = tokenAt(tokens, match.index, match.index + match[0].length, index);
    if (at >= 0) found.push(at);
    index = at >= 0 ? at : index;
  }
  // Note: a word right after a digit or an underscore has no word boundary before it ("9said"); such words are few and tested one by one.
  let extra = false;
  for (let match = AFTER_WORD_CHARACTER.exec(lowered); match !== null; match = AFTER_WORD_CHARACTER.exec(lowered)) {
    const token = tokens[firstFrom(tokens, match.index + 1)];
    if (token === undefined || token.kind !== 'word' || token.start !== match.index + 1) continue;
    const form = lowered.slice(token.start, token.end);
    if (form === ACCORDING || lexicon.cues.has(form)) {
      found.push(token.index);
      extra = true;
    }
  }
  return extra ? found.sort((a, b) => a - b) : found;
}

/** Index of the first token that starts at or after `position`. */
function firstFrom(tokens: readonly Token[], position: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? Infinity) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Find the cues of a text; `excluded` says which positions to leave out (inside direct quotes).
 * `skipped` (optional): spans in start order whose positions `excluded` leaves out, passed over
 * without a look-up.
 */
export function findCues(text: string, tokens: readonly Token[], excluded: (position: number) => boolean, skipped: readonly { readonly start: number; readonly end: number }[] = []): Cue[] {
  const lexicon = getAttributionLexicon();
  const lowered = lowerCasedText(text);
  const pattern = cueFormPattern(lexicon);
  const cues: Cue[] = [];
  const cue = (token: Token, index: number, form: string): void => {
    if (excluded(token.start)) return;
    const according = form === ACCORDING && lower(tokens[index + 1]) === 'to';
    if (!according && (!lexicon.cues.has(form) || CAPITAL.test(token.text))) return;
    const before = tokens[index - 1];
    // Note: "she’s claiming" is a pronoun with its auxiliary, not a possessive before a noun ("Russia’s claim").
    const possessive = POSSESSIVE.test(before?.text ?? '') && !lexicon.pronouns.has(lower(before).replace(POSSESSIVE, ''));
    if (!according && (lexicon.determiners.has(lower(before)) || possessive || lower(before) === 'to')) return;
    const afterHead = according ? index + 2 : index + 1;
    const next = according ? afterHead : extensionEnd(tokens, afterHead, form);
    const last = tokens[next - 1] ?? token;
    cues.push({ index, next, start: token.start, end: last.end, text: text.slice(token.start, last.end), form: according ? 'according to' : form, participle: PARTICIPLE.test(form), according });
  };
  if (lowered !== undefined && pattern !== undefined) {
    // Note: the positions `skipped` covers are left out by `excluded` as well, so the scan needs no skipping.
    for (const index of formTokens(lowered, tokens, pattern, lexicon)) {
      const token = tokens[index];
      if (token !== undefined) cue(token, index, lower(token));
    }
    return cues;
  }
  let skip = 0;
  tokens.forEach((token, index) => {
    if (token.kind !== 'word') return;
    while ((skipped[skip]?.end ?? Infinity) <= token.start) skip += 1;
    if ((skipped[skip]?.start ?? Infinity) <= token.start) return;
    cue(token, index, token.text.toLowerCase());
  });
  return cues;
}
