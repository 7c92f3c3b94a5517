/**
 * The event lexicons, loaded once: triggers (data/lexicons/event-triggers.json) indexed by their
 * first word with generated inflections, blocker phrases, the type taxonomy, and modality cues
 * (data/lexicons/modality-cues.json).
 */
import { readFileSync } from 'node:fs';
import { wordIndex, type WordIndex } from '../tokens/word-index.js';

const TRIGGERS_FILE = new URL('../../../data/lexicons/event-triggers.json', import.meta.url);
const CUES_FILE = new URL('../../../data/lexicons/modality-cues.json', import.meta.url);
const SPACE = /\s+/u;
const CONSONANT_Y = /[^aeiou]y$/u;
const SHORT_CLOSED = /[^aeiou][aeiou][bdgmnprt]$/u;

/** One entry of the taxonomy. */
export interface EventTypeInfo {
  readonly cameo: string | null;
  readonly plover: string | null;
  readonly description: string;
}

/** A trigger phrase as tokens, with what it signals. */
export interface Trigger {
  /** Lower-case tokens of one surface form. */
  readonly tokens: readonly string[];
  readonly type: string;
  /** Finer type for the ACLED mapping (optional). */
  readonly subtype?: string;
  readonly weight: number;
}

/** Modality cue lists. */
export interface ModalityCues {
  readonly negation: ReadonlySet<string>;
  readonly denial: readonly string[];
  readonly threat: readonly string[];
  readonly modal: ReadonlySet<string>;
  readonly condition: readonly string[];
  readonly plan: readonly string[];
  /** Phrases that make the event after them the cause or setting of another ("in response to"). */
  readonly background: readonly string[];
}

/** A role phrase as tokens with its class. */
export interface RolePhrase {
  readonly tokens: readonly string[];
  readonly role: RoleClass;
}

/** What the lexicon holds for one first word (each list longest first, possibly empty). */
export interface LexiconWord {
  readonly triggers: readonly Trigger[];
  readonly blockers: readonly (readonly string[])[];
  readonly roles: readonly RolePhrase[];
  /** Whether a trigger or a role phrase of a compound's cue class starts with the word: a sentence without one holds no event. */
  readonly startsEvent: boolean;
  /** Whether a role phrase of a compound's cue class starts with the word. */
  readonly startsCompound: boolean;
  /** Whether a trigger, a blocker or a role phrase starts with the word. */
  readonly startsPhrase: boolean;
  /** The modality cue classes of the word ({@link CUE_NEGATION}, {@link CUE_MODAL}, and {@link CUE_PHRASE} shifted by the phrase list), as bits. */
  readonly cueBits: number;
}

/** Cue bit of a negation ("not", "never"). */
export const CUE_NEGATION = 1;
/** Cue bit of a modal ("would"). */
export const CUE_MODAL = 2;
/** Cue bit of the first word of a phrase of the first list of {@link CUE_PHRASE_LISTS}; the next lists take the next bits. */
export const CUE_PHRASE = 4;
/** The modality phrase lists, in the order of their bits from {@link CUE_PHRASE}. */
export const CUE_PHRASE_LISTS = ['denial', 'threat', 'condition', 'plan'] as const;

/** One modality phrase list, by the first word of its phrases. */
export interface CuePhrases {
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Note: the empty phrase is found in an empty run of words only, as a joined text compares it. */
  readonly hasEmpty: boolean;
}

/** The modality cues as words: each word's cue bits, and each phrase list by first word (in the order of {@link CUE_PHRASE_LISTS}). */
export interface CueWords {
  readonly bits: ReadonlyMap<string, number>;
  readonly phrases: readonly CuePhrases[];
}

/** The loaded event lexicon. */
export interface EventLexicon {
  readonly types: ReadonlyMap<string, EventTypeInfo>;
  /** Triggers keyed by their first token, longest first. */
  readonly byFirstToken: ReadonlyMap<string, readonly Trigger[]>;
  /** Blocker phrases as token lists, keyed by first token. */
  readonly blockers: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly cues: ModalityCues;
  /** Participant and circumstance words (lower-case phrases) that refine subtypes. */
  readonly roles: EventRoles;
  /** Role phrases as token lists, keyed by first token. */
  readonly rolePhrases: ReadonlyMap<string, readonly RolePhrase[]>;
  readonly compounds: readonly CompoundTrigger[];
  /** Triggers, blockers and role phrases together by first token: one look-up per token. */
  readonly byWord: ReadonlyMap<string, LexiconWord>;
  /** `byWord` as an index looked up in the lower-cased text, without cutting a token out. */
  readonly wordIndex: WordIndex<LexiconWord>;
  readonly cueWords: CueWords;
}

