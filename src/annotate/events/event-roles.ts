/**
 * Role words of one sentence: where the word classes of the evidence model (armed forces, armed
 * groups, civilians, military targets, protesters, weapons, territory...) occur, as token
 * positions. An actor word followed by a reporting word ("police said") is the source of the
 * report, not a participant, and is left out.
 */
import { ROLE_CLASSES, type LexiconWord, type RoleClass } from './event-lexicon.js';
import { isWordAt, type PassageTokens } from './event-tokens.js';

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

function matchesAt(tokens: PassageTokens, position: number, phrase: readonly string[]): boolean {
  for (let index = 1; index < phrase.length; index += 1) if (position + index >= tokens.count || !isWordAt(tokens, position + index, phrase[index] ?? '')) return false;
  return true;
}

const NO_HITS: readonly RoleHit[] = Object.freeze([]);
const EMPTY_HITS = Object.fromEntries(ROLE_CLASSES.map((role) => [role, NO_HITS])) as RoleHits;

/**
 * The lexicon entries of a sentence's tokens (undefined where the lexicon holds none), and the
 * positions whose entry starts a phrase (a trigger, a blocker, a role phrase), in order. Note:
 * the lists are reused from sentence to sentence; `marks` holds `markCount` positions.
 */
export interface SentenceEntries {
  readonly entries: (LexiconWord | undefined)[];
  readonly marks: number[];
  markCount: number;
  /** Whether a token starts a role phrase of a compound's cue class. */
  compound: boolean;
}

/** Empty entry lists. */
export function sentenceEntries(): SentenceEntries {
  return { entries: [], marks: [], markCount: 0, compound: false };
}

/** Find the role phrases of a sentence (longest phrase first at each position), from its tokens' lexicon entries. */
export function findRoles(tokens: PassageTokens, sentence: SentenceEntries): RoleHits {
  let found: Map<RoleClass, RoleHit[]> | undefined;
  let reporting: Set<number> | undefined;
  for (let mark = 0; mark < sentence.markCount; mark += 1) {
    const position = sentence.marks[mark] ?? 0;
    const phrases = sentence.entries[position]?.roles;
    if (phrases === undefined || phrases.length === 0) continue;
    let taken: RoleClass[] | undefined;
    for (const phrase of phrases) {
      if (taken?.includes(phrase.role) === true || !matchesAt(tokens, position, phrase.tokens)) continue;
      (taken ??= []).push(phrase.role);
      const hit = { first: position, last: position + phrase.tokens.length - 1 };
      found ??= new Map();
      const list = found.get(phrase.role);
      if (list === undefined) found.set(phrase.role, [hit]);
      else list.push(hit);
      if (phrase.role === 'reporting') (reporting ??= new Set()).add(position);
    }
  }
  if (found === undefined) return EMPTY_HITS;
  const hits: Record<RoleClass, readonly RoleHit[]> = { ...EMPTY_HITS };
  for (const [role, list] of found) hits[role] = list;
  if (reporting === undefined) return hits;
  const sources = reporting;
  for (const role of ACTOR_CLASSES) {
    if (hits[role].length === 0) continue;
    hits[role] = hits[role].filter((hit) => {
      for (let step = 1; step <= SOURCE_REACH; step += 1) if (sources.has(hit.last + step)) return false;
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
