/**
 * In-document coreference of names: every form of a person's name (full name, surname, "Mr X",
 * a surname misspelt by one letter) takes the document's canonical full form as its `name`; a
 * country written under another spelling takes the country's common name.
 */
import { type EntityType, type Mention } from '../../model/annotations.js';
import { type DocStage } from '../../pipeline/stage.js';
import { isWhiteSpace } from '../tokens/sentences.js';
import { type NerGazetteer, nerGazetteer } from './ner-gazetteer.js';

const SPACES = /\s+/u;
const MIN_FUZZY_LENGTH = 5;

/** Levenshtein distance, stopping early once it exceeds `limit` (then returns `limit + 1`). */
export function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    let best = row;
    for (let column = 1; column <= right.length; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      const value = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, (previous[column - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[right.length] ?? limit + 1;
}

/** Whether two strings are at most one edit apart (as `editDistance(left, right, 1) <= 1`, without a table). */
export function withinOneEdit(left: string, right: string): boolean {
  const shorter = left.length <= right.length ? left : right;
  const longer = left.length <= right.length ? right : left;
  if (longer.length - shorter.length > 1) return false;
  let at = 0;
  while (at < shorter.length && shorter.charCodeAt(at) === longer.charCodeAt(at)) at += 1;
  if (at === shorter.length) return true;
  // Note: past the first difference, the rest must agree after one substitution (same lengths) or one insertion.
  const skip = shorter.length === longer.length ? 1 : 0;
  for (let index = at + skip; index < shorter.length; index += 1) {
    if (shorter.charCodeAt(index) !== longer.charCodeAt(index + 1 - skip)) return false;
  }
  return true;
}

/** {@link sameSurname} of two names already lower-cased. */
function sameLowerSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < MIN_FUZZY_LENGTH) return false;
  return withinOneEdit(a, b);
}

/** Whether two surnames are one name: equal, or one letter apart with the same first letter. */
export function sameSurname(left: string, right: string): boolean {
  return sameLowerSurname(left.toLowerCase(), right.toLowerCase());
}

/** A first name as {@link compatibleFirstNames} compares it: lower-cased, its first period taken out. */
function firstNameKey(name: string): string {
  return name.toLowerCase().replace('.', '');
}

/** Whether two first-name keys can name one person: equal, an initial of the other, or one letter apart. */
function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  return a[0] === b[0] && Math.min(a.length, b.length) >= MIN_FUZZY_LENGTH && withinOneEdit(a, b);
}

/** The words of a name, split at white space. */
function wordsOf(name: string): string[] {
  // Note: most names are one word or words parted by single spaces; only others need the pattern.
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    if (code === 0x20 ? index === 0 || name.charCodeAt(index - 1) === 0x20 || index === name.length - 1 : isWhiteSpace(code)) return name.split(SPACES);
  }
  return name.includes(' ') ? name.split(' ') : [name];
}

interface NameGroup {
  readonly first: string;
  /** The first name's key (see {@link firstNameKey}). */
  readonly firstKey: string;
  /** The surname lower-cased. */
  readonly surname: string;
  /** The forms of the name met, in the order first met, and how often each was met. */
  readonly forms: string[];
  readonly counts: number[];
  total: number;
  /** The canonical form, once known. */
  canonical: string | undefined;
}

function canonical(group: NameGroup): string {
  if (group.canonical !== undefined) return group.canonical;
  let best = '';
  let bestCount = 0;
  for (let index = 0; index < group.forms.length; index += 1) {
    const form = group.forms[index] ?? '';
    const count = group.counts[index] ?? 0;
    if (count > bestCount || (count === bestCount && form.length > best.length)) {
      best = form;
      bestCount = count;
    }
  }
  group.canonical = best;
  return best;
}

/** The types a mention may be given by harmonisation (persons, organisations, places, others). */
const RETYPABLE: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'OTHER'];
/** Votes of a text met with one type only: the type's index in {@link RETYPABLE} plus this times the count. */
const COUNT_UNIT = 8;
/** Buckets of {@link hasMixedTypes} (a power of two). */
const TEXT_BUCKETS = 64;
/** Work space of {@link hasMixedTypes}: each bucket's last mention, and each mention's previous one in its bucket (-1: none). */
const bucketHeads = new Int32Array(TEXT_BUCKETS);
let bucketNext = new Int32Array(256);