/** The word classes of the evidence model (data/lexicons/event-triggers.json, `roles`). */
export const ROLE_CLASSES = [
  'stateForces',
  'nonStateActors',
  'civilians',
  'violence',
  'militaryTargets',
  'protesters',
  'protestViolence',
  'protestForce',
  'protestIntervention',
  'aircraft',
  'weapons',
  'seizure',
  'territory',
  'peacefulTransfer',
  'reporting',
  'industrial',
  'blast',
  'takeover',
] as const;

/** One word class of the evidence model. */
export type RoleClass = (typeof ROLE_CLASSES)[number];

/** Participant, target and circumstance words (lower-case phrases), by class. */
export type EventRoles = Readonly<Record<RoleClass, readonly string[]>>;

/** Two word classes near each other that make an event on the `cue` word. */
export interface CompoundTrigger {
  readonly cue: RoleClass;
  readonly with: RoleClass;
  /** How many tokens apart the two words may stand, either order. */
  readonly window: number;
  readonly type: string;
  readonly subtype?: string;
  readonly weight: number;
}

interface TriggerEntry {
  phrase: string;
  inflect: 'verb' | 'noun' | 'none';
  type: string;
  subtype?: string;
  weight: number;
  forms?: string[];
}

interface TriggersFile {
  types: Record<string, EventTypeInfo>;
  triggers: TriggerEntry[];
  blockers: string[];
  roles: Partial<Record<RoleClass, string[]>>;
  compounds: { rules: CompoundTrigger[] };
}

interface CuesFile {
  negation: string[];
  denial: string[];
  threat: string[];
  modal: string[];
  condition: string[];
  plan: string[];
  background: string[];
}

