/**
 * Facts from photo captions. Cleaning removes captions from the article body (they describe a
 * picture, not the story), but they often carry the only date or place of what the picture shows
 * ("... near a damaged building in <town> on <date>"). This stage reads the times and places of
 * removed captions so the timeline and the map can use them. Each such annotation has a
 * zero-width span in the cleaned text where the caption stood, its exact raw-input span, and the
 * removal reason, so it stays traceable to the words and is never mistaken for body text.
 *
 * The same holds for a page dateline ("Thursday 28 September 2023") that cleaning removes from the
 * top of the article: its date is the publication date, a time a reader expects on the timeline.
 * A dateline gives only its times (rule prefix `datelines/`); a caption its times and places.
 */
import type { AnnotationBase, Place, TimeExpression } from '../../model/annotations.js';
import type { NewsDoc, Removal } from '../../model/news-doc.js';
import type { DocStage } from '../../pipeline/stage.js';
import { gazetteerFor } from '../places/gazetteer.js';
import { extractPlaces } from '../places/places-stage.js';
import { extractTimes } from '../times/extract-times.js';
import { timeReferenceOf } from '../times/time-stage.js';

/** The removal reason of text that describes a picture and may carry dated, placed facts. */
const CAPTION_REASON = 'image caption';
/** The removal reason of a page dateline or time stamp (`clean/dateline`), which carries a date. */
const TIMESTAMP_REASON = 'timestamp';
/** How a removal of a reason read here is read: its rule prefix, and whether its places are read too. */
interface ReadAs {
  readonly prefix: string;
  readonly places: boolean;
}
const READ_CAPTION: ReadAs = { prefix: 'captions', places: true };
const READ_TIMESTAMP: ReadAs = { prefix: 'datelines', places: false };

/** How a removal of `reason` is read (undefined: not at all). Note: two comparisons, cheaper than a map's look-up of the string. */
function readAs(reason: string): ReadAs | undefined {
  return reason === CAPTION_REASON ? READ_CAPTION : reason === TIMESTAMP_REASON ? READ_TIMESTAMP : undefined;
}

/** The first cleaned position whose raw position is at or after `raw` (binary search; positions map monotonically). */
export function cleanedPositionOf(doc: NewsDoc, raw: number): number {
  let low = 0;
  let high = doc.text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (doc.offsets.toRaw(middle) < raw) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A caption's place at its anchor: what `{ ...place, start: anchor, end: anchor, removed, provenance:
 * { ...place.provenance, rule, confidence } }` makes of it, built at once (same fields, same order:
 * a spread copies an object many times slower). Note: `extractPlaces` gives every place the same
 * fields, provenance with `inferred`.
 */
function anchoredPlace(place: Place, removal: Removal, anchor: number, prefix: string): Place {
  const { provenance } = place;
  return {
    kind: place.kind,
    start: anchor,
    end: anchor,
    text: place.text,
    name: place.name,
    placeKind: place.placeKind,
    countryCode: place.countryCode,
    lat: place.lat,
    lon: place.lon,
    gazetteerId: place.gazetteerId,
    provenance: provenance.inferred === undefined
      ? { stage: provenance.stage, rule: `${prefix}/${provenance.rule}`, confidence: provenance.confidence * 0.9 }
      : { stage: provenance.stage, rule: `${prefix}/${provenance.rule}`, confidence: provenance.confidence * 0.9, inferred: provenance.inferred },
    removed: { rawStart: removal.rawStart + place.start, rawEnd: removal.rawStart + place.end, reason: removal.reason },
  };
}

function byStart(a: AnnotationBase, b: AnnotationBase): number {
  return a.start - b.start;
}

/** Whether `[from, to)` of a layer is in order of start. */
function inOrder(layer: readonly AnnotationBase[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index += 1) if ((layer[index - 1] as AnnotationBase).start > (layer[index] as AnnotationBase).start) return false;
  return true;
}

/**
 * Sort a layer by start, stably, where the items from `added` on were appended to it. Note: when
 * both parts are in order (most documents), a merge that takes the earlier part's item on a tie
 * gives what the stable sort gives, without comparing every pair the sort would; a layer already
 * in order as a whole is left as it is.
 */
export function sortByStart(layer: AnnotationBase[], added: number): void {
  if (inOrder(layer, 0, layer.length)) return;
  if (!inOrder(layer, 0, added) || !inOrder(layer, added, layer.length)) {
    layer.sort(byStart);
    return;
  }
  const tail = layer.slice(added);
  let left = added - 1;
  let right = tail.length - 1;
  for (let into = layer.length - 1; right >= 0; into -= 1) {
    const fromTail = tail[right] as AnnotationBase;
    // Note: an earlier item with a later start goes after; on a tie the appended one stays after it.
    if (left >= 0 && (layer[left] as AnnotationBase).start > fromTail.start) layer[into] = layer[left--] as AnnotationBase;
    else layer[into] = tail[right--] as AnnotationBase;
  }
}

/** The caption-facts stage (runs after times, places and events, so events never pick up a caption's or dateline's facts). */
export const captionFactsStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/caption-facts',
  run(doc, context) {
    let first = 0;
    const removed = doc.cleaning.removed;
    while (first < removed.length && readAs((removed[first] as Removal).reason) === undefined) first += 1;
    if (first === removed.length) return;
    const reference = timeReferenceOf(doc, context);
    const gazetteer = gazetteerFor(context);
    const timesBefore = doc.layers.times.length;
    const placesBefore = doc.layers.places.length;
    for (let index = first; index < removed.length; index += 1) {
      const caption = removed[index] as Removal;
      const read = readAs(caption.reason);
      if (read === undefined) continue;
      const anchor = cleanedPositionOf(doc, caption.rawStart);
      const { readings } = extractTimes(caption.text, reference);
      for (const reading of readings) {
        if (reading.vague || reading.value === null || reading.granularity === 'duration') continue;
        // Note: the reading's time expression at the anchor, built at once (as for a place, see `anchoredPlace`).
        const time: TimeExpression = {
          kind: 'time',
          start: anchor,
          end: anchor,
          text: reading.text,
          value: reading.value,
          granularity: reading.granularity,
          provenance: { stage: 'annotate', rule: `${read.prefix}/${reading.rule}`, confidence: reading.confidence * 0.9 },
          removed: { rawStart: caption.rawStart + reading.start, rawEnd: caption.rawStart + reading.end, reason: caption.reason },
        };
        doc.layers.times.push(time);
      }
      if (!read.places) continue;
      for (const place of extractPlaces(caption.text, gazetteer)) doc.layers.places.push(anchoredPlace(place, caption, anchor, read.prefix));
    }
    sortByStart(doc.layers.times, timesBefore);
    sortByStart(doc.layers.places, placesBefore);
  },
};
