/**
 * What a photo credit looks like: a labelled credit ("Image: ...", "Photo by ..."), an agency alone
 * ("(Reuters)", "Getty Images"), a slash credit ("NAME/Agency", "NAME/AGENCY/AFP via Getty
 * Images", "Name Surname/Outlet"), or a copyright line ("© 2023 Outlet", "Image copyright
 * Agency"), Markdown emphasis around it allowed.
 */
import { type CreditLexicon, creditLexicon } from './clean-lexicons.js';
import { endsSentence, foldLine, wordsOf } from './line-units.js';

const MAX_CREDIT_WORDS = 16;
const SLASH = /\s*\/\s*/u;
const OUTER_BRACKETS = /^[([](.*)[)\]]\.?$/u;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s)/iu;
const LABELLED_COPYRIGHT = /^(?:image|photo|picture|media) copyright\s/iu;
const CREDIT_WORD = /^(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*|via|by|for|and|of|de|del|da|van|von|der|le|la|al|el|bin)$/u;
/** A brand written in camel case ("iStock"). */
const CAMEL_WORD = /^\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;
const DASH = /^[–—-]$/u;
const TRAILING_COMMA = /,$/u;
const UPPER_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const LABEL_SEPARATOR = /^\s*[:|–—-]\s*\S/u;
const LEADING_EMPHASIS = /^[*_]+/u;
const TRAILING_EMPHASIS = /[*_]+$/u;
const MAX_PART_WORDS = 6;
const MAX_OUTLET_WORDS = 3;

/** Whether a text is a known agency (folded). */
export function isAgency(part: string, lexicon: CreditLexicon = creditLexicon()): boolean {
  return lexicon.agencies.has(foldLine(part));
}

/** Whether a word may be part of a credit: capitalised, a camel-case brand, a known agency, a connector or a dash. */
export function isCreditWord(word: string, lexicon: CreditLexicon = creditLexicon()): boolean {
  const bare = word.replace(TRAILING_COMMA, '');
  return CREDIT_WORD.test(bare) || CAMEL_WORD.test(bare) || DASH.test(bare) || isAgency(bare, lexicon);
}

/**
 * "NAME/Agency", "NAME/AGENCY/AFP via Getty Images": capitalised parts between slashes, one an
 * agency, or the first an upper-case name, or a line that is only "Name Surname/Outlet".
 */
function isSlashCredit(text: string, lexicon: CreditLexicon): boolean {
  const parts = text.split(SLASH).map((part) => part.trim().split(' '));
  if (parts.length < 2) return false;
  if (!parts.every((words) => words.length > 0 && words.length <= MAX_PART_WORDS && words.every((word) => isCreditWord(word, lexicon)))) return false;
  const first = parts[0] ?? [];
  const upperName = first.length >= 2 && first.length <= 4 && first.every((word) => UPPER_WORD.test(word));
  // Note: a person's name then one outlet ("Ora Venn/Valley Herald") is a credit even with an outlet no list knows.
  const personThenOutlet = parts.length === 2 && first.length >= 2 && first.length <= 3 && first.every((word) => NAME_WORD.test(word)) && (parts[1]?.length ?? 0) <= MAX_OUTLET_WORDS;
  return upperName || personThenOutlet || parts.some((words) => isAgency(words.join(' '), lexicon));
}

function isLabelledCredit(text: string, lexicon: CreditLexicon): boolean {
  const lower = text.toLowerCase();
  return lexicon.labels.some((label) => {
    if (!lower.startsWith(label)) return false;
    const rest = text.slice(label.length);
    return label.endsWith(' by') ? rest.startsWith(' ') : LABEL_SEPARATOR.test(rest);
  });
}

/**
 * Whether a line is a photo credit.
 * @param line the line's text
 * @param lexicon agencies and labels (optional; default: data/lexicons/photo-credits.json)
 */
export function isPhotoCredit(line: string, lexicon: CreditLexicon = creditLexicon()): boolean {
  // Note: Markdown writes a credit under an image as emphasis ("*Photo: Outlet / NAME*").
  const trimmed = line.trim().replace(LEADING_EMPHASIS, '').replace(TRAILING_EMPHASIS, '').trim();
  const inner = (OUTER_BRACKETS.exec(trimmed)?.[1] ?? trimmed).trim();
  const words = wordsOf(inner).length;
  if (words === 0 || words > MAX_CREDIT_WORDS) return false;
  if (isAgency(inner, lexicon)) return true;
  if (COPYRIGHT.test(inner)) return true;
  if (LABELLED_COPYRIGHT.test(inner) && !endsSentence(inner)) return true;
  if (isLabelledCredit(inner, lexicon)) return true;
  return !endsSentence(inner) && isSlashCredit(inner, lexicon);
}
