/**
 * Which claims are compared: those on one head noun in the same story, or in different stories
 * when both subjects name the same entity (a group, an organisation, a stated place); never two
 * stories' claims that only share a head noun.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { differentPeriods, magnitudesApart } from '../../src/resolve/compare-claims.js';
import { sameSubject } from '../../src/resolve/claim-subject.js';
import { valueInterval } from '../../src/resolve/extract-claims.js';
import { resolveCorpus, type ResolvedFindings } from '../../src/resolve/index.js';
import { makeDoc, type DocSpec } from './make-doc.js';

const HARBOUR = 'Dockworkers in Pellam walked out at dawn and the container cranes stood idle, the port authority said.';
const VALLEY = 'Heavy snow closed the mountain pass above Ostrava Vale and stranded buses on the switchbacks overnight.';

function doc(spec: DocSpec): ReturnType<typeof makeDoc> {
  return makeDoc(spec);
}

function storyOf(findings: ResolvedFindings, id: string): string | undefined {
  return findings.stories.find((story) => story.documents.includes(id))?.id;
}

function paired(findings: ResolvedFindings, first: string, second: string): boolean {
  const ids = (document: string): string[] => findings.claims.filter((claim) => claim.document === document).map((claim) => claim.id);
  const [a, b] = [ids(first), ids(second)];
  return [...findings.conflicts, ...findings.changes].some((item) => item.claims.some((id) => a.includes(id)) && item.claims.some((id) => b.includes(id)));
}

describe('claims in different stories', () => {
  it('are not paired when they only share a head noun', () => {
    const harbour = doc({ id: 'doc_harbour', outlet: 'Port Ledger', published: '2032-04-02', text: `${HARBOUR} About 300 people joined the picket by noon.`, mentions: [{ text: 'Pellam', type: 'GPE' }], quantities: [{ text: 'About 300 people', value: 300, what: 'people', qualifier: 'About' }] });
    const valley = doc({ id: 'doc_valley', outlet: 'Hill Courier', published: '2032-04-02', text: `${VALLEY} Some 900 people spent the night in the village hall.`, mentions: [{ text: 'Ostrava Vale', type: 'GPE' }], quantities: [{ text: 'Some 900 people', value: 900, what: 'people', qualifier: 'Some' }] });
    const findings = resolveCorpus([harbour, valley]);
    assert.notEqual(storyOf(findings, 'doc_harbour'), storyOf(findings, 'doc_valley'), 'two stories');
    assert.equal(findings.claims.length, 2);
    assert.equal(paired(findings, 'doc_harbour', 'doc_valley'), false);
  });

  it('are paired when both subjects name the same group', () => {
    const first = doc({
      id: 'doc_raid',
      outlet: 'Port Ledger',
      published: '2032-04-02',
      text: `${HARBOUR} Officials said about 300 Tarn Brigade fighters were seen north of the docks.`,
      mentions: [
        { text: 'Pellam', type: 'GPE' },
        { text: 'Tarn Brigade', type: 'ORG' },
      ],
      quantities: [{ text: 'about 300 Tarn Brigade fighters', value: 300, what: 'Tarn Brigade fighters', qualifier: 'about' }],
    });
    const second = doc({
      id: 'doc_pass',
      outlet: 'Hill Courier',
      published: '2032-04-03',
      text: `${VALLEY} Villagers said 2,000 Tarn Brigade fighters had crossed the ridge in trucks.`,
      mentions: [
        { text: 'Ostrava Vale', type: 'GPE' },
        { text: 'Tarn Brigade', type: 'ORG' },
      ],
      quantities: [{ text: '2,000 Tarn Brigade fighters', value: 2000, what: 'Tarn Brigade fighters' }],
    });
    const findings = resolveCorpus([first, second]);
    assert.notEqual(storyOf(findings, 'doc_raid'), storyOf(findings, 'doc_pass'), 'two stories');
    assert.ok(findings.conflicts.some((conflict) => conflict.kind === 'contradiction'), '300 against 2,000 of the same group');
  });

  it('are paired when both name the same place, and not when they name different places', () => {
    const place = (id: string, town: string, text: string, published: string, count: string, value: number): ReturnType<typeof makeDoc> =>
      doc({ id, outlet: `${id} Times`, published, text, mentions: [{ text: town, type: 'GPE' }], quantities: [{ text: `${count} refugees`, value, what: 'refugees' }] });
    const first = place('doc_east', 'Kessary', `${HARBOUR} Aid groups counted 400 refugees near Kessary on Friday.`, '2032-04-02', '400', 400);
    const second = place('doc_west', 'Kessary', `${VALLEY} Another 1,500 refugees were reported near Kessary by the weekend.`, '2032-04-03', '1,500', 1500);
    const third = place('doc_north', 'Lorn', `Fishing boats stayed in harbour at Brask as the gale blew. Some 900 refugees waited near Lorn for buses.`, '2032-04-03', '900', 900);
    const findings = resolveCorpus([first, second, third]);
    assert.equal(new Set(['doc_east', 'doc_west', 'doc_north'].map((id) => storyOf(findings, id))).size, 3, 'three stories');
    assert.equal(paired(findings, 'doc_east', 'doc_west'), true, 'both near Kessary');
    assert.equal(paired(findings, 'doc_east', 'doc_north'), false, 'Kessary is not Lorn');
  });
});

describe('the subject a claim is about', () => {
  const key = (placeHead: string | null, placeModifiers: string[]) => ({ head: 'troop', modifiers: [], placeHead, placeModifiers });
  it('differs when the places named differ, with or without a place head noun', () => {
    assert.equal(sameSubject(key(null, ['kosov']), key(null, ['serbi'])), false);
    assert.equal(sameSubject(key('border', ['kosov']), key('border', ['serbi'])), false);
    assert.equal(sameSubject(key('border', []), key('town', [])), false);
  });
  it('stays the same when one side names no place', () => {
    assert.equal(sameSubject(key(null, ['kosov']), key('border', [])), true);
    assert.equal(sameSubject(key(null, ['kosov']), key(null, [])), true);
    assert.equal(sameSubject(key('border', ['kosov']), key(null, ['kosov'])), true);
  });
});

describe('periods and magnitudes', () => {
  const at = (time: string) => ({ time, period: time.slice(0, 7) });
  it('keeps claims a few days apart across a month boundary in one period', () => {
    assert.equal(differentPeriods(at('2023-09-30'), at('2023-10-01')), false);
    assert.equal(differentPeriods(at('2023-09-28'), at('2023-10-05T10:00:00Z')), false);
    assert.equal(differentPeriods(at('2023-10-01'), at('2023-10-31')), false, 'one month');
  });
  it('tells months more than a week apart as different periods', () => {
    assert.equal(differentPeriods(at('2031-03-02'), at('2031-05-20')), true);
    assert.equal(differentPeriods(at('2023-09-20'), at('2023-10-01')), true);
    assert.equal(differentPeriods({ time: null, period: null }, at('2023-10-01')), false, 'unknown time');
  });
  it('counts an open-ended claim at its stated figure', () => {
    const claim = (value: number, qualifier: string | null) => ({ interval: valueInterval(value, qualifier !== null, qualifier) });
    assert.equal(magnitudesApart(claim(65_000, 'more than'), claim(2_800_000, 'about')), true, 'refugees against a population');
    assert.equal(magnitudesApart(claim(65_000, 'more than'), claim(100_000, 'more than')), false);
    assert.equal(magnitudesApart(claim(300, 'at least'), claim(2_000, null)), false);
  });
});
