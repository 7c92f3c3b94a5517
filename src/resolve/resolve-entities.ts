/**
 * Entity resolution for one document against the index: mentions are first grouped inside the
 * document (a surname alone joins the full name it shortens), then each group finds its corpus
 * entity by spelling key (persons: surname skeleton, then surname edit distance and given-name
 * compatibility; others: name key, place variants, gazetteer name). Mentions, quote speakers and
 * quantity claimants get their entity ids back.
 */
import type { Mention, Place } from '../model/annotations.js';
import type { NewsDoc } from '../model/news-doc.js';
import { foldText, stableId } from './fold-text.js';
import { ENTITY_DOCUMENTS, ENTITY_KIND, noteMentions, SURNAME_INDEX, type EntityRecord } from './entity-record.js';
import { editDistance, givenNamesMatch, personKeys, phraseKey, placeKey, skeleton, surnamesMatch, typeGroup } from './name-key.js';
import type { ResolveIndex } from './resolve-index.js';
import { resolveNamed, type LocalEntity } from './resolve-named.js';

/** Member kind: type group and name key -> entity ids. */
export const NAME_INDEX = 'ent-key';
/** Member kind: type group and name skeleton -> entity ids (near spellings of long names). */
export const NAME_SKELETON_INDEX = 'ent-skel';
/** How many candidates a lookup reads at most. */
const CANDIDATE_LIMIT = 20;
const SPACE = / /gu;

function overlappingPlace(places: readonly Place[], mention: Mention): Place | undefined {
  return places.find((place) => place.start < mention.end && mention.start < place.end);
}

function buildLocals(doc: NewsDoc): { locals: LocalEntity[]; ofMention: (LocalEntity | undefined)[] } {
  const locals: LocalEntity[] = [];
  const ofMention: (LocalEntity | undefined)[] = [];
  const order = doc.layers.mentions.map((mention, position) => ({ mention, position })).sort((a, b) => a.mention.start - b.mention.start);
  const deferred: { mention: Mention; position: number; surname: string }[] = [];
  for (const { mention, position } of order) {
    const group = typeGroup(mention.type);
    const form = (mention.name || mention.text).trim();
    if (group === 'PERSON') {
      const { first, surname } = personKeys(form);
      if (surname === null) continue;
      if (first === null) {
        deferred.push({ mention, position, surname });
        continue;
      }
      let local = locals.find((entry) => entry.group === 'PERSON' && entry.first !== null && surnamesMatch(entry.surname ?? '', surname) && givenNamesMatch(entry.first, first));
      if (local === undefined) {
        local = { type: mention.type, group, key: surname, first, surname, forms: [], descriptions: [], positions: [], entity: null };
        locals.push(local);
      }
      local.forms.push(form);
      if (mention.description !== undefined) local.descriptions.push(mention.description);
      local.positions.push(mention.start);
      ofMention[position] = local;
      continue;
    }
    const place = group === 'PLACE' ? overlappingPlace(doc.layers.places, mention) : undefined;
    const standsFor = mention.standsFor;
    const key = standsFor !== undefined ? placeKey(standsFor) : place !== undefined ? placeKey(place.name) : group === 'PLACE' ? placeKey(form) : phraseKey(form);
    if (key.length === 0) continue;
    let local = locals.find((entry) => entry.group === group && entry.key === key);
    if (local === undefined) {
      local = { type: standsFor !== undefined ? 'GPE' : mention.type, group, key, first: null, surname: null, forms: [], descriptions: [], positions: [], entity: null };
      locals.push(local);
    }
    local.forms.push(standsFor ?? place?.name ?? form);
    if (place !== undefined && standsFor === undefined && foldText(place.name) !== foldText(form)) local.forms.push(form);
    if (mention.description !== undefined) local.descriptions.push(mention.description);
    local.positions.push(mention.start);
    ofMention[position] = local;
  }
  for (const { mention, position, surname } of deferred) {
    const matches = locals.filter((entry) => entry.group === 'PERSON' && entry.surname !== null && surnamesMatch(entry.surname, surname));
    const before = matches.filter((entry) => (entry.positions[0] ?? Infinity) <= mention.start);
    let local = (before.length > 0 ? before : matches).reduce<LocalEntity | undefined>((best, entry) => (best === undefined || entry.positions.length > best.positions.length ? entry : best), undefined);
    if (local === undefined) {
      local = { type: 'PERSON', group: 'PERSON', key: surname, first: null, surname, forms: [], descriptions: [], positions: [], entity: null };
      locals.push(local);
    }
    local.forms.push((mention.name || mention.text).trim());
    if (mention.description !== undefined) local.descriptions.push(mention.description);
    local.positions.push(mention.start);
    ofMention[position] = local;
  }
  return { locals, ofMention };
}

function sharesRole(record: EntityRecord, descriptions: readonly string[]): boolean {
  const mine = new Set(descriptions.flatMap((description) => phraseKey(description).split(' ')));
  return Object.keys(record.descriptions).some((description) => phraseKey(description).split(' ').some((word) => word.length > 3 && mine.has(word)));
}

