/**
 * Speaker phrases around a reporting cue: the noun phrase before the cue ("the foreign ministry
 * said"), after it ("said the official", "according to the ministry"), or the subject of the
 * clause (for "..., saying that"). A phrase is a run of capitalised words and of the lower-case
 * words a speaker phrase may hold (determiners, "of", titles, speaker nouns, modifiers); it must
 * name someone (a capitalised word or a speaker noun) or be a pronoun.
 */
import type { Token } from '../tokens/tokenize.js';
import { lower } from './token-lower.js';
import { endsPossessive, withoutPossessive } from './text-scan.js';
import { getAttributionLexicon, type PronounClass } from './attribution-lexicon.js';
import { overlappingType, type MentionSpans } from './mention-spans.js';

/** What kind of speaker a phrase names. */
export type SpeakerClass = 'person' | 'group' | 'unknown';

/** A speaker phrase found in the text. */
export interface SpeakerPhrase {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The pronoun's class when the phrase is a pronoun ("he", "it"). */
  readonly pronoun?: PronounClass;
  /** Where the whole subject begins when the speaker is a name in apposition to a description ("its operator, Cinia, said") (optional). */
  readonly subjectStart?: number;
}

const MAX_PHRASE_TOKENS = 14;
/** A relative clause ("X, who spoke on condition of anonymity ..., said") may be longer than a phrase. */
const MAX_RELATIVE_TOKENS = 40;
const RELATIVE_OPENERS = new Set(['who', 'which']);
/** Unknown lower-case modifiers a speaker noun may carry after its determiner ("the harbour authority"). */
const MAX_MODIFIERS = 2;
/** Prepositions that may attach a place or an employer to a speaker noun ("a spokesperson in X", "an official at Y"). */
const NOUN_PREPOSITIONS = new Set(['in', 'for', 'at']);
const CAPITALISED = /^\p{Lu}/u;
const JOINERS = new Set(['’', "'", '-', '.']);
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const MENTION_GROUPS = new Set(['ORG', 'GPE', 'NORP', 'LOC', 'FAC']);
const CONNECTORS = new Set(['of', 'from']);
const CONTRACTION = /['’](?:s|re|ve|d|ll)$/u;
const SPACE = /\s/u;


/** The lower-case word without a possessive ending ("ministry’s" -> "ministry"). */
function base(token: Token | undefined): string {
  return withoutPossessive(lower(token));
}

/** The word without a plural ending, when the singular is a speaker word ("ministers" -> "minister"). */
function singular(word: string): string {
  if (!word.endsWith('s')) return word;
  const stem = word.slice(0, -1);
  return getAttributionLexicon().speakerWords.has(stem) ? stem : word;
}

function isSpeakerWord(token: Token | undefined): boolean {
  const lexicon = getAttributionLexicon();
  return lexicon.speakerWords.has(singular(base(token))) || CONNECTORS.has(lower(token));
}

function namesSomeone(token: Token): boolean {
  const lexicon = getAttributionLexicon();
  const word = singular(base(token));
  return (isCapitalised(token) && !lexicon.determiners.has(word)) || lexicon.speakerNouns.has(word) || lexicon.personTitles.has(word) || lexicon.groupWords.has(word);
}

/** Whether a token is a capitalised word. */
export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  const code = token.text.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITALISED.test(token.text);
}

function isJoiner(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  if (token === undefined || before === undefined || token.kind !== 'punct' || !JOINERS.has(token.text)) return false;
  if (before.end !== token.start || before.kind !== 'word') return false;
  if (token.text === '.') return getAttributionLexicon().personTitles.has(lower(before)) || SINGLE_CAPITAL.test(before.text);
  return true;
}

function phraseFrom(text: string, tokens: readonly Token[], first: number, last: number, lenient = false): SpeakerPhrase | undefined {
  let from = first;
  let to = last;
  const lexicon = getAttributionLexicon();
  while (from <= to && (CONNECTORS.has(lower(tokens[from])) || tokens[from]?.kind === 'punct')) from += 1;
  while (to >= from && (CONNECTORS.has(lower(tokens[to])) || lexicon.determiners.has(lower(tokens[to])) || (tokens[to]?.kind === 'punct' && tokens[to]?.text !== '.'))) to -= 1;
  const start = tokens[from];
  const end = tokens[to];
  if (start === undefined || end === undefined || from > to) return undefined;
  // Note: a phrase ending in a possessive ("Russia’s") names what follows it, not a speaker.
  if (endsPossessive(end.text) || tokens[to + 1]?.text === '’' || tokens[to + 1]?.text === "'") return undefined;
  if (!lenient && !namesSomeoneIn(tokens, from, to)) return undefined;
  return { start: start.start, end: end.end, text: text.slice(start.start, end.end) };
}

