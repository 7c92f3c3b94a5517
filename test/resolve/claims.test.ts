import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { intervalsOverlap, stanceWords, valueInterval } from '../../src/resolve/extract-claims.js';
import { resolveCorpus, type ResolvedFindings } from '../../src/resolve/index.js';
import { makeDoc } from './make-doc.js';

function report(id: string, outlet: string, published: string, sentence: string, number: string, value: number, what: string, qualifier?: string): ReturnType<typeof makeDoc> {
  return makeDoc({
    id,
    outlet,
    published,
    text: `${sentence} The ministry gave no further detail on the weekend talks.`,
    // Note: the border's country is a resolved place name, which anchors the claims beside it.
    mentions: sentence.includes('Upland') ? [{ text: 'Upland', type: 'GPE' }] : [],
    quantities: [{ text: number, value, what, ...(qualifier === undefined ? {} : { qualifier }) }],
  });
}

function conflictValues(findings: ResolvedFindings, kind: string): number[][] {
  return findings.conflicts.filter((conflict) => conflict.kind === kind).map((conflict) => conflict.claims.map((id) => findings.claims.find((claim) => claim.id === id)?.value ?? -1).sort((a, b) => a - b));
}

describe('value intervals', () => {
  it('reads approximation words', () => {
    assert.ok(intervalsOverlap(valueInterval(1000, true, 'about'), valueInterval(1100, false, null)));
    assert.ok(!intervalsOverlap(valueInterval(1000, true, 'about'), valueInterval(1300, false, null)));
    assert.ok(intervalsOverlap(valueInterval(800, true, 'more than'), valueInterval(900, false, null)));
    assert.ok(!intervalsOverlap(valueInterval(800, true, 'more than'), valueInterval(800, false, null)));
    assert.ok(!intervalsOverlap(valueInterval(9000, true, 'up to'), valueInterval(3000, true, 'around')));
  });
  it('finds stance words and not parts of words', () => {
    assert.deepEqual(stanceWords('Officials allegedly moved the units, without providing evidence.'), ['without providing evidence', 'allegedly']);
    assert.deepEqual(stanceWords('The claimant list was long.'), []);
  });
});

describe('claims and conflicts', () => {
  const a = report('doc_a', 'Paper One', '2031-03-02', 'Lowland has around 4,000 soldiers near the Upland border, its army said.', '4,000 soldiers', 4000, 'soldiers', 'around');
  const b = report('doc_b', 'Paper Two', '2031-03-03', 'Upland officials said Lowland had massed 9,000 troops along the border.', '9,000 troops', 9000, 'troops');
  const c = report('doc_c', 'Paper Three', '2031-03-04', 'Aid workers counted about 4,200 troops near the Upland border this week.', '4,200 troops', 4200, 'troops', 'about');
  const d = report('doc_d', 'Paper Four', '2031-03-05', 'A further 4,000 refugees reached camps near the Upland border.', '4,000 refugees', 4000, 'refugees');
  const e = report('doc_e', 'Paper Five', '2031-05-20', 'By May only about 1,500 troops remained near the Upland border.', '1,500 troops', 1500, 'troops', 'about');
  const findings = resolveCorpus([a, b, c, d, e]);

  it('turns quantities into claims with a normalised subject and the document date', () => {
    const claim = findings.claims.find((entry) => entry.document === 'doc_a');
    assert.equal(claim?.subject, 'soldiers near upland border');
    assert.equal(claim?.time, '2031-03-02');
    assert.equal(claim?.['outlet'], 'Paper One');
  });
  it('reports incompatible values as a contradiction', () => {
    assert.ok(conflictValues(findings, 'contradiction').some((values) => values.includes(4000) && values.includes(9000)));
  });
  it('reports compatible values as an agreement', () => {
    assert.ok(conflictValues(findings, 'agreement').some((values) => values.includes(4000) && values.includes(4200)));
  });
  it('does not pair the same number about a different thing', () => {
    const all = findings.conflicts.flatMap((conflict) => conflict.claims);
    const refugees = findings.claims.find((claim) => claim.document === 'doc_d');
    assert.ok(refugees !== undefined && !all.includes(refugees.id));
  });
  it('puts a different month in changes, not conflicts', () => {
    const may = findings.claims.find((claim) => claim.document === 'doc_e');
    assert.ok(may !== undefined && !findings.conflicts.some((conflict) => conflict.claims.includes(may.id)));
    assert.ok(findings.changes.some((change) => change.claims.includes(may.id)));
  });
  it('counts a claim repeated by a copy once', () => {
    const copy = makeDoc({ id: 'doc_copy', outlet: 'Reprinter', published: '2031-03-04', text: b.text, quantities: [{ text: '9,000 troops', value: 9000, what: 'troops' }] });
    const withCopy = resolveCorpus([a, b, copy]);
    const copied = withCopy.claims.find((claim) => claim.document === 'doc_copy');
    assert.equal(copied?.['copyOf'], withCopy.claims.find((claim) => claim.document === 'doc_b')?.id);
    assert.ok(!withCopy.conflicts.some((conflict) => copied !== undefined && conflict.claims.includes(copied.id)));
    assert.equal(conflictValues(withCopy, 'contradiction').length, 1);
  });
});

describe('claims an order of magnitude apart', () => {
  it('are not compared: they count different things under one head noun', async () => {
    const { magnitudesApart } = await import('../../src/resolve/compare-claims.js');
    const claim = (low: number, high: number) => ({ interval: { low, high, lowOpen: false, highOpen: false } });
    assert.equal(magnitudesApart(claim(4250, 5750), claim(170, 230)), true, 'thousands vs a couple of hundred');
    assert.equal(magnitudesApart(claim(24, 99), claim(1_530_000, 2_070_000)), true, 'dozens vs millions');
  });

  it('still compares real disputes within an order of magnitude', async () => {
    const { magnitudesApart } = await import('../../src/resolve/compare-claims.js');
    const claim = (low: number, high: number) => ({ interval: { low, high, lowOpen: false, highOpen: false } });
    assert.equal(magnitudesApart(claim(20_000, 20_000), claim(120_000, 120_000)), false, 'six times apart is a disagreement');
    assert.equal(magnitudesApart(claim(8400, 12_000), claim(4250, 5750)), false);
    assert.equal(magnitudesApart(claim(0, 0), claim(0, 0)), false, 'zero against zero');
  });
});
