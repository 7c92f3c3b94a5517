/**
 * The word lists the clean rules use, read from `data/lexicons/` once (lazily) and cached.
 * A malformed file is an error with the file's name, not a silent empty list.
 */
import { readFileSync } from 'node:fs';

/** Page-furniture phrases (data/lexicons/boilerplate.json). */
export interface BoilerplateLexicon {
  /** Longest line (in words) a `contains` phrase may remove. */
  readonly maxWords: number;
  /** Longest line (in words) a `prefixes` phrase may remove. */
  readonly maxPrefixWords: number;
  /** Folded whole line -> reason. */
  readonly lines: ReadonlyMap<string, string>;
  /** Reason -> line openings. */
  readonly prefixes: ReadonlyMap<string, readonly string[]>;
  /** Reason -> phrases found anywhere in a short line. */
  readonly contains: ReadonlyMap<string, readonly string[]>;
  /** Reason -> line endings (a call to action closing a box). */
  readonly suffixes: ReadonlyMap<string, readonly string[]>;
  /** Words of a newsletter box's heading. */
  readonly boxHeadings: readonly string[];
  /** Headers that open a list of other stories. */
  readonly listHeaders: ReadonlySet<string>;
  /** Most words of a list header ending with a colon ("Related coverage from NAME:"). */
  readonly maxListHeaderWords: number;
  /** Shortest run of short capitalised lines taken for a menu. */
  readonly menuRun: number;
  /** Most words a menu item has. */
  readonly menuWords: number;
}

/** Caption signals (data/lexicons/captions.json). */
export interface CaptionLexicon {
  readonly phrases: ReadonlyMap<string, number>;
  readonly maxPhraseScore: number;
  readonly parentheticals: readonly string[];
  readonly presentVerbs: ReadonlySet<string>;
  /** Speech and reporting verbs ("said", "according to"): a line that reports speech is news. */
  readonly reportingWords: readonly string[];
  /** Auxiliaries, modals and common irregular past forms, for telling a verbless caption. */
  readonly finiteVerbs: ReadonlySet<string>;
  readonly months: readonly string[];
  readonly weekdays: readonly string[];
}

/** Photo credit words (data/lexicons/photo-credits.json). */
export interface CreditLexicon {
  readonly agencies: ReadonlySet<string>;
  readonly labels: readonly string[];
  /** Labels that may close a caption line ("... harbour. Photo: NAME/Agency"). */
  readonly inlineLabels: readonly string[];
}

const LEXICON_FOLDER = new URL('../../data/lexicons/', import.meta.url);
let boilerplate: BoilerplateLexicon | undefined;
let captions: CaptionLexicon | undefined;
let credits: CreditLexicon | undefined;

function readJson(name: string): Record<string, unknown> {
  const url = new URL(name, LEXICON_FOLDER);
  const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new TypeError(`lexicon ${name}: not a JSON object`);
  return { ...parsed };
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new TypeError(`lexicon ${where}: expected a list of strings`);
  return value.map((item: string) => item.toLowerCase());
}

function stringLists(value: unknown, where: string): Map<string, string[]> {
  if (typeof value !== 'object' || value === null) throw new TypeError(`lexicon ${where}: expected an object of lists`);
  return new Map(Object.entries(value).map(([key, list]) => [key, strings(list, `${where}.${key}`)]));
}

function numberOf(value: unknown, where: string): number {
  if (typeof value !== 'number') throw new TypeError(`lexicon ${where}: expected a number`);
  return value;
}

/** The boilerplate lexicon. */
export function boilerplateLexicon(): BoilerplateLexicon {
  boilerplate ??= loadBoilerplate();
  return boilerplate;
}

function loadBoilerplate(): BoilerplateLexicon {
  const data = readJson('boilerplate.json');
  const lines = new Map<string, string>();
  for (const [reason, list] of stringLists(data.lines, 'boilerplate.lines')) for (const line of list) lines.set(line, reason);
  return {
    maxWords: numberOf(data.maxWords, 'boilerplate.maxWords'),
    maxPrefixWords: numberOf(data.maxPrefixWords, 'boilerplate.maxPrefixWords'),
    lines,
    prefixes: stringLists(data.prefixes, 'boilerplate.prefixes'),
    contains: stringLists(data.contains, 'boilerplate.contains'),
    suffixes: stringLists(data.suffixes, 'boilerplate.suffixes'),
    boxHeadings: strings(data.boxHeadings, 'boilerplate.boxHeadings'),
    listHeaders: new Set(strings(data.listHeaders, 'boilerplate.listHeaders')),
    maxListHeaderWords: numberOf(data.maxListHeaderWords, 'boilerplate.maxListHeaderWords'),
    menuRun: numberOf(data.menuRun, 'boilerplate.menuRun'),
    menuWords: numberOf(data.menuWords, 'boilerplate.menuWords'),
  };
}

/** The caption lexicon. */
export function captionLexicon(): CaptionLexicon {
  captions ??= loadCaptions();
  return captions;
}

function loadCaptions(): CaptionLexicon {
  const data = readJson('captions.json');
  const phrases = new Map<string, number>();
  if (typeof data.phrases !== 'object' || data.phrases === null) throw new TypeError('lexicon captions.phrases: expected an object');
  for (const [phrase, weight] of Object.entries(data.phrases)) phrases.set(phrase.toLowerCase(), numberOf(weight, `captions.phrases.${phrase}`));
  return {
    phrases,
    maxPhraseScore: numberOf(data.maxPhraseScore, 'captions.maxPhraseScore'),
    parentheticals: strings(data.parentheticals, 'captions.parentheticals'),
    presentVerbs: new Set(strings(data.presentVerbs, 'captions.presentVerbs')),
    reportingWords: strings(data.reportingWords, 'captions.reportingWords'),
    finiteVerbs: new Set(strings(data.finiteVerbs, 'captions.finiteVerbs')),
    months: strings(data.months, 'captions.months'),
    weekdays: strings(data.weekdays, 'captions.weekdays'),
  };
}

/** The photo credit lexicon. */
export function creditLexicon(): CreditLexicon {
  credits ??= loadCredits();
  return credits;
}

function loadCredits(): CreditLexicon {
  const data = readJson('photo-credits.json');
  return {
    agencies: new Set(strings(data.agencies, 'photo-credits.agencies')),
    labels: strings(data.labels, 'photo-credits.labels'),
    inlineLabels: strings(data.inlineLabels, 'photo-credits.inlineLabels'),
  };
}
