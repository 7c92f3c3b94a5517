/**
 * In-document coreference of names: every form of a person's name (full name, surname, "Mr X",
 * a surname misspelt by one letter) takes the document's canonical full form as its `name`; a
 * country written under another spelling takes the country's common name.
 */
import { type EntityType, type Mention } from '../../model/annotations.js';
import { type DocStage } from '../../pipeline/stage.js';
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

/** Whether two surnames are one name: equal, or one letter apart with the same first letter. */
export function sameSurname(left: string, right: string): boolean {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < MIN_FUZZY_LENGTH) return false;
  return editDistance(a, b, 1) <= 1;
}

function compatibleFirstNames(left: string, right: string): boolean {
  const a = left.toLowerCase().replace('.', '');
  const b = right.toLowerCase().replace('.', '');
  if (a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  return a[0] === b[0] && Math.min(a.length, b.length) >= MIN_FUZZY_LENGTH && editDistance(a, b, 1) <= 1;
}

interface NameGroup {
  readonly first: string;
  readonly surname: string;
  readonly forms: Map<string, number>;
}

function canonical(group: NameGroup): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of group.forms) {
    if (count > bestCount || (count === bestCount && form.length > best.length)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

const RETYPABLE = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'OTHER']);

/**
 * One type per name within a document: a lone word that is the surname of a person named in full
 * (or that surname misspelt by one letter) is that person; otherwise a name takes the type most of its mentions have.
 */
export function harmoniseTypes(mentions: readonly Mention[], gazetteer: NerGazetteer): Mention[] {
  const surnames = new Set<string>();
  const votes = new Map<string, Map<EntityType, number>>();
  for (const mention of mentions) {
    const words = mention.name.split(SPACES);
    if (mention.type === 'PERSON' && words.length > 1) surnames.add(words[words.length - 1] ?? '');
    if (!RETYPABLE.has(mention.type)) continue;
    const tally = votes.get(mention.text) ?? new Map<EntityType, number>();
    tally.set(mention.type, (tally.get(mention.type) ?? 0) + 1);
    votes.set(mention.text, tally);
  }
  const surnameList = [...surnames];
  return mentions.map((mention): Mention => {
    if (!RETYPABLE.has(mention.type)) return mention;
    const lower = mention.text.toLowerCase();
    const place = gazetteer.countries.has(lower) || gazetteer.capitals.has(lower);
    const single = !SPACES.test(mention.text);
    if (mention.type !== 'PERSON' && single && !place && surnameList.some((surname) => sameSurname(surname, mention.text))) {
      return { ...mention, type: 'PERSON' };
    }
    let best = mention.type;
    let bestCount = 0;
    for (const [type, count] of votes.get(mention.text) ?? []) {
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    const own = votes.get(mention.text)?.get(mention.type) ?? 0;
    return best !== mention.type && bestCount > own ? { ...mention, type: best } : mention;
  });
}

/** Give every person mention the canonical full form of its name, and countries their common name. */
export function resolveMentionNames(input: readonly Mention[], gazetteer: NerGazetteer): Mention[] {
  const mentions = harmoniseTypes(input, gazetteer);
  const groups: NameGroup[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'PERSON') continue;
    const words = mention.name.split(SPACES);
    if (words.length < 2) continue;
    const first = words[0] ?? '';
    const surname = words[words.length - 1] ?? '';
    const group = groups.find((candidate) => sameSurname(candidate.surname, surname) && compatibleFirstNames(candidate.first, first));
    if (group === undefined) groups.push({ first, surname, forms: new Map([[mention.name, 1]]) });
    else group.forms.set(mention.name, (group.forms.get(mention.name) ?? 0) + 1);
  }
  const names = new Map(groups.map((group) => [group, canonical(group)]));
  return mentions.map((mention): Mention => {
    if (mention.type === 'GPE') {
      const country = gazetteer.countries.get(mention.name.toLowerCase());
      return country === undefined || country === mention.name ? mention : { ...mention, name: country };
    }
    if (mention.type !== 'PERSON') return mention;
    const words = mention.name.split(SPACES);
    const surname = words[words.length - 1] ?? '';
    const first = words.length > 1 ? (words[0] ?? '') : undefined;
    const matches = groups.filter(
      (group) => sameSurname(group.surname, surname) && (first === undefined || compatibleFirstNames(group.first, first)),
    );
    const largest = matches.sort((left, right) => total(right) - total(left))[0];
    const name = largest === undefined ? mention.name : (names.get(largest) ?? mention.name);
    return name === mention.name ? mention : { ...mention, name };
  });
}

function total(group: NameGroup): number {
  let sum = 0;
  for (const count of group.forms.values()) sum += count;
  return sum;
}

/** The refiner stage: canonical names within each document. */
export const mentionCorefStage: DocStage = {
  kind: 'refiner',
  name: 'annotate/mention-coref',
  run(doc) {
    doc.layers.mentions = resolveMentionNames(doc.layers.mentions, nerGazetteer());
  },
};