/** Whether a word token from `from` to `to` names someone. Note: read in place, without a copy of the tokens. */
function namesSomeoneIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at <= to; at += 1) {
    const token = tokens[at];
    if (token !== undefined && token.kind === 'word' && namesSomeone(token)) return true;
  }
  return false;
}

/** A word without a contraction ending ("they’re" -> "they"), as `word.replace(CONTRACTION, '')`; a word with no apostrophe (most) is returned without running the pattern. */
function withoutContraction(word: string): string {
  return word.includes("'") || word.includes('’') ? word.replace(CONTRACTION, '') : word;
}

function pronounAt(tokens: readonly Token[], index: number): SpeakerPhrase | undefined {
  const token = tokens[index];
  // Note: "he’s" / "they’re" before a cue is a pronoun with its auxiliary ("He’s claiming that ...").
  const pronoun = getAttributionLexicon().pronouns.get(withoutContraction(lower(token)));
  if (token === undefined || pronoun === undefined) return undefined;
  return { start: token.start, end: token.end, text: token.text, pronoun };
}

/** Token index of the last token that ends at or before `position` (-1 when none). */
export function tokenBefore(tokens: readonly Token[], position: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.end ?? Infinity) <= position) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Walk back from just before token `index` over auxiliaries and time words ("has", "on Sunday"). */
export function skipBack(tokens: readonly Token[], index: number, floor: number): number {
  const lexicon = getAttributionLexicon();
  let at = index;
  while (at >= 0 && (tokens[at]?.start ?? -1) >= floor) {
    const word = lower(tokens[at]);
    if (tokens[at]?.kind !== 'word' || !(lexicon.auxiliaries.has(word) || lexicon.temporalWords.has(word))) break;
    at -= 1;
  }
  return at;
}

function allowed(token: Token, lenient: boolean): boolean {
  const lexicon = getAttributionLexicon();
  if (isCapitalised(token) || isSpeakerWord(token)) return true;
  return lenient && !lexicon.clauseStops.has(lower(token)) && !lexicon.cues.has(lower(token));
}

/**
 * The speaker phrase that ends just before token `index` (the cue), not reaching before `floor`.
 * `lenient` (default: false) accepts any words that are not clause words, for a phrase held
 * between a closing quote mark and its cue, where nothing but a speaker fits.
 */
export function phraseBefore(text: string, tokens: readonly Token[], index: number, floor: number, lenient = false): SpeakerPhrase | undefined {
  const lexicon = getAttributionLexicon();
  const last = skipBack(tokens, index - 1, floor);
  if (last < 0 || (tokens[last]?.start ?? -1) < floor) return undefined;
  const pronoun = pronounAt(tokens, last);
  if (pronoun !== undefined) return pronoun;
  if (tokens[last]?.text === ',') return appositionBefore(text, tokens, last, floor);
  let first = last + 1;
  for (let at = last; at >= 0 && last - at < MAX_PHRASE_TOKENS && (tokens[at]?.start ?? -1) >= floor; at -= 1) {
    const token = tokens[at];
    const word = lower(token);
    if (token === undefined) break;
    if (isJoiner(tokens, at)) continue;
    if (token.kind !== 'word' || (lexicon.cues.has(word) && !isCapitalised(token))) break;
    if (lexicon.determiners.has(word)) {
      if (lower(tokens[at - 1]) !== 'of') {
        first = at;
        break;
      }
    } else if (!allowed(token, lenient) && !coordinatedName(tokens, at) && !nounPreposition(tokens, at)) {
      const modified = determinerBefore(tokens, at, floor);
      // Note: "DET MODIFIER* NOUN" right before a cue is its subject even when the noun is not a known speaker noun ("the commission says").
      if (modified >= 0 && at === last) return phraseFrom(text, tokens, modified, last, true);
      if (modified >= 0) first = modified;
      break;
    }
    first = at;
  }
  return first > last ? undefined : phraseFrom(text, tokens, first, last, lenient);
}

/**
 * The index of the determiner that opens "DET MODIFIER* NOUN" when the words from `index` back to it are
 * plain lower-case modifiers ("the harbour authority", "a fishing union spokesman"), else -1.
 */
