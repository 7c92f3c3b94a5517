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

function sortedByStart(spans: readonly { start: number }[]): boolean {
  for (let index = 1; index < spans.length; index += 1) if ((spans[index - 1]?.start ?? 0) > (spans[index]?.start ?? 0)) return false;
  return true;
}

/** How many of the spans (sorted by start) start before `position`. */
function startingBefore(spans: readonly { start: number }[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.start ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first place (in list order) with exactly this span. */
function placeAt(places: readonly Place[], sorted: boolean, start: number, end: number): Place | undefined {
  // Note: in places sorted by start, those of this start follow the first one, in list order.
  for (let index = sorted ? startingBefore(places, start) : 0; index < places.length; index += 1) {
    const place = places[index];
    if (place === undefined) continue;
    if (sorted && place.start > start) return undefined;
    if (place.start === start && place.end === end) return place;
  }
  return undefined;
}

/**
 * Whether any of the spans overlaps `span`. Note: in spans sorted by start, one overlaps exactly
 * when one starting before the span's end ends after its start, so the greatest end among those
 * (`greatestEnds`, a running maximum) answers it.
 */
function overlapsSorted(greatestEnds: readonly number[], spans: readonly { start: number }[], span: { start: number; end: number }): boolean {
  const before = startingBefore(spans, span.end);
  return before > 0 && (greatestEnds[before - 1] ?? 0) > span.start;
}

function overlapsAny(spans: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  for (const other of spans) if (overlaps(other, span)) return true;
  return false;
}

function retyped(mention: Mention, place: Place | undefined): Mention {
  // Note: only the tagger's catch-all type, or a water body (a sea is never an organisation), is overridden.
  const retype = place !== undefined && (mention.type === 'OTHER' || (place.placeKind === 'water' && mention.type !== 'LOC'));
  return place === undefined || !retype ? mention : { ...mention, type: mentionTypeOf(place), provenance: { ...mention.provenance, rule: `${mention.provenance.rule}+places/retype` } };
}

/** The place-mentions refiner (runs after the places stage). */
export const placeMentionsStage: DocStage = {
  kind: 'refiner',
  name: 'annotate/place-mentions',
  run(doc) {
    const body: Place[] = [];
    for (const place of doc.layers.places) if (place.removed === undefined && place.end > place.start) body.push(place);
    const source = doc.layers.mentions;
    if (body.length === 0) {
      // Note: with no place, no mention is retyped and none is added.
      doc.layers.mentions = [...source];
      return;
    }
    const bodySorted = sortedByStart(body);
    const mentions: Mention[] = [];
    for (const mention of source) mentions.push(retyped(mention, placeAt(body, bodySorted, mention.start, mention.end)));
    const mentionsSorted = sortedByStart(mentions);
    const greatestEnds: number[] = [];
    if (mentionsSorted) {
      let greatest = -Infinity;
      for (const mention of mentions) {
        greatest = Math.max(greatest, mention.end);
        greatestEnds.push(greatest);
      }
    }
    const added: Mention[] = [];
    for (const place of body) {
      const covered = mentionsSorted ? overlapsSorted(greatestEnds, mentions, place) : overlapsAny(mentions, place);
      if (covered || overlapsAny(added, place)) continue;
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
