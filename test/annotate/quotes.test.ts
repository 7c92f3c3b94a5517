import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from '../../src/annotate/quotes/quotes-stage.js';
import { findQuotedSpans } from '../../src/annotate/quotes/quote-marks.js';
import type { EntityType } from '../../src/model/annotations.js';
import { mentionOf, sampleDoc } from './attribution-helpers.js';

function quotesOf(text: string, mentions: readonly [string, EntityType][] = []) {
  const doc = sampleDoc(text);
  doc.layers.mentions = mentions.map(([surface, type]) => mentionOf(text, surface, type));
  return findQuotes(doc);
}

function quoteHolding(quotes: ReturnType<typeof findQuotes>, snippet: string) {
  const quote = quotes.find((candidate) => candidate.text.includes(snippet));
  assert.ok(quote, `no quote holds "${snippet}": ${JSON.stringify(quotes.map((q) => q.text))}`);
  return quote;
}

describe('quote marks', () => {
  it('pairs curly double quotes and leaves the marks out of the span', () => {
    const text = 'He said: “The bridge is open again.” Then he left.';
    const spans = findQuotedSpans(text);
    assert.equal(spans.length, 1);
    assert.equal(text.slice(spans[0]?.start, spans[0]?.end), 'The bridge is open again.');
  });
  it('reads apostrophes inside and at the end of words as apostrophes, not quotes', () => {
    assert.deepEqual(findQuotedSpans('The pilots’ union said it doesn’t expect delays at Riverton‘s airport.'), []);
  });
  it('pairs British single quotes around a possessive inside them', () => {
    const text = '‘The farmers’ harvest was lost to the floods,’ the mayor said.';
    const spans = findQuotedSpans(text);
    assert.equal(spans.length, 1);
    assert.equal(text.slice(spans[0]?.start, spans[0]?.end), 'The farmers’ harvest was lost to the floods,');
  });
  it('finds a quote inside a quote', () => {
    const spans = findQuotedSpans('“I told them: ‘Leave the valley now,’ and they did,” she said.');
    assert.equal(spans.filter((span) => span.depth === 1).length, 1);
    assert.equal(spans.filter((span) => span.depth === 0).length, 1);
  });
  it('continues an open quote into the next paragraph that opens with a mark', () => {
    const text = '“The first part of the plan is ready.\n“The second part comes next week,” the engineer said.';
    const spans = findQuotedSpans(text);
    assert.equal(spans.length, 2);
    assert.equal(spans[0]?.group, spans[1]?.group);
    assert.equal(spans[0]?.closed, false);
  });
  it('does not continue an open quote into a paragraph without a mark', () => {
    const spans = findQuotedSpans('‘Open and never closed\nA plain paragraph follows.');
    assert.equal(spans.length, 0);
  });
});

