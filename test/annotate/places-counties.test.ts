/**
 * Second-level regions (counties, districts) built from GeoNames admin2 codes, and region
 * abbreviations after a town ("Manhattan, Kan."), on sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Place } from '../../src/model/annotations.js';
import { loadGazetteer, parseGazetteer } from '../../src/annotate/places/gazetteer.js';
import { extractPlaces } from '../../src/annotate/places/places-stage.js';

const gazetteer = loadGazetteer();

function placeAt(text: string, surface: string): Place | undefined {
  const start = text.indexOf(surface);
  return extractPlaces(text, gazetteer).find((place) => place.start <= start && place.end > start);
}

describe('places: second-level regions', () => {
  it('finds a county by its full name and places it by the other places of the text', () => {
    const place = placeAt('Deputies in Lamar County, Texas searched the lake shore near Paris on Friday.', 'Lamar County');
    assert.equal(place?.placeKind, 'region');
    assert.equal(place?.countryCode, 'US');
    assert.ok(Math.abs((place?.lat ?? 0) - 33.7) < 0.5 && Math.abs((place?.lon ?? 0) + 95.6) < 0.5, 'inside the county');
  });

  it('lets a county pull an ambiguous town name into its state', () => {
    const paris = placeAt('Deputies in Lamar County searched the lake shore near Paris on Friday.', 'Paris');
    assert.equal(paris?.countryCode, 'US');
    assert.ok(Math.abs((paris?.lat ?? 0) - 33.66) < 0.3, 'Paris, Texas, the seat of the county');
  });

  it('picks among namesake counties the one in the state of the other places', () => {
    const inGeorgia = placeAt('Schools in Henry County closed early, and buses from Atlanta were sent back.', 'Henry County');
    assert.equal(inGeorgia?.countryCode, 'US');
    assert.ok(Math.abs((inGeorgia?.lat ?? 0) - 33.4) < 0.5 && Math.abs((inGeorgia?.lon ?? 0) + 84.2) < 0.5, 'Henry County, Georgia');
    const inIndiana = placeAt('Schools in Henry County closed early, and buses from Indianapolis were sent back.', 'Henry County');
    assert.ok(Math.abs((inIndiana?.lat ?? 0) - 39.9) < 0.5, 'Henry County, Indiana');
  });

  it('reads a state abbreviation after a town and a comma, and places the town in that state', () => {
    const text = 'The dog was bought in Manhattan, Kan., last spring.';
    const state = placeAt(text, 'Kan.');
    assert.deepEqual([state?.text, state?.name, state?.placeKind], ['Kan.', 'Kansas', 'region']);
    const town = placeAt(text, 'Manhattan');
    assert.ok(Math.abs((town?.lat ?? 0) - 39.18) < 0.3 && Math.abs((town?.lon ?? 0) + 96.57) < 0.3, 'Manhattan, Kansas');
  });

  it('does not read an abbreviation-like word elsewhere as a region', () => {
    assert.equal(placeAt('Miss Brown said the Mass was held at noon.', 'Miss'), undefined);
    assert.equal(placeAt('Miss Brown said the Mass was held at noon.', 'Mass'), undefined);
    assert.notEqual(placeAt('Ships sailed from Kan to the coast.', 'Kan')?.name, 'Kansas');
  });

  it('does not read the bare core of a county name as the county', () => {
    const place = placeAt('Officials met Lamar on Friday to discuss the budget.', 'Lamar');
    assert.notEqual(place?.placeKind, 'region');
  });
});

describe('places: points of countries, nations and continents', () => {
  it('puts a country at the centre of its main landmass, not pulled by outlying land', () => {
    const text = 'Exports from the United States rose, the ministry said.';
    const country = placeAt(text, 'United States');
    assert.ok(Math.abs((country?.lat ?? 0) - 39.9) < 1 && Math.abs((country?.lon ?? 0) + 98.8) < 1.5, 'the middle of the lower 48 states');
  });

  it('keeps an archipelago at its middle, not on its largest island', () => {
    const country = placeAt('Ferries link the islands of Indonesia.', 'Indonesia');
    assert.ok(Math.abs((country?.lat ?? 0) + 5) < 1 && Math.abs((country?.lon ?? 0) - 120) < 1, 'between the islands');
  });

  it('reads Scotland as the nation, not as the United Kingdom', () => {
    const nation = placeAt('Heavy snow closed schools across Scotland on Monday.', 'Scotland');
    assert.deepEqual([nation?.name, nation?.placeKind, nation?.countryCode], ['Scotland', 'region', 'GB']);
    assert.equal(placeAt('Heavy snow closed schools across Britain on Monday.', 'Britain')?.placeKind, 'country');
  });
});

describe('places: alternate names of small towns abroad', () => {
  // Note: a made-up gazetteer, so the case does not hang on the names of the real one.
  const places = [
    ['1', 'Veldoria', 'country', 'PCLI', 'VD', '', '43.000', '25.000', '7000000', 'veldoria', ''],
    ['2', 'Ostrana', 'country', 'PCLI', 'OS', '', '44.000', '21.000', '7000000', 'ostrana', ''],
    ['3', 'Marvelo', 'city', 'PPL', 'VD', '01', '42.500', '24.000', '9000', 'marvelo|marvelska', ''],
  ].map((row) => row.join('\t'));
  const filters = JSON.stringify({ commonWords: [], firstNames: [], demonyms: [], titles: [], notPlaces: [], locativeWords: ['at', 'in', 'near'], regionWords: ['region'] });
  const small = parseGazetteer(places.join('\n'), filters);
  const at = (text: string, surface: string): Place | undefined => extractPlaces(text, small).find((place) => place.start === text.indexOf(surface));

  it('drops the alternate name of a small town abroad in a story whose places lie elsewhere', () => {
    assert.equal(at('Gunmen attacked the monastery at Marvelska, in the north of Ostrana.', 'Marvelska'), undefined);
  });

  it('keeps it beside a place of its country, and keeps the town by its own name', () => {
    assert.equal(at('Gunmen attacked the monastery at Marvelska, in Veldoria.', 'Marvelska')?.name, 'Marvelo');
    assert.equal(at('Gunmen attacked the monastery at Marvelo, in the north of Ostrana.', 'Marvelo')?.name, 'Marvelo');
  });
});
