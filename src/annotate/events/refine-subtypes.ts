/**
 * Refiner over one sentence's events: who acted on whom sharpens the subtype.
 * - An attack (or a casualty report) between armed sides, or on a military target, is a clash; one
 *   whose target is civilian stays an attack.
 * - Missiles or rockets fired from aircraft are an air strike.
 * - Territory taken: by state forces it is regained, by an armed group overtaken, without a fight
 *   (a withdrawal, a handover) transferred.
 * - A protest whose demonstrators use violence is a violent protest; one met with lethal force by
 *   the security forces is repressed; one met with arrests or dispersal had an intervention.
 */
import type { RoleClass } from './event-lexicon.js';
import { firstWithin, hasRole, nearestAfter, nearestBefore, roleAfter, roleBefore, type RoleHits } from './event-roles.js';
import { lowerAt, type PassageTokens } from './event-tokens.js';
import type { EventReading } from './extract-events.js';

/** An event with the token positions of its trigger in the sentence. */
export interface LocatedEvent extends EventReading {
  readonly first: number;
  readonly last: number;
}

const ARMED: readonly RoleClass[] = ['stateForces', 'nonStateActors', 'militaryTargets'];
const TARGETS: readonly RoleClass[] = ['stateForces', 'nonStateActors', 'militaryTargets', 'civilians'];
const AGENTS: readonly RoleClass[] = ['stateForces', 'nonStateActors'];
const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are']);
/** Words that make the violence after them the topic of a protest, not its conduct ("rallies against violence"). */
const TOPIC: ReadonlySet<string> = new Set(['against', 'over', 'about', 'condemning', 'denouncing']);
/** Note: how far after a trigger its object is looked for ("attacked an army checkpoint near the town"). */
const TARGET_REACH = 6;
/** Note: the subject of a takeover usually opens its clause ("militants attacked army positions and captured the town"). */
const AGENT_REACH = 12;
/** Note: how far a protest word and a violence or force word may stand apart to be one clause. */
const CLAUSE_REACH = 8;
/** Subtypes of a protest, weakest first: a stronger reading replaces a weaker one. */
const PROTEST_ORDER: readonly (string | null)[] = [null, 'protest-intervention', 'protest-repressed', 'violent-protest'];

function armedSides(hits: RoleHits): number {
  return ARMED.filter((role) => hasRole(hits, role)).length;
}

/** Clash or attack: the target right after the trigger decides; otherwise how many armed sides are named, and no civilians. */
function isClash(hits: RoleHits, event: LocatedEvent): boolean {
  const target = nearestAfter(hits, TARGETS, event.last, TARGET_REACH);
  if (target === 'civilians') return false;
  if (target !== undefined && hasRole(hits, 'nonStateActors') !== hasRole(hits, 'stateForces')) return true;
  if (target !== undefined && armedSides(hits) >= 2) return true;
  return armedSides(hits) >= 2 && !hasRole(hits, 'civilians');
}

function agentOf(tokens: PassageTokens, hits: RoleHits, event: LocatedEvent): RoleClass | undefined {
  if (PASSIVE.has(lowerAt(tokens, event.first - 1)) && lowerAt(tokens, event.last + 1) === 'by') return nearestAfter(hits, AGENTS, event.last + 1, TARGET_REACH);
  return firstWithin(hits, AGENTS, event.first, AGENT_REACH) ?? nearestBefore(hits, AGENTS, event.first);
}

function territorySubtype(tokens: PassageTokens, hits: RoleHits, event: LocatedEvent): string | null {
  if (hasRole(hits, 'peacefulTransfer')) return 'transfer-territory';
  const agent = agentOf(tokens, hits, event);
  if (agent === 'stateForces') return 'retake-territory';
  if (agent === 'nonStateActors') return 'take-territory';
  return event.subtype;
}

function protestSubtype(tokens: PassageTokens, hits: RoleHits, event: LocatedEvent): string | null {
  const protesters = hits.protesters;
  const violent = hits.protestViolence.some(
    (hit) => roleBefore(hits, 'protesters', hit.first, CLAUSE_REACH) && !roleBefore(hits, 'stateForces', hit.first, 2) && !TOPIC.has(lowerAt(tokens, hit.first - 1)) && !TOPIC.has(lowerAt(tokens, hit.first - 2)),
  );
  const forced = hits.protestForce.some(
    (hit) =>
      roleBefore(hits, 'stateForces', hit.first, CLAUSE_REACH) ||
      roleAfter(hits, 'protesters', hit.last, 4) ||
      (PASSIVE.has(lowerAt(tokens, hit.first - 1)) && protesters.some((protest) => protest.last < hit.first && hit.first - protest.last <= CLAUSE_REACH)),
  );
  const readings: (string | null)[] = [event.subtype, violent ? 'violent-protest' : null, forced ? 'protest-repressed' : null, hasRole(hits, 'protestIntervention') ? 'protest-intervention' : null];
  return readings.reduce((best, reading) => (PROTEST_ORDER.indexOf(reading) > PROTEST_ORDER.indexOf(best) ? reading : best), null);
}

/** Refine the subtypes of the events found in one sentence (`tokens` its event tokens, `hits` its role words). */
export function refineSubtypes(tokens: PassageTokens, hits: RoleHits, events: readonly LocatedEvent[]): LocatedEvent[] {
  let strongest = 0;
  for (const event of events) strongest = Math.max(strongest, event.weight);
  return events.map((event): LocatedEvent => {
    if ((event.type === 'attack' || event.type === 'casualties') && event.subtype === null && isClash(hits, event)) return { ...event, subtype: 'clash' };
    if (event.type === 'attack' && event.subtype === 'shelling' && hasRole(hits, 'aircraft')) return { ...event, subtype: 'air-strike' };
    if (event.type === 'incursion' && (event.subtype === 'take-territory' || event.subtype === 'retake-territory')) return { ...event, subtype: territorySubtype(tokens, hits, event) };
    if (event.type === 'protest') {
      const subtype = protestSubtype(tokens, hits, event);
      // Note: the violence, force or arrests around a protest are part of it, so the protest outranks them.
      return subtype === null ? event : { ...event, subtype, weight: Math.max(event.weight, Math.min(1, strongest + 0.01)) };
    }
    return event;
  });
}
