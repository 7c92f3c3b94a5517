/**
 * Synthetic annotated articles for the resolve benchmark: templates with varied people, places,
 * numbers and dates; four consecutive articles share a story (place, event, person).
 */
import type { EntityType } from '../src/model/annotations.js';
import { createDoc, type NewsDoc } from '../src/model/news-doc.js';

const GIVEN = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Katya', 'Lev'];
const FAMILY = ['Arden', 'Belov', 'Corvin', 'Dalca', 'Esker', 'Fennik', 'Gorsky', 'Halden', 'Istrin', 'Jarek', 'Kolbe', 'Lind', 'Morrow', 'Nadel', 'Orlik', 'Pesce'];
const PLACES = ['Aldmoor', 'Brask', 'Cetra', 'Dunmere', 'Eskar', 'Falta', 'Gorran', 'Hollis', 'Ivra', 'Jutla', 'Kessary', 'Lorn'];
const EVENTS = ['flood', 'strike', 'election', 'blackout', 'wildfire', 'protest', 'landslide', 'outbreak'];
const OUTLETS = ['Morning Ledger', 'Evening Courier', 'Daily Signal', 'Weekly Beacon', 'Harbor Times'];
const PROVENANCE = { stage: 'annotate', rule: 'bench/synthetic', confidence: 1 } as const;

function pick<T>(list: readonly T[], seed: number): T {
  const value = list[Math.abs(seed) % list.length];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/** The synthetic annotated article at a position; articles of one story share its place, event and people. */
export function templateArticle(index: number): NewsDoc {
  const story = Math.floor(index / 4);
  const place = `${pick(PLACES, story)}${pick(PLACES, story >> 4)}`;
  const event = pick(EVENTS, story * 7);
  const person = `${pick(GIVEN, story * 3)} ${pick(FAMILY, story * 5)}${pick(FAMILY, story >> 3).toLowerCase()}`;
  const count = 100 + ((index * 37) % 900);
  const day = 1 + (story % 27);
  const month = 1 + ((story >> 5) % 12);
  const year = 2020 + ((story >> 9) % 8);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
