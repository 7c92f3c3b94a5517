/**
 * The annotate stages, in order: extractors first (each proposes annotations on its own), then
 * refiners (merge, drop overlaps, link). Add a stage by appending it here.
 */
import type { DocStage } from '../pipeline/stage.js';
import { captionFactsStage } from './captions/caption-facts.js';
import { eventStage } from './events/event-stage.js';
import { mentionCorefStage } from './mentions/mention-coref.js';
import { mentionStage } from './mentions/mention-stage.js';
import { placesStage } from './places/places-stage.js';
import { timeStage } from './times/time-stage.js';
import { quantitiesStage } from './quantities/quantities-stage.js';
import { quotesStage } from './quotes/quotes-stage.js';
import { placeMentionsStage } from './refiners/place-mentions.js';
import { sentenceStage } from './tokens/sentences.js';

/** Annotate stages in run order. */
export const ANNOTATE_STAGES: readonly DocStage[] = [
  sentenceStage,
  mentionStage,
  mentionCorefStage,
  timeStage,
  quotesStage,
  quantitiesStage,
  placesStage,
  placeMentionsStage,
  eventStage,
  captionFactsStage,
];
