import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveAndSave } from '../../src/cli/commands/resolve-and-save.js';
import { collectFindings, resolveCorpus, type ResolvedFindings } from '../../src/resolve/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeDoc } from './make-doc.js';

const REPORT = [
  'Officials in Marrow said 300 volunteers were clearing the roads after the storm on Tuesday.',
  'Governor Ilse Brandt thanked the crews and asked drivers to stay away from the coast road.',
  'The weather office expects more rain over the hills of Marrow before the weekend.',
].join(' ');
const OTHER = [
  'Relief groups in Marrow counted 900 volunteers on the roads after the storm on Tuesday.',
  'Brandt, the governor, said the ferry to the islands would run again by Thursday.',
  'Schools across the district stayed shut while engineers checked the sea wall.',
].join(' ');

/** An original, its copy (the same text from another outlet, published a day later) and a report with a different figure. */
function corpus(): ReturnType<typeof makeDoc>[] {
  const mentions = [
    { text: 'Marrow', type: 'GPE' as const },
    { text: 'Ilse Brandt', type: 'PERSON' as const },
  ];
  const original = makeDoc({ id: 'doc_original', outlet: 'First Paper', published: '2033-01-04', text: REPORT, mentions, quantities: [{ text: '300 volunteers', value: 300, what: 'volunteers' }] });
  const copy = makeDoc({ id: 'doc_copy', outlet: 'Second Paper', published: '2033-01-05', text: REPORT, mentions, quantities: [{ text: '300 volunteers', value: 300, what: 'volunteers' }] });
  const other = makeDoc({
    id: 'doc_other',
    outlet: 'Third Paper',
    published: '2033-01-05',
    text: OTHER,
    mentions: [
      { text: 'Marrow', type: 'GPE' },
      { text: 'Brandt', type: 'PERSON' },
    ],
    quantities: [{ text: '900 volunteers', value: 900, what: 'volunteers' }],
  });
  return [original, copy, other];
}

function claimOf(findings: ResolvedFindings, document: string): ResolvedFindings['claims'][number] | undefined {
  return findings.claims.find((claim) => claim.document === document);
}

function contradictionsWith(findings: ResolvedFindings, document: string): number {
  const other = claimOf(findings, document);
  return findings.conflicts.filter((conflict) => other !== undefined && conflict.claims.includes(other.id)).length;
}

describe('a claim repeated by a copy counts once', () => {
  it('marks the copy when the original came first', () => {
    const [original, copy, other] = corpus();
    if (original === undefined || copy === undefined || other === undefined) throw new Error('corpus');
    const findings = resolveCorpus([original, copy, other]);
    assert.ok(findings.duplicates.some((pair) => pair.a === 'doc_original' && pair.b === 'doc_copy'));
    assert.equal(claimOf(findings, 'doc_copy')?.copyOf, claimOf(findings, 'doc_original')?.id);
    assert.equal(claimOf(findings, 'doc_original')?.copyOf, undefined);
    assert.equal(contradictionsWith(findings, 'doc_other'), 1, 'the other figure is set against the original only');
  });

  it('marks the stored copy when the original is resolved after it, and drops the conflicts the copy had', () => {
    const [original, copy, other] = corpus();
    if (original === undefined || copy === undefined || other === undefined) throw new Error('corpus');
    const findings = resolveCorpus([copy, other, original]);
    assert.ok(findings.duplicates.some((pair) => pair.a === 'doc_original' && pair.b === 'doc_copy'), 'the earlier publication is the original');
    assert.equal(claimOf(findings, 'doc_copy')?.copyOf, claimOf(findings, 'doc_original')?.id);
    assert.equal(contradictionsWith(findings, 'doc_other'), 1, 'the conflict with the copy is gone, the one with the original stays');
    const copyClaim = claimOf(findings, 'doc_copy');
    assert.ok(copyClaim !== undefined && !findings.conflicts.some((conflict) => conflict.claims.includes(copyClaim.id)));
  });

  it('gives the same marks through the SQLite index, also when the original arrives in a later ingest', () => {
    const [copy, other, original] = [corpus()[1], corpus()[2], corpus()[0]];
    if (original === undefined || copy === undefined || other === undefined) throw new Error('corpus');
    const store = openSqliteStore(':memory:');
    try {
      store.putDocument(copy);
      store.putDocument(other);
      resolveAndSave(store);
      assert.equal(contradictionsWith(collectFindings(store.resolveIndex()), 'doc_other'), 1, 'before the original: other against copy');
      store.putDocument(original);
      resolveAndSave(store);
      const memory = resolveCorpus(corpus().slice(1).concat(corpus().slice(0, 1)));
      assert.deepEqual(collectFindings(store.resolveIndex()), JSON.parse(JSON.stringify(memory)));
    } finally {
      store.close();
    }
  });
});