describe('direct quotes', () => {
  it('takes the speaker named after the quote, with its description', () => {
    const quote = quoteHolding(quotesOf('“We will rebuild the school by spring,” regional governor Maria Olsen said on Tuesday.'), 'rebuild the school');
    assert.equal(quote.quoteKind, 'direct');
    assert.equal(quote.speakerText, 'regional governor Maria Olsen');
    assert.equal(quote.cue, 'said');
    assert.equal(quote.speakerSpan?.text, 'regional governor Maria Olsen');
  });
  it('takes an inverted speaker ("said the official")', () => {
    const quote = quoteHolding(quotesOf('“Nobody was hurt in the fire,” said the harbour master.'), 'Nobody was hurt');
    assert.equal(quote.speakerText, 'the harbour master');
  });
  it('takes the speaker named before the quote with a colon', () => {
    const quote = quoteHolding(quotesOf('Captain Ruiz told reporters: “The convoy reached the depot at dawn.”'), 'convoy reached');
    assert.equal(quote.speakerText, 'Captain Ruiz');
    assert.equal(quote.cue, 'told reporters');
  });
  it('resolves "he said" to the nearest person named before', () => {
    const quotes = quotesOf('Engineer Tomas Berg inspected the dam on Monday. “The cracks are on the surface only,” he said.', [['Engineer Tomas Berg', 'PERSON']]);
    const quote = quoteHolding(quotes, 'cracks are on the surface');
    assert.equal(quote.speakerText, 'Engineer Tomas Berg');
    assert.equal(quote.speakerSpan?.text, 'he');
    assert.deepEqual(quote.provenance.inferred, ['speakerText']);
  });
  it('resolves "he said" without a mentions layer through earlier speakers', () => {
    const quotes = quotesOf('“We need more buses,” transport minister Jana Holm said.\nThe city council met later.\n“Fares will stay the same,” she added.');
    assert.equal(quoteHolding(quotes, 'Fares will stay').speakerText, 'transport minister Jana Holm');
  });
  it('keeps the speaker of an institution ("said in a statement")', () => {
    const quote = quoteHolding(quotesOf('“The border crossing will reopen on Friday,” the customs service said in a statement.'), 'border crossing');
    assert.equal(quote.speakerText, 'the customs service');
    assert.equal(quote.cue, 'said in a statement');
  });
  it('gives a quote that runs over two paragraphs one speaker', () => {
    const quotes = quotesOf('“The first part of the plan is ready.\n“The second part comes next week,” the engineer said.');
    assert.equal(quoteHolding(quotes, 'first part').speakerText, 'the engineer');
    assert.equal(quoteHolding(quotes, 'second part').speakerText, 'the engineer');
  });
  it('gives a quote paragraph with no attribution the previous speaker', () => {
    const quotes = quotesOf('“Prices rose in every shop,” trader Ana Silva said.\n“Nobody expected the winter to be this long.”');
    assert.equal(quoteHolding(quotes, 'Nobody expected').speakerText, 'trader Ana Silva');
  });
  it('keeps a long quote with no speaker with speakerText null', () => {
    const quotes = quotesOf('The sign on the gate read “No entry for trucks after six in the evening” all week.');
    assert.equal(quoteHolding(quotes, 'No entry for trucks').speakerText, null);
  });
  it('does not take a short scare quote for a quote', () => {
    assert.deepEqual(quotesOf('The so-called “reform” was debated for hours.'), []);
  });
});

describe('mixed quotes and reported speech', () => {
  it('marks a quoted fragment inside reported speech as mixed', () => {
    const quote = quoteHolding(quotesOf('The mayor said the pumps were installed ‘to protect the low streets’ last year.'), 'pumps were installed');
    assert.equal(quote.quoteKind, 'mixed');
    assert.equal(quote.speakerText, 'The mayor');
  });
  it('finds "X said that ..." as indirect speech with the content as span', () => {
    const quote = quoteHolding(quotesOf('Professor Lena Dahl said that the river level had fallen by evening.'), 'river level');
    assert.equal(quote.quoteKind, 'indirect');
    assert.equal(quote.text, 'the river level had fallen by evening');
    assert.equal(quote.speakerText, 'Professor Lena Dahl');
  });
  it('finds "..., according to X"', () => {
    const quote = quoteHolding(quotesOf('Three bridges were closed, according to the regional transport office.'), 'bridges were closed');
    assert.equal(quote.speakerText, 'the regional transport office');
    assert.equal(quote.cue, 'according to');
  });
  it('finds "according to X, ..."', () => {
    const quote = quoteHolding(quotesOf('According to a local health official, the clinic will stay open.'), 'clinic will stay open');
    assert.equal(quote.speakerText, 'a local health official');
  });
  it('finds the subject of "..., saying that ..."', () => {
    const quote = quoteHolding(quotesOf('The union rejected the offer, saying that the raise was too small.'), 'raise was too small');
    assert.equal(quote.speakerText, 'The union');
  });
  it('finds "..., he said." after the content', () => {
    const quotes = quotesOf('Chef Paulo Reis opened the kitchen early. The orders doubled over the weekend, he said.', [['Chef Paulo Reis', 'PERSON']]);
    const quote = quoteHolding(quotes, 'orders doubled');
    assert.equal(quote.speakerText, 'Chef Paulo Reis');
  });
  it('does not take a verb that is not a cue for reported speech', () => {
    assert.deepEqual(quotesOf('The council painted the new hall by the harbour.'), []);
  });
  it('keeps content right after a learned cue that is not a speech verb under its own rule', () => {
    const [quote] = quotesOf('The council endorsed the new budget for the harbour.');
    assert.equal(quote?.provenance.rule, 'quotes/reported-bare');
    assert.equal(quote?.speakerText, 'The council');
    assert.ok((quote?.provenance.confidence ?? 1) < 0.7);
  });
  it('does not take a noun use of a cue word for a cue', () => {
    assert.deepEqual(quotesOf('The report on the harbour was long and dull.'), []);
  });
});
