/**
 * The corpus gold (examples/corpus/gold.json) is well formed, in the shared gold format, and honest
 * about the files: every string it names is really in the article it is about.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { DocGold as ScoredDocGold, GoldFile } from '../../src/eval/gold-score.js';
import { CORPUS_DIR, fold, foldLookAlikes, readCorpus, type CorpusFile } from './read-corpus.js';

const ENTITY_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'OTHER']);
const PARTIAL_DATE = /^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{M}]+/gu;
const MULTI_RECORD = new Set(['.jsonl', '.rss']);

/** The scorer's gold types, with every list present (this corpus's gold writes them all). */
type DocGold = ScoredDocGold & { readonly not_entities: readonly string[] };
type Gold = Required<GoldFile> & { readonly documents: Readonly<Record<string, DocGold>> };

const GOLD_TEXT = readFileSync(join(CORPUS_DIR, 'gold.json'), 'utf8');
const GOLD_JSON: unknown = JSON.parse(GOLD_TEXT);
const FILES = new Map(readCorpus().map((file) => [file.name, file]));

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Check the shape of one DocGold and return the problems found. */
function docProblems(name: string, doc: unknown): string[] {
  if (!isObject(doc)) return [`${name}: not an object`];
  const problems: string[] = [];
  const need = (ok: boolean, what: string): void => {
    if (!ok) problems.push(`${name}: ${what}`);
  };
  need(typeof doc.homoglyphs === 'boolean', 'homoglyphs must be a boolean');
  for (const key of ['must_remove', 'must_keep', 'not_entities']) need(isStringList(doc[key]), `${key} must be a list of strings`);
  for (const key of ['published', 'outlet', 'author']) need(doc[key] === undefined || typeof doc[key] === 'string', `${key} must be a string when given`);
  need(doc.published === undefined || PARTIAL_DATE.test(String(doc.published)), 'published must be an ISO prefix');
  const entities = doc.entities;
  need(Array.isArray(entities) && entities.every((e) => isStringList(e) && e.length === 2 && ENTITY_TYPES.has(e[1] ?? '')), 'entities must be [name, type] pairs');
  const quotes = doc.quotes;
  need(Array.isArray(quotes) && quotes.every((q) => isObject(q) && typeof q.speaker === 'string' && typeof q.snippet === 'string'), 'quotes must be {speaker, snippet}');
  const quantities = doc.quantities;
  need(
    Array.isArray(quantities) && quantities.every((q) => isObject(q) && typeof q.value === 'number' && (q.claimant === null || typeof q.claimant === 'string')),
    'quantities must be {value, claimant}',
  );
  const times = doc.times;
  need(Array.isArray(times) && times.every((t) => isObject(t) && typeof t.text === 'string' && PARTIAL_DATE.test(String(t.value))), 'times must be {text, ISO value}');
  const places = doc.places;
  need(
    Array.isArray(places) &&
      places.every((p) => isObject(p) && typeof p.name === 'string' && Math.abs(Number(p.lat)) <= 90 && Math.abs(Number(p.lon)) <= 180 && (p.km === undefined || Number(p.km) > 0)),
    'places must be {name, lat, lon, km?} with valid coordinates',
  );
  return problems;
}

function parseGold(): Gold {
  assert.ok(isObject(GOLD_JSON), 'gold.json must hold an object');
  assert.ok(isObject(GOLD_JSON.documents), 'gold.json must have a documents object');
  const problems = Object.entries(GOLD_JSON.documents).flatMap(([name, doc]) => docProblems(name, doc));
  assert.deepEqual(problems, []);
  for (const key of ['same_entity', 'stories', 'duplicates', 'contradictions', 'agreements', 'must_not_pair']) assert.ok(Array.isArray(GOLD_JSON[key]), `${key} must be a list`);
  // Note: the checks above establish the shape that the Gold interface describes.
  return GOLD_JSON as Readonly<Record<string, unknown>> & Gold;
}

/** The text of a file as a reader would see it, with look-alike letters folded back when the gold says it is disguised. */
function searchable(file: CorpusFile, doc: DocGold): string {
  const text = doc.homoglyphs ? foldLookAlikes(file.readable) : file.readable;
  return fold(text);
}

function mixedScriptWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => LATIN_LETTER.test(word) && CYRILLIC_LETTER.test(word));
}

const gold = parseGold();

