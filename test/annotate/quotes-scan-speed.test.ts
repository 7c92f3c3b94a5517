/**
 * Fast paths of the quotes stage that must equal the reading they replace: the ASCII table of
 * white space and punctuation against the pattern, the cue search that passes over quoted tokens
 * against the search over every token, and speakers resolved without building the pronoun
 * candidates (no pronoun speaker) against the full resolution. Compared on the sample corpus, the
 * seeds (when present) and generated text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCues } from '../../src/annotate/quotes/find-cues.js';
import { findDirectQuotes } from '../../src/annotate/quotes/direct-quotes.js';
import { findQuotedSpans } from '../../src/annotate/quotes/quote-marks.js';
import { findReportedSpeech } from '../../src/annotate/quotes/reported-speech.js';
import { resolveSpeakers } from '../../src/annotate/quotes/resolve-speakers.js';
import { endsPossessive, isOnlySpaceOrPunctuation, withoutPossessive } from '../../src/annotate/quotes/text-scan.js';
import { readingTokens } from '../../src/annotate/quotes/token-lower.js';
import { tokenize } from '../../src/annotate/tokens/tokenize.js';
import type { QuoteDraft } from '../../src/annotate/quotes/quote-draft.js';
import { sampleDoc } from './attribution-helpers.js';
import { SAMPLE_CORPUS, SEED_ARTICLES, articleTexts, seededText } from '../helpers/sample-texts.js';

const PIECES = ['said', 'told', 'he said', 'she', 'according to', 'the minister', 'Ms Doe', '“', '”', '"', '‘', '’', "'", ',', '.', ':', ' ', ' ', '\n', '$', '+', '…', '—', 'é', '9', 'it'];

function samples(): string[] {
  const all = [...articleTexts(SAMPLE_CORPUS), ...articleTexts(SEED_ARTICLES)];
  assert.ok(all.length > 0);
  for (let seed = 1; seed <= 1500; seed += 1) all.push(seededText(PIECES, seed, 1 + (seed % 60)));
  return all;
}

describe('white space and punctuation read off a table', () => {
  const PATTERN = /^[\s\p{P}]*$/u;

  it('equals the pattern on every ASCII character', () => {
    for (let code = 0; code < 0x80; code += 1) {
      const char = String.fromCharCode(code);
      assert.equal(isOnlySpaceOrPunctuation(char, 0, 1), PATTERN.test(char), `code ${code}`);
    }
  });

  it('equals the pattern on spans of corpus and generated text', () => {
    for (const text of samples()) {
      for (let start = 0; start < Math.min(text.length, 400); start += 7) {
        for (const end of [start, start + 1, start + 3, start + 12, text.length]) {
          const to = Math.min(end, text.length);
          assert.equal(isOnlySpaceOrPunctuation(text, start, to), PATTERN.test(text.slice(start, to)), JSON.stringify(text.slice(start, to)));
        }
      }
    }
  });

  it('tells symbols from punctuation', () => {
    assert.equal(isOnlySpaceOrPunctuation(' ,!?" ', 0, 6), true);
    assert.equal(isOnlySpaceOrPunctuation(' $ ', 0, 3), false);
    assert.equal(isOnlySpaceOrPunctuation('. +', 0, 3), false);
  });
});

function outerSpans(text: string): { start: number; end: number }[] {
  return findQuotedSpans(text).filter((span) => span.depth === 0);
}

describe('possessive endings read off the last two characters', () => {
  const POSSESSIVE = /['’]s$/u;

  it('equal the pattern on the words of corpus and generated text', () => {
    const words = [...articleTexts(SAMPLE_CORPUS), ...articleTexts(SEED_ARTICLES), ...Array.from({ length: 2000 }, (_, seed) => seededText(["'", '’', 's', 'S', 'a', ' '], seed + 1, 1 + (seed % 6)))].flatMap((text) => text.split(/\s+/u));
    let possessive = 0;
    for (const word of words) {
      assert.equal(endsPossessive(word), POSSESSIVE.test(word), word);
      assert.equal(withoutPossessive(word), word.replace(POSSESSIVE, ''), word);
      if (POSSESSIVE.test(word)) possessive += 1;
    }
    assert.ok(possessive > 20, `many words end in a possessive (${possessive})`);
  });

  it('leave other endings alone', () => {
    for (const word of ['its', 's', "'s", 'Ross', "boss'", 'sS', '‘s']) assert.equal(withoutPossessive(word), word.replace(POSSESSIVE, ''), word);
    assert.equal(endsPossessive('ministry’s'), true);
    assert.equal(endsPossessive('ministry`s'), false);
  });
});

describe('cue search passing over quoted tokens', () => {
  it('finds the cues of the search over every token', () => {
    for (const text of samples()) {
      const tokens = tokenize(text);
      readingTokens(text, tokens);
      const outer = outerSpans(text);
      const excluded = (position: number): boolean => outer.some((span) => position >= span.start && position < span.end);
      assert.deepEqual(findCues(text, tokens, excluded, outer), findCues(text, tokens, excluded), JSON.stringify(text.slice(0, 200)));
    }
  });

  it('would lose a cue if it passed over tokens the exclusion keeps', () => {
    const text = 'The minister said it was over.';
    const tokens = tokenize(text);
    readingTokens(text, tokens);
    assert.equal(findCues(text, tokens, () => false).length, 1);
    assert.equal(findCues(text, tokens, () => false, [{ start: 0, end: text.length }]).length, 0);
  });
});

/** The drafts of a document, as the quotes stage makes them. */
function draftsOf(text: string): { drafts: QuoteDraft[]; doc: ReturnType<typeof sampleDoc> } {
  const doc = sampleDoc(text);
  const sentences = doc.layers.sentences;
  const tokens = tokenize(doc.text);
  readingTokens(doc.text, tokens);
  const spans = findQuotedSpans(doc.text);
  const outer = spans.filter((span) => span.depth === 0);
  const cues = findCues(doc.text, tokens, (position) => outer.some((span) => position >= span.start && position < span.end), outer);
  const direct = findDirectQuotes(doc.text, tokens, sentences, spans, cues);
  const reported = findReportedSpeech(doc.text, tokens, sentences, spans, cues, direct.used, direct.speakers);
  return { drafts: [...direct.drafts, ...reported], doc };
}

