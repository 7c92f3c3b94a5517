/**
 * Refiner over one sentence's events: who is involved sharpens the subtype. An attack with armed
 * parties and no civilians named is a clash; territory taken by state forces is regained; a protest
 * in a sentence that speaks of violence is a violent protest (and outranks the violence itself).
 */
import { getEventLexicon } from './event-lexicon.js';
import type { EventReading } from './extract-events.js';

const WORDS = /[\p{L}\p{N}]+/gu;

function hasAny(words: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => words.includes(` ${phrase} `));
}

/** Refine the subtypes of the events found in one sentence. */
export function refineSubtypes(sentence: string, events: readonly EventReading[]): EventReading[] {
  const { roles } = getEventLexicon();
  const words = ` ${[...sentence.toLowerCase().matchAll(WORDS)].map((match) => match[0]).join(' ')} `;
  const armed = hasAny(words, roles.stateForces) && hasAny(words, roles.nonStateActors);
  const civilians = hasAny(words, roles.civilians);
  const violent = hasAny(words, roles.violence) || events.some((event) => event.type === 'attack');
  const strongest = Math.max(0, ...events.map((event) => event.weight));
  return events.map((event): EventReading => {
    if (event.type === 'attack' && event.subtype === null && armed && !civilians) return { ...event, subtype: 'clash' };
    if (event.type === 'incursion' && event.subtype === 'take-territory' && hasAny(words, roles.stateForces) && !hasAny(words, roles.nonStateActors)) return { ...event, subtype: 'retake-territory' };
    if (event.type === 'protest' && event.subtype === null && violent) return { ...event, subtype: 'violent-protest', weight: Math.max(event.weight, Math.min(1, strongest + 0.01)) };
    return event;
  });
}
