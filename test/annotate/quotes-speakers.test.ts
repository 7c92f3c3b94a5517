import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from '../../src/annotate/quotes/quotes-stage.js';
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

describe('speakers in apposition', () => {
  it('takes the name of a described subject ("DESCRIPTION, NAME, said")', () => {
    const quote = quoteHolding(quotesOf('Norland’s transport minister, Petra Vasko, said that the new tunnel would open in May.'), 'the new tunnel');
    assert.equal(quote.speakerText, 'Petra Vasko');
  });
  it('takes the name after a lower-case description with a possessive determiner', () => {
    const quote = quoteHolding(quotesOf('The line was quiet. Its regional operator, Tramlink, said the outage had been caused by a storm.'), 'the outage had been');
    assert.equal(quote.speakerText, 'Tramlink');
    assert.ok(quote.text.startsWith('the outage'), `content should keep its article: ${quote.text}`);
  });
  it('takes the name in apposition before a cue after a closing quote mark', () => {
    const quote = quoteHolding(quotesOf('“We will keep the ferries running,” the deputy harbour master, Ivo Renko, told reporters.'), 'keep the ferries');
    assert.equal(quote.speakerText, 'Ivo Renko');
  });
  it('still takes the subject when the apposition describes it', () => {
    const quote = quoteHolding(quotesOf('Karl Dunmore, the owner of the mill, said the roof had collapsed overnight.'), 'the roof had collapsed');
    assert.equal(quote.speakerText, 'Karl Dunmore');
  });
  it('does not read a list of places as a named apposition', () => {
    const quotes = quotesOf('In the north, the hills, the floods said nothing about the harvest.');
    assert.equal(quotes.some((quote) => quote.speakerText === 'the hills'), false);
  });
});

describe('long and coordinated subjects', () => {
  it('passes a long relative clause to reach the subject', () => {
    const text = 'The engineer, who asked not to be named because she was not allowed to speak to the press about the inspection, said the beams had cracked.';
    assert.equal(quoteHolding(quotesOf(text), 'the beams had cracked').speakerText, 'The engineer');
  });
  it('keeps "of A and B" inside the speaker', () => {
    const quote = quoteHolding(quotesOf('The trade ministers of Arland and Belmor said they would cut tariffs on grain.'), 'cut tariffs');
    assert.equal(quote.speakerText, 'The trade ministers of Arland and Belmor');
  });
  it('does not join two clauses over "and" without "of"', () => {
    const quote = quoteHolding(quotesOf('The storm hit Arland and Belmor officials said roads were closed for the night.'), 'roads were closed');
    assert.equal(quote.speakerText, 'Belmor officials');
  });
  it('keeps a place or employer after a speaker noun', () => {
    const quote = quoteHolding(quotesOf('A spokesperson in Tarnow said the station would stay shut until Friday.'), 'the station would');
    assert.equal(quote.speakerText, 'A spokesperson in Tarnow');
  });
  it('does not take a preposition after a name as part of a speaker', () => {
    const quote = quoteHolding(quotesOf('Heavy rain fell in Tarnow. Residents in Tarnow said the river had risen by a metre overnight.'), 'the river had risen');
    assert.equal(quote.speakerText, 'Residents in Tarnow');
    const other = quoteHolding(quotesOf('The match in Tarnow said little about the league title race this season.'), 'little about');
    assert.notEqual(other.speakerText, 'The match in Tarnow');
  });
});

describe('cue phrases', () => {
  it('skips a time phrase before the content but not an article', () => {
    const timed = quoteHolding(quotesOf('The mayor said on Monday the bridge would reopen next week.'), 'bridge would reopen');
    assert.ok(timed.text.startsWith('the bridge'), timed.text);
    const article = quoteHolding(quotesOf('The mayor said the bridge would reopen next week.'), 'bridge would reopen');
    assert.equal(article.text, 'the bridge would reopen next week');
  });
  it('finds a that-clause after a short prepositional phrase', () => {
    const quote = quoteHolding(quotesOf('The governor said after the meeting that the budget would be approved in spring.'), 'the budget would');
    assert.equal(quote.speakerText, 'The governor');
    assert.equal(quote.text, 'the budget would be approved in spring');
  });
  it('does not take a that-clause far after a prepositional phrase', () => {
    const quotes = quotesOf('The governor spoke in the hall where the old council used to meet that year.');
    assert.equal(quotes.length, 0);
  });
});

