/**
 * The word lists the mention stages read (data/lexicons/ner-roles.json and ner-words.json),
 * loaded once, lazily, as sets of lower-cased words.
 */
import { readFileSync } from 'node:fs';

const ROLES_FILE = new URL('../../../data/lexicons/ner-roles.json', import.meta.url);
const WORDS_FILE = new URL('../../../data/lexicons/ner-words.json', import.meta.url);

/** The mention lexicons. */
export interface MentionLexicons {
  readonly honorifics: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly notEntities: ReadonlySet<string>;
  /** Facility head phrases, lower-cased, split into words, longest first. */
  readonly facilities: readonly (readonly string[])[];
  /** First and last words of the facility head phrases, to rule most names out at once. */
  readonly facilityFirstWords: ReadonlySet<string>;
  readonly facilityLastWords: ReadonlySet<string>;
  readonly eventHeads: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  readonly governmentVerbs: ReadonlySet<string>;
  readonly governmentNouns: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
}

let cached: MentionLexicons | undefined;

function read(file: URL): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function words(data: Record<string, unknown>, key: string): string[] {
  const value = data[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The lexicons, loaded on first use. */
export function mentionLexicons(): MentionLexicons {
  if (cached === undefined) {
    const roles = read(ROLES_FILE);
    const lists = read(WORDS_FILE);
    const set = (data: Record<string, unknown>, key: string): ReadonlySet<string> => new Set(words(data, key));
    cached = {
      honorifics: set(roles, 'honorifics'),
      titles: set(roles, 'titles'),
      modifiers: set(roles, 'modifiers'),
      connectors: set(roles, 'connectors'),
      notEntities: set(lists, 'notEntities'),
      facilities: words(lists, 'facilities')
        .map((phrase) => phrase.split(' '))
        .sort((left, right) => right.length - left.length),
      facilityFirstWords: new Set(words(lists, 'facilities').map((phrase) => phrase.split(' ')[0] ?? '')),
      facilityLastWords: new Set(words(lists, 'facilities').map((phrase) => phrase.split(' ').pop() ?? '')),
      eventHeads: set(lists, 'eventHeads'),
      groups: set(lists, 'groups'),
      governmentVerbs: set(lists, 'governmentVerbs'),
      governmentNouns: set(lists, 'governmentNouns'),
      auxiliaries: set(lists, 'auxiliaries'),
    };
  }
  return cached;
}