function findPerson(index: ResolveIndex, local: LocalEntity): EntityRecord | undefined {
  const surname = local.surname ?? '';
  const candidates = index
    .members(SURNAME_INDEX, skeleton(surname), CANDIDATE_LIMIT)
    .map((id) => index.getRecord<EntityRecord>(ENTITY_KIND, id))
    .filter((record): record is EntityRecord => record !== undefined && record.surname !== null && surnamesMatch(record.surname, surname));
  let best: EntityRecord | undefined;
  let bestRank = -1;
  for (const record of candidates) {
    let rank: number;
    if (local.first === null) rank = (sharesRole(record, local.descriptions) ? 1e9 : 0) + record.mentions;
    else if (record.firsts.length === 0) rank = 1;
    else if (record.firsts.includes(local.first)) rank = 3e9 + record.mentions;
    else if (record.firsts.some((first) => givenNamesMatch(first, local.first ?? ''))) rank = 2e9 + record.mentions;
    else continue;
    if (rank > bestRank) {
      best = record;
      bestRank = rank;
    }
  }
  return best;
}

function findOther(index: ResolveIndex, local: LocalEntity): EntityRecord | undefined {
  const direct = index.members(NAME_INDEX, `${local.group}|${local.key}`, 1)[0];
  if (direct !== undefined) return index.getRecord<EntityRecord>(ENTITY_KIND, direct);
  const bare = local.key.replace(SPACE, '');
  if (bare.length < 8) return undefined;
  for (const id of index.members(NAME_SKELETON_INDEX, `${local.group}|${skeleton(bare)}`, CANDIDATE_LIMIT)) {
    const record = index.getRecord<EntityRecord>(ENTITY_KIND, id);
    if (record !== undefined && editDistance(record.key.replace(SPACE, ''), bare, 1) <= 1) return record;
  }
  return undefined;
}

function createRecord(index: ResolveIndex, local: LocalEntity): EntityRecord {
  const id = stableId('ent', local.group, local.first ?? '', local.key);
  const existing = index.getRecord<EntityRecord>(ENTITY_KIND, id);
  if (existing !== undefined) return existing;
  const record: EntityRecord = { id, type: local.type, group: local.group, key: local.key, surname: local.surname, firsts: [], forms: {}, descriptions: {}, mentions: 0 };
  if (local.group === 'PERSON') index.addMember(SURNAME_INDEX, skeleton(local.key), id);
  else {
    index.addMember(NAME_INDEX, `${local.group}|${local.key}`, id);
    const bare = local.key.replace(SPACE, '');
    if (bare.length >= 8) index.addMember(NAME_SKELETON_INDEX, `${local.group}|${skeleton(bare)}`, id);
  }
  return record;
}

/** A copy of a stored record that can be updated (stored records are shared and frozen). */
function copyRecord(record: EntityRecord): EntityRecord {
  return { ...record, firsts: [...record.firsts], forms: { ...record.forms }, descriptions: { ...record.descriptions } };
}

/** What entity resolution found in one document. */
export interface DocEntities {
  /** Entity id -> number of mentions in the document. */
  readonly counts: ReadonlyMap<string, number>;
  /** Entity id -> type group. */
  readonly groups: ReadonlyMap<string, string>;
}

/** Resolve a document's mentions, quote speakers and quantity claimants; sets the ids on the document. */
export function resolveDocEntities(doc: NewsDoc, index: ResolveIndex): DocEntities {
  const { locals, ofMention } = buildLocals(doc);
  const counts = new Map<string, number>();
  const groups = new Map<string, string>();
  for (const local of locals) {
    // Note: two groups of one document can find the same entity ("Kosovo" and "Kosova"); the document is filed under it once.
    const record = copyRecord((local.group === 'PERSON' ? findPerson(index, local) : findOther(index, local)) ?? createRecord(index, local));
    if (record.type !== local.type && local.type === 'GPE' && record.group === 'PLACE') record.type = 'GPE';
    noteMentions(record, local.forms, local.descriptions, local.first);
    index.putRecord(ENTITY_KIND, record.id, record);
    if (!counts.has(record.id)) index.addMember(ENTITY_DOCUMENTS, record.id, doc.id);
    local.entity = record.id;
    counts.set(record.id, (counts.get(record.id) ?? 0) + local.positions.length);
    groups.set(record.id, record.group);
  }
  doc.layers.mentions = doc.layers.mentions.map((mention, position) => ({ ...mention, entity: ofMention[position]?.entity ?? null }));
  doc.layers.quotes = doc.layers.quotes.map((quote) => ({ ...quote, speaker: resolveNamed(index, locals, doc.layers.mentions, quote.speakerText, quote.speakerSpan) }));
  doc.layers.quantities = doc.layers.quantities.map((quantity) => ({ ...quantity, claimant: resolveNamed(index, locals, doc.layers.mentions, quantity.claimantText, undefined) }));
  return { counts, groups };
}
