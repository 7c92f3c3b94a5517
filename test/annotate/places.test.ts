import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Mention, Place } from '../../src/model/annotations.js';
import { emptyLayers } from '../../src/model/annotations.js';
import { foldName } from '../../src/annotate/places/fold-name.js';
import { loadGazetteer } from '../../src/annotate/places/gazetteer.js';
import { extractPlaces } from '../../src/annotate/places/places-stage.js';

const gazetteer = loadGazetteer();

function places(text: string, mentions: Mention[] = []): Place[] {
  return extractPlaces(text, gazetteer, { layers: { ...emptyLayers(), mentions } });
}

function placeAt(text: string, surface: string, mentions: Mention[] = []): Place | undefined {
  const start = text.indexOf(surface);
  return places(text, mentions).find((place) => place.start <= start && place.end > start);
}

function distanceKm(place: Place, lat: number, lon: number): number {
  const radians = Math.PI / 180;
  const a =
    Math.sin(((lat - place.lat) * radians) / 2) ** 2 +
    Math.cos(lat * radians) * Math.cos(place.lat * radians) * Math.sin(((lon - place.lon) * radians) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('foldName', () => {
  it('folds case, diacritics, apostrophes, hyphens and St.', () => {
    assert.equal(foldName('Raška'), 'raska');
    assert.equal(foldName("Homyel'"), 'homyel');
    assert.equal(foldName('St. Petersburg'), 'saint petersburg');
    assert.equal(foldName('Sankt-Peterburg'), 'sankt peterburg');
  });
});

describe('places: positive cases', () => {
  it('finds a city and gives its point, country and id', () => {
    const place = placeAt('Volunteers handed out food in Kharkiv on Tuesday.', 'Kharkiv');
    assert.ok(place, 'Kharkiv found');
    assert.equal(place.placeKind, 'city');
    assert.equal(place.countryCode, 'UA');
    assert.ok(distanceKm(place, 49.99, 36.23) < 20);
    assert.equal(place.provenance.stage, 'annotate');
    assert.match(place.gazetteerId ?? '', /^geonames:/u);
  });

  it('resolves spelling variants to the same place', () => {
    const kyiv = placeAt('Talks were held in Kyiv this week.', 'Kyiv');
    const kiev = placeAt('Talks were held in Kiev this week.', 'Kiev');
    assert.ok(kyiv && kiev);
    assert.equal(kiev.gazetteerId, kyiv.gazetteerId);
    const gomel = placeAt('Trains stopped in Gomel overnight, officials in Belarus said.', 'Gomel');
    const homel = placeAt('Trains stopped in Homel overnight, officials in Belarus said.', 'Homel');
    assert.ok(gomel && homel);
    assert.equal(homel.gazetteerId, gomel.gazetteerId);
    const withMarks = placeAt('Police in Raška closed a road near the border with Kosovo.', 'Raška');
    const without = placeAt('Police in Raska closed a road near the border with Kosovo.', 'Raska');
    assert.ok(withMarks && without);
    assert.equal(without.gazetteerId, withMarks.gazetteerId);
  });

  it('reads "X region" and "X province" as the administrative region', () => {
    const text = 'Shelling hit villages in the Kharkiv region and in the Volyn province overnight.';
    const kharkiv = placeAt(text, 'Kharkiv');
    assert.ok(kharkiv);
    assert.equal(kharkiv.placeKind, 'region');
    assert.equal(kharkiv.text, 'Kharkiv region');
    assert.match(kharkiv.name, /Kharkiv/u);
    const volyn = placeAt(text, 'Volyn');
    assert.ok(volyn);
    assert.equal(volyn.placeKind, 'region');
    assert.equal(volyn.countryCode, 'UA');
  });

  it('reads a nuclear power plant phrase as the site', () => {
    const text = 'Inspectors visited the Chernobyl nuclear power plant again.';
    const site = placeAt(text, 'Chernobyl');
    assert.ok(site);
    assert.equal(site.placeKind, 'other');
    assert.equal(site.text, 'Chernobyl nuclear power plant');
    assert.ok(distanceKm(site, 51.39, 30.1) < 10);
  });

  it('decides "Georgia" by the other places of the text', () => {
    const caucasus = placeAt('Georgia protested after troops from Russia moved closer to Tbilisi.', 'Georgia');
    assert.ok(caucasus);
    assert.equal(caucasus.countryCode, 'GE');
    assert.equal(caucasus.placeKind, 'country');
    const american = placeAt('Storms flooded roads in Atlanta and Savannah, and officials across Georgia opened shelters.', 'Georgia');
    assert.ok(american);
    assert.equal(american.countryCode, 'US');
    assert.equal(american.placeKind, 'region');
  });

  it('finds water bodies', () => {
    const sea = placeAt('A tanker ran aground in the Black Sea on Friday.', 'Black Sea');
    assert.ok(sea);
    assert.equal(sea.placeKind, 'water');
  });

  it('accepts a GPE mention of the NER stage that the scan alone would drop', () => {
    const text = 'Reading voted to close the library.';
    const mention: Mention = {
      kind: 'mention',
      start: 0,
      end: 7,
      text: 'Reading',
      type: 'GPE',
      name: 'Reading',
      entity: null,
      provenance: { stage: 'annotate', rule: 'test', confidence: 1 },
    };
    assert.equal(placeAt(text, 'Reading'), undefined);
    assert.ok(placeAt(text, 'Reading', [mention]));
  });
});

describe('places: negative cases', () => {
  it('does not read country adjectives as places', () => {
    assert.deepEqual(places('Belarusian and Ukrainian officials met with Polish diplomats.'), []);
  });

  it('does not read a person named like a town as a place', () => {
    assert.equal(placeAt('Yesterday Austin Reeves arrived late to the premiere.', 'Austin'), undefined);
    assert.equal(placeAt('The speech by President Jackson was short.', 'Jackson'), undefined);
    assert.equal(placeAt('The novel by Jack London sold well.', 'London'), undefined);
  });

  it('drops a place name inside a PERSON mention', () => {
    const text = 'The award went to Sydney Chapman this year.';
    const start = text.indexOf('Sydney');
    const mention: Mention = {
      kind: 'mention',
      start,
      end: start + 'Sydney Chapman'.length,
      text: 'Sydney Chapman',
      type: 'PERSON',
      name: 'Sydney Chapman',
      entity: null,
      provenance: { stage: 'annotate', rule: 'test', confidence: 1 },
    };
    assert.equal(placeAt(text, 'Sydney', [mention]), undefined);
  });

  it('does not read sentence-initial common words as places', () => {
    assert.deepEqual(places('Reading the report, she frowned. Mobile phones were seized. Nice work, he said.'), []);
  });

  it('does not read months, contractions or capitalised organisation words as places', () => {
    assert.deepEqual(places('In March the Union State council met, and I’ve seen the minutes.'), []);
  });
});

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const GOLD = new URL('../../../shared/gold/seeds.gold.json', import.meta.url);

interface GoldPlace {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly km?: number;
}

describe('places: seed gold', () => {
  const present = existsSync(SEEDS) && existsSync(GOLD);
  it('finds every gold place of the raw seed texts', { skip: present ? false : '../shared/seeds or gold is absent' }, () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: Record<string, { places?: GoldPlace[] }> };
    let total = 0;
    let found = 0;
    const missed: string[] = [];
    for (const [file, doc] of Object.entries(gold.documents)) {
      const extracted = places(readFileSync(new URL(file, SEEDS), 'utf8'));
      for (const want of doc.places ?? []) {
        total += 1;
        const key = foldName(want.name);
        const hit = extracted.some(
          (place) => (foldName(place.name).includes(key) || foldName(place.text).includes(key)) && distanceKm(place, want.lat, want.lon) <= (want.km ?? 50),
        );
        if (hit) found += 1;
        else missed.push(`${file}: ${want.name}`);
      }
    }
    assert.ok(total > 0);
    assert.ok(found / total >= 0.9, `found ${found} of ${total}: ${missed.join(", ")}`);
  });
});