function determinerBefore(tokens: readonly Token[], index: number, floor: number): number {
  const lexicon = getAttributionLexicon();
  for (let at = index; at >= 0 && index - at <= MAX_MODIFIERS && (tokens[at]?.start ?? -1) >= floor; at -= 1) {
    const token = tokens[at];
    const word = lower(token);
    if (token === undefined || token.kind !== 'word') return -1;
    if (lexicon.determiners.has(word)) return at < index && lower(tokens[at - 1]) !== 'of' ? at : -1;
    if (isCapitalised(token) || lexicon.clauseStops.has(word) || lexicon.cues.has(word) || lexicon.auxiliaries.has(word) || lexicon.pronouns.has(word)) return -1;
  }
  return -1;
}

/** Whether the "and" at `index` joins two names after "of" ("the foreign ministers of A and B"). */
function coordinatedName(tokens: readonly Token[], index: number): boolean {
  if (lower(tokens[index]) !== 'and' || !isCapitalised(tokens[index + 1]) || !isCapitalised(tokens[index - 1])) return false;
  let at = index - 1;
  while (at > 0 && (isCapitalised(tokens[at]) || isJoiner(tokens, at))) at -= 1;
  return lower(tokens[at]) === 'of';
}

/** Whether the preposition at `index` attaches a place or employer to the speaker noun before it ("a spokesperson in X"). */
function nounPreposition(tokens: readonly Token[], index: number): boolean {
  if (!NOUN_PREPOSITIONS.has(lower(tokens[index]))) return false;
  const lexicon = getAttributionLexicon();
  const noun = tokens[index - 1];
  const word = base(noun);
  return (lexicon.speakerNouns.has(singular(word)) || lexicon.personTitles.has(word)) && !lexicon.groupWords.has(word);
}

/** Whether tokens `from`..`to` are a name: capitalised words and joiners, not opening with a determiner. */
function isName(tokens: readonly Token[], from: number, to: number): boolean {
  if (from > to || getAttributionLexicon().determiners.has(lower(tokens[from]))) return false;
  for (let at = from; at <= to; at += 1) if (!isCapitalised(tokens[at]) && !isJoiner(tokens, at)) return false;
  return true;
}

/**
 * The speaker of "SUBJECT, APPOSITION, CUE": the subject when the apposition describes it
 * ("X, the dictator of Y, said"; "X, who ..., said"), the apposition when it is the name of a
 * described subject ("Armenia's prime minister, A B, said").
 */
function appositionBefore(text: string, tokens: readonly Token[], comma: number, floor: number): SpeakerPhrase | undefined {
  const lexicon = getAttributionLexicon();
  let punctuated = false;
  for (let at = comma - 1; at >= 0 && comma - at <= MAX_RELATIVE_TOKENS && (tokens[at]?.start ?? -1) >= floor; at -= 1) {
    const token = tokens[at];
    if (token?.text === ',') {
      const opener = lower(tokens[at + 1]);
      // Note: "who" / "which" already mark the subject as someone, so any noun phrase will do ("The engineer, who ..., said").
      if (RELATIVE_OPENERS.has(opener)) return phraseBefore(text, tokens, at, floor, true);
      if (punctuated || comma - at > MAX_PHRASE_TOKENS) return undefined;
      if (isName(tokens, at + 1, comma - 1)) {
        // Note: the description before a name may be any noun phrase ("its Finnish operator"), so it is read leniently.
        const described = phraseBefore(text, tokens, at, floor, true);
        const name = phraseFrom(text, tokens, at + 1, comma - 1);
        return described === undefined || name === undefined ? undefined : { ...name, subjectStart: described.subjectStart ?? described.start };
      }
      if (!(lexicon.determiners.has(opener) || lexicon.personTitles.has(opener))) return undefined;
      return phraseBefore(text, tokens, at, floor);
    }
    if (token?.kind === 'punct' && !isJoiner(tokens, at)) punctuated = true;
  }
  return undefined;
}

/** The speaker phrase that starts at token `index` ("said the official", "according to the ministry"); `lenient` as for {@link phraseBefore}. */
export function phraseAfter(text: string, tokens: readonly Token[], index: number, ceiling: number, lenient = false): SpeakerPhrase | undefined {
  const lexicon = getAttributionLexicon();
  const pronoun = pronounAt(tokens, index);
  if (pronoun !== undefined) return pronoun;
  let last = index - 1;
  for (let at = index; at < tokens.length && at - index < MAX_PHRASE_TOKENS && (tokens[at]?.end ?? Infinity) <= ceiling; at += 1) {
    const token = tokens[at];
    const word = lower(token);
    if (token === undefined) break;
    if (isJoiner(tokens, at)) continue;
    if (token.kind !== 'word' || (lexicon.cues.has(word) && !isCapitalised(token))) break;
    if (!allowed(token, lenient)) break;
    if (at > index && lexicon.determiners.has(word) && lower(tokens[at - 1]) !== 'of') break;
    last = at;
  }
  return last < index ? undefined : phraseFrom(text, tokens, index, last, lenient);
}

