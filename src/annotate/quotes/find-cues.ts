/**
 * Reporting cues in a text: a cue form of the lexicon ("said", "warned", "saying") or "according
 * to", extended by what belongs to the cue ("told reporters", "said in a statement"). A form right
 * after a determiner or a possessive is a noun ("the report", "Russia's claim"), not a cue.
 */
import type { Token } from '../tokens/tokenize.js';
import { lower } from './token-lower.js';
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
const PARTICIPLE = /ing$/u;
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

let formIndex: { readonly lexicon: AttributionLexicon; readonly index: WordIndex<string> } | undefined;

/** The cue forms and "according", each its own value, as an index of the lower-cased text. */
function cueForms(lexicon: AttributionLexicon): WordIndex<string> {
  if (formIndex?.lexicon !== lexicon) formIndex = { lexicon, index: wordIndex([...lexicon.cues, ACCORDING].map((form) => [form, form] as const), false) };
  return formIndex.index;
}

/** Find the cues of a text; `excluded` says which positions to leave out (inside direct quotes). */
export function findCues(text: string, tokens: readonly Token[], excluded: (position: number) => boolean): Cue[] {
  const lexicon = getAttributionLexicon();
  const lowered = lowerCasedText(text);
  const forms = cueForms(lexicon);
  const cues: Cue[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'word') return;
    // Note: in the lower-cased text, a word that is no cue form (most words) is passed over without making its lower case.
    const form = lowered === undefined ? token.text.toLowerCase() : lookUp(forms, lowered, token.start, token.end);
    if (form === undefined || excluded(token.start)) return;
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
  });
  return cues;
}
