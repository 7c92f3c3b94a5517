/**
 * From CoNLL types to sitrep's: PER -> PERSON, ORG -> ORG, LOC -> GPE when the gazetteer knows the
 * name as a country, capital, city or region (else LOC), MISC -> NORP for nationalities and groups,
 * EVENT for named events, else OTHER; a name followed or ended by a facility head noun
 * ("X Bridge", "X nuclear power plant") is a FAC; a capital standing as the subject of a
 * government verb, or with 's and a political noun, stands for its country.
 */
import { type EntityType } from '../../model/annotations.js';
import { type MentionLexicons } from './mention-lexicons.js';
import { type NerGazetteer, kindBit } from './ner-gazetteer.js';
import { CLASSES, type SentenceWords, TRAITS, classesAt, lowerAt, traitsAt } from './sentence-words.js';
import { type PhraseStep } from './word-forms.js';

const PLACE_KINDS = kindBit('country') | kindBit('capital') | kindBit('city') | kindBit('region');
const DEMONYM = kindBit('demonym');

/**
 * What the gazetteer says about a lower-cased name: its kinds, the country it names, the country
 * it is the capital of; read from the name's phrase step when there is one.
 */
interface NameEntry {
  readonly kinds: number;
  readonly country: string | undefined;
  readonly capitalOf: string | undefined;
}

function entryOf(lower: string, gazetteer: NerGazetteer): NameEntry {
  return { kinds: gazetteer.phrases.get(lower) ?? 0, country: gazetteer.countries.get(lower), capitalOf: gazetteer.capitals.get(lower) };
}

/**
 * Map a CoNLL type and the mention's name to a sitrep entity type; `phrase` is the name's
 * lower-cased phrase step when known (optional: else the name is lower-cased and looked up).
 */
export function entityType(conllType: string, name: string, gazetteer: NerGazetteer, lexicons: MentionLexicons, phrase?: PhraseStep): EntityType {
  const lower = phrase?.phrase ?? name.toLowerCase();
  const entry: NameEntry = phrase ?? entryOf(lower, gazetteer);
  switch (conllType) {
    case 'PER':
      return entry.country !== undefined || entry.capitalOf !== undefined ? 'GPE' : 'PERSON';
    case 'ORG':
      return entry.country !== undefined ? 'GPE' : 'ORG';
    case 'LOC':
      return (entry.kinds & PLACE_KINDS) !== 0 ? 'GPE' : 'LOC';
    default:
      if ((entry.kinds & DEMONYM) !== 0 || lexicons.groups.has(lower)) return 'NORP';
      if (entry.country !== undefined || entry.capitalOf !== undefined) return 'GPE';
      return lexicons.eventHeads.has(lower.slice(lower.lastIndexOf(' ') + 1)) ? 'EVENT' : 'OTHER';
  }
}

/**
 * How many tokens after `last` continue the name as a facility head ("Bridge", "nuclear power
 * plant"), or 0; -1 when the name already ends with a head.
 */
export function facilityHead(words: SentenceWords, first: number, last: number, lexicons: MentionLexicons): number {
  if ((classesAt(words, last + 1, lexicons) & CLASSES.facilityFirst) !== 0) {
    for (const head of lexicons.facilities) {
      if (matchesAt(words, last + 1, head)) return head.length;
    }
  }
  if ((classesAt(words, last, lexicons) & CLASSES.facilityLast) === 0) return 0;
  for (const head of lexicons.facilities) {
    const from = last - head.length + 1;
    if (from > first && matchesAt(words, from, head)) return -1;
  }
  return 0;
}

function matchesAt(words: SentenceWords, from: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset += 1) {
    if (words.tokens[from + offset] === undefined || lowerAt(words, from + offset) !== phrase[offset]) return false;
  }
  return true;
}

/**
 * The country a capital stands for at this place ("Minsk said", "Moscow's pressure"), or
 * undefined when the capital is just a place ("in Minsk"); `phrase` as in {@link entityType}.
 */
export function capitalStandsFor(
  words: SentenceWords,
  last: number,
  name: string,
  gazetteer: NerGazetteer,
  lexicons: MentionLexicons,
  phrase?: PhraseStep,
): string | undefined {
  const country = phrase === undefined ? gazetteer.capitals.get(name.toLowerCase()) : phrase.capitalOf;
  if (country === undefined) return undefined;
  let index = last + 1;
  if (words.tokens[index] !== undefined && (traitsAt(words, index) & TRAITS.possessive) !== 0) {
    for (let look = index + 1; look <= index + 3 && look < words.tokens.length; look += 1) {
      if ((classesAt(words, look, lexicons) & CLASSES.governmentNoun) !== 0) return country;
    }
    return undefined;
  }
  while ((classesAt(words, index, lexicons) & CLASSES.auxiliary) !== 0) index += 1;
  return (classesAt(words, index, lexicons) & CLASSES.governmentVerb) !== 0 ? country : undefined;
}
