/**
 * Annotation layers: every annotation is a half-open `[start, end)` span in UTF-16 code units
 * of the cleaned text, with the stage and rule that made it and how sure that rule is.
 */

/** The stage names, in pipeline order. */
export const STAGE_NAMES = ['ingest', 'clean', 'annotate', 'resolve', 'store', 'report', 'server'] as const;
/** A stage name. */
export type StageName = (typeof STAGE_NAMES)[number];

/** Where an annotation came from. */
export interface Provenance {
  /** The stage that made it. */
  readonly stage: StageName;
  /** The rule inside that stage, e.g. `quotes/said-after`. */
  readonly rule: string;
  /** How sure the rule is, 0..1. */
  readonly confidence: number;
  /** Fields that were inferred rather than stated in the text (optional). */
  readonly inferred?: readonly string[];
}

/** A half-open span of the cleaned text. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** The cleaned text of the span. */
  readonly text: string;
}

/** Base of every annotation. */
export interface AnnotationBase extends Span {
  readonly provenance: Provenance;
  /**
   * For a fact read from text that cleaning removed (a photo caption): the raw-input span of the
   * words, and why they were removed. Such an annotation has a zero-width span in the cleaned text
   * at the place the removed words stood (optional).
   */
  readonly removed?: { readonly rawStart: number; readonly rawEnd: number; readonly reason: string };
}

/** Entity types, as in the contract. */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'OTHER'] as const;
/** An entity type. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A sentence of the cleaned text. */
export interface Sentence extends AnnotationBase {
  readonly kind: 'sentence';
  /** Index of the paragraph the sentence sits in. */
  readonly paragraph: number;
}

/** A named mention of a person, organisation, place, group... */
export interface Mention extends AnnotationBase {
  readonly kind: 'mention';
  readonly type: EntityType;
  /** The name without titles ("President", "Mr"): the form used to resolve it. */
  readonly name: string;
  /** Role or title stated beside the name (optional). */
  readonly description?: string;
  /** For a capital standing for its government ("Minsk said"), the country it stands for (optional). */
  readonly standsFor?: string;
  /** Entity id, set by the resolve stage (null until then). */
  readonly entity: string | null;
}

/** Quote kinds, as in the contract. */
export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;
/** A quote kind. */
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** Direct, reported or mixed speech with its speaker. */
export interface Quote extends AnnotationBase {
  readonly kind: 'quote';
  readonly quoteKind: QuoteKind;
  /** How the speaker is named at this place (null when unknown). */
  readonly speakerText: string | null;
  /** The span of the speaker's naming, when it is in the text (optional). */
  readonly speakerSpan?: Span;
  /** The reporting verb or phrase. */
  readonly cue: string | null;
  /** Entity id of the speaker, set by resolve. */
  readonly speaker: string | null;
}

/** A number claimed in the text, with what it counts and who claims it. */
export interface Quantity extends AnnotationBase {
  readonly kind: 'quantity';
  readonly value: number;
  readonly low?: number;
  readonly high?: number;
  readonly approximate: boolean;
  /** The approximation words ("up to", "about") when present (optional). */
  readonly qualifier?: string;
  /** What is counted (null when unknown). */
  readonly what: string | null;
  /** Who asserts the number, as written (null when the outlet itself). */
  readonly claimantText: string | null;
  /** Entity id of the claimant, set by resolve. */
  readonly claimant: string | null;
}

/** Time granularities, as in the contract. */
export const GRANULARITIES = ['year', 'month', 'week', 'day', 'time', 'duration', 'unknown'] as const;
/** A granularity. */
export type Granularity = (typeof GRANULARITIES)[number];

/** A time expression normalised to the precision the text gives. */
export interface TimeExpression extends AnnotationBase {
  readonly kind: 'time';
  /** ISO 8601 at the known precision, or an ISO duration for durations (null when unknown). */
  readonly value: string | null;
  readonly granularity: Granularity;
}

/** Place kinds, as in the contract. */
export const PLACE_KINDS = ['country', 'region', 'city', 'water', 'other'] as const;
/** A place kind. */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A toponym resolved against the gazetteer. */
export interface Place extends AnnotationBase {
  readonly kind: 'place';
  /** The gazetteer's name. */
  readonly name: string;
  readonly placeKind: PlaceKind;
  readonly countryCode: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly gazetteerId: string | null;
}

/** Event modalities. */
export const MODALITIES = ['asserted', 'threatened', 'conditional', 'denied', 'planned'] as const;
/** An event modality. */
export type Modality = (typeof MODALITIES)[number];

/** An event of the project's taxonomy (docs/events.md). */
export interface EventMention extends AnnotationBase {
  readonly kind: 'event';
  readonly type: string;
  readonly actors: readonly string[];
  readonly place: string | null;
  readonly time: string | null;
  readonly modality: Modality;
}

/** The annotation layers a document carries. */
export interface AnnotationLayers {
  sentences: Sentence[];
  mentions: Mention[];
  quotes: Quote[];
  quantities: Quantity[];
  times: TimeExpression[];
  places: Place[];
  events: EventMention[];
}

/** Empty layers. */
export function emptyLayers(): AnnotationLayers {
  return { sentences: [], mentions: [], quotes: [], quantities: [], times: [], places: [], events: [] };
}
