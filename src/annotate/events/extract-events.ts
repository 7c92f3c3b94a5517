/**
 * Event extraction on one text: per sentence, find trigger phrases (skipping words used in another
 * sense, such as "heart attack" or "exercise caution"), keep the first trigger of each type, then
 * attach actors, place, time and modality from the sentence.
 */
import type { EntityType, Mention, Modality, Place, TimeExpression } from '../../model/annotations.js';
import { getEventLexicon, type Trigger } from './event-lexicon.js';
import { modalityOf } from './event-modality.js';
import { refineSubtypes } from './refine-subtypes.js';

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const CURLY_APOSTROPHE = /’/gu;
const SPACE = /\s/u;
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'’-]+)*/gu;
const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const UNDATED_GRANULARITIES: ReadonlySet<string> = new Set(['duration', 'unknown']);

/** A sentence span. */
export interface EventPassage {
  readonly start: number;
  readonly end: number;
}

/** Other layers events read (each may be empty). */
export interface EventContext {
  readonly mentions: readonly Mention[];
  readonly places: readonly Place[];
  readonly times: readonly TimeExpression[];
}

/** An event found in the text. */
export interface EventReading {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  /** Finer type for the ACLED mapping (null when the trigger gives none). */
  readonly subtype: string | null;
  readonly weight: number;
  readonly modality: Modality;
  readonly actors: readonly string[];
  readonly place: string | null;
  readonly time: string | null;
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly capitalised: boolean;
}

function tokenize(text: string, offset: number): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    start: offset + match.index,
    end: offset + match.index + match[0].length,
    lower: match[0].toLowerCase().replace(CURLY_APOSTROPHE, "'"),
    capitalised: CAPITALISED.test(match[0]),
  }));
}

function matchesAt(tokens: readonly Token[], position: number, phrase: readonly string[]): boolean {
  return phrase.every((word, index) => tokens[position + index]?.lower === word);
}

function blockedPositions(tokens: readonly Token[]): Set<number> {
  const { blockers } = getEventLexicon();
  const blocked = new Set<number>();
  tokens.forEach((token, position) => {
    for (const phrase of blockers.get(token.lower) ?? []) {
      if (!matchesAt(tokens, position, phrase)) continue;
      for (let index = 0; index < phrase.length; index += 1) blocked.add(position + index);
    }
  });
  return blocked;
}

/** Trigger matches in a sentence, as token ranges. */
function findTriggers(tokens: readonly Token[]): { trigger: Trigger; first: number; last: number }[] {
  const { byFirstToken } = getEventLexicon();
  const blocked = blockedPositions(tokens);
  const found: { trigger: Trigger; first: number; last: number }[] = [];
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position];
    if (token === undefined || blocked.has(position)) continue;
    const trigger = (byFirstToken.get(token.lower) ?? []).find((candidate) => matchesAt(tokens, position, candidate.tokens));
    if (trigger === undefined) continue;
    // Note: a capitalised one-word trigger inside a sentence is most often part of a name ("Operation Storm").
    if (trigger.tokens.length === 1 && token.capitalised && position > 0) continue;
    found.push({ trigger, first: position, last: position + trigger.tokens.length - 1 });
    position += trigger.tokens.length - 1;
  }
  return found;
}

function actorsIn(text: string, passage: EventPassage, mentions: readonly Mention[], useFallback: boolean, trigger: { start: number; end: number }): string[] {
  const names = new Set<string>();
  for (const mention of mentions) {
    if (mention.start >= passage.start && mention.end <= passage.end && ACTOR_TYPES.has(mention.type)) names.add(mention.name);
  }
  if (useFallback) {
    const sentence = text.slice(passage.start, passage.end);
    for (const match of sentence.matchAll(NAME_RUN)) {
      // Note: a sentence's first word is capitalised anyway, so it is no evidence of a name.
      const firstSpace = match[0].search(SPACE);
      const skip = match.index === 0 ? (firstSpace < 0 ? match[0].length : firstSpace + 1) : 0;
      const name = match[0].slice(skip);
      const start = passage.start + match.index + skip;
      if (name.length === 0 || (start < trigger.end && trigger.start < start + name.length)) continue;
      names.add(name);
    }
  }
  return [...names];
}

/** Find the events of a text, sentence by sentence. */
export function extractEvents(text: string, passages: readonly EventPassage[], context: EventContext): EventReading[] {
  const events: EventReading[] = [];
  const useFallback = context.mentions.length === 0;
  for (const passage of passages) {
    const sentence = text.slice(passage.start, passage.end);
    const tokens = tokenize(sentence, passage.start);
    const seen = new Set<string>();
    const found: EventReading[] = [];
    for (const { trigger, first, last } of findTriggers(tokens)) {
      if (seen.has(trigger.type)) continue;
      seen.add(trigger.type);
      const start = tokens[first]?.start ?? passage.start;
      const end = tokens[last]?.end ?? start;
      const place = context.places.find((candidate) => candidate.start >= passage.start && candidate.end <= passage.end);
      const time = context.times.find((candidate) => candidate.start >= passage.start && candidate.end <= passage.end && candidate.value !== null && !UNDATED_GRANULARITIES.has(candidate.granularity));
      found.push({
        start,
        end,
        text: text.slice(start, end),
        type: trigger.type,
        subtype: trigger.subtype ?? null,
        weight: trigger.weight,
        modality: modalityOf(sentence, start - passage.start, end - passage.start, trigger.type),
        actors: actorsIn(text, passage, context.mentions, useFallback, { start, end }),
        place: place?.name ?? null,
        time: time?.value ?? null,
      });
    }
    events.push(...refineSubtypes(sentence, found));
  }
  return events;
}
