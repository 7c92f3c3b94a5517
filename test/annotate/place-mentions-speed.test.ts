import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType, Mention, Place } from '../../src/model/annotations.js';
import { createDoc } from '../../src/model/news-doc.js';
import { createContext } from '../../src/pipeline/pipeline.js';
import { mentionTypeOf, placeMentionsStage } from '../../src/annotate/refiners/place-mentions.js';

/** The refiner as it was before its sorted-span shortcuts (every mention against every place), as the reference. */
function reference(places: readonly Place[], given: readonly Mention[]): Mention[] {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const body = places.filter((place) => place.removed === undefined && place.end > place.start);
  const mentions = given.map((mention): Mention => {
    const place = body.find((candidate) => candidate.start === mention.start && candidate.end === mention.end);
    const retype = place !== undefined && (mention.type === 'OTHER' || (place.placeKind === 'water' && mention.type !== 'LOC'));
    return place === undefined || !retype ? mention : { ...mention, type: mentionTypeOf(place), provenance: { ...mention.provenance, rule: `${mention.provenance.rule}+places/retype` } };
  });
  const added: Mention[] = [];
  for (const place of body) {
    if (mentions.some((mention) => overlaps(mention, place)) || added.some((mention) => overlaps(mention, place))) continue;
    added.push({
      kind: 'mention',
      start: place.start,
      end: place.end,
      text: place.text,
      type: mentionTypeOf(place),
      name: place.text,
      entity: null,
      provenance: { stage: 'annotate', rule: 'mentions/from-place', confidence: place.provenance.confidence * 0.9 },
    });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'OTHER'];
const KINDS: readonly Place['placeKind'][] = ['country', 'region', 'city', 'water', 'other'];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Spans on a short line, so that they overlap, nest, touch, repeat and are sometimes empty or out of order. */
function generated(seed: number): { places: Place[]; mentions: Mention[] } {
  const next = random(seed);
  const span = (): { start: number; end: number } => {
    const start = Math.floor(next() * 40);
    return { start, end: start + Math.floor(next() * 6) };
  };
  const places: Place[] = Array.from({ length: Math.floor(next() * 8) }, (_, index) => {
    const { start, end } = span();
    return {
      kind: 'place',
      start,
      end,
      text: `p${index}`,
      name: `p${index}`,
      placeKind: KINDS[Math.floor(next() * KINDS.length)] ?? 'city',
      countryCode: null,
      lat: 0,
      lon: 0,
      gazetteerId: null,
      provenance: { stage: 'annotate', rule: 'places/gazetteer', confidence: 0.8 },
      ...(next() < 0.1 ? { removed: { rawStart: 0, rawEnd: 1, reason: 'image caption' } } : {}),
    };
  });
  const mentions: Mention[] = Array.from({ length: Math.floor(next() * 8) }, (_, index) => ({
    kind: 'mention',
    ...span(),
    text: `m${index}`,
    type: TYPES[Math.floor(next() * TYPES.length)] ?? 'OTHER',
    name: `m${index}`,
    entity: null,
    provenance: { stage: 'annotate', rule: 'mentions/perceptron', confidence: 0.85 },
  }));
  // Note: the stages hand over layers sorted by start; two in three cases here are, the rest not.
  if (seed % 3 !== 0) {
    places.sort((a, b) => a.start - b.start);
    mentions.sort((a, b) => a.start - b.start);
  }
  return { places, mentions };
}

describe('place mentions refiner on sorted spans', () => {
  it('gives the mentions of the every-pair reference on generated spans', () => {
    let changed = 0;
    for (let seed = 1; seed <= 4000; seed += 1) {
      const { places, mentions } = generated(seed);
      const doc = createDoc({ source: { path: null, url: null, format: 'text' }, raw: 'x'.repeat(50), hints: {}, hintBasis: 'none' });
      doc.layers.places = places;
      doc.layers.mentions = [...mentions];
      placeMentionsStage.run(doc, createContext());
      const expected = reference(places, mentions);
      assert.deepEqual(doc.layers.mentions, expected, `seed ${seed}`);
      if (!expected.every((mention, index) => mention === mentions[index])) changed += 1;
    }
    assert.ok(changed > 1000, `${changed} cases where mentions were retyped or added`);
  });
});
