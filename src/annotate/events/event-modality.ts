/**
 * The modality of an event mention, from cues in its sentence: denied ("denied", "no evidence
 * that", a negation just before the trigger), threatened ("threatened to", "would ... if"),
 * conditional ("if", "unless"), planned ("plans to", "will", "is preparing to"), else asserted.
 *
 * {@link modalityOf} reads the words of the sentence text around the trigger (the reference);
 * {@link modalityWords} and {@link modalityAt} read the same words once per sentence from its
 * event tokens and find the cues by their first word, for every trigger of the sentence.
 */
import type { Modality } from '../../model/annotations.js';
import { CUE_MODAL, CUE_NEGATION, CUE_PHRASE, getEventLexicon, type LexiconWord } from './event-lexicon.js';
import { isWordAt, joinCursor, joinedAt, joinedWithin, lowerAt, type PassageTokens } from './event-tokens.js';

const WORDS = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const CURLY_APOSTROPHE = /’/gu;
const SPEECH_ACT_TYPES: ReadonlySet<string> = new Set(['threaten', 'warn', 'deny', 'accuse']);
/** Note: how many words before a trigger a negation may stand ("did not immediately attack"). */
const NEGATION_REACH = 4;
/** How many words before a trigger a plan cue may stand. */
const PLAN_REACH = 8;
const NEGATED = "n't";

function containsPhrase(words: readonly string[], phrases: readonly string[]): boolean {
  const joined = ` ${words.join(' ')} `;
  return phrases.some((phrase) => joined.includes(` ${phrase} `));
}

function wordsOf(text: string): string[] {
  return [...text.toLowerCase().replace(CURLY_APOSTROPHE, "'").matchAll(WORDS)].map((match) => match[0]);
}

/**
 * The modality of a trigger of `type` at `[start, end)` of `sentence` (positions relative to the
 * sentence). Speech acts (a threat, a warning, a denial, an accusation) are asserted when made.
 */
export function modalityOf(sentence: string, start: number, end: number, type: string): Modality {
  const { cues } = getEventLexicon();
  const before = wordsOf(sentence.slice(0, start));
  const after = wordsOf(sentence.slice(end));
  const whole = [...before, ...after];
  const near = before.slice(-NEGATION_REACH);
  const speechAct = SPEECH_ACT_TYPES.has(type);
  if (!speechAct && (near.some((word) => cues.negation.has(word) || word.endsWith(NEGATED)) || containsPhrase(before, cues.denial))) return 'denied';
  const conditional = containsPhrase(whole, cues.condition);
  if (!speechAct && (containsPhrase(before, cues.threat) || (conditional && before.some((word) => cues.modal.has(word))))) return 'threatened';
  if (!speechAct && conditional) return 'conditional';
  if (containsPhrase(before.slice(-PLAN_REACH), cues.plan)) return 'planned';
  return 'asserted';
}

/**
 * The modality words of a sentence, read from its event tokens. Note: the lists are reused from
 * sentence to sentence; only the first `count` words (and `count of tokens + 1` entries of
 * `firstWord`) belong to the sentence.
 */
export interface ModalityWords {
  tokens: PassageTokens | undefined;
  /** The lexicon entries of the tokens. */
  entries: readonly (LexiconWord | undefined)[];
  /** Whether every token is one word (no hyphen, no apostrophe): then the lists are left empty, and word i is token i. */
  plain: boolean;
  /** How many words the sentence holds. */
  count: number;
  /** The words of tokens that split into several (at a hyphen or an apostrophe); undefined for a word that is its whole token. */
  readonly pieces: (string | undefined)[];
  /** The token of each word. */
  readonly tokenOf: number[];
  readonly bits: number[];
  /** For each event token, the index of its first word; one more entry holds the word count. */
  readonly firstWord: number[];
}

/** Empty word lists, to fill with {@link modalityWords}. */
export function emptyModalityWords(): ModalityWords {
  return { tokens: undefined, entries: [], plain: true, count: 0, pieces: [], tokenOf: [], bits: [], firstWord: [] };
}

function pushWord(into: ModalityWords, piece: string | undefined, token: number, bits: number): void {
  const at = into.count;
  into.pieces[at] = piece;
  into.tokenOf[at] = token;
  into.bits[at] = bits;
  into.count = at + 1;
}

const [DENIAL_LIST, THREAT_LIST, CONDITION_LIST, PLAN_LIST] = [0, 1, 2, 3] as const;

/**
 * Fill `into` with the words of a sentence as {@link modalityOf} reads them, from its event
 * tokens and their lexicon entries (`entries`, whose cue bits serve the tokens that are one word). Note: the modality pattern splits a token at a hyphen and after its first apostrophe
 * only, so each word lies inside one event token; a caller must use {@link modalityOf} when the
 * text holds a letter whose lower case depends on its context or changes its length (when the
 * text's `EventText` has no `lowered` form).
 */
