/**
 * Turn quote drafts into quotes: a pronoun speaker ("he said") becomes the nearest fitting
 * speaker named before it (a person for he/she, an institution or group for it/they), taken from
 * the speakers already named and, when the mentions layer is filled, from its PERSON and ORG/NORP
 * mentions outside quotes; a continued quote paragraph takes the previous quote's speaker.
 */
import type { Mention, Quote, Sentence } from '../../model/annotations.js';
import { sentenceAt } from '../tokens/sentences.js';
import { getAttributionLexicon } from './attribution-lexicon.js';
import type { QuoteDraft } from './quote-draft.js';
import type { QuotedSpan } from './quote-marks.js';
import { mentionSpans } from './mention-spans.js';
import { speakerClass, type SpeakerClass, type SpeakerPhrase } from './speaker-phrase.js';

interface Candidate {
  readonly position: number;
  readonly text: string;
  readonly speakerClass: SpeakerClass;
  /** A speaker of a cue or the first name of its sentence: the likely subject. */
  readonly subject: boolean;
}

/** How far back (UTF-16 units) a subject is preferred to a nearer name in another role. */
const SUBJECT_WINDOW = 500;

const NAME_CHARACTER = /^[\p{L}\p{M}'’-]$/u;
const TITLED_NAME = /(?:\p{L}+\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)+\p{Lu}[\p{L}\p{M}'’-]+/gu;
const SPACES = /\s+/u;
const PLURAL = /s$/u;

/** Surnames of titled names in the text ("President Jane Doe" -> "Doe"), for when there is no mentions layer. */
function titledSurnames(text: string): string[] {
  const titles = getAttributionLexicon().personTitles;
  const surnames: string[] = [];
  for (const match of text.matchAll(TITLED_NAME)) {
    const words = match[0].split(SPACES);
    if (words.slice(0, -1).some((word) => titles.has(word.toLowerCase()))) surnames.push(words.at(-1) ?? '');
  }
  return surnames;
}

function isNameCode(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x27 || code === 0x2d;
  return NAME_CHARACTER.test(text.slice(position, position + (code >= 0xd800 && code <= 0xdbff ? 2 : 1))) || (code >= 0xdc00 && code <= 0xdfff && NAME_CHARACTER.test(text.slice(position - 1, position + 1)));
}

/** The last run of name characters of a text (letters, marks, apostrophes, hyphens), as `text.match(NAME_WORD).at(-1)`. */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && !isNameCode(text, end - 1)) end -= 1;
  let start = end;
  while (start > 0 && isNameCode(text, start - 1)) start -= 1;
  return text.slice(start, end);
}

function insideQuote(position: number, spans: readonly QuotedSpan[]): boolean {
  // Note: an indexed loop, not `some` with a closure made per call.
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index];
    if (span !== undefined && span.depth === 0 && position >= span.start && position < span.end) return true;
  }
  return false;
}

/**
 * The mentions that may be a pronoun's antecedent, in mention order. `before` (optional): when the
 * mentions are in start order, those from this position on are left out (no pronoun stands after
 * them, so none is ever chosen; each kept one's subject flag reads only the mentions before it).
 */
function mentionCandidates(mentions: readonly Mention[], spans: readonly QuotedSpan[], sentences: readonly Sentence[], before = Infinity): Candidate[] {
  const seenSentences = new Set<number>();
  const candidates: Candidate[] = [];
  for (const mention of mentions) {
    if (mention.start >= before) break;
    // Note: a NORP mention stands for a group only as a plural noun ("the Ukrainians"), not as an adjective ("Ukrainian troops").
    if (!(mention.type === 'PERSON' || mention.type === 'ORG' || (mention.type === 'NORP' && PLURAL.test(mention.text))) || insideQuote(mention.start, spans)) continue;
    const sentence = sentenceAt(sentences, mention.start)?.start ?? -1;
    const subject = !seenSentences.has(sentence);
    seenSentences.add(sentence);
    candidates.push({ position: mention.start, text: mention.name === '' ? mention.text : mention.name, speakerClass: mention.type === 'PERSON' ? 'person' : 'group', subject });
  }
  return candidates;
}

function isPronounSpeaker(draft: QuoteDraft): boolean {
  const pronoun = draft.speaker?.pronoun;
  return pronoun === 'person' || pronoun === 'group';
}

function later(candidate: Candidate, than: Candidate | undefined): boolean {
  return than === undefined || candidate.position > than.position;
}

/**
 * The antecedent of a pronoun at `before`: the nearest subject of the wanted class within
 * {@link SUBJECT_WINDOW} (a speaker or the first name of its sentence, "X said ... It added"),
 * else the nearest name of the class, else the nearest name of unknown class.
 */
