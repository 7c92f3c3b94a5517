/**
 * Lines about the author rather than the news: a bio ("NAME is a ... writer for the OUTLET"), a
 * "Follow NAME on Twitter" line and a byline ("By NAME"). Each leaves the body; what it tells
 * (author, outlet) fills doc.meta when still unknown, with basis 'text'.
 */
import { readFileSync } from 'node:fs';
import type { NewsDoc } from '../model/news-doc.js';
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { type Line, contentLines, removeLine, wordsOf } from './line-units.js';

/** Roles and networks (data/lexicons/author-lines.json). */
export interface AuthorLexicon {
  readonly roles: ReadonlySet<string>;
  readonly networks: ReadonlySet<string>;
  /** Words that make a byline part a desk or outlet, not a person ("Caucasus Desk"). */
  readonly bylineTails: ReadonlySet<string>;
}

/** What an author line tells. */
export interface AuthorLine {
  readonly reason: 'author bio' | 'follow prompt' | 'byline';
  /** The author named, or null for a byline that names only a desk or an outlet ("By Harbour Desk"). */
  readonly author: string | null;
  readonly outlet: string | null;
}

const LEXICON_FILE = new URL('../../data/lexicons/author-lines.json', import.meta.url);
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|bin|al|da|del|le)){1,3}`;
const OUTLET = String.raw`(?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|and|&|the|on))*`;
const BIO = new RegExp(String.raw`^(${NAME}) is (?:a|an|the) ([^.;]{1,160})`, 'u');
const BEAT = new RegExp(String.raw`^(${NAME}) (?:covers|reports on|reports from|writes about|writes on|has covered|has reported on) ([^;]{1,200})$`, 'u');
const OUTLET_AT_END = new RegExp(String.raw` (?:for|at) (${OUTLET})\.?$`, 'u');
const OUTLET_AFTER_ROLE = new RegExp(String.raw`^(?:for|at|with|on) (${OUTLET})`, 'u');
const FOLLOW = /^(?:you can )?follow (.+?) on ([\p{L}.]+)\b(.*)$/iu;
const PERSONAL_TAIL = /^(?: here)?(?:[:,-]? @\w+|[:,-]@\w+)?\.?$/u;
const BYLINE = new RegExp(String.raw`^(?:By|BY) (${NAME}(?:(?: and | & |, )${NAME})*)(?=$|[,|]|\s+[-–—]\s)`, 'u');
/** "NAME, Agency Political Writer": a name, a comma, then capitalised words ending in a role. */
const NAME_ROLE = new RegExp(String.raw`^(${NAME}), ((?:\p{Lu}[\p{L}.'’-]*|of|for|and|&)(?: (?:\p{Lu}[\p{L}.'’-]*|of|for|and|&)){0,5})$`, 'u');
const PERSON_NAME = new RegExp(String.raw`^${NAME}$`, 'u');
const OUTLET_NAME = new RegExp(String.raw`^${OUTLET}$`, 'u');
const BYLINE_PART_SEPARATOR = /, | and | & /u;
const TRAILING_CONNECTOR = /(?: (?:of|and|&|the|on))+$/u;
const TRAILING_DOT = /\.$/u;
const TRAILING_PUNCTUATION = /[,:]$/u;
const EDGE_LINES = 3;
const MAX_BIO_WORDS = 70;
const MAX_SHORT_WORDS = 16;
const ROLE_WORDS = 2;

let lexicon: AuthorLexicon | undefined;

/** The author-line lexicon, loaded once. */
export function authorLexicon(): AuthorLexicon {
  if (lexicon === undefined) {
    const data: unknown = JSON.parse(readFileSync(LEXICON_FILE, 'utf8'));
    const list = (key: string): string[] => {
      const value: unknown = typeof data === 'object' && data !== null && key in data ? Reflect.get(data, key) : undefined;
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new TypeError(`lexicon author-lines.${key}: expected a list of strings`);
      return value.map((item: string) => item.toLowerCase());
    };
    lexicon = { roles: new Set(list('roles')), networks: new Set(list('networks')), bylineTails: new Set(list('bylineTails')) };
  }
  return lexicon;
}

function cleanOutlet(outlet: string | undefined): string | null {
  if (outlet === undefined) return null;
  const trimmed = outlet.replace(TRAILING_DOT, '').replace(TRAILING_CONNECTOR, '').trim();
  if (trimmed.length === 0) return null;
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** After "NAME is a": find the first role noun; the outlet, when named, follows it ("writer for the Outlet"). */
function readRole(phrase: string, roles: ReadonlySet<string>): { outlet: string | null } | null {
  const words = phrase.split(' ');
  for (let end = 1; end <= words.length; end += 1) {
    const found = [1, ROLE_WORDS].some((size) => end >= size && roles.has(words.slice(end - size, end).join(' ').toLowerCase().replace(TRAILING_PUNCTUATION, '')));
    if (found) return { outlet: cleanOutlet(OUTLET_AFTER_ROLE.exec(words.slice(end).join(' '))?.[1]) };
  }
  return null;
}

/**
 * The people a byline names: its parts ("A, B and C") less those that name a desk, a bureau or an
 * outlet ("By NAME, Caucasus Desk" gives NAME), or null when no person is left.
 */
function bylineAuthors(names: string, words: AuthorLexicon): string | null {
  const people = names.split(BYLINE_PART_SEPARATOR).filter((part) => {
    const lower = part.toLowerCase().split(' ');
    return !lower.some((word) => words.bylineTails.has(word) || words.roles.has(word));
  });
  return people.length > 0 ? people.join(', ') : null;
}

/** Whether a phrase ends with a role noun of the lexicon ("Ap National Security Writer"). */
function endsWithRole(phrase: string, roles: ReadonlySet<string>): boolean {
  const words = phrase.toLowerCase().split(' ');
  return [1, ROLE_WORDS].some((size) => words.length >= size && roles.has(words.slice(-size).join(' ')));
}

/**
 * Read a line as an author line, or null when it is not one.
 * @param text the line's text
 * @param atEdge whether the line is among the first or last lines of the article (bios and bylines sit there)
 * @param words the lexicon (optional; default: data/lexicons/author-lines.json)
 */
export function readAuthorLine(text: string, atEdge: boolean, words: AuthorLexicon = authorLexicon()): AuthorLine | null {
  const trimmed = text.trim();
  const count = wordsOf(trimmed).length;
  const follow = FOLLOW.exec(trimmed);
  if (follow !== null && count <= MAX_SHORT_WORDS && words.networks.has((follow[2] ?? '').toLowerCase())) {
    const name = (follow[1] ?? '').trim();
    // Note: "Follow NAME on X for more updates" is an outlet's promo; a person's line ends at the handle.
    const personal = PERSONAL_TAIL.test(follow[3] ?? '');
    const outlet = OUTLET_NAME.test(name) && words.bylineTails.has(name.split(' ').at(-1)?.toLowerCase() ?? '') ? name : null;
    if (outlet === null && PERSON_NAME.test(name) && personal) return { reason: 'follow prompt', author: name, outlet: null };
    // Note: an outlet's own prompt ("Follow the Harbour Times on LinkedIn for the latest") is furniture too, and names the outlet.
    return { reason: 'follow prompt', author: null, outlet };
  }
  if (!atEdge) return null;
  const byline = BYLINE.exec(trimmed);
  if (byline !== null && count <= MAX_SHORT_WORDS) return { reason: 'byline', author: bylineAuthors((byline[1] ?? '').trim(), words), outlet: null };
  const nameRole = NAME_ROLE.exec(trimmed);
  if (nameRole !== null && endsWithRole(nameRole[2] ?? '', words.roles)) return { reason: 'byline', author: nameRole[1] ?? '', outlet: null };
  const bio = BIO.exec(trimmed);
  if (bio !== null && count <= MAX_BIO_WORDS) {
    const role = readRole(bio[2] ?? '', words.roles);
    if (role !== null) return { reason: 'author bio', author: bio[1] ?? '', outlet: role.outlet };
  }
  // Note: "NAME covers security in the region for the OUTLET." is a bio without a job noun.
  const beat = BEAT.exec(trimmed);
  if (beat !== null && count <= MAX_BIO_WORDS) return { reason: 'author bio', author: beat[1] ?? '', outlet: cleanOutlet(OUTLET_AT_END.exec(trimmed)?.[1]) };
  return null;
}

function learn(doc: NewsDoc, found: AuthorLine): void {
  if (found.author !== null && doc.meta.author === null) {
    doc.meta.author = found.author;
    doc.meta.basis.author = 'text';
  }
  if (found.outlet !== null && doc.meta.outlet === null) {
    doc.meta.outlet = found.outlet;
    doc.meta.basis.outlet = 'text';
  }
}

function atEdge(lines: readonly Line[], position: number): boolean {
  return position < EDGE_LINES || position >= lines.length - EDGE_LINES - 1;
}

/** Remove bios, follow lines and bylines, learning author and outlet from them. */
export const removeAuthorLines: CleanRule = {
  kind: 'clean',
  name: 'clean/author-lines',
  propose: (doc) => {
    const text = doc.text;
    const lines = contentLines(text);
    const edits: CleanEdit[] = [];
    for (const [position, line] of lines.entries()) {
      const found = readAuthorLine(line.text, atEdge(lines, position));
      if (found === null) continue;
      learn(doc, found);
      edits.push(...removeLine(text, line, found.reason));
    }
    return edits;
  },
};
