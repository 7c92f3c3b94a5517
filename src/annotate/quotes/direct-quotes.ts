/**
 * Direct quotes: quoted spans with their attribution, found after the closing mark
 * ("“...,” the minister said", "“...,” said the minister") or before the opening mark
 * ("He said: ‘...’"). A quote that starts inside its sentence after unquoted words is a mixed
 * quote spanning from the sentence start. A quote paragraph with no attribution continues the
 * previous quote's speaker (the news convention); other unattributed quotes of five words or
 * more set inside a sentence take the subject of that sentence (`quotes/embedded-subject`), others are
 * kept without a speaker, and shorter ones are scare quotes, left to reported speech.
 */
import type { Sentence } from '../../model/annotations.js';
import { sentenceAt } from '../tokens/sentences.js';
import type { Token } from '../tokens/tokenize.js';
import type { Cue } from './find-cues.js';
import type { QuoteDraft } from './quote-draft.js';
import type { QuotedSpan } from './quote-marks.js';
import { clauseSubject, phraseAfter, phraseBefore, tokenBefore, type SpeakerPhrase } from './speaker-phrase.js';
import { getAttributionLexicon } from './attribution-lexicon.js';
import { countWords, isBlank, isOnlySpaceOrPunctuation, trimmedEnd } from './text-scan.js';

/** What the direct-quote pass found. */
export interface DirectQuotes {
  readonly drafts: QuoteDraft[];
  /** Speakers found for cues, by the cue's token index (read by the reported-speech pass). */
  readonly speakers: Map<number, SpeakerPhrase>;
  /** Token indices of the cues used by direct quotes. */
  readonly used: Set<number>;
}

/** Minimum words of an unattributed quote kept as a quote rather than a scare quote. */
export const MIN_UNATTRIBUTED_WORDS = 5;
const MIN_TERM_WORDS = 3;
const GAP_WORDS = new Set(['that', ':', ',']);

interface Attribution {
  readonly cue: Cue;
  readonly speaker?: SpeakerPhrase;
  readonly before: boolean;
}


function attributionAfter(text: string, tokens: readonly Token[], sentences: readonly Sentence[], cues: readonly Cue[], close: number): Attribution | undefined {
  const sentence = sentenceAt(sentences, close - 1);
  if (sentence === undefined || sentence.end <= close) return undefined;
  const cue = cues.find((candidate) => candidate.start >= close && candidate.end <= sentence.end);
  if (cue === undefined || cue.according) return undefined;
  let first = tokenBefore(tokens, close) + 1;
  if (tokens[first]?.text === ',') first += 1;
  if (first === cue.index) {
    const speaker = phraseAfter(text, tokens, cue.next, sentence.end, true);
    return speaker === undefined ? undefined : { cue, speaker, before: false };
  }
  const speaker = phraseBefore(text, tokens, cue.index, close, true);
  if (speaker === undefined || (tokens[first]?.start ?? Infinity) < (speaker.subjectStart ?? speaker.start)) return undefined;
  return { cue, speaker, before: false };
}

function attributionBefore(text: string, tokens: readonly Token[], sentences: readonly Sentence[], cues: readonly Cue[], open: number, quoteWords: number, speakers: Map<number, SpeakerPhrase>): Attribution | undefined {
  const sentence = sentenceAt(sentences, open) ?? sentenceAt(sentences, open + 1);
  if (sentence === undefined) return undefined;
  const lexicon = getAttributionLexicon();
  const cue = cues.findLast((candidate) => candidate.end <= open && candidate.start >= sentence.start);
  if (cue === undefined) return undefined;
  // Note: the tokens between the cue and the mark are read in place, without a copy.
  const gapEnd = tokenBefore(tokens, open) + 1;
  let colon = false;
  for (let at = cue.next; at < gapEnd; at += 1) {
    const token = tokens[at];
    if (token === undefined) continue;
    const word = token.text.toLowerCase();
    if (!(GAP_WORDS.has(word) || lexicon.temporalWords.has(word))) return undefined;
    if (token.text === ':') colon = true;
  }
  // Note: a short quote right after a cue without a colon is a term ("what they called ‘drills’"), not speech.
  if (!colon && quoteWords < MIN_TERM_WORDS) return undefined;
  const speaker = cue.according
    ? phraseAfter(text, tokens, cue.next, open)
    : cue.participle
      ? (speakers.get(cues.findLast((other) => other.end <= cue.start && other.start >= sentence.start)?.index ?? -1) ?? clauseSubject(text, tokens, sentence.start, cue.start))
      : phraseBefore(text, tokens, cue.index, sentence.start);
  return speaker === undefined ? { cue, before: true } : { cue, speaker, before: true };
}

/**
 * The attribution of a quote paragraph introduced by the paragraph before it ending in a colon
 * ("X continued:", "as the report notes:"): the cue of that sentence with its speaker, else its subject.
 */
