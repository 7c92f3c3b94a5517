/**
 * A refiner that turns gazetteer-confirmed toponyms the tagger missed into mentions: a sea, strait
 * or village the statistical tagger did not know is still a place the article names. Water bodies
 * and unclassed places become LOC, countries, regions and towns GPE. A mention the tagger typed
 * OTHER (its catch-all for CoNLL's MISC) over exactly a gazetteer place, or any mention over exactly
 * a water body, is retyped as that place.
 * Places read from removed captions are not body text and are left out.
 */
import type { EntityType, Mention, Place } from '../../model/annotations.js';
import type { DocStage } from '../../pipeline/stage.js';

/** The mention type a place kind stands for. */
export function mentionTypeOf(place: Pick<Place, 'placeKind'>): EntityType {
  return place.placeKind === 'water' || place.placeKind === 'other' ? 'LOC' : 'GPE';
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The place-mentions refiner (runs after the places stage). */
export const placeMentionsStage: DocStage = {
  kind: 'refiner',
  name: 'annotate/place-mentions',
  run(doc) {
    const body = doc.layers.places.filter((place) => place.removed === undefined && place.end > place.start);
    const mentions = doc.layers.mentions.map((mention): Mention => {
      const place = body.find((candidate) => candidate.start === mention.start && candidate.end === mention.end);
      // Note: only the tagger's catch-all type, or a water body (a sea is never an organisation), is overridden.
      const retype = place !== undefined && (mention.type === 'OTHER' || (place.placeKind === 'water' && mention.type !== 'LOC'));
      return place === undefined || !retype ? mention : { ...mention, type: mentionTypeOf(place), provenance: { ...mention.provenance, rule: `${mention.provenance.rule}+places/retype` } };
    });
    const added: Mention[] = [];
    for (const place of body) {
      if (mentions.some((mention) => overlaps(mention, place)) || added.some((mention) => overlaps(mention, place))) continue;
      added.push({
        kind: 'mention',
        start: place.start,
        end: place.end,
        text: place.text,
        type: mentionTypeOf(place),
        name: place.text,
        entity: null,
        provenance: { stage: 'annotate', rule: 'mentions/from-place', confidence: place.provenance.confidence * 0.9 },
      });
    }
    doc.layers.mentions = added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
