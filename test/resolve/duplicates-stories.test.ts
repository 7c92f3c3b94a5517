import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveCorpus } from '../../src/resolve/index.js';
import { makeDoc } from './make-doc.js';

const BACKGROUND = 'The river port has been disputed between the two provinces since the treaty of the old republic was signed. Both provinces claim the customs revenue of the port and the bridges that serve it.';
const STORY = [
  'Flood barriers failed overnight at the Osterby river port after three days of heavy rain, the harbour authority reported.',
  'Engineers from the regional water board arrived at dawn and began pumping water out of the lower warehouses.',
  'The authority said about forty containers had been swept into the channel and that shipping would stop until Friday.',
  'Farmers upstream warned that the fields near Kellin village were also under water and asked the army for sandbags.',
  'A spokesperson for the water board said the barrier had been inspected in the spring and showed no fault then.',
].join(' ');
const OTHER = [
  'A new tram line opened in the Varro district on Monday, the city transport company announced.',
  'The line links the central station with the university campus and the northern hospital in twenty minutes.',
  'Commuters welcomed the service but shop owners complained about two years of building work in their street.',
  'The company plans a second line to the airport and expects to sign the contract with the builders next spring.',
].join(' ');
const HARBOUR = [
  { text: 'Osterby', type: 'GPE' as const },
  { text: 'Kellin', type: 'GPE' as const },
];

describe('duplicates and stories', () => {
  const original = makeDoc({ id: 'doc_orig', outlet: 'Coast News', published: '2032-04-10', text: `${STORY}\n\n${BACKGROUND}`, mentions: HARBOUR });
  const exact = makeDoc({ id: 'doc_exact', outlet: 'Syndicate', published: '2032-04-11', text: `${STORY}\n\n${BACKGROUND}`, mentions: HARBOUR });
  const near = makeDoc({ id: 'doc_near', outlet: 'River Daily', published: '2032-04-11', text: `${STORY} The port will publish a damage report next week.\n\n${BACKGROUND}`, mentions: HARBOUR });
  const unrelated = makeDoc({ id: 'doc_tram', outlet: 'City Post', published: '2032-04-10', text: `${OTHER}\n\n${BACKGROUND}` });
  const later = makeDoc({ id: 'doc_later', outlet: 'Coast News', published: '2032-09-01', text: `${STORY}`, mentions: HARBOUR });
  const findings = resolveCorpus([original, exact, near, unrelated, later]);
  const pair = (a: string, b: string) => findings.duplicates.find((entry) => (entry.a === a && entry.b === b) || (entry.a === b && entry.b === a));
  const storyOf = (id: string) => findings.stories.find((story) => story.documents.includes(id))?.id;

  it('finds an exact copy and says which came first', () => {
    assert.equal(pair('doc_orig', 'doc_exact')?.kind, 'exact');
    assert.equal(pair('doc_orig', 'doc_exact')?.['first'], 'doc_orig');
  });
  it('finds a near copy and what it added', () => {
    const found = pair('doc_orig', 'doc_near');
    assert.equal(found?.kind, 'near');
    assert.deepEqual(found?.['added'], ['The port will publish a damage report next week.']);
  });
  it('does not call two reports copies because they share a background paragraph', () => {
    assert.equal(pair('doc_orig', 'doc_tram'), undefined);
  });
  it('puts copies in one story and an unrelated report in another', () => {
    assert.equal(storyOf('doc_exact'), storyOf('doc_orig'));
    assert.notEqual(storyOf('doc_tram'), storyOf('doc_orig'));
  });
  it('keeps a copy with its original even when republished months later', () => {
    assert.ok(pair('doc_orig', 'doc_later') !== undefined);
    assert.equal(storyOf('doc_later'), storyOf('doc_orig'));
  });
  it('labels stories with their names', () => {
    assert.match(findings.stories.find((story) => story.id === storyOf('doc_orig'))?.label ?? '', /Osterby|Kellin/u);
  });
});
