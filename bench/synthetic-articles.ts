/**
 * Synthetic annotated articles for the resolve benchmark: templates with varied people, places,
 * numbers and dates; four consecutive articles share a story (place, event, person). Two kinds of
 * naming: `repeating` draws names and dates from short lists (few hundred distinct places and
 * people, dates cycling over eight years, so stories and near copies pile up as the corpus
 * grows: a stress test), `distinct` builds each story's place and person from syllables of its
 * number and dates it one day after every third story (names keep growing with the corpus, as
 * in a real news stream).
 */
import type { EntityType } from '../src/model/annotations.js';
import { createDoc, type NewsDoc } from '../src/model/news-doc.js';

const GIVEN = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Katya', 'Lev'];
const FAMILY = ['Arden', 'Belov', 'Corvin', 'Dalca', 'Esker', 'Fennik', 'Gorsky', 'Halden', 'Istrin', 'Jarek', 'Kolbe', 'Lind', 'Morrow', 'Nadel', 'Orlik', 'Pesce'];
const PLACES = ['Aldmoor', 'Brask', 'Cetra', 'Dunmere', 'Eskar', 'Falta', 'Gorran', 'Hollis', 'Ivra', 'Jutla', 'Kessary', 'Lorn'];
const EVENTS = ['flood', 'strike', 'election', 'blackout', 'wildfire', 'protest', 'landslide', 'outbreak'];
const OUTLETS = ['Morning Ledger', 'Evening Courier', 'Daily Signal', 'Weekly Beacon', 'Harbor Times'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'za', 'be', 'do', 'fu', 'gi', 'ha', 'jo', 'pe'];
const PLACE_ENDINGS = ['mar', 'dell', 'holm', 'ton', 'wick', 'stad'];
const FAMILY_ENDINGS = ['ski', 'ova', 'sen', 'ard', 'elli'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2000, 0, 1);
const PROVENANCE = { stage: 'annotate', rule: 'bench/synthetic', confidence: 1 } as const;

function pick<T>(list: readonly T[], seed: number): T {
  const value = list[Math.abs(seed) % list.length];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/** How names and dates are drawn: from short lists (`repeating`) or new for every story (`distinct`). */
export type Naming = 'repeating' | 'distinct';

function syllables(value: number): string {
  let rest = value;
  let out = '';
  do {
    out += pick(SYLLABLES, rest);
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}`;
}

function repeatingStory(story: number): { place: string; person: string; date: string } {
  const day = 1 + (story % 27);
  const month = 1 + ((story >> 5) % 12);
  const year = 2020 + ((story >> 9) % 8);
  return {
    place: `${pick(PLACES, story)}${pick(PLACES, story >> 4)}`,
    person: `${pick(GIVEN, story * 3)} ${pick(FAMILY, story * 5)}${pick(FAMILY, story >> 3).toLowerCase()}`,
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

function distinctStory(story: number): { place: string; person: string; date: string } {
  return {
    place: `${syllables(story)}${pick(PLACE_ENDINGS, story)}`,
    person: `${pick(GIVEN, story * 3)} ${syllables(story * 7 + 3)}${pick(FAMILY_ENDINGS, story)}`,
    date: new Date(FIRST_DAY + Math.floor(story / 3) * DAY_MS).toISOString().slice(0, 10),
  };
}

/**
 * The synthetic annotated article at a position; articles of one story share its place, event
 * and people (naming: default `repeating`).
 */
export function templateArticle(index: number, naming: Naming = 'repeating'): NewsDoc {
  const story = Math.floor(index / 4);
  const { place, person, date } = naming === 'distinct' ? distinctStory(story) : repeatingStory(story);
  const event = pick(EVENTS, story * 7);
  const count = 100 + ((index * 37) % 900);
  const outlet = pick(OUTLETS, index);
  const parts = [
    `A ${event} hit ${place} on ${date}, local officials said.`,
    `${person}, the regional governor, said about ${count} people had been moved to shelters near ${place}.`,
    `Emergency crews from neighbouring districts joined the response overnight, the agency reported.`,
    `Residents of ${place} described the ${event} as the worst in a generation, report number ${index % 13}.`,
    `${person.split(' ')[1] ?? ''} promised help for families who lost homes and asked for patience.`,
  ];
  const text = parts.join(' ');
  const doc = createDoc({ source: { path: `synthetic-${index}.txt`, url: null, format: 'text' }, raw: text, hints: {}, hintBasis: 'bench' });
  doc.id = `doc_bench_${index}`;
  doc.meta.outlet = outlet;
  doc.meta.published = { value: date, basis: 'metadata' };
  const at = (part: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(part, from);
    return { start, end: start + part.length, text: part };
  };
  const mention = (part: string, type: EntityType, from = 0) => ({ ...at(part, from), kind: 'mention' as const, type, name: part, entity: null, provenance: PROVENANCE });
  const surname = person.split(' ')[1] ?? person;
  doc.layers.mentions = [mention(place, 'GPE'), mention(person, 'PERSON'), mention(surname, 'PERSON', text.lastIndexOf(surname))];
  const number = String(count);
  doc.layers.quantities = [{ ...at(number), kind: 'quantity', value: count, approximate: true, qualifier: 'about', what: 'people', claimantText: person, claimant: null, provenance: PROVENANCE }];
  doc.layers.times = [{ ...at(date), kind: 'time', value: date, granularity: 'day', provenance: PROVENANCE }];
  return doc;
}
