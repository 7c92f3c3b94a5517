/**
 * Event extraction on one text: per sentence, find trigger phrases (skipping words used in another
 * sense, such as "heart attack" or "exercise caution") and compound cues (a seizure verb beside weapon
 * nouns), keep the strongest trigger of each type, attach actors, place, time and modality from
 * the sentence, then refine subtypes from the role words around each trigger.
 */
import type { EntityType, Mention, Modality, Place, TimeExpression } from '../../model/annotations.js';
import { getEventLexicon, type CompoundTrigger, type Trigger } from './event-lexicon.js';
import { emptyModalityWords, modalityAt, modalityOf, modalityWords } from './event-modality.js';
import { capitalisedAt, eventText, isWordAt, lookUpAt, passageTokens, readPassageTokens, type PassageTokens } from './event-tokens.js';
import { findRoles, sentenceEntries, type RoleHits, type SentenceEntries } from './event-roles.js';
import { refineSubtypes, type LocatedEvent } from './refine-subtypes.js';

const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'’-]+)*/gu;
const SPACE = /\s/u;
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

/** Whether the tokens from `position` on spell `phrase` (whose first word is the token at `position`). */
function matchesAt(tokens: PassageTokens, position: number, phrase: readonly string[]): boolean {
  for (let index = 1; index < phrase.length; index += 1) if (position + index >= tokens.count || !isWordAt(tokens, position + index, phrase[index] ?? '')) return false;
  return true;
}

function blockedPositions(tokens: PassageTokens, entries: SentenceEntries): Set<number> | undefined {
  let blocked: Set<number> | undefined;
  for (let mark = 0; mark < entries.markCount; mark += 1) {
    const position = entries.marks[mark] ?? 0;
    for (const phrase of entries.entries[position]?.blockers ?? []) {
      if (!matchesAt(tokens, position, phrase)) continue;
      blocked ??= new Set();
      for (let index = 0; index < phrase.length; index += 1) blocked.add(position + index);
    }
  }
  return blocked;
}

type Signal = Pick<Trigger, 'type' | 'subtype' | 'weight'>;

interface TriggerMatch {
  readonly trigger: Signal;
  readonly first: number;
  readonly last: number;
}

/** Add the compound matches to `found`: a cue word with a word of the other class within the window. */
function findCompounds(hits: RoleHits, compounds: readonly CompoundTrigger[], found: TriggerMatch[]): TriggerMatch[] {
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
  // Note: a sentence holds few types, so a list searched in order (each type where it first came) serves as the map.
  const best: TriggerMatch[] = [];
  for (const match of matches) {
    let at = 0;
    while (at < best.length && best[at]?.trigger.type !== match.trigger.type) at += 1;
    const current = best[at];
    if (current === undefined || match.trigger.weight > current.trigger.weight || (match.trigger.weight === current.trigger.weight && match.first < current.first)) best[at] = match;
  }
  return best.length > 1 ? best.sort((a, b) => a.first - b.first) : best;
}

/** Trigger matches in a sentence, as token ranges. */
function findTriggers(tokens: PassageTokens, entries: SentenceEntries): TriggerMatch[] {
  const blocked = blockedPositions(tokens, entries);
  const found: TriggerMatch[] = [];
  let next = 0;
  for (let mark = 0; mark < entries.markCount; mark += 1) {
    const position = entries.marks[mark] ?? 0;
    const triggers = entries.entries[position]?.triggers;
    if (position < next || triggers === undefined || triggers.length === 0 || blocked?.has(position) === true) continue;
    let trigger: Trigger | undefined;
    for (const candidate of triggers) {
      if (!matchesAt(tokens, position, candidate.tokens)) continue;
      trigger = candidate;
      break;
    }
    if (trigger === undefined) continue;
    // Note: a capitalised one-word trigger inside a sentence is most often part of a name ("Operation Storm").
    if (trigger.tokens.length === 1 && position > 0 && capitalisedAt(tokens, position)) continue;
    found.push({ trigger, first: position, last: position + trigger.tokens.length - 1 });
    next = position + trigger.tokens.length;
  }
  return found;
}

/** The names of the actor mentions inside a passage, in mention order (mentions sorted by start are found by binary search). */
function mentionNames(passage: EventPassage, mentions: readonly Mention[], sorted: boolean): string[] {
  const names = new Set<string>();
  let from = 0;
  if (sorted) {
    let high = mentions.length;
    while (from < high) {
      const middle = (from + high) >> 1;
      if ((mentions[middle]?.start ?? Infinity) < passage.start) from = middle + 1;
      else high = middle;
    }
  }
  for (let index = from; index < mentions.length; index += 1) {
    const mention = mentions[index];
    if (mention === undefined) continue;
    if (sorted && mention.start >= passage.end) break;
    if (mention.start >= passage.start && mention.end <= passage.end && ACTOR_TYPES.has(mention.type)) names.add(mention.name);
  }
  return [...names];
}

function startsInOrder(mentions: readonly Mention[]): boolean {
  for (let index = 1; index < mentions.length; index += 1) if ((mentions[index]?.start ?? 0) < (mentions[index - 1]?.start ?? 0)) return false;
  return true;
}

