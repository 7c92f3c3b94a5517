/**
 * The outlet named by a feed's title. Feeds often add a section to the outlet's name ("Coastline
 * Gazette - World", "World news | The Outlet", "Outlet > Top Stories"); the outlet is the part the
 * site's address spells, else the one part that is not made of section words
 * (data/lexicons/feed-sections.json), else the first part.
 */
import { readFileSync } from 'node:fs';

const LEXICON_FILE = new URL('../../../data/lexicons/feed-sections.json', import.meta.url);
/** Note: a colon is left out, as outlets use it in their own names ("Name: The Magazine"). */
const TITLE_SEPARATOR = /\s+[-–—|>»•]\s+|\s+::\s+/u;
const NOT_LETTER = /[^\p{L}\p{N}]+/gu;
const LEADING_ARTICLE = /^the\s+/iu;
const MIN_HOST_MATCH = 4;
const WHITE_SPACE = /\s+/u;

let sectionWords: ReadonlySet<string> | undefined;

/** The section words, loaded once. */
function sections(): ReadonlySet<string> {
  if (sectionWords === undefined) {
    const data: unknown = JSON.parse(readFileSync(LEXICON_FILE, 'utf8'));
    const words: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'words') : undefined;
    if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) throw new TypeError('lexicon feed-sections.words: expected a list of strings');
    sectionWords = new Set(words.map((word: string) => word.toLowerCase()));
  }
  return sectionWords;
}

function compact(text: string): string {
  return text.replace(LEADING_ARTICLE, '').toLowerCase().replace(NOT_LETTER, '');
}

function hostOf(siteUrl: string | null): string | null {
  if (siteUrl === null || !URL.canParse(siteUrl)) return null;
  return compact(new URL(siteUrl).hostname);
}

function isSection(part: string, words: ReadonlySet<string>): boolean {
  const tokens = part.toLowerCase().split(WHITE_SPACE).filter((token) => token.length > 0);
  return tokens.length > 0 && tokens.every((token) => words.has(token));
}

/**
 * The outlet a feed title names.
 * @param title the channel or feed title
 * @param siteUrl the feed's site link, when it has one (optional; default: none)
 */
export function outletFromFeedTitle(title: string, siteUrl: string | null = null): string {
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter((part) => part.length > 0);
  if (parts.length < 2) return title.trim();
  const host = hostOf(siteUrl);
  if (host !== null) {
    const spelt = parts.filter((part) => compact(part).length >= MIN_HOST_MATCH && host.includes(compact(part)));
    const longest = spelt.sort((a, b) => compact(b).length - compact(a).length)[0];
    if (longest !== undefined) return longest;
  }
  const words = sections();
  const named = parts.filter((part) => !isSection(part, words));
  return named.length === 1 && named[0] !== undefined ? named[0] : (parts[0] ?? title.trim());
}