/** How many mentions of one text have each type, types in the order first met (for texts met with two types or more). */
interface TypeVotes {
  readonly types: EntityType[];
  readonly counts: number[];
}

/** The votes of a document: by text, its one type and count (packed) or its votes. */
interface DocumentVotes {
  readonly byText: Map<string, number | TypeVotes>;
  /** Whether some text has mentions of two types or more (the votes are counted only then). */
  readonly mixed: boolean;
}

/** Whether a text holds white space. */
function hasSpace(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (isWhiteSpace(text.charCodeAt(index))) return true;
  return false;
}

/**
 * One type per name within a document: a lone word that is the surname of a person named in full
 * (or that surname misspelt by one letter) is that person; otherwise a name takes the type most of its mentions have.
 */
export function harmoniseTypes(mentions: readonly Mention[], gazetteer: NerGazetteer): Mention[] {
  return harmonised(mentions, [], gazetteer);
}

/**
 * Whether two mentions of one text have different types (retypable ones). Note: mentions are
 * bucketed by length and first character, so texts are compared only within a bucket; most
 * documents have none, and then no votes are counted.
 */
function hasMixedTypes(mentions: readonly Mention[]): boolean {
  const heads = bucketHeads.fill(-1);
  if (bucketNext.length < mentions.length) bucketNext = new Int32Array(mentions.length * 2);
  const next = bucketNext;
  for (let index = 0; index < mentions.length; index += 1) {
    const mention = mentions[index] as Mention;
    if (!RETYPABLE.includes(mention.type)) continue;
    const text = mention.text;
    const bucket = (text.length * 31 + text.charCodeAt(0)) & (TEXT_BUCKETS - 1);
    for (let other = heads[bucket] ?? -1; other >= 0; other = next[other] ?? -1) {
      const earlier = mentions[other] as Mention;
      if (earlier.type !== mention.type && earlier.text === text) return true;
    }
    next[index] = heads[bucket] ?? -1;
    heads[bucket] = index;
  }
  return false;
}

/** {@link harmoniseTypes}, keeping in `words` the words of the names of the persons it meets. */
function harmonised(mentions: readonly Mention[], words: (readonly string[] | undefined)[], gazetteer: NerGazetteer): Mention[] {
  const surnames = new Set<string>();
  mentions.forEach((mention, index) => {
    if (mention.type !== 'PERSON') return;
    const nameWords = wordsOf(mention.name);
    words[index] = nameWords;
    if (nameWords.length > 1) surnames.add(nameWords[nameWords.length - 1] ?? '');
  });
  const votes: DocumentVotes = { byText: new Map<string, number | TypeVotes>(), mixed: hasMixedTypes(mentions) };
  if (votes.mixed) {
    for (const mention of mentions) {
      const typeIndex = RETYPABLE.indexOf(mention.type);
      if (typeIndex >= 0) vote(votes, mention, typeIndex);
    }
  }
  const surnameList = Array.from(surnames, (surname) => surname.toLowerCase());
  // Note: with no surname and one type per text, no mention changes.
  if (surnameList.length === 0 && !votes.mixed) return mentions.slice();
  const result: Mention[] = [];
  for (const mention of mentions) result.push(harmonisedType(mention, surnameList, votes, gazetteer));
  return result;
}

function vote(votes: DocumentVotes, mention: Mention, typeIndex: number): void {
  const tally = votes.byText.get(mention.text);
  if (tally === undefined) votes.byText.set(mention.text, typeIndex + COUNT_UNIT);
  else if (typeof tally === 'number') {
    const first = tally % COUNT_UNIT;
    if (first === typeIndex) votes.byText.set(mention.text, tally + COUNT_UNIT);
    else {
      votes.byText.set(mention.text, { types: [RETYPABLE[first] ?? mention.type, mention.type], counts: [Math.floor(tally / COUNT_UNIT), 1] });
    }
  } else {
    const at = tally.types.indexOf(mention.type);
    if (at < 0) {
      tally.types.push(mention.type);
      tally.counts.push(1);
    } else tally.counts[at] = (tally.counts[at] ?? 0) + 1;
  }
}

