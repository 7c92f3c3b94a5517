/**
 * Who a speaker or claimant phrase names: the entity of a mention inside the phrase's span, a
 * document entity whose surname or name key the phrase ends with or contains, or, for a bare
 * proper name, the one corpus person with that surname. Descriptions ("a Western official") stay
 * unresolved (null).
 */
import type { EntityType, Mention, Span } from '../model/annotations.js';
import { ENTITY_KIND, SURNAME_INDEX, type EntityRecord } from './entity-record.js';
import { givenNamesMatch, nameTokens, personKeys, phraseKey, skeleton, surnamesMatch } from './name-key.js';
import type { ResolveIndex } from './resolve-index.js';

/** A group of one document's mentions that name the same thing. */
export interface LocalEntity {
  readonly type: EntityType;
  readonly group: string;
  readonly key: string;
  readonly first: string | null;
  readonly surname: string | null;
  readonly forms: string[];
  readonly descriptions: string[];
  /** Start offsets of the mentions. */
  readonly positions: number[];
  /** Corpus entity id, once resolved. */
  entity: string | null;
}

const PROPER = /^\p{Lu}/u;
const SPEAKER_GROUPS = ['PERSON', 'ORG', 'PLACE', 'NORP'];

function byMentionSpan(mentions: readonly Mention[], span: Span): string | null {
  const inside = mentions.filter((mention) => mention.entity !== null && mention.start < span.end && span.start < mention.end);
  const person = inside.find((mention) => mention.type === 'PERSON') ?? inside[0];
  return person?.entity ?? null;
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** The entity a speaker or claimant phrase names, or null. */
export function resolveNamed(index: ResolveIndex, locals: readonly LocalEntity[], mentions: readonly Mention[], text: string | null, span: Span | undefined): string | null {
  if (span !== undefined) {
    const found = byMentionSpan(mentions, span);
    if (found !== null) return found;
  }
  if (text === null || text.trim().length === 0) return null;
  const { first, surname } = personKeys(text);
  if (surname !== null) {
    const people = locals.filter((local) => local.group === 'PERSON' && local.surname !== null && surnamesMatch(local.surname, surname));
    const named = first === null ? [] : people.filter((local) => local.first !== null && givenNamesMatch(local.first, first));
    const person = (named.length > 0 ? named : people).reduce<LocalEntity | undefined>((best, local) => (best === undefined || local.positions.length > best.positions.length ? local : best), undefined);
    if (person?.entity) return person.entity;
  }
  const key = phraseKey(text);
  let best: LocalEntity | undefined;
  for (const local of locals) {
    if (local.group === 'PERSON' || !SPEAKER_GROUPS.includes(local.group) || local.entity === null) continue;
    if (local.key === key || containsWords(key, local.key)) if (best === undefined || local.key.length > best.key.length) best = local;
  }
  if (best?.entity) return best.entity;
  const tokens = nameTokens(text.trim());
  const last = tokens[tokens.length - 1] ?? '';
  if (surname === null || tokens.length > 4 || !PROPER.test(last)) return null;
  const candidates = index
    .members(SURNAME_INDEX, skeleton(surname), 10)
    .map((id) => index.getRecord<EntityRecord>(ENTITY_KIND, id))
    .filter((record): record is EntityRecord => record !== undefined && record.surname !== null && surnamesMatch(record.surname, surname));
  return candidates.length === 1 ? (candidates[0]?.id ?? null) : null;
}