export function modalityWords(tokens: PassageTokens, entries: readonly (LexiconWord | undefined)[], into: ModalityWords = emptyModalityWords()): ModalityWords {
  const { bits } = getEventLexicon().cueWords;
  into.tokens = tokens;
  into.entries = entries;
  into.count = 0;
  const cursor = joinCursor(tokens);
  into.plain = !joinedWithin(tokens, cursor);
  if (into.plain) {
    into.count = tokens.count;
    return into;
  }
  for (let token = 0; token < tokens.count; token += 1) {
    into.firstWord[token] = into.count;
    if (!joinedAt(tokens, token, cursor)) {
      pushWord(into, undefined, token, entries[token]?.cueBits ?? 0);
      continue;
    }
    for (const match of lowerAt(tokens, token).matchAll(WORDS)) pushWord(into, match[0], token, (bits.get(match[0]) ?? 0) | (match[0].endsWith(NEGATED) ? CUE_NEGATION : 0));
  }
  into.firstWord[tokens.count] = into.count;
  return into;
}

function bitsAt(words: ModalityWords, index: number): number {
  return words.plain ? (words.entries[index]?.cueBits ?? 0) : (words.bits[index] ?? 0);
}

function firstWordOf(words: ModalityWords, token: number): number {
  return words.plain ? Math.min(token, words.count) : (words.firstWord[token] ?? words.count);
}

function wordAt(words: ModalityWords, index: number): string {
  if (words.plain) return words.tokens === undefined ? '' : lowerAt(words.tokens, index);
  const piece = words.pieces[index];
  if (piece !== undefined) return piece;
  return words.tokens === undefined ? '' : lowerAt(words.tokens, words.tokenOf[index] ?? -1);
}

function isWord(words: ModalityWords, index: number, word: string): boolean {
  if (words.plain) return words.tokens !== undefined && isWordAt(words.tokens, index, word);
  const piece = words.pieces[index];
  if (piece !== undefined) return piece === word;
  return words.tokens !== undefined && isWordAt(words.tokens, words.tokenOf[index] ?? -1, word);
}

/**
 * Whether a phrase of list `list` starts at one of the positions `[from, to)` of a run of words
 * and ends inside it. The run is the words before position `split` followed by the words from
 * index `resume` on (the words around a trigger); a run of plain words has `split` = `to`.
 */
function containsIn(words: ModalityWords, list: number, from: number, to: number, split: number, resume: number): boolean {
  const phrases = getEventLexicon().cueWords.phrases[list];
  if (phrases === undefined) return false;
  if (from >= to) return phrases.hasEmpty;
  const bit = CUE_PHRASE << list;
  for (let position = from; position < to; position += 1) {
    const index = position < split ? position : resume + position - split;
    if ((bitsAt(words, index) & bit) === 0) continue;
    for (const phrase of phrases.byFirst.get(wordAt(words, index)) ?? []) {
      if (position + phrase.length > to) continue;
      let matched = true;
      for (let offset = 1; offset < phrase.length && matched; offset += 1) {
        const next = position + offset;
        matched = isWord(words, next < split ? next : resume + next - split, phrase[offset] ?? '');
      }
      if (matched) return true;
    }
  }
  return false;
}

/**
 * The modality of a trigger of `type` on event tokens `first`..`last` of a sentence, from the
 * sentence's {@link modalityWords}; equal to {@link modalityOf} on the sentence text.
 */
export function modalityAt(words: ModalityWords, first: number, last: number, type: string): Modality {
  const before = firstWordOf(words, first);
  const { count } = words;
  const afterStart = firstWordOf(words, last + 1);
  const wholeLength = before + count - afterStart;
  const speechAct = SPEECH_ACT_TYPES.has(type);
  if (!speechAct) {
    for (let index = Math.max(0, before - NEGATION_REACH); index < before; index += 1) if ((bitsAt(words, index) & CUE_NEGATION) !== 0) return 'denied';
    if (containsIn(words, DENIAL_LIST, 0, before, before, before)) return 'denied';
  }
  const conditional = containsIn(words, CONDITION_LIST, 0, wholeLength, before, afterStart);
  if (!speechAct) {
    if (containsIn(words, THREAT_LIST, 0, before, before, before)) return 'threatened';
    if (conditional) {
      for (let index = 0; index < before; index += 1) if ((bitsAt(words, index) & CUE_MODAL) !== 0) return 'threatened';
      return 'conditional';
    }
  }
  if (containsIn(words, PLAN_LIST, Math.max(0, before - PLAN_REACH), before, before, before)) return 'planned';
  return 'asserted';
}
