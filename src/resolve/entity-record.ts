/**
 * The stored form of a corpus entity and how a new mention updates it: the fullest name seen,
 * the most informative role, aliases, the given names seen (so that two people who share a
 * surname are kept apart) and a mention count.
 */
import type { Entity } from '../model/analysis.generated.js';
import type { EntityType } from '../model/annotations.js';
import { contentWords, foldText } from './fold-text.js';
import { nameTokens } from './name-key.js';
import type { ResolveIndex } from './resolve-index.js';

/** Record kind of entities in the index. */
export const ENTITY_KIND = 'entity';
/** Member kind: surname skeleton -> person entity ids. */
export const SURNAME_INDEX = 'ent-sur';
/** Member kind: entity id -> the documents that mention it. */
export const ENTITY_DOCUMENTS = 'ent-doc';

const MAX_FORMS = 16;
const MAX_DESCRIPTION_WORDS = 16;

/** What the index keeps about an entity. */
export interface EntityRecord {
  readonly id: string;
  type: EntityType;
  /** Type group used for matching: PERSON, PLACE (GPE, LOC, FAC), ORG, NORP, OTHER. */
  readonly group: string;
  /** Spelling key of the whole name (non-persons) or of the surname (persons). */
  readonly key: string;
  /** For persons, the surname key (null otherwise). */
  readonly surname: string | null;
  /** For persons, the given-name keys seen. */
  firsts: string[];
  /** Name forms seen, with counts. */
  forms: Record<string, number>;
  /** Role descriptions seen, with counts. */
  descriptions: Record<string, number>;
  mentions: number;
}

function bounded(counts: Record<string, number>, value: string): void {
  if (value in counts) counts[value] = (counts[value] ?? 0) + 1;
  else if (Object.keys(counts).length < MAX_FORMS) counts[value] = 1;
}

/** Add what a document's mentions of the entity say: name forms, roles and the given name. */
export function noteMentions(record: EntityRecord, forms: readonly string[], descriptions: readonly string[], first: string | null): void {
  record.mentions += forms.length;
  for (const form of forms) {
    const trimmed = form.trim();
    if (trimmed.length > 0) bounded(record.forms, trimmed);
  }
  for (const description of descriptions) {
    const role = description.trim();
    if (role.length > 0 && role.split(' ').length <= MAX_DESCRIPTION_WORDS) bounded(record.descriptions, role);
  }
  if (first !== null && !record.firsts.includes(first)) record.firsts.push(first);
}

function fullest(forms: Record<string, number>): string | undefined {
  let best: string | undefined;
  let bestTokens = -1;
  let bestCount = -1;
  for (const [form, count] of Object.entries(forms)) {
    const tokens = nameTokens(form).length;
    if (tokens > bestTokens || (tokens === bestTokens && count > bestCount)) {
      best = form;
      bestTokens = tokens;
      bestCount = count;
    }
  }
  return best;
}

function mostInformative(descriptions: Record<string, number>): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (const [description, count] of Object.entries(descriptions)) {
    const score = new Set(contentWords(description)).size * 100 + count;
    if (score > bestScore) {
      best = description;
      bestScore = score;
    }
  }
  return best;
}

/** The display name of a record: the fullest form seen. */
export function entityDisplayName(record: EntityRecord): string {
  return fullest(record.forms) ?? record.key;
}

/** The export form of a record: the fullest name, the most informative role, aliases and documents (`withDocuments`: optional, default true; false leaves the list empty). */
export function toEntity(record: EntityRecord, index: ResolveIndex, withDocuments = true): Entity {
  const name = fullest(record.forms) ?? record.key;
  const folded = foldText(name);
  const aliases = [...new Set(Object.keys(record.forms).filter((form) => foldText(form) !== folded))];
  return {
    id: record.id,
    name,
    type: record.type,
    aliases,
    description: mostInformative(record.descriptions),
    documents: withDocuments ? index.members(ENTITY_DOCUMENTS, record.id) : [],
  };
}