/**
 * Whether some of `surnames` (lower-cased) may be {@link sameLowerSurname} with `text` lower-cased:
 * false only when `text` is ASCII and no surname has its first letter and a length within one of
 * its own. Note: a surname equal or one edit away has both; most mentions share neither with any
 * surname, and are ruled out without a lower-cased copy.
 */
function maySameSurname(text: string, surnames: readonly string[]): boolean {
  if (text.length === 0) return true;
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) >= 0x80) return true;
  let first = text.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) first += 0x20;
  for (const surname of surnames) if (surname.charCodeAt(0) === first && Math.abs(surname.length - text.length) <= 1) return true;
  return false;
}

function harmonisedType(mention: Mention, surnames: readonly string[], votes: DocumentVotes, gazetteer: NerGazetteer): Mention {
  if (!RETYPABLE.includes(mention.type)) return mention;
  if (mention.type !== 'PERSON' && surnames.length > 0 && !hasSpace(mention.text) && maySameSurname(mention.text, surnames)) {
    const lower = mention.text.toLowerCase();
    // Note: a place name is not a surname; the gazetteer is asked only when a surname matches.
    if (surnames.some((surname) => sameLowerSurname(surname, lower)) && !(gazetteer.countries.has(lower) || gazetteer.capitals.has(lower))) {
      return { ...mention, type: 'PERSON' };
    }
  }
  if (!votes.mixed) return mention;
  const tally = votes.byText.get(mention.text);
  if (tally === undefined || typeof tally === 'number') return mention;
  let best = mention.type;
  let bestCount = 0;
  tally.types.forEach((type, index) => {
    const count = tally.counts[index] ?? 0;
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  });
  const own = tally.counts[tally.types.indexOf(mention.type)] ?? 0;
  return best !== mention.type && bestCount > own ? { ...mention, type: best } : mention;
}

/** Give every person mention the canonical full form of its name, and countries their common name. */
export function resolveMentionNames(input: readonly Mention[], gazetteer: NerGazetteer): Mention[] {
  const words: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(input.length);
  const mentions = harmonised(input, words, gazetteer);
  const groups: NameGroup[] = [];
  mentions.forEach((mention, index) => {
    if (mention.type !== 'PERSON') return;
    const nameWords = words[index] ?? wordsOf(mention.name);
    words[index] = nameWords;
    if (nameWords.length < 2) return;
    const first = nameWords[0] ?? '';
    const firstKey = firstNameKey(first);
    const surname = (nameWords[nameWords.length - 1] ?? '').toLowerCase();
    const group = groups.find((candidate) => sameLowerSurname(candidate.surname, surname) && compatibleFirstNames(candidate.firstKey, firstKey));
    if (group === undefined) groups.push({ first, firstKey, surname, forms: [mention.name], counts: [1], total: 1, canonical: undefined });
    else {
      const at = group.forms.indexOf(mention.name);
      if (at < 0) {
        group.forms.push(mention.name);
        group.counts.push(1);
      } else group.counts[at] = (group.counts[at] ?? 0) + 1;
      group.total += 1;
    }
  });
  mentions.forEach((mention, index) => {
    if (mention.type === 'GPE') {
      const country = gazetteer.countries.get(mention.name.toLowerCase());
      if (country !== undefined && country !== mention.name) mentions[index] = { ...mention, name: country };
      return;
    }
    if (mention.type !== 'PERSON' || groups.length === 0) return;
    const nameWords = words[index] ?? [];
    const surname = (nameWords[nameWords.length - 1] ?? '').toLowerCase();
    const firstKey = nameWords.length > 1 ? firstNameKey(nameWords[0] ?? '') : undefined;
    // Note: the largest matching group, the first of equals (as a stable sort by size would give).
    let largest: NameGroup | undefined;
    for (const group of groups) {
      if (!sameLowerSurname(group.surname, surname) || (firstKey !== undefined && !compatibleFirstNames(group.firstKey, firstKey))) continue;
      if (largest === undefined || group.total > largest.total) largest = group;
    }
    const name = largest === undefined ? mention.name : canonical(largest);
    if (name !== mention.name) mentions[index] = { ...mention, name };
  });
  return mentions;
}

/** The refiner stage: canonical names within each document. */
export const mentionCorefStage: DocStage = {
  kind: 'refiner',
  name: 'annotate/mention-coref',
  run(doc) {
    doc.layers.mentions = resolveMentionNames(doc.layers.mentions, nerGazetteer());
  },
};
