/**
 * The places gazetteer: data/gazetteer/places.tsv and filters.json (built by
 * scripts/build-gazetteer.ts from GeoNames, world-countries and iso3166-2-db), loaded once and
 * indexed by folded name.
 */
import { readFileSync } from 'node:fs';
import type { PlaceKind } from '../../model/annotations.js';
import { PLACE_KINDS } from '../../model/annotations.js';
import type { StageContext } from '../../pipeline/stage.js';

const PLACES_FILE = new URL('../../../data/gazetteer/places.tsv', import.meta.url);
const FILTERS_FILE = new URL('../../../data/gazetteer/filters.json', import.meta.url);
const RESOURCE_KEY = 'places/gazetteer';
const NEWLINE = /\r?\n/u;
const NUMERIC_ID = /^\d+$/u;
const EXACT_PREFIX = '=';
const SEPARATOR = '|';

/** One place of the gazetteer. */
export interface GazetteerEntry {
  /** Stable id, e.g. `geonames:703448`. */
  readonly id: string;
  /** The gazetteer's name. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** GeoNames feature code (PPLC, ADM1, PCLI...), `H` for water, `FAC` for a site. */
  readonly code: string;
  /** ISO 3166-1 alpha-2 code, null for water bodies. */
  readonly country: string | null;
  /** GeoNames admin1 code ('' when none). */
  readonly admin1: string;
  readonly lat: number;
  readonly lon: number;
  /** People living there (for a country or region, the sum over its places; 0 when unknown). */
  readonly population: number;
  /** The folded main name (other keys are alternate names). */
  readonly primaryKey: string;
  /** `country.admin1` of the first-level region the place lies in, null when either is unknown. */
  readonly regionKey: string | null;
}

/** Word lists that keep non-places out. */
export interface GazetteerFilters {
  /** Common English words that are also place names. */
  readonly commonWords: ReadonlySet<string>;
  /** English first names. */
  readonly firstNames: ReadonlySet<string>;
  /** Country adjectives (Belarusian): never places. */
  readonly demonyms: ReadonlySet<string>;
  /** Titles that make the next name a person's. */
  readonly titles: ReadonlySet<string>;
  /** Words that stand alone as a name elsewhere but are not places in English news. */
  readonly notPlaces: ReadonlySet<string>;
  /** Words that announce a place right after them ("in", "near"). */
  readonly locativeWords: ReadonlySet<string>;
  /** Words that make "X <word>" an administrative region. */
  readonly regionWords: ReadonlySet<string>;
  /** Region abbreviations after a town and a comma ("Kan." in "Manhattan, Kan."): folded abbreviation to its region's country and folded name. */
  readonly regionAbbreviations: ReadonlyMap<string, { readonly country: string; readonly key: string }>;
}

/** What the gazetteer holds for one folded name. */
export interface GazetteerKey {
  /** Entries the name names on its own. */
  readonly entries: readonly GazetteerEntry[];
  /** Regions the name names with a region word. */
  readonly regions: readonly GazetteerEntry[];
  /** Some key of entries or regions starts with this name and a space ("new" of "new york"). */
  readonly startsLonger: boolean;
}

/** The loaded gazetteer. */
export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly filters: GazetteerFilters;
  /** The longest key, in words. */
  readonly maxKeyWords: number;
  /** Entries a folded name names on its own. */
  lookup(key: string): readonly GazetteerEntry[];
  /** Entries a name written exactly so names (capital-letter codes such as "US"). */
  lookupExact(form: string): readonly GazetteerEntry[];
  /** Regions a folded core name names with a region word ("Kursk" + "region"). */
  lookupRegion(key: string): readonly GazetteerEntry[];
  /** Entries, regions and longer keys of a folded name in one look-up, or undefined when it has none. */
  keyInfo(key: string): GazetteerKey | undefined;
}

interface FiltersFile {
  readonly commonWords: string[];
  readonly firstNames: string[];
  readonly demonyms: string[];
  readonly titles: string[];
  readonly notPlaces: string[];
  readonly locativeWords: string[];
  readonly regionWords: string[];
  readonly regionAbbreviations?: Readonly<Record<string, string>>;
}

const ABBREVIATION_TARGET = /^([A-Z]{2}):(.+)$/u;

function abbreviationMap(raw: Readonly<Record<string, string>> | undefined): Map<string, { country: string; key: string }> {
  const map = new Map<string, { country: string; key: string }>();
  for (const [abbreviation, target] of Object.entries(raw ?? {})) {
    const match = ABBREVIATION_TARGET.exec(target);
    if (match?.[1] !== undefined && match[2] !== undefined) map.set(abbreviation, { country: match[1], key: match[2] });
  }
  return map;
}

function isPlaceKind(value: string): value is PlaceKind {
  return (PLACE_KINDS as readonly string[]).includes(value);
}

/**
 * One string for each distinct value (kept in `strings`). Note: the fields of the entries are
 * compared and used as keys for every candidate (a kind against a literal, two countries); a value
 * cut from its line is a string of its own, compared character by character, where one shared
 * string (a literal, for the kinds) compares as the same at once.
 */
function shared<T extends string>(strings: Map<string, T>, value: T): T {
  const known = strings.get(value);
  if (known !== undefined) return known;
  strings.set(value, value);
  return value;
}

function add(index: Map<string, GazetteerEntry[]>, key: string, entry: GazetteerEntry): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

/** The empty entry list of a record (shared, never written: a record gets its own list on its first entry). */
const NO_ENTRIES: GazetteerEntry[] = [];
Object.freeze(NO_ENTRIES);

