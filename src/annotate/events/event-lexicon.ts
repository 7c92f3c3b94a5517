/**
 * The event lexicons, loaded once: triggers (data/lexicons/event-triggers.json) indexed by their
 * first word with generated inflections, blocker phrases, the type taxonomy, and modality cues
 * (data/lexicons/modality-cues.json).
 */
import { readFileSync } from 'node:fs';

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
  readonly rolePhrases: ReadonlyMap<string, readonly { readonly tokens: readonly string[]; readonly role: RoleClass }[]>;
  readonly compounds: readonly CompoundTrigger[];
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
    const rolePhrases = ROLE_CLASSES.flatMap((role) => roles[role].map((phrase) => ({ tokens: phrase.toLowerCase().split(SPACE), role })));
    lexicon = {
      types: new Map(Object.entries(data.types)),
      byFirstToken: index(triggers, (trigger) => trigger.tokens),
      blockers: index(blockers, (tokens) => tokens),
      roles,
      rolePhrases: index(rolePhrases, (item) => item.tokens),
      compounds: data.compounds.rules,
      cues: {
        negation: new Set(cues.negation),
        denial: cues.denial,
        threat: cues.threat,
        modal: new Set(cues.modal),
        condition: cues.condition,
        plan: cues.plan,
        background: cues.background,
      },
    };
  }
  return lexicon;
}