function antecedent(candidates: readonly Candidate[], before: number, wanted: SpeakerClass): Candidate | undefined {
  let subject: Candidate | undefined;
  let best: Candidate | undefined;
  let fallback: Candidate | undefined;
  for (const candidate of candidates) {
    if (candidate.position >= before) continue;
    if (candidate.speakerClass === wanted && later(candidate, best)) best = candidate;
    if (candidate.speakerClass === wanted && candidate.subject && before - candidate.position <= SUBJECT_WINDOW && later(candidate, subject)) subject = candidate;
    if (candidate.speakerClass === 'unknown' && later(candidate, fallback)) fallback = candidate;
  }
  return subject ?? best ?? fallback;
}

function toQuote(text: string, draft: QuoteDraft, speakerText: string | null, speakerSpan: SpeakerPhrase | undefined, inferred: boolean): Quote {
  // Note: built without spreads (cheaper), with the keys in the order the spreads gave them.
  const provenance = inferred ? { stage: 'annotate' as const, rule: draft.rule, confidence: draft.confidence, inferred: ['speakerText'] } : { stage: 'annotate' as const, rule: draft.rule, confidence: draft.confidence };
  const quoteText = text.slice(draft.start, draft.end);
  if (speakerSpan === undefined) return { kind: 'quote', start: draft.start, end: draft.end, text: quoteText, quoteKind: draft.quoteKind, speakerText, cue: draft.cue, speaker: null, provenance };
  const span = { start: speakerSpan.start, end: speakerSpan.end, text: speakerSpan.text };
  return { kind: 'quote', start: draft.start, end: draft.end, text: quoteText, quoteKind: draft.quoteKind, speakerText, cue: draft.cue, speaker: null, provenance, speakerSpan: span };
}

/** Resolve the drafts' speakers and return the quotes in text order. */
export function resolveSpeakers(text: string, drafts: readonly QuoteDraft[], mentions: readonly Mention[], spans: readonly QuotedSpan[], sentences: readonly Sentence[]): Quote[] {
  const ordered = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  // Note: the candidates (and the classes of the speakers, which only they read) are read by pronoun speakers alone, and only those that stand before a pronoun speaker.
  let lastStart = -Infinity;
  for (const draft of ordered) if (isPronounSpeaker(draft)) lastStart = Math.max(lastStart, draft.speaker?.start ?? Infinity);
  const people = new Set<string>();
  const byStart = mentionSpans(mentions);
  // Note: a phrase found to name a person stays one as `people` grows (the only test that reads it can only turn true), so it is not classed again below.
  const persons = new Set<QuoteDraft>();
  if (lastStart > -Infinity) {
    for (const mention of mentions) if (mention.type === 'PERSON') people.add(lastWord(mention.name === '' ? mention.text : mention.name));
    if (mentions.length === 0) for (const surname of titledSurnames(text)) people.add(surname);
    for (const draft of ordered) {
      if (draft.speaker !== undefined && draft.speaker.pronoun === undefined && speakerClass(draft.speaker, byStart, people) === 'person') {
        people.add(lastWord(draft.speaker.text));
        persons.add(draft);
      }
    }
  }
  const candidates: Candidate[] = lastStart > -Infinity ? mentionCandidates(mentions, spans, sentences, byStart.sorted ? lastStart : Infinity) : [];
  const quotes: Quote[] = [];
  let previous: Quote | undefined;
  let last: QuoteDraft | undefined;
  for (const draft of ordered) {
    // Note: drafts are in (start, end) order, so a second draft of the same span comes right after the first, which is kept.
    if (last !== undefined && last.start === draft.start && last.end === draft.end) continue;
    last = draft;
    let quote: Quote;
    const speaker = draft.speaker;
    if (speaker === undefined) {
      // Note: a continued quote points at the span that named its speaker, so a reader can find who speaks.
      quote = draft.continues === true && previous !== undefined ? toQuote(text, draft, previous.speakerText, previous.speakerSpan, true) : toQuote(text, draft, null, undefined, false);
    } else if (speaker.pronoun === 'person' || speaker.pronoun === 'group') {
      const found = antecedent(candidates, speaker.start, speaker.pronoun);
      quote = toQuote(text, draft, found?.text ?? null, speaker, true);
      if (found !== undefined) candidates.push({ position: speaker.start, text: found.text, speakerClass: found.speakerClass, subject: true });
    } else {
      quote = toQuote(text, draft, speaker.text, speaker, false);
      if (speaker.start < lastStart) candidates.push({ position: speaker.start, text: speaker.text, speakerClass: persons.has(draft) ? 'person' : speakerClass(speaker, byStart, people), subject: true });
    }
    if (draft.rule !== 'quotes/nested') previous = quote;
    quotes.push(quote);
  }
  return quotes;
}
