/**
 * The event stage: fills doc.layers.events from the sentences and the layers the other stages
 * made (mentions for actors, places, times), so it runs last among the annotate stages.
 */
import type { EventMention } from '../../model/annotations.js';
import type { DocStage } from '../../pipeline/stage.js';
import { splitSentences } from '../tokens/sentences.js';
import { extractEvents } from './extract-events.js';

/** Provenance rules by subtype or type. Note: the names come from the lexicon, so the map stays small; each rule is joined once, not per event. */
const RULES = new Map<string, string>();

function ruleOf(name: string): string {
  let rule = RULES.get(name);
  if (rule === undefined) {
    rule = `events/trigger/${name}`;
    RULES.set(name, rule);
  }
  return rule;
}

/** The event stage. */
export const eventStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/events',
  run(doc) {
    const passages = doc.layers.sentences.length > 0 ? doc.layers.sentences : splitSentences(doc.text);
    const readings = extractEvents(doc.text, passages, { mentions: doc.layers.mentions, places: doc.layers.places, times: doc.layers.times });
    doc.layers.events = readings.map(
      (reading): EventMention => ({
        kind: 'event',
        start: reading.start,
        end: reading.end,
        text: reading.text,
        type: reading.type,
        actors: reading.actors,
        place: reading.place,
        time: reading.time,
        modality: reading.modality,
        provenance: { stage: 'annotate', rule: ruleOf(reading.subtype ?? reading.type), confidence: reading.weight },
      }),
    );
  },
};
