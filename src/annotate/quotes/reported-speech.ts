/**
 * Reported speech: "X said (that) ...", "X warned that ...", "..., X said.", "The West, he said,
 * was ...", "according to X, ...", "..., according to X", and "..., saying that ..." whose speaker
 * is the subject of the clause. The quote is the reported content; it is mixed when it holds a
 * quoted fragment. Verbs that are not speech verbs ("accused", "echoed") report only with "that",
 * unless PolNeAR train shows their content mostly follows them directly (`bareCues`, rule
 * `quotes/reported-bare`, confidence 0.5: "X endorsed Y", "X asked whether ...").
 */
import type { QuoteKind, Sentence } from '../../model/annotations.js';
import { sentenceAt } from '../tokens/sentences.js';
import type { Token } from '../tokens/tokenize.js';
import { lower } from './token-lower.js';
import { getAttributionLexicon } from './attribution-lexicon.js';
import { countWords, isBlank, trimmedEnd } from './text-scan.js';
import type { Cue } from './find-cues.js';
import type { QuoteDraft } from './quote-draft.js';
import type { QuotedSpan } from './quote-marks.js';
import { clauseSubject, phraseAfter, phraseBefore, skipBack, type SpeakerPhrase } from './speaker-phrase.js';

const MIN_CONTENT_WORDS = 3;
const BARE_CONFIDENCE = 0.5;
const MAX_OBJECT_TOKENS = 6;
const MAX_TRAILING_WORDS = 5;
const WORD = /[\p{L}\p{N}]+/gu;
const CONTENT_OPENERS = new Set(['that', ':']);
const PARTICIPLE_OPENER = /^\s*\p{L}+ing\b/u;
const PREPOSITIONS = new Set(['of', 'to', 'about', 'on', 'in', 'at', 'for', 'with', 'by', 'from', 'against', 'into', 'as', 'after', 'before', 'during', 'without']);



function kindOf(start: number, end: number, spans: readonly QuotedSpan[]): QuoteKind {
  // Note: an indexed loop, not `some` with a closure made per call.
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index];
    if (span !== undefined && span.depth === 0 && span.open >= start && span.open < end) return 'mixed';
  }
  return 'indirect';
}

/** Note: `confidence` (optional) replaces the default one (0.7 with a speaker, else 0.4); built without spreads (cheaper). */
function draft(text: string, start: number, end: number, cue: Cue, speaker: SpeakerPhrase | undefined, rule: string, spans: readonly QuotedSpan[], confidence?: number): QuoteDraft | undefined {
  const contentEnd = trimmedEnd(text, start, end, true);
  if (contentEnd <= start || countWords(text, start, contentEnd, MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS) return undefined;
  const quoteKind = kindOf(start, contentEnd, spans);
  if (speaker === undefined) return { start, end: contentEnd, quoteKind, cue: cue.text, rule, confidence: confidence ?? 0.4 };
  return { start, end: contentEnd, quoteKind, cue: cue.text, rule, confidence: confidence ?? 0.7, speaker };
}

/** Where reported content after a cue starts (token index), or -1 when the cue reports nothing after it. */
function contentAfter(tokens: readonly Token[], cue: Cue, sentenceEnd: number): number {
  const lexicon = getAttributionLexicon();
  let at = cue.next;
  // Note: a run of time words is skipped only up to its last time noun ("on Monday"), never over a bare article ("said the cable").
  let timeEnd = at;
  for (let run = at; lexicon.temporalWords.has(lower(tokens[run])); run += 1) if (lexicon.timeNouns.has(lower(tokens[run]))) timeEnd = run + 1;
  at = timeEnd;
  if (cue.form === 'told' || cue.form.startsWith('tell')) {
    for (let look = at; look < at + MAX_OBJECT_TOKENS && (tokens[look]?.end ?? Infinity) <= sentenceEnd; look += 1) {
      if (lower(tokens[look]) === 'that') return look + 1;
    }
  }
  if (CONTENT_OPENERS.has(lower(tokens[at]))) return at + 1;
  if (PREPOSITIONS.has(lower(tokens[at]))) {
    // Note: a short phrase may sit between the cue and its that-clause ("said after the meeting that").
    for (let look = at + 1; look < at + MAX_OBJECT_TOKENS && (tokens[look]?.end ?? Infinity) <= sentenceEnd && tokens[look]?.kind === 'word'; look += 1) {
      if (lower(tokens[look]) === 'that') return look + 1;
    }
  }
  if (!(lexicon.speechVerbs.has(cue.form) || lexicon.bareCues.has(cue.form)) || PREPOSITIONS.has(lower(tokens[at])) || tokens[at]?.kind === 'punct') return -1;
  return at;
}

function previousSpeaker(cues: readonly Cue[], cue: Cue, sentence: Sentence, speakers: ReadonlyMap<number, SpeakerPhrase>): SpeakerPhrase | undefined {
  const previous = cues.findLast((other) => other.end <= cue.start && other.start >= sentence.start);
  return previous === undefined ? undefined : speakers.get(previous.index);
}

/** Find reported speech for the cues the direct-quote pass left unused; adds the speakers it finds to `speakers`. */
export function findReportedSpeech(text: string, tokens: readonly Token[], sentences: readonly Sentence[], spans: readonly QuotedSpan[], cues: readonly Cue[], used: ReadonlySet<number>, speakers: Map<number, SpeakerPhrase>): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  for (const cue of cues) {
    if (used.has(cue.index)) continue;
    const sentence = sentenceAt(sentences, cue.start);
    if (sentence === undefined) continue;
    const found = cue.according ? according(text, tokens, sentence, cue, spans) : reported(text, tokens, sentence, cue, cues, spans, speakers);
    if (found === undefined) continue;
    if (found.speaker !== undefined) speakers.set(cue.index, found.speaker);
    drafts.push(found);
  }
  return drafts;
}

