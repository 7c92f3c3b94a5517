/**
 * The words that mark page furniture in HTML (data/lexicons/html-boilerplate.json), read once
 * (lazily) and cached. A malformed file is an error naming the file, not a silent empty list.
 */
import { readFileSync } from 'node:fs';

/** Page-furniture signals of HTML pages. */
export interface HtmlBoilerplateLexicon {
  /** Single class or id words that name a box that is never article text. */
  readonly classWords: ReadonlySet<string>;
  /** Runs of adjacent class or id words (joined by one space) that do. */
  readonly classPhrases: readonly string[];
  /** Class or id words of embedded content, which is never furniture. */
  readonly keepWords: ReadonlySet<string>;
  /** Lower-case tag names of site chrome. */
  readonly chromeTags: ReadonlySet<string>;
  /** ARIA roles of site chrome. */
  readonly chromeRoles: ReadonlySet<string>;
  /** Folded labels that open a list of other stories. */
  readonly teaserLabels: ReadonlySet<string>;
}

const LEXICON_FILE = new URL('../../../data/lexicons/html-boilerplate.json', import.meta.url);
let cached: HtmlBoilerplateLexicon | undefined;

function stringList(record: Record<string, unknown>, key: string): string[] {
  const value = record[key];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw new Error(`data/lexicons/html-boilerplate.json: "${key}" must be a list of strings`);
  }
  return value.map((item) => item.toLowerCase());
}

/** The HTML boilerplate lexicon (read on first use). */
export function htmlBoilerplateLexicon(): HtmlBoilerplateLexicon {
  if (cached !== undefined) return cached;
  const parsed: unknown = JSON.parse(readFileSync(LEXICON_FILE, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('data/lexicons/html-boilerplate.json must hold a JSON object');
  const record = parsed as Record<string, unknown>;
  cached = {
    classWords: new Set(stringList(record, 'classWords')),
    classPhrases: stringList(record, 'classPhrases'),
    keepWords: new Set(stringList(record, 'keepWords')),
    chromeTags: new Set(stringList(record, 'chromeTags')),
    chromeRoles: new Set(stringList(record, 'chromeRoles')),
    teaserLabels: new Set(stringList(record, 'teaserLabels')),
  };
  return cached;
}