/** Inflected forms of a word: verbs get -s/-ed/-ing, nouns a plural (over-generation is harmless). */
export function inflections(word: string, kind: 'verb' | 'noun'): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`]);
  if (CONSONANT_Y.test(word)) forms.add(`${word.slice(0, -1)}ies`);
  if (kind === 'verb') {
    const stem = word.endsWith('e') ? word.slice(0, -1) : word;
    forms.add(`${stem}ed`);
    forms.add(`${stem}ing`);
    if (CONSONANT_Y.test(word)) forms.add(`${word.slice(0, -1)}ied`);
    if (SHORT_CLOSED.test(word)) {
      const last = word.charAt(word.length - 1);
      forms.add(`${word}${last}ed`);
      forms.add(`${word}${last}ing`);
    }
  }
  return [...forms];
}

function surfaceForms(entry: TriggerEntry): string[][] {
  const words = entry.phrase.toLowerCase().split(SPACE);
  const forms: string[][] = [words];
  if (entry.inflect !== 'none') {
    const index = entry.inflect === 'verb' ? 0 : words.length - 1;
    for (const form of inflections(words[index] ?? '', entry.inflect)) forms.push(words.map((word, position) => (position === index ? form : word)));
  }
  for (const form of entry.forms ?? []) forms.push(form.toLowerCase().split(SPACE));
  return forms;
}

function index<T extends { readonly tokens: readonly string[] } | readonly string[]>(items: readonly T[], tokensOf: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = tokensOf(item)[0] ?? '';
    const list = map.get(first) ?? [];
    list.push(item);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => tokensOf(b).length - tokensOf(a).length);
  return map;
}

let lexicon: EventLexicon | undefined;

const NONE: readonly never[] = [];

function cueWordsOf(cues: ModalityCues): CueWords {
  const bits = new Map<string, number>();
  const mark = (word: string, bit: number): void => {
    bits.set(word, (bits.get(word) ?? 0) | bit);
  };
  for (const word of cues.negation) mark(word, CUE_NEGATION);
  for (const word of cues.modal) mark(word, CUE_MODAL);
  const phrases = CUE_PHRASE_LISTS.map((list, position): CuePhrases => {
    const byFirst = new Map<string, (readonly string[])[]>();
    for (const phrase of cues[list]) {
      // Note: words hold no space, so a phrase is found exactly where its space-separated words follow each other.
      const words = phrase.split(' ');
      const first = words[0] ?? '';
      byFirst.set(first, [...(byFirst.get(first) ?? []), words]);
      mark(first, CUE_PHRASE << position);
    }
    return { byFirst, hasEmpty: cues[list].includes('') };
  });
  return { bits, phrases };
}

/**
 * The list without the items whose key an earlier item has. Note: at each position the first
 * matching trigger wins, and a role class or blocked span is taken once, so a later item with
 * the same tokens (and role) can never change a match: dropping it only saves its comparisons.
 */
function firstOfEach<T>(items: readonly T[], key: (item: T) => string): readonly T[] {
  const seen = new Set<string>();
  const kept = items.filter((item) => {
    const itemKey = key(item);
    if (seen.has(itemKey)) return false;
    seen.add(itemKey);
    return true;
  });
  return kept.length === items.length ? items : kept;
}

function byWord(triggers: ReadonlyMap<string, readonly Trigger[]>, blockers: ReadonlyMap<string, readonly (readonly string[])[]>, roles: ReadonlyMap<string, readonly RolePhrase[]>, compounds: readonly CompoundTrigger[], cueBits: ReadonlyMap<string, number>): Map<string, LexiconWord> {
  const cueClasses = new Set(compounds.map((rule) => rule.cue));
  const words = new Map<string, LexiconWord>();
  for (const word of new Set([...triggers.keys(), ...blockers.keys(), ...roles.keys(), ...cueBits.keys()])) {
    const wordTriggers = triggers.get(word) ?? NONE;
    const wordRoles = roles.get(word) ?? NONE;
    words.set(word, {
      triggers: firstOfEach(wordTriggers, (trigger) => trigger.tokens.join(' ')),
      blockers: firstOfEach(blockers.get(word) ?? NONE, (tokens) => tokens.join(' ')),
      roles: firstOfEach(wordRoles, (phrase) => `${phrase.role} ${phrase.tokens.join(' ')}`),
      startsEvent: wordTriggers.length > 0 || wordRoles.some((phrase) => cueClasses.has(phrase.role)),
      startsCompound: wordRoles.some((phrase) => cueClasses.has(phrase.role)),
      startsPhrase: wordTriggers.length > 0 || wordRoles.length > 0 || (blockers.get(word) ?? NONE).length > 0,
      cueBits: cueBits.get(word) ?? 0,
    });
  }
  return words;
}

/** The event lexicon, read from disk on first use. */
export function getEventLexicon(): EventLexicon {
  if (lexicon === undefined) {
    const data = JSON.parse(readFileSync(TRIGGERS_FILE, 'utf8')) as TriggersFile;
    const cues = JSON.parse(readFileSync(CUES_FILE, 'utf8')) as CuesFile;
    const triggers: Trigger[] = [];
    for (const entry of data.triggers) {
      for (const tokens of surfaceForms(entry)) {
        triggers.push({ tokens, type: entry.type, weight: entry.weight, ...(entry.subtype === undefined ? {} : { subtype: entry.subtype }) });
      }
    }
    const blockers = data.blockers.map((phrase) => phrase.toLowerCase().split(SPACE));
    const roles = Object.fromEntries(ROLE_CLASSES.map((role) => [role, data.roles[role] ?? []])) as Record<RoleClass, string[]>;
    const rolePhrases = ROLE_CLASSES.flatMap((role) => roles[role].map((phrase): RolePhrase => ({ tokens: phrase.toLowerCase().split(SPACE), role })));
    const byFirstToken = index(triggers, (trigger) => trigger.tokens);
    const blockerIndex = index(blockers, (tokens) => tokens);
    const roleIndex = index(rolePhrases, (item) => item.tokens);
    const modality: ModalityCues = {
      negation: new Set(cues.negation),
      denial: cues.denial,
      threat: cues.threat,
      modal: new Set(cues.modal),
      condition: cues.condition,
      plan: cues.plan,
      background: cues.background,
    };
    const cueWords = cueWordsOf(modality);
    const words = byWord(byFirstToken, blockerIndex, roleIndex, data.compounds.rules, cueWords.bits);
    lexicon = {
      types: new Map(Object.entries(data.types)),
      byFirstToken,
      blockers: blockerIndex,
      roles,
      rolePhrases: roleIndex,
      compounds: data.compounds.rules,
      byWord: words,
      wordIndex: wordIndex(words),
      cueWords,
      cues: modality,
    };
  }
  return lexicon;
}