describe('speakers resolved without pronoun candidates', () => {
  it('equal the full resolution when no speaker is a pronoun', () => {
    let compared = 0;
    for (const text of samples().slice(0, 400)) {
      const { drafts, doc } = draftsOf(text);
      const named = drafts.filter((draft) => draft.speaker?.pronoun !== 'person' && draft.speaker?.pronoun !== 'group');
      const spans = findQuotedSpans(doc.text);
      const fast = resolveSpeakers(doc.text, named, [], spans, doc.layers.sentences);
      // Note: a pronoun speaker after every draft makes the resolution build its candidates; its own quote is dropped before comparing.
      const end = doc.text.length;
      const pronoun: QuoteDraft = { start: end, end, quoteKind: 'indirect', cue: 'said', speaker: { start: end, end, text: 'he', pronoun: 'person' }, rule: 'test/pronoun', confidence: 0.5 };
      const full = resolveSpeakers(doc.text, [...named, pronoun], [], spans, doc.layers.sentences).filter((quote) => quote.provenance.rule !== 'test/pronoun');
      assert.deepEqual(fast, full);
      compared += fast.length;
    }
    assert.ok(compared > 0);
  });

  it('still resolves a pronoun to the speaker named before it', () => {
    const text = 'The minister said the talks had failed. He said they would resume.';
    const quotes = resolveSpeakers(text, draftsOf(text).drafts, [], findQuotedSpans(text), sampleDoc(text).layers.sentences);
    assert.equal(quotes.at(-1)?.speakerText, 'The minister');
  });
});
