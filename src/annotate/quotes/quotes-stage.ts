/**
 * The quotes stage: pairs quotation marks, finds reporting cues outside quotes, attaches direct
 * quotes to their attribution, finds reported speech for the remaining cues, then resolves
 * pronoun and continued speakers. Fills doc.layers.quotes; reads doc.layers.sentences and, when
 * filled, doc.layers.mentions. See docs/attribution.md.
 */
import type { Quote } from '../../model/annotations.js';
import type { DocStage } from '../../pipeline/stage.js';
import { tokenize } from '../tokens/tokenize.js';
import { findDirectQuotes } from './direct-quotes.js';
import { findCues } from './find-cues.js';
import { findQuotedSpans } from './quote-marks.js';
import { findReportedSpeech } from './reported-speech.js';
import { resolveSpeakers } from './resolve-speakers.js';
import { readingTokens } from './token-lower.js';
import type { NewsDoc } from '../../model/news-doc.js';
import { splitSentences } from '../tokens/sentences.js';

/** Find the quotes of a document (sentences are split here when the layer is empty). */
export function findQuotes(doc: NewsDoc): Quote[] {
  const { text } = doc;
  const sentences =
    doc.layers.sentences.length > 0
      ? doc.layers.sentences
      : splitSentences(text).map((span) => ({ ...span, kind: 'sentence' as const, text: text.slice(span.start, span.end), provenance: { stage: 'annotate' as const, rule: 'sentences/punctuation', confidence: 0.9 } }));
  const tokens = tokenize(text);
  readingTokens(text, tokens);
  const spans = findQuotedSpans(text);
  const outer = spans.filter((span) => span.depth === 0);
  const cues = findCues(text, tokens, (position) => outer.some((span) => position >= span.start && position < span.end), outer);
  const direct = findDirectQuotes(text, tokens, sentences, spans, cues);
  const reported = findReportedSpeech(text, tokens, sentences, spans, cues, direct.used, direct.speakers);
  // Note: a quoted fragment inside reported speech is part of that mixed quote, not a quote of its own.
  const kept = direct.drafts.filter((draft) => (draft.rule !== 'quotes/direct-unattributed' && draft.rule !== 'quotes/embedded-subject') || !reported.some((other) => other.start <= draft.start && other.end >= draft.end));
  for (const draft of reported) kept.push(draft);
  return resolveSpeakers(text, kept, doc.layers.mentions, spans, sentences);
}

/** The quotes stage (`annotate/quotes`). */
export const quotesStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/quotes',
  run(doc) {
    doc.layers.quotes = findQuotes(doc);
  },
};
