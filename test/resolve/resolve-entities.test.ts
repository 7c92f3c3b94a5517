import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveCorpus } from '../../src/resolve/index.js';
import { makeDoc } from './make-doc.js';

const first = makeDoc({
  id: 'doc_a',
  text: 'Defence minister Olena Marchuk visited the depot. Marchuk said the stocks were full. Taras Marchuk, a farmer, disagreed.',
  mentions: [
    { text: 'Olena Marchuk', type: 'PERSON', description: 'defence minister' },
    { text: 'Marchuk', type: 'PERSON', occurrence: 1 },
    { text: 'Taras Marchuk', type: 'PERSON' },
  ],
  quotes: [{ text: 'the stocks were full', speakerText: 'Marchuk' }],
});
const second = makeDoc({
  id: 'doc_b',
  text: 'Olyena Marchuck met the envoys in the capital on a short visit to Kiev.',
  mentions: [
    { text: 'Olyena Marchuck', type: 'PERSON' },
    { text: 'Kiev', type: 'GPE' },
  ],
});
const third = makeDoc({ id: 'doc_c', text: 'The mayor of Kyiv spoke first.', mentions: [{ text: 'Kyiv', type: 'GPE' }] });

describe('entity resolution', () => {
  const findings = resolveCorpus([first, second, third]);
  const entityOf = (docIndex: number, mention: number): string | null => [first, second, third][docIndex]?.layers.mentions[mention]?.entity ?? null;

  it('joins a surname-only mention to the full name in the same document', () => {
    assert.ok(entityOf(0, 0) !== null);
    assert.equal(entityOf(0, 1), entityOf(0, 0));
  });
  it('joins a spelling variant across documents', () => {
    assert.equal(entityOf(1, 0), entityOf(0, 0));
    assert.equal(entityOf(2, 0), entityOf(1, 1));
  });
  it('keeps apart two people who share a surname with different given names', () => {
    assert.notEqual(entityOf(0, 2), entityOf(0, 0));
  });
  it('fills name, aliases, description and documents of the entity', () => {
    const entity = findings.entities.find((candidate) => candidate.id === entityOf(0, 0));
    assert.equal(entity?.name, 'Olena Marchuk');
    assert.ok(entity?.aliases.includes('Olyena Marchuck'));
    assert.equal(entity?.description, 'defence minister');
    assert.deepEqual(entity?.documents, ['doc_a', 'doc_b']);
  });
  it('resolves a quote speaker named by surname', () => {
    assert.equal(first.layers.quotes[0]?.speaker, entityOf(0, 0));
  });
  it('gives the same ids on a second run', () => {
    const again = [first, second, third].map((doc) => makeDoc({ id: doc.id, text: doc.text, mentions: doc.layers.mentions.map((mention) => ({ text: mention.text, type: mention.type })) }));
    resolveCorpus(again);
    assert.equal(again[0]?.layers.mentions[0]?.entity, entityOf(0, 0));
  });
});