function attributionAcrossColon(text: string, tokens: readonly Token[], sentences: readonly Sentence[], cues: readonly Cue[], open: number): Attribution | undefined {
  const paragraph = paragraphBounds(text, open);
  if (!isBlank(text, paragraph.start, open) || paragraph.start === 0) return undefined;
  const colon = trimmedEnd(text, 0, paragraph.start) - 1;
  if (text[colon] !== ':') return undefined;
  const sentence = sentenceAt(sentences, colon);
  if (sentence === undefined) return undefined;
  const cue = cues.findLast((candidate) => candidate.end <= colon && candidate.start >= sentence.start);
  const speaker = cue === undefined || cue.participle ? clauseSubject(text, tokens, sentence.start, colon) : cue.according ? phraseAfter(text, tokens, cue.next, colon) : phraseBefore(text, tokens, cue.index, sentence.start);
  if (speaker === undefined) return undefined;
  const colonToken = tokenBefore(tokens, colon + 1);
  const introduction: Cue = cue ?? { index: colonToken, next: colonToken + 1, start: colon, end: colon + 1, text: ':', form: ':', participle: false, according: false };
  return { cue: introduction, speaker, before: true };
}

function paragraphBounds(text: string, position: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', position - 1) + 1;
  const newline = text.indexOf('\n', position);
  return { start, end: newline < 0 ? text.length : newline };
}


/** Find direct (and mixed) quotes from the quoted spans. */
export function findDirectQuotes(text: string, tokens: readonly Token[], sentences: readonly Sentence[], spans: readonly QuotedSpan[], cues: readonly Cue[]): DirectQuotes {
  const drafts: QuoteDraft[] = [];
  const speakers = new Map<number, SpeakerPhrase>();
  const used = new Set<number>();
  const groups = new Map<number, QuotedSpan[]>();
  for (const span of spans) {
    if (span.depth > 0) {
      if (countWords(text, span.start, span.end, MIN_UNATTRIBUTED_WORDS) >= MIN_UNATTRIBUTED_WORDS) drafts.push({ start: span.start, end: trimmedEnd(text, span.start, span.end), quoteKind: 'direct', cue: null, rule: 'quotes/nested', confidence: 0.5 });
      continue;
    }
    const group = groups.get(span.group);
    if (group === undefined) groups.set(span.group, [span]);
    else group.push(span);
  }
  let attributedParagraph = -1;
  for (const [group, pieces] of groups) {
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (first === undefined || last === undefined) continue;
    // Note: the count is only compared with MIN_UNATTRIBUTED_WORDS and MIN_TERM_WORDS, so each piece is counted no further.
    const words = pieces.reduce((sum, piece) => sum + countWords(text, piece.start, piece.end, MIN_UNATTRIBUTED_WORDS), 0);
    const attribution = (last.closed ? attributionAfter(text, tokens, sentences, cues, last.close) : undefined) ?? attributionBefore(text, tokens, sentences, cues, first.open, words, speakers) ?? attributionAcrossColon(text, tokens, sentences, cues, first.open);
    if (attribution !== undefined) {
      used.add(attribution.cue.index);
      if (attribution.speaker !== undefined) speakers.set(attribution.cue.index, attribution.speaker);
    }
    const sentence = sentenceAt(sentences, first.open);
    const mixed = attribution !== undefined && !attribution.before && pieces.length === 1 && sentence !== undefined && countWords(text, sentence.start, first.open, 1) > 0;
    const paragraph = paragraphBounds(text, first.open);
    const opensSentence = isBlank(text, paragraph.start, first.open) || (sentence !== undefined && isBlank(text, sentence.start, first.open));
    // Note: a later quote in the paragraph of an attributed quote goes on with its speaker ("“A,” X said. “B.”").
    const alone = (opensSentence && isOnlySpaceOrPunctuation(text, last.close, paragraphBounds(text, last.end).end)) || paragraph.start === attributedParagraph;
    if (attribution === undefined && !alone && words < MIN_UNATTRIBUTED_WORDS) continue;
    if (attribution !== undefined || alone) attributedParagraph = paragraphBounds(text, last.end).start;
    // Note: a quote set inside a sentence with no cue is most often the words of the clause subject ("X vowed to punish “those who ...”").
    const subject = attribution === undefined && !alone && sentence !== undefined && !opensSentence ? clauseSubject(text, tokens, sentence.start, first.open) : undefined;
    for (const piece of pieces) {
      const start = mixed && sentence !== undefined ? sentence.start : piece.start;
      // Note: drafts are built without spreads (cheaper).
      const end = trimmedEnd(text, start, piece.end);
      const quoteKind = mixed ? ('mixed' as const) : ('direct' as const);
      if (attribution !== undefined) {
        const rule = attribution.before ? 'quotes/direct-before' : mixed ? 'quotes/mixed-after' : 'quotes/direct-after';
        const speaker = attribution.speaker;
        drafts.push(speaker === undefined ? { start, end, quoteKind, group, cue: attribution.cue.text, rule, confidence: 0.5 } : { start, end, quoteKind, group, cue: attribution.cue.text, speaker, rule, confidence: 0.85 });
      } else if (alone) drafts.push({ start, end, quoteKind, group, cue: null, continues: true, rule: 'quotes/continuation', confidence: 0.6 });
      else if (subject !== undefined) drafts.push({ start, end, quoteKind, group, cue: null, speaker: subject, rule: 'quotes/embedded-subject', confidence: 0.4 });
      else drafts.push({ start, end, quoteKind, group, cue: null, rule: 'quotes/direct-unattributed', confidence: 0.4 });
    }
  }
  return { drafts, speakers, used };
}