describe('reporting before a cue followed by a comma', () => {
  it('reports the clause before "X said on Friday, -ing ..."', () => {
    const quote = quoteHolding(quotesOf('The port handled 40 ships last month, the harbour authority said on Friday, rejecting claims of delays.'), 'handled 40 ships');
    assert.equal(quote.speakerText, 'the harbour authority');
    assert.equal(quote.text, 'The port handled 40 ships last month');
  });
  it('reports the whole sentence when the content goes on after the cue', () => {
    const quote = quoteHolding(quotesOf('The port handled 40 ships last month, the harbour authority said on Friday, compared with 55 a year earlier.'), 'compared with 55');
    assert.equal(quote.speakerText, 'the harbour authority');
  });
  it('does not report a clause when the cue is followed by a long phrase', () => {
    const quotes = quotesOf('The port handled 40 ships last month, the harbour authority said during a long meeting with the fishing unions and the mayor, which lasted hours.');
    assert.equal(quotes.some((quote) => quote.text.includes('handled 40 ships')), false);
  });
});

describe('pronoun antecedents', () => {
  it('prefers a recent subject to a nearer name in another role', () => {
    const text = 'The Water Board statement, posted on the Riverline website, blamed the drought. “Supplies will be cut at night,” it added.';
    const quote = quoteHolding(quotesOf(text, [['Water Board', 'ORG'], ['Riverline', 'ORG']]), 'Supplies will be cut');
    assert.equal(quote.speakerText, 'Water Board');
  });
  it('keeps the previous quote’s speaker over a name inside an apposition', () => {
    const text = '“The dam held,” said Lena Orsk, an engineer at the Institute for Coastal Safety.\n\n“We were lucky this time,” she said.';
    const quote = quoteHolding(quotesOf(text, [['Lena Orsk', 'PERSON'], ['Coastal Safety', 'PERSON']]), 'lucky this time');
    assert.equal(quote.speakerText, 'Lena Orsk');
  });
  it('falls back to the nearest name when no subject is close', () => {
    const filler = ' The valley was quiet and the roads were empty for most of the long and cold winter.'.repeat(8);
    const text = `Mayor Ana Brill opened the fair.${filler} The Rotary Club met Tom Vell. “It was a fine evening,” he said.`;
    const quote = quoteHolding(quotesOf(text, [['Ana Brill', 'PERSON'], ['Rotary Club', 'ORG'], ['Tom Vell', 'PERSON']]), 'fine evening');
    assert.equal(quote.speakerText, 'Tom Vell');
  });
});

describe('quotes without a cue of their own', () => {
  it('continues the speaker of an attributed quote later in the same paragraph, with its span', () => {
    const quotes = quotesOf('“The lock is broken,” the keeper said. “Nobody can pass until Tuesday at the earliest.”\n\nThe river stayed closed.');
    const later = quoteHolding(quotes, 'Nobody can pass');
    assert.equal(later.speakerText, 'the keeper');
    assert.equal(later.speakerSpan?.text, 'the keeper');
  });
  it('does not continue a speaker into a quote of the next plain paragraph', () => {
    const quotes = quotesOf('“The lock is broken,” the keeper said.\n\nA sign at the gate read “closed for repairs until further notice, sorry”, in red paint.');
    assert.equal(quoteHolding(quotes, 'closed for repairs').speakerText === 'the keeper', false);
  });
  it('gives a quote set inside a sentence to the subject of that sentence', () => {
    const quote = quoteHolding(quotesOf('The senator vowed to punish “those who sold the harbour land in secret” next year.'), 'those who sold');
    assert.equal(quote.provenance.rule, 'quotes/embedded-subject');
    assert.equal(quote.speakerText, 'The senator');
  });
  it('leaves a quote that opens its sentence without a subject', () => {
    const quote = quoteHolding(quotesOf('“Why would anyone build a harbour on sand like this,” the sign asks nobody in particular, and nobody answers.'), 'build a harbour');
    assert.notEqual(quote.provenance.rule, 'quotes/embedded-subject');
  });
  it('takes the speaker of a paragraph that introduces a quote with a colon', () => {
    const quote = quoteHolding(quotesOf('The harbour master continued:\n\n“We will dredge the channel before the autumn storms arrive.”'), 'dredge the channel');
    assert.equal(quote.speakerText, 'The harbour master');
  });
  it('does not take a colon paragraph without a subject or cue', () => {
    const quote = quoteHolding(quotesOf('In short:\n\n“We will dredge the channel before the autumn storms arrive.”'), 'dredge the channel');
    assert.equal(quote.speakerText, null);
  });
  it('reads a pronoun with a contracted auxiliary as a speaker', () => {
    const quote = quoteHolding(quotesOf('Mayor Ana Brill spoke first. She’s claiming that the ferry will run all winter.', [['Ana Brill', 'PERSON']]), 'ferry will run');
    assert.equal(quote.speakerText, 'Ana Brill');
  });
  it('takes a determiner and an unknown noun right before a cue as its subject', () => {
    const quote = quoteHolding(quotesOf('The commission says that the harbour fees will rise in spring.'), 'harbour fees');
    assert.equal(quote.speakerText, 'The commission');
  });
});