describe('corpus gold', () => {
  it('names only single-document article files that exist', () => {
    for (const name of Object.keys(gold.documents)) {
      const file = FILES.get(name);
      assert.ok(file !== undefined, `${name} is in the gold but not in the corpus`);
      assert.ok(!MULTI_RECORD.has(file.extension) && file.records === 1, `${name} holds ${file.records} records; the scorer cannot address them one by one`);
    }
  });

  it('refers across documents only to files in the gold', () => {
    const known = new Set(Object.keys(gold.documents));
    const named = [...gold.same_entity.flatMap(([, names]) => names), ...gold.stories.flat(), ...gold.duplicates.flat()];
    assert.deepEqual(named.filter((name) => !known.has(name)), []);
  });

  it('keeps stories disjoint and every duplicate pair inside one story', () => {
    const storyOf = new Map<string, number>();
    gold.stories.forEach((group, index) => {
      for (const name of group) {
        assert.equal(storyOf.has(name), false, `${name} is in two stories`);
        storyOf.set(name, index);
      }
    });
    for (const [a, b] of gold.duplicates) assert.equal(storyOf.get(a), storyOf.get(b), `duplicates ${a} and ${b} are in different stories`);
  });

  it('gives numbers for conflicts and a reason for every must_not_pair', () => {
    for (const pair of [...gold.contradictions, ...gold.agreements]) assert.ok(pair.length === 2 && pair.every((value) => typeof value === 'number'));
    for (const [a, b, why] of gold.must_not_pair) {
      assert.equal(a, b, 'must_not_pair names one value twice');
      assert.ok(typeof why === 'string' && why.length > 10, 'must_not_pair needs a reason');
    }
  });

  it('finds every must_keep, must_remove, quote, time, place and entity string in its raw article', () => {
    const missing: string[] = [];
    for (const [name, doc] of Object.entries(gold.documents)) {
      const file = FILES.get(name);
      if (file === undefined) continue;
      const text = searchable(file, doc);
      const strings = [
        ...doc.must_keep,
        ...doc.must_remove,
        ...doc.not_entities,
        ...doc.quotes.map((quote) => quote.snippet),
        ...doc.times.map((time) => time.text),
        ...doc.places.map((place) => place.name),
        ...doc.entities.map(([entity, type]) => (type === 'PERSON' ? (entity.split(' ').at(-1) ?? entity) : entity)),
      ];
      for (const wanted of strings) if (!text.includes(fold(wanted))) missing.push(`${name}: ${wanted}`);
    }
    assert.deepEqual(missing, []);
  });

  it('finds every quantity value written in its article, in figures or words', () => {
    const WORDS: Readonly<Record<number, string>> = { 2: 'two', 4: 'four', 12: 'dozen' };
    const missing: string[] = [];
    for (const [name, doc] of Object.entries(gold.documents)) {
      const file = FILES.get(name);
      if (file === undefined) continue;
      const text = searchable(file, doc);
      for (const { value } of doc.quantities) {
        const millions = value >= 1_000_000 ? `${value / 1_000_000} million` : undefined;
        const forms = [value.toLocaleString('en-GB'), String(value), WORDS[value], millions].filter((form): form is string => form !== undefined);
        if (!forms.some((form) => text.includes(form))) missing.push(`${name}: ${value}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('marks homoglyphs exactly where the raw text mixes scripts inside words', () => {
    for (const [name, doc] of Object.entries(gold.documents)) {
      const file = FILES.get(name);
      if (file === undefined) continue;
      assert.equal(mixedScriptWords(file.readable).length > 0, doc.homoglyphs, `${name}: homoglyphs ${String(doc.homoglyphs)}`);
    }
  });

  it('keeps a genuine Cyrillic sentence in an article that is not disguised', () => {
    const genuine = Object.entries(gold.documents).filter(
      ([name, doc]) => !doc.homoglyphs && doc.must_keep.some((kept) => CYRILLIC_LETTER.test(kept) && !LATIN_LETTER.test(kept) && FILES.has(name)),
    );
    assert.ok(genuine.length > 0, 'no article keeps a genuine Cyrillic sentence');
  });

  it('covers the cross-document categories', () => {
    for (const key of ['same_entity', 'stories', 'duplicates', 'contradictions', 'agreements', 'must_not_pair'] as const) assert.ok(gold[key].length > 0, `${key} is empty`);
    assert.ok(gold.stories.length >= 2, 'fewer than two stories');
  });
});
