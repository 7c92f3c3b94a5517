/**
 * The `annotate/places` stage: finds toponyms in the cleaned text, resolves each to one gazetteer
 * entry and adds them to `doc.layers.places`. It reads the NER stage's mentions when they are
 * there (PERSON spans are not places; GPE/LOC/FAC spans are) and works without them.
 */
import type { Place } from '../../model/annotations.js';
import type { NewsDoc } from '../../model/news-doc.js';
import type { DocStage, StageContext } from '../../pipeline/stage.js';
import { findToponyms } from './find-toponyms.js';
import type { Gazetteer } from './gazetteer.js';
import { gazetteerFor } from './gazetteer.js';
import { resolveToponyms } from './resolve-toponyms.js';

/** Fields of a place that come from the gazetteer, not from the text. */
const INFERRED_FIELDS: readonly string[] = ['name', 'placeKind', 'countryCode', 'lat', 'lon', 'gazetteerId'];

/** Toponyms of a text, resolved (exported for the evaluation script and tests). */
export function extractPlaces(text: string, gazetteer: Gazetteer, doc?: Pick<NewsDoc, 'layers'>): Place[] {
  const candidates = findToponyms(text, gazetteer, doc?.layers.mentions ?? []);
  return resolveToponyms(candidates, gazetteer).map(({ candidate, entry, placeKind, confidence }) => ({
    kind: 'place',
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    name: entry.name,
    placeKind,
    countryCode: entry.country,
    lat: entry.lat,
    lon: entry.lon,
    gazetteerId: entry.id,
    provenance: { stage: 'annotate', rule: candidate.rule, confidence, inferred: INFERRED_FIELDS },
  }));
}

/** The places stage. */
export const placesStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/places',
  run(doc: NewsDoc, context: StageContext): void {
    const { places } = doc.layers;
    for (const place of extractPlaces(doc.text, gazetteerFor(context), doc)) places.push(place);
  },
};