function according(text: string, tokens: readonly Token[], sentence: Sentence, cue: Cue, spans: readonly QuotedSpan[]): QuoteDraft | undefined {
  const speaker = phraseAfter(text, tokens, cue.next, sentence.end, true);
  if (speaker === undefined) return undefined;
  if (countWords(text, sentence.start, cue.start, 1) === 0) {
    const comma = text.indexOf(',', speaker.end);
    if (comma < 0 || comma >= sentence.end) return undefined;
    return draft(text, comma + 1 + (text[comma + 1] === ' ' ? 1 : 0), sentence.end, cue, speaker, 'quotes/according-before', spans);
  }
  const comma = text.lastIndexOf(',', cue.start - 1);
  return draft(text, sentence.start, comma < sentence.start ? cue.start : comma, cue, speaker, 'quotes/according-after', spans);
}

function reported(text: string, tokens: readonly Token[], sentence: Sentence, cue: Cue, cues: readonly Cue[], spans: readonly QuotedSpan[], speakers: ReadonlyMap<number, SpeakerPhrase>): QuoteDraft | undefined {
  const start = contentAfter(tokens, cue, sentence.end);
  if (cue.participle) {
    if (start < 0) return undefined;
    const subject = tokens[cue.index - 1]?.text === ',' ? undefined : phraseBefore(text, tokens, cue.index, sentence.start);
    const speaker = subject ?? previousSpeaker(cues, cue, sentence, speakers) ?? clauseSubject(text, tokens, sentence.start, cue.start);
    return draft(text, tokens[start]?.start ?? sentence.end, sentence.end, cue, speaker, 'quotes/reported-participle', spans);
  }
  let speaker = phraseBefore(text, tokens, cue.index, sentence.start);
  let inverted = false;
  // Note: the walk back over auxiliaries is only needed when no speaker stands before the cue.
  if (speaker === undefined && lower(tokens[skipBack(tokens, cue.index - 1, sentence.start)]) === 'and') speaker = previousSpeaker(cues, cue, sentence, speakers) ?? clauseSubject(text, tokens, sentence.start, cue.start);
  if (speaker === undefined && tokens[cue.index - 1]?.text === ',') {
    speaker = phraseAfter(text, tokens, cue.next, sentence.end);
    inverted = speaker !== undefined;
  }
  if (speaker === undefined) return undefined;
  if (start >= 0 && !inverted) {
    // Note: content after a learned cue that is not a speech verb, with no "that" ("X endorsed Y"), is an attribution in the broad sense (PolNeAR's), kept with a rule of its own and less confidence.
    const bare = !getAttributionLexicon().speechVerbs.has(cue.form) && !CONTENT_OPENERS.has(lower(tokens[start - 1]));
    return draft(text, tokens[start]?.start ?? sentence.end, sentence.end, cue, speaker, bare ? 'quotes/reported-bare' : 'quotes/reported-after', spans, bare ? BARE_CONFIDENCE : undefined);
  }
  const subjectStart = inverted ? cue.start : (speaker.subjectStart ?? speaker.start);
  const commaBefore = text.lastIndexOf(',', subjectStart);
  if (commaBefore < sentence.start || !isBlank(text, commaBefore + 1, subjectStart)) return undefined;
  const rest = text.slice(inverted ? speaker.end : cue.end, sentence.end);
  if (rest.trimStart().startsWith(',') && countWords(rest, 0, rest.length, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS) return draft(text, sentence.start, sentence.end, cue, speaker, 'quotes/reported-parenthetical', spans);
  const comma = rest.indexOf(',');
  const trailing = (comma < 0 ? rest : rest.slice(0, comma)).match(WORD) ?? [];
  // Note: only a cue that closes its clause ("..., he said of the protests.") reports what precedes it.
  if (trailing.length > MAX_TRAILING_WORDS || (trailing.length > 0 && !PREPOSITIONS.has(trailing[0]?.toLowerCase() ?? '') && !getAttributionLexicon().temporalWords.has(trailing[0]?.toLowerCase() ?? ''))) return undefined;
  const after = comma < 0 ? '' : rest.slice(comma + 1);
  // Note: "X, the ministry said on Friday, compared with Y" goes on reporting after the cue; a participle ("..., rejecting Z") is the speaker's own act.
  if (countWords(after, 0, after.length, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS && !PARTICIPLE_OPENER.test(after)) return draft(text, sentence.start, sentence.end, cue, speaker, 'quotes/reported-parenthetical', spans);
  return draft(text, sentence.start, commaBefore, cue, speaker, 'quotes/reported-before', spans);
}
