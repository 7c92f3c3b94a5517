/**
 * Homoglyph repair (Unicode TR39 mixed-script detection). A word mixing Latin, Cyrillic and Greek
 * letters is disguised: its foreign letters become their look-alikes in the word's own script
 * (the script most of its letters are in; the document's main script on a tie), one character
 * for one, so the offset map stays exact. In a mostly Latin document that has disguised words, a
 * lone all-Cyrillic or all-Greek word made only of look-alikes between Latin words (a Cyrillic
 * "а" standing for the article "a") is repaired too; a run of such words (a real quoted Russian
 * sentence) is left alone, as is any text in a document with no disguised word.
 */
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { CHECKED_SCRIPTS, type CheckedScript, lookalikeIn, scriptOf } from './confusables.js';

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** A word of the text with the checked scripts of its letters. */
interface ScriptedWord {
  readonly start: number;
  readonly text: string;
  /** Letters per checked script. */
  readonly counts: ReadonlyMap<CheckedScript, number>;
}

/** One proposed word repair. */
export interface WordRepair {
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
  readonly scripts: readonly CheckedScript[];
}

function scriptCounts(word: string): Map<CheckedScript, number> {
  const counts = new Map<CheckedScript, number>();
  for (const character of word) {
    const script = scriptOf(character);
    if (script !== null) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

function dominant(counts: ReadonlyMap<CheckedScript, number>, tieBreak: CheckedScript): CheckedScript {
  let best: CheckedScript = tieBreak;
  let bestCount = counts.get(tieBreak) ?? 0;
  for (const [script, count] of counts) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}

/** Rewrite every letter not in `target` as its look-alike there; null when one has none. */
function rewrite(word: string, target: CheckedScript): { text: string; scripts: CheckedScript[] } | null {
  const scripts = new Set<CheckedScript>();
  let text = '';
  for (const character of word) {
    const script = scriptOf(character);
    if (script === null || script === target) {
      text += character;
      continue;
    }
    const lookalike = lookalikeIn(character, target);
    if (lookalike === null) return null;
    scripts.add(script);
    text += lookalike;
  }
  return { text, scripts: [...scripts].sort() };
}

function repairOf(word: ScriptedWord, targets: readonly CheckedScript[]): WordRepair | null {
  for (const target of targets) {
    const result = rewrite(word.text, target);
    if (result !== null && result.text !== word.text) {
      return { start: word.start, end: word.start + word.text.length, before: word.text, after: result.text, scripts: result.scripts };
    }
  }
  return null;
}

/**
 * Find the disguised words of a text and their repairs.
 * @param text the text to check
 */
export function findHomoglyphRepairs(text: string): WordRepair[] {
  const words: ScriptedWord[] = [...text.matchAll(WORD)].map((match) => ({ start: match.index, text: match[0], counts: scriptCounts(match[0]) }));
  const totals = new Map<CheckedScript, number>();
  for (const word of words) for (const [script, count] of word.counts) totals.set(script, (totals.get(script) ?? 0) + count);
  const main = dominant(totals, 'Latin');
  const repairs: WordRepair[] = [];
  const repaired = new Set<number>();
  for (const [index, word] of words.entries()) {
    if (word.counts.size < 2) continue;
    const own = dominant(word.counts, main);
    const others = CHECKED_SCRIPTS.filter((script) => script !== own && word.counts.has(script));
    const repair = repairOf(word, [own, ...others]);
    if (repair !== null) {
      repairs.push(repair);
      repaired.add(index);
    }
  }
  if (main !== 'Latin' || repairs.length === 0) return repairs;
  const scriptOfWord = (index: number): CheckedScript | null => {
    const word = words[index];
    return word === undefined || word.counts.size !== 1 ? null : ([...word.counts.keys()][0] ?? null);
  };
  for (const [index, word] of words.entries()) {
    const script = scriptOfWord(index);
    if (script === null || script === 'Latin' || repaired.has(index)) continue;
    // Note: a neighbour in the same script means a real phrase in that language, not a lone disguise.
    if (scriptOfWord(index - 1) === script || scriptOfWord(index + 1) === script) continue;
    const repair = repairOf(word, ['Latin']);
    if (repair !== null) repairs.push(repair);
  }
  return repairs.sort((a, b) => a.start - b.start);
}

/** Repair words disguised with look-alike letters of another script. */
export const repairHomoglyphs: CleanRule = {
  kind: 'clean',
  name: 'clean/homoglyphs',
  propose: (doc) =>
    findHomoglyphRepairs(doc.text).map(
      (repair): CleanEdit => ({ start: repair.start, end: repair.end, text: repair.after, kind: 'repair', reason: 'homoglyph', scripts: repair.scripts }),
    ),
};
