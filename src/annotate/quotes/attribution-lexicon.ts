/**
 * The attribution lexicon: reporting cues learned from PolNeAR (data/lexicons/reporting-cues.json,
 * written by scripts/learn-cues.ts) and the hand-written word classes beside them
 * (data/lexicons/attribution-words.json). Loaded once, lazily, and cached.
 */
import { readFileSync } from 'node:fs';

const CUES_FILE = new URL('../../../data/lexicons/reporting-cues.json', import.meta.url);
const WORDS_FILE = new URL('../../../data/lexicons/attribution-words.json', import.meta.url);
/** A learned cue takes content without "that" when at least this share of its training contents followed it directly. */
const MIN_BARE_SHARE = 0.5;
const MIN_BARE_COUNT = 5;

/** Pronoun classes: a person ("he"), a group or institution ("it", "they"), the speaker's own side ("we"). */
export type PronounClass = 'person' | 'group' | 'self';

/** The attribution lexicon, ready for look-ups (all keys lower-case). */
export interface AttributionLexicon {
  /** Every cue form (a reporting verb in one inflection), learned or manual. */
  readonly cues: ReadonlySet<string>;
  /** Cue forms that may take reported content without "that" ("said the troops..."). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Learned cue forms whose content mostly follows them directly, with no "that" ("asked whether ...", "called it ..."). */
  readonly bareCues: ReadonlySet<string>;
  /** Nouns of speech events ("statement", "interview"), for cue extensions such as "said in a statement". */
  readonly speechNouns: readonly string[];
  /** Objects of "told" that belong to the cue ("told reporters"). */
  readonly objectWords: readonly string[];
  /** Words that may sit between a speaker and the cue ("has", "also"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Words of a time phrase between a speaker and the cue ("on Sunday"). */
  readonly temporalWords: ReadonlySet<string>;
  /** Words that end a time phrase ("Sunday", "week"): a run of temporal words is a time phrase only when it ends in one. */
  readonly timeNouns: ReadonlySet<string>;
  /** Words that end a speaker phrase when walking back from the cue. */
  readonly clauseStops: ReadonlySet<string>;
  /** Pronouns a speaker may be named by, with their class. */
  readonly pronouns: ReadonlyMap<string, PronounClass>;
  /** Determiners that may open a speaker phrase. */
  readonly determiners: ReadonlySet<string>;
  /** Common nouns that make a lower-case phrase a plausible speaker ("official", "ministry"). */
  readonly speakerNouns: ReadonlySet<string>;
  /** Nouns that make a speaker an institution or group rather than a person. */
  readonly groupWords: ReadonlySet<string>;
  /** Titles that make a speaker a person ("president", "mr"). */
  readonly personTitles: ReadonlySet<string>;
  /** Lower-case words a speaker phrase may hold: determiners, "of", speaker nouns, titles, group words and modifiers ("foreign", "deputy"). */
  readonly speakerWords: ReadonlySet<string>;
}

interface CuesFile {
  readonly verbs: readonly { form: string; source: string; count: number; bareShare?: number }[];
}

interface WordsFile {
  readonly speechVerbs: readonly string[];
  readonly speechNouns: readonly string[];
  readonly objectWords: readonly string[];
  readonly auxiliaries: readonly string[];
  readonly temporalWords: readonly string[];
  readonly timeNouns: readonly string[];
  readonly clauseStops: readonly string[];
  readonly pronouns: Record<string, PronounClass>;
  readonly determiners: readonly string[];
  readonly speakerNouns: readonly string[];
  readonly groupWords: readonly string[];
  readonly personTitles: readonly string[];
  readonly speakerModifiers: readonly string[];
}

let cached: AttributionLexicon | undefined;

/** The attribution lexicon (loaded on first use). */
export function getAttributionLexicon(): AttributionLexicon {
  if (cached !== undefined) return cached;
  const cues = JSON.parse(readFileSync(CUES_FILE, 'utf8')) as CuesFile;
  const words = JSON.parse(readFileSync(WORDS_FILE, 'utf8')) as WordsFile;
  cached = {
    cues: new Set(cues.verbs.map((verb) => verb.form).filter((form) => !form.includes(' '))),
    speechVerbs: new Set(words.speechVerbs),
    bareCues: new Set(cues.verbs.filter((verb) => verb.count >= MIN_BARE_COUNT && (verb.bareShare ?? 0) >= MIN_BARE_SHARE).map((verb) => verb.form)),
    speechNouns: words.speechNouns,
    objectWords: words.objectWords,
    auxiliaries: new Set(words.auxiliaries),
    temporalWords: new Set(words.temporalWords),
    timeNouns: new Set(words.timeNouns),
    clauseStops: new Set(words.clauseStops),
    pronouns: new Map(Object.entries(words.pronouns)),
    determiners: new Set(words.determiners),
    speakerNouns: new Set(words.speakerNouns),
    groupWords: new Set(words.groupWords),
    personTitles: new Set(words.personTitles),
    speakerWords: new Set(['of', ...words.determiners, ...words.speakerNouns, ...words.personTitles, ...words.groupWords, ...words.speakerModifiers]),
  };
  return cached;
}
