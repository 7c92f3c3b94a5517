/**
 * Event extraction on one text: per sentence, find trigger phrases (skipping words used in another
 * sense, such as "heart attack" or "exercise caution") and compound cues (a seizure verb beside weapon
 * nouns), keep the strongest trigger of each type, attach actors, place, time and modality from
 * the sentence, then refine subtypes from the role words around each trigger.
 */
import type { EntityType, Mention, Modality, Place, TimeExpression } from '../../model/annotations.js';
import { getEventLexicon, type CompoundTrigger, type Trigger } from './event-lexicon.js';
import { modalityOf } from './event-modality.js';
import { findRoles, type RoleHits } from './event-roles.js';
import { refineSubtypes, type LocatedEvent } from './refine-subtypes.js';

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

type Signal = Pick<Trigger, 'type' | 'subtype' | 'weight'>;

interface TriggerMatch {
  readonly trigger: Signal;
  readonly first: number;
  readonly last: number;
}

/** Compound matches: a cue word with a word of the other class within the window. */
function findCompounds(hits: RoleHits, compounds: readonly CompoundTrigger[]): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (const rule of compounds) {
    for (const cue of hits[rule.cue]) {
      const near = hits[rule.with].some((other) => (other.first > cue.last ? other.first - cue.last : cue.first - other.last) <= rule.window && (other.first > cue.last || other.last < cue.first));
      if (near) found.push({ trigger: rule, first: cue.first, last: cue.last });
    }
  }
  return found;
}

/** The strongest match of each type (the first one on a tie), in text order. */
function strongestByType(matches: readonly TriggerMatch[]): TriggerMatch[] {
  const best = new Map<string, TriggerMatch>();
  for (const match of matches) {
    const current = best.get(match.trigger.type);
    if (current === undefined || match.trigger.weight > current.trigger.weight || (match.trigger.weight === current.trigger.weight && match.first < current.first)) best.set(match.trigger.type, match);
  }
  return [...best.values()].sort((a, b) => a.first - b.first);
}

/** Trigger matches in a sentence, as token ranges. */
function findTriggers(tokens: readonly Token[]): TriggerMatch[] {
  const { byFirstToken } = getEventLexicon();
  const blocked = blockedPositions(tokens);
  const found: TriggerMatch[] = [];
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
    const words = tokens.map((token) => token.lower);
    const hits = findRoles(words);
    const found: LocatedEvent[] = [];
    for (const { trigger, first, last } of strongestByType([...findTriggers(tokens), ...findCompounds(hits, getEventLexicon().compounds)])) {
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
        first,
        last,
      });
    }
    for (const { first: _first, last: _last, ...event } of refineSubtypes(words, hits, found)) events.push(event);
  }
  return events;
}
