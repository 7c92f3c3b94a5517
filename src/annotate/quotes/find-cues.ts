/**
 * Reporting cues in a text: a cue form of the lexicon ("said", "warned", "saying") or "according
 * to", extended by what belongs to the cue ("told reporters", "said in a statement"). A form right
 * after a determiner or a possessive is a noun ("the report", "Russia's claim"), not a cue.
 */
import type { Token } from '../tokens/tokenize.js';
import { lower } from './token-lower.js';
import { endsPossessive, withoutPossessive } from './text-scan.js';
import { lookUp, lowerCasedText, wordIndex, type WordIndex } from '../tokens/word-index.js';
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
const PLAIN_FORM = /^[a-z]+$/u;
const CAPITAL = /^\p{Lu}/u;
const EXTENSION_PREPOSITIONS = new Set(['in', 'during']);
const EXTENSION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
const MAX_EXTENSION_ADJECTIVES = 2;


function matchWords(tokens: readonly Token[], at: number, words: readonly string[]): number {
  for (let offset = 0; offset < words.length; offset += 1) if (lower(tokens[at + offset]) !== words[offset]) return -1;
  return at + words.length;
}

let phraseWords: { readonly lexicon: AttributionLexicon; readonly objects: readonly (readonly string[])[]; readonly nouns: readonly (readonly string[])[] } | undefined;

/** The words of the lexicon's object phrases and speech nouns, split once per lexicon. */
function extensionWords(lexicon: AttributionLexicon): NonNullable<typeof phraseWords> {
  if (phraseWords?.lexicon !== lexicon) phraseWords = { lexicon, objects: lexicon.objectWords.map((phrase) => phrase.split(' ')), nouns: lexicon.speechNouns.map((phrase) => phrase.split(' ')) };
  return phraseWords;
}

function extensionEnd(tokens: readonly Token[], at: number, form: string): number {
  const words = extensionWords(getAttributionLexicon());
  if (form.startsWith('tel') || form === 'told') {
    for (const object of words.objects) {
      const end = matchWords(tokens, at, object);
      if (end > 0) return end;
    }
  }
  if (!EXTENSION_PREPOSITIONS.has(lower(tokens[at]))) return at;
  let cursor = at + 1;
  if (EXTENSION_DETERMINERS.has(lower(tokens[cursor]))) cursor += 1;
  for (let skipped = 0; skipped <= MAX_EXTENSION_ADJECTIVES; skipped += 1) {
    for (const noun of words.nouns) {
      const end = matchWords(tokens, cursor + skipped, noun);
      if (end > 0) return end;
    }
    if (tokens[cursor + skipped]?.kind !== 'word') break;
  }
  return at;
}

let formIndex: { readonly lexicon: AttributionLexicon; readonly index: WordIndex<true> | undefined } | undefined;

/**
 * A word index of every cue form and "according", to look each word token up where it stands in
 * the lower-cased text (no string cut out, no scan of the text); undefined when a form is not
 * plain lower-case ASCII letters (then each word is lower-cased and tested). Note: built once per
 * lexicon. Only word tokens are looked up, so a form is a cue candidate only where it is a whole
 * word token, as in the word-by-word search.
 */
function cueFormIndex(lexicon: AttributionLexicon): WordIndex<true> | undefined {
  if (formIndex?.lexicon !== lexicon) {
    const forms = [...lexicon.cues, ACCORDING];
    const plain = forms.every((form) => PLAIN_FORM.test(form));
    formIndex = { lexicon, index: plain ? wordIndex(forms.map((form) => [form, true] as const), false) : undefined };
  }
  return formIndex.index;
}

/** As `CAPITAL.test(word)`, with ASCII read off the character code. */
function startsCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITAL.test(word);
}

/** Add the cue at token `index` (whose lower-case form is `form`) to `cues`, unless it is left out or is no cue. Note: at module level, not a closure made per call (under tsx each costs a `__name` call). */
function addCue(cues: Cue[], text: string, tokens: readonly Token[], lexicon: AttributionLexicon, excluded: (position: number) => boolean, token: Token, index: number, form: string): void {
  if (excluded(token.start)) return;
  const according = form === ACCORDING && lower(tokens[index + 1]) === 'to';
  if (!according && (!lexicon.cues.has(form) || startsCapital(token.text))) return;
  const before = tokens[index - 1];
  // Note: "she’s claiming" is a pronoun with its auxiliary, not a possessive before a noun ("Russia’s claim").
  const possessive = before !== undefined && endsPossessive(before.text) && !lexicon.pronouns.has(withoutPossessive(lower(before)));
  if (!according && (lexicon.determiners.has(lower(before)) || possessive || lower(before) === 'to')) return;
  const afterHead = according ? index + 2 : index + 1;
  const next = according ? afterHead : extensionEnd(tokens, afterHead, form);
  const last = tokens[next - 1] ?? token;
  cues.push({ index, next, start: token.start, end: last.end, text: text.slice(token.start, last.end), form: according ? 'according to' : form, participle: form.endsWith('ing'), according });
}

/**
 * Find the cues of a text; `excluded` says which positions to leave out (inside direct quotes).
 * `skipped` (optional): spans in start order whose positions `excluded` leaves out, passed over
 * without a look-up.
 */
export function findCues(text: string, tokens: readonly Token[], excluded: (position: number) => boolean, skipped: readonly { readonly start: number; readonly end: number }[] = []): Cue[] {
  const lexicon = getAttributionLexicon();
  const lowered = lowerCasedText(text);
  const forms = cueFormIndex(lexicon);
  const cues: Cue[] = [];
  let skip = 0;
  if (lowered !== undefined && forms !== undefined) {
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token === undefined || token.kind !== 'word') continue;
      // Note: the tokens inside quotes are passed over without a look-up, as `excluded` would leave out any cue found there.
      while ((skipped[skip]?.end ?? Infinity) <= token.start) skip += 1;
      if ((skipped[skip]?.start ?? Infinity) <= token.start) continue;
      if (lookUp(forms, lowered, token.start, token.end) === true) addCue(cues, text, tokens, lexicon, excluded, token, index, lower(token));
    }
    return cues;
  }
  tokens.forEach((token, index) => {
    if (token.kind !== 'word') return;
    while ((skipped[skip]?.end ?? Infinity) <= token.start) skip += 1;
    if ((skipped[skip]?.start ?? Infinity) <= token.start) return;
    addCue(cues, text, tokens, lexicon, excluded, token, index, token.text.toLowerCase());
  });
  return cues;
}
