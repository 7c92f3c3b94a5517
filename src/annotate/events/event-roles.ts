/**
 * Role words of one sentence: where the word classes of the evidence model (armed forces, armed
 * groups, civilians, military targets, protesters, weapons, territory...) occur, as token
 * positions. An actor word followed by a reporting word ("police said") is the source of the
 * report, not a participant, and is left out.
 */
import { getEventLexicon, ROLE_CLASSES, type RoleClass } from './event-lexicon.js';

/** One occurrence of a role phrase: its first and last token positions. */
export interface RoleHit {
  readonly first: number;
  readonly last: number;
}

/** Role occurrences of a sentence, by class (every class present, possibly empty). */
export type RoleHits = Readonly<Record<RoleClass, readonly RoleHit[]>>;

const ACTOR_CLASSES: ReadonlySet<RoleClass> = new Set(['stateForces', 'nonStateActors', 'civilians']);
/** Note: "police said", "police sources said", "the army's spokesman said": a source two words back still counts. */
const SOURCE_REACH = 3;

function matchesAt(tokens: readonly string[], position: number, phrase: readonly string[]): boolean {
  return phrase.every((word, index) => tokens[position + index] === word);
}

/** Find the role phrases of a sentence given as lower-case tokens (longest phrase first at each position). */
export function findRoles(tokens: readonly string[]): RoleHits {
  const { rolePhrases } = getEventLexicon();
  const hits = Object.fromEntries(ROLE_CLASSES.map((role) => [role, [] as RoleHit[]])) as Record<RoleClass, RoleHit[]>;
  const reporting = new Set<number>();
  tokens.forEach((token, position) => {
    const taken = new Set<RoleClass>();
    for (const phrase of rolePhrases.get(token) ?? []) {
      if (taken.has(phrase.role) || !matchesAt(tokens, position, phrase.tokens)) continue;
      taken.add(phrase.role);
      hits[phrase.role].push({ first: position, last: position + phrase.tokens.length - 1 });
      if (phrase.role === 'reporting') reporting.add(position);
    }
  });
  for (const role of ACTOR_CLASSES) {
    hits[role] = hits[role].filter((hit) => {
      for (let step = 1; step <= SOURCE_REACH; step += 1) if (reporting.has(hit.last + step)) return false;
      return true;
    });
  }
  return hits;
}

/** Whether a class occurs in the sentence. */
export function hasRole(hits: RoleHits, role: RoleClass): boolean {
  return hits[role].length > 0;
}

/** Whether a class occurs within `reach` tokens before position `at` (its last token before `at`). */
export function roleBefore(hits: RoleHits, role: RoleClass, at: number, reach: number): boolean {
  return hits[role].some((hit) => hit.last < at && at - hit.last <= reach);
}

/** Whether a class occurs within `reach` tokens after position `at`. */
export function roleAfter(hits: RoleHits, role: RoleClass, at: number, reach: number): boolean {
  return hits[role].some((hit) => hit.first > at && hit.first - at <= reach);
}

/** The class among `roles` whose occurrence ends closest before position `at`, if any. */
export function nearestBefore(hits: RoleHits, roles: readonly RoleClass[], at: number): RoleClass | undefined {
  let best: { role: RoleClass; distance: number } | undefined;
  for (const role of roles) {
    for (const hit of hits[role]) {
      if (hit.last >= at) continue;
      const distance = at - hit.last;
      if (best === undefined || distance < best.distance) best = { role, distance };
    }
  }
  return best?.role;
}

/** The class among `roles` whose occurrence starts closest after position `at`, if any. */
export function nearestAfter(hits: RoleHits, roles: readonly RoleClass[], at: number, reach: number): RoleClass | undefined {
  let best: { role: RoleClass; distance: number } | undefined;
  for (const role of roles) {
    for (const hit of hits[role]) {
      const distance = hit.first - at;
      if (distance <= 0 || distance > reach) continue;
      if (best === undefined || distance < best.distance) best = { role, distance };
    }
  }
  return best?.role;
}

/** The class among `roles` whose occurrence comes first within `reach` tokens before position `at`, if any. */
export function firstWithin(hits: RoleHits, roles: readonly RoleClass[], at: number, reach: number): RoleClass | undefined {
  let best: { role: RoleClass; first: number } | undefined;
  for (const role of roles) {
    for (const hit of hits[role]) {
      if (hit.last >= at || at - hit.first > reach) continue;
      if (best === undefined || hit.first < best.first) best = { role, first: hit.first };
    }
  }
  return best?.role;
}
