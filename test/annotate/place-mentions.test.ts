import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention, Place } from '../../src/model/annotations.js';
import { createDoc, type NewsDoc } from '../../src/model/news-doc.js';
import { createContext } from '../../src/pipeline/pipeline.js';
import { placeMentionsStage } from '../../src/annotate/refiners/place-mentions.js';

const TEXT = 'Divers inspected the pipe in the Skagerrak near Tromvik while the Lantern Group watched.';

function place(text: string, placeKind: Place['placeKind'], removed = false): Place {
  const start = TEXT.indexOf(text);
  return {
    kind: 'place',
    start: removed ? 0 : start,
    end: removed ? 0 : start + text.length,
    text,
    name: text,
    placeKind,
    countryCode: null,
    lat: 58,
    lon: 9,
    gazetteerId: null,
    provenance: { stage: 'annotate', rule: 'places/gazetteer', confidence: 0.8 },
    ...(removed ? { removed: { rawStart: 0, rawEnd: text.length, reason: 'image caption' } } : {}),
  };
}

function mention(text: string, type: Mention['type']): Mention {
  const start = TEXT.indexOf(text);
  return { kind: 'mention', start, end: start + text.length, text, type, name: text, entity: null, provenance: { stage: 'annotate', rule: 'mentions/perceptron', confidence: 0.85 } };
}

function docWith(places: Place[], mentions: Mention[]): NewsDoc {
  const doc = createDoc({ source: { path: null, url: null, format: 'text' }, raw: TEXT, hints: {}, hintBasis: 'none' });
  doc.layers.places = places;
  doc.layers.mentions = mentions;
  placeMentionsStage.run(doc, createContext());
  return doc;
}

describe('place mentions refiner', () => {
  it('adds a mention for a gazetteer place the tagger missed, typed by the place kind', () => {
    const doc = docWith([place('Skagerrak', 'water'), place('Tromvik', 'city')], []);
    assert.deepEqual(
      doc.layers.mentions.map((m) => [m.text, m.type, m.provenance.rule]),
      [['Skagerrak', 'LOC', 'mentions/from-place'], ['Tromvik', 'GPE', 'mentions/from-place']],
    );
  });

  it('retypes a catch-all OTHER mention or a water body the tagger called an organisation', () => {
    const doc = docWith([place('Skagerrak', 'water'), place('Tromvik', 'city')], [mention('Skagerrak', 'ORG'), mention('Tromvik', 'OTHER')]);
    assert.deepEqual(doc.layers.mentions.map((m) => [m.text, m.type]), [['Skagerrak', 'LOC'], ['Tromvik', 'GPE']]);
  });

  it('leaves a confident tagger type alone, a partial overlap alone, and caption places out', () => {
    const doc = docWith([place('Tromvik', 'city'), place('Lantern', 'city'), place('Skagerrak', 'water', true)], [mention('Tromvik', 'PERSON'), mention('Lantern Group', 'ORG')]);
    assert.deepEqual(doc.layers.mentions.map((m) => [m.text, m.type]), [['Tromvik', 'PERSON'], ['Lantern Group', 'ORG']]);
  });
});
