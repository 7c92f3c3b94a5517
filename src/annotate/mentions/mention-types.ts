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
import { type NerToken } from './ner-tokens.js';

const PLACE_KINDS = kindBit('country') | kindBit('capital') | kindBit('city') | kindBit('region');
const POSSESSIVE = /^['‘’][sS]?$/u;

/** Map a CoNLL type and the mention's name to a sitrep entity type. */
export function entityType(conllType: string, name: string, gazetteer: NerGazetteer, lexicons: MentionLexicons): EntityType {
  const lower = name.toLowerCase();
  const kinds = gazetteer.phrases.get(lower) ?? 0;
  const lastWord = lower.slice(lower.lastIndexOf(' ') + 1);
  switch (conllType) {
    case 'PER':
      return gazetteer.countries.has(lower) || gazetteer.capitals.has(lower) ? 'GPE' : 'PERSON';
    case 'ORG':
      return gazetteer.countries.has(lower) ? 'GPE' : 'ORG';
    case 'LOC':
      return (kinds & PLACE_KINDS) !== 0 ? 'GPE' : 'LOC';
    default:
      if ((kinds & kindBit('demonym')) !== 0 || lexicons.groups.has(lower)) return 'NORP';
      if (gazetteer.countries.has(lower) || gazetteer.capitals.has(lower)) return 'GPE';
      return lexicons.eventHeads.has(lastWord) ? 'EVENT' : 'OTHER';
  }
}

/**
 * How many tokens after `last` continue the name as a facility head ("Bridge", "nuclear power
 * plant"), or 0; -1 when the name already ends with a head.
 */
export function facilityHead(tokens: readonly NerToken[], first: number, last: number, lexicons: MentionLexicons): number {
  const next = tokens[last + 1]?.text.toLowerCase() ?? '';
  if (lexicons.facilityFirstWords.has(next)) {
    for (const head of lexicons.facilities) {
      if (matchesAt(tokens, last + 1, head)) return head.length;
    }
  }
  if (!lexicons.facilityLastWords.has(tokens[last]?.text.toLowerCase() ?? '')) return 0;
  for (const head of lexicons.facilities) {
    const from = last - head.length + 1;
    if (from > first && matchesAt(tokens, from, head)) return -1;
  }
  return 0;
}

function matchesAt(tokens: readonly NerToken[], from: number, words: readonly string[]): boolean {
  for (let offset = 0; offset < words.length; offset += 1) {
    if (tokens[from + offset]?.text.toLowerCase() !== words[offset]) return false;
  }
  return true;
}

/**
 * The country a capital stands for at this place ("Minsk said", "Moscow's pressure"), or
 * undefined when the capital is just a place ("in Minsk").
 */
export function capitalStandsFor(
  tokens: readonly NerToken[],
  last: number,
  name: string,
  gazetteer: NerGazetteer,
  lexicons: MentionLexicons,
): string | undefined {
  const country = gazetteer.capitals.get(name.toLowerCase());
  if (country === undefined) return undefined;
  let index = last + 1;
  const next = tokens[index];
  if (next !== undefined && POSSESSIVE.test(next.text)) {
    for (let look = index + 1; look <= index + 3 && look < tokens.length; look += 1) {
      if (lexicons.governmentNouns.has(tokens[look]?.text.toLowerCase() ?? '')) return country;
    }
    return undefined;
  }
  while (lexicons.auxiliaries.has(tokens[index]?.text.toLowerCase() ?? '')) index += 1;
  return lexicons.governmentVerbs.has(tokens[index]?.text.toLowerCase() ?? '') ? country : undefined;
}