interface KeyRecord {
  entries: GazetteerEntry[];
  regions: GazetteerEntry[];
  startsLonger: boolean;
}

/**
 * One record per folded name: its entries, its regions, and whether a longer key starts with it,
 * built while the file is read (one map for the three look-ups).
 */
class KeyIndex {
  readonly records = new Map<string, KeyRecord>();
  /** Keys of more than one word, whose word prefixes start a longer key. */
  readonly #multiWord: string[] = [];

  #recordOf(key: string): KeyRecord {
    let record = this.records.get(key);
    if (record === undefined) {
      record = { entries: NO_ENTRIES, regions: NO_ENTRIES, startsLonger: false };
      this.records.set(key, record);
      if (key.includes(' ')) this.#multiWord.push(key);
    }
    return record;
  }

  addEntry(key: string, entry: GazetteerEntry): void {
    const record = this.#recordOf(key);
    if (record.entries === NO_ENTRIES) record.entries = [entry];
    else record.entries.push(entry);
  }

  addRegion(key: string, entry: GazetteerEntry): void {
    const record = this.#recordOf(key);
    if (record.regions === NO_ENTRIES) record.regions = [entry];
    else record.regions.push(entry);
  }

  /** Mark the word prefixes of every key ("new", "new york" of "new york city"). */
  markPrefixes(): void {
    for (const key of this.#multiWord) {
      for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) this.#recordOf(key.slice(0, space)).startsLonger = true;
    }
  }
}

function wordCount(key: string): number {
  let words = 1;
  for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) words += 1;
  return words;
}

/** Parse the gazetteer files' text (exported for tests that build a small gazetteer). */
export function parseGazetteer(placesText: string, filtersText: string): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const index = new KeyIndex();
  const byExact = new Map<string, GazetteerEntry[]>();
  /** Note: one string per region (a few thousand), not one per place. */
  const regionKeyStrings = new Map<string, string>();
  const kindStrings = new Map<string, PlaceKind>(PLACE_KINDS.map((kind) => [kind, kind]));
  const codeStrings = new Map<string, string>();
  const countryStrings = new Map<string, string>();
  let maxKeyWords = 1;
  for (const line of placesText.split(NEWLINE)) {
    if (line === '' || line.startsWith('#')) continue;
    const [id = '', name = '', kind = '', code = '', country = '', admin1 = '', lat = '', lon = '', population = '', keys = '', regionKeys = ''] =
      line.split('\t');
    if (!isPlaceKind(kind)) continue;
    let regionKey: string | null = null;
    if (country !== '' && admin1 !== '') {
      const joined = `${country}.${admin1}`;
      regionKey = regionKeyStrings.get(joined) ?? joined;
      regionKeyStrings.set(regionKey, regionKey);
    }
    const entry: GazetteerEntry = {
      id: NUMERIC_ID.test(id) ? `geonames:${id}` : id,
      name,
      kind: shared(kindStrings, kind),
      code: shared(codeStrings, code),
      country: country === '' ? null : shared(countryStrings, country),
      admin1,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population),
      primaryKey: keys.slice(0, keys.indexOf(SEPARATOR) >>> 0),
      regionKey,
    };
    entries.push(entry);
    const keyList = keys.split(SEPARATOR);
    for (const key of keyList) {
      if (key === '') continue;
      if (key.startsWith(EXACT_PREFIX)) {
        add(byExact, key.slice(EXACT_PREFIX.length), entry);
        continue;
      }
      index.addEntry(key, entry);
      maxKeyWords = Math.max(maxKeyWords, wordCount(key));
    }
    if (regionKeys !== '') for (const key of regionKeys.split(SEPARATOR)) if (key !== '') index.addRegion(key, entry);
    if (kind === 'region') for (const key of keyList) if (key !== '') index.addRegion(key, entry);
  }
  index.markPrefixes();
  const raw = JSON.parse(filtersText) as FiltersFile;
  const filters: GazetteerFilters = {
    commonWords: new Set(raw.commonWords),
    firstNames: new Set(raw.firstNames),
    demonyms: new Set(raw.demonyms),
    titles: new Set(raw.titles),
    notPlaces: new Set(raw.notPlaces),
    locativeWords: new Set(raw.locativeWords),
    regionWords: new Set(raw.regionWords),
    regionAbbreviations: abbreviationMap(raw.regionAbbreviations),
  };
  const { records } = index;
  return {
    entries,
    filters,
    maxKeyWords: Math.min(maxKeyWords, 8),
    lookup: (key) => records.get(key)?.entries ?? NO_ENTRIES,
    lookupExact: (form) => byExact.get(form) ?? NO_ENTRIES,
    lookupRegion: (key) => records.get(key)?.regions ?? NO_ENTRIES,
    keyInfo: (key) => records.get(key),
  };
}

let cached: Gazetteer | undefined;

/** The gazetteer from data/gazetteer, read on first use and kept. */
export function loadGazetteer(): Gazetteer {
  cached ??= parseGazetteer(readFileSync(PLACES_FILE, 'utf8'), readFileSync(FILTERS_FILE, 'utf8'));
  return cached;
}

/** The gazetteer a stage should use: the one in `context.resources` if set, else the shared one. */
export function gazetteerFor(context: StageContext): Gazetteer {
  const held = context.resources.get(RESOURCE_KEY);
  if (typeof held === 'object' && held !== null && 'lookup' in held && 'entries' in held) return held as Gazetteer;
  const gazetteer = loadGazetteer();
  context.resources.set(RESOURCE_KEY, gazetteer);
  return gazetteer;
}