/** The subject of the clause that starts at `sentenceStart`, skipping an opening phrase such as "On Monday,". */
export function clauseSubject(text: string, tokens: readonly Token[], sentenceStart: number, before: number): SpeakerPhrase | undefined {
  const lexicon = getAttributionLexicon();
  let first = tokenBefore(tokens, sentenceStart) + 1;
  if (tokens[first + 1]?.text === ',') first += 2;
  const opener = lower(tokens[first]);
  if (lexicon.clauseStops.has(opener) || lexicon.auxiliaries.has(opener)) {
    const start = first;
    for (let at = first; at < tokens.length && at - first < MAX_PHRASE_TOKENS && (tokens[at]?.end ?? Infinity) <= before; at += 1) {
      if (tokens[at]?.text === ',') {
        first = at + 1;
        break;
      }
    }
    // Note: an opening phrase with no comma after it ("In short:") leaves no subject to read.
    if (first === start) return undefined;
  }
  return phraseAfter(text, tokens, first, before);
}

/** Whether a character code separates the words of a phrase, as `[\s’']` reads it (every such character is in the BMP). */
function isWordBreak(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  if (code < 0x80) return code === 0x20 || code === 0x27 || (code >= 0x09 && code <= 0x0d);
  return code === 0x2019 || SPACE.test(text.charAt(position));
}

/** The words of the phrase being classed and their lower-case forms. Note: one pair of lists serves every phrase (emptied for each), so none is made per phrase. */
const phraseWords: string[] = [];
const phraseLowers: string[] = [];

/**
 * Whether a phrase names a person, a group or institution, or cannot be told. Note: the words are
 * cut out in one pass over the phrase and the mentions read in place, with no lists made per
 * phrase; equal to splitting the text at `[\s’']+` and filtering the overlapping mentions (see
 * test/annotate/quotes-class-speed.test.ts).
 */
export function speakerClass(phrase: SpeakerPhrase, mentions: MentionSpans, people: ReadonlySet<string>): SpeakerClass {
  if (phrase.pronoun !== undefined) return phrase.pronoun === 'person' ? 'person' : 'group';
  const inside = overlappingType(mentions, phrase.start, phrase.end, 'PERSON', MENTION_GROUPS);
  if (inside === 1) return 'person';
  if (inside === 2) return 'group';
  const lexicon = getAttributionLexicon();
  const { text } = phrase;
  const words = phraseWords;
  const lowers = phraseLowers;
  let count = 0;
  let at = 0;
  while (at < text.length) {
    while (at < text.length && isWordBreak(text, at)) at += 1;
    if (at >= text.length) break;
    const start = at;
    while (at < text.length && !isWordBreak(text, at)) at += 1;
    const word = text.slice(start, at);
    // Note: each word lower-cased once; the tests below read these forms as the word-by-word forms they replace.
    words[count] = word;
    lowers[count] = word.toLowerCase();
    count += 1;
  }
  let of = -1;
  for (let index = 0; index < count && of < 0; index += 1) if (CONNECTORS.has(words[index] ?? '')) of = index;
  const head = (of > 0 ? lowers[of - 1] : count > 0 ? lowers[count - 1] : undefined) ?? '';
  if (lexicon.groupWords.has(head)) return 'group';
  if (lexicon.personTitles.has(head)) return 'person';
  // Note: the trailing capitalised words, without determiners, are the names; only their count, a group word among them and the only one are read.
  let firstTrailing = count;
  while (firstTrailing > 0 && CAPITALISED.test(words[firstTrailing - 1] ?? '')) firstTrailing -= 1;
  let names = 0;
  let onlyName = '';
  let groupName = false;
  for (let index = firstTrailing; index < count; index += 1) {
    const form = lowers[index] ?? '';
    if (lexicon.determiners.has(form)) continue;
    names += 1;
    onlyName = words[index] ?? '';
    if (lexicon.groupWords.has(form)) groupName = true;
  }
  if (groupName) return 'group';
  if (names >= 2 || (names === 1 && people.has(onlyName))) return 'person';
  for (let index = 0; index < count; index += 1) if (lexicon.personTitles.has(lowers[index] ?? '')) return 'person';
  for (let index = 0; index < count; index += 1) if (lexicon.groupWords.has(lowers[index] ?? '')) return 'group';
  return 'unknown';
}
