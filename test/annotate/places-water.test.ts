/**
 * Water bodies from the hand-made list (data/gazetteer/sources/water.tsv): seas, straits, gulfs,
 * lakes and rivers, on sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Place } from '../../src/model/annotations.js';
import { loadGazetteer } from '../../src/annotate/places/gazetteer.js';
import { extractPlaces } from '../../src/annotate/places/places-stage.js';

const gazetteer = loadGazetteer();

function placeAt(text: string, surface: string): Place | undefined {
  const start = text.indexOf(surface);
  return extractPlaces(text, gazetteer).find((place) => place.start <= start && place.end > start);
}

describe('places: water bodies', () => {
  it('finds a strait named without a generic word, with or without "strait" after it', () => {
    for (const text of ['A tanker waited in the Kattegat for a pilot.', 'A tanker waited in the Kattegat strait for a pilot.']) {
      const place = placeAt(text, 'Kattegat');
      assert.equal(place?.name, 'Kattegat', text);
      assert.equal(place?.placeKind, 'water');
      assert.ok(Math.abs((place?.lat ?? 0) - 56.8) < 1 && Math.abs((place?.lon ?? 0) - 11.5) < 1, 'a point inside the strait');
    }
  });

  it('finds gulfs, seas and lakes by their alternate names', () => {
    assert.equal(placeAt('Fishing boats left Odesa for the Gulf of Odessa at dawn.', 'Gulf of Odessa')?.name, 'Gulf of Odesa');
    assert.equal(placeAt('Ferries cross the Oresund every twenty minutes.', 'Oresund')?.placeKind, 'water');
    assert.equal(placeAt('Storms closed the ports on Lake Malawi for two days.', 'Lake Malawi')?.placeKind, 'water');
  });

  it('does not read a common word or a person as a water body', () => {
    assert.equal(placeAt('The main reason was the cost of fuel.', 'main'), undefined);
    assert.equal(placeAt('Mr Sava said the pipes would be replaced.', 'Sava'), undefined);
  });
});