/** The actors of a trigger: the passage's mention names, or when there are no mentions, the capitalised name runs of the sentence off the trigger. */
function actorsIn(text: string, passage: EventPassage, names: readonly string[], useFallback: boolean, triggerStart: number, triggerEnd: number): string[] {
  if (!useFallback) return names.slice();
  const found = new Set(names);
  const sentence = text.slice(passage.start, passage.end);
  for (const match of sentence.matchAll(NAME_RUN)) {
    // Note: a sentence's first word is capitalised anyway, so it is no evidence of a name.
    const firstSpace = match[0].search(SPACE);
    const skip = match.index === 0 ? (firstSpace < 0 ? match[0].length : firstSpace + 1) : 0;
    const name = match[0].slice(skip);
    const start = passage.start + match.index + skip;
    if (name.length === 0 || (start < triggerEnd && triggerStart < start + name.length)) continue;
    found.add(name);
  }
  return [...found];
}

function placeIn(places: readonly Place[], passage: EventPassage): Place | undefined {
  for (const place of places) if (place.start >= passage.start && place.end <= passage.end) return place;
  return undefined;
}

function datedTimeIn(times: readonly TimeExpression[], passage: EventPassage): TimeExpression | undefined {
  for (const time of times) if (time.start >= passage.start && time.end <= passage.end && time.value !== null && !UNDATED_GRANULARITIES.has(time.granularity)) return time;
  return undefined;
}

/** The reading without its token positions. Note: built field by field, which is much cheaper than a rest pattern. */
function reading(event: LocatedEvent): EventReading {
  return { start: event.start, end: event.end, text: event.text, type: event.type, subtype: event.subtype, weight: event.weight, modality: event.modality, actors: event.actors, place: event.place, time: event.time };
}

/**
 * Fill `into` with the lexicon entries of a passage's tokens (undefined where there is none) and
 * the positions whose entry starts a phrase; returns whether a token can start an event.
 */
function readEntries(tokens: PassageTokens, into: SentenceEntries): boolean {
  const { wordIndex } = getEventLexicon();
  let startsEvent = false;
  into.markCount = 0;
  into.compound = false;
  for (let index = 0; index < tokens.count; index += 1) {
    const entry = lookUpAt(wordIndex, tokens, index);
    into.entries[index] = entry;
    if (entry === undefined) continue;
    if (entry.startsEvent) startsEvent = true;
    if (entry.startsCompound) into.compound = true;
    if (entry.startsPhrase) into.marks[into.markCount++] = index;
  }
  return startsEvent;
}

/** Lists reused from passage to passage and from text to text. Note: extraction is synchronous, so one set serves every call. */
const scratch = { tokens: passageTokens(), entries: sentenceEntries(), words: emptyModalityWords() };

/** Find the events of a text, sentence by sentence. */
export function extractEvents(text: string, passages: readonly EventPassage[], context: EventContext): EventReading[] {
  const events: EventReading[] = [];
  const useFallback = context.mentions.length === 0;
  const source = eventText(text);
  // Note: modality words are read off the tokens only when their lower-case forms are those of the text (see EventText).
  const textModality = source.lowered === undefined;
  const { tokens, entries, words } = scratch;
  const sorted = startsInOrder(context.mentions);
  for (const passage of passages) {
    readPassageTokens(tokens, source, passage.start, passage.end);
    // Note: a sentence with no trigger word and no compound cue word holds no event.
    if (!readEntries(tokens, entries)) continue;
    const triggers = findTriggers(tokens, entries);
    // Note: with no trigger and no compound cue word, the sentence holds no event, and its role words are not needed.
    if (triggers.length === 0 && !entries.compound) continue;
    const hits = findRoles(tokens, entries);
    const matches = strongestByType(findCompounds(hits, getEventLexicon().compounds, triggers));
    if (matches.length === 0) continue;
    const sentence = textModality ? text.slice(passage.start, passage.end) : '';
    const cueWords = textModality ? undefined : modalityWords(tokens, entries.entries, words);
    const names = mentionNames(passage, context.mentions, sorted);
    const place = placeIn(context.places, passage);
    const time = datedTimeIn(context.times, passage);
    const found: LocatedEvent[] = [];
    for (const { trigger, first, last } of matches) {
      const start = tokens.starts[first] ?? passage.start;
      const end = tokens.ends[last] ?? start;
      found.push({
        start,
        end,
        text: text.slice(start, end),
        type: trigger.type,
        subtype: trigger.subtype ?? null,
        weight: trigger.weight,
        modality: cueWords === undefined ? modalityOf(sentence, start - passage.start, end - passage.start, trigger.type) : modalityAt(cueWords, first, last, trigger.type),
        actors: actorsIn(text, passage, names, useFallback, start, end),
        place: place?.name ?? null,
        time: time?.value ?? null,
        first,
        last,
      });
    }
    for (const event of refineSubtypes(tokens, hits, found)) events.push(reading(event));
  }
  return events;
}
