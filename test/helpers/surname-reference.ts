/**
 * The surname pass as it read tokens before it worked on form numbers: the text-based reading
 * that `namesBySurname` (src/annotate/mentions/role-names.ts) must equal.
 */
import type { NameCandidate } from '../../src/annotate/mentions/role-names.js';
import type { SentenceWords } from '../../src/annotate/mentions/sentence-words.js';

/** Surnames, with a quick test on a word's first character and length that rules most words out before the set is asked. */
export class SurnameSet {
  readonly names = new Set<string>();
  #firsts = 0;
  #lengths = 0;

  /** Add a surname. */
  add(name: string): void {
    this.names.add(name);
    this.#firsts |= 1 << (name.charCodeAt(0) & 31);
    this.#lengths |= 1 << Math.min(name.length, 31);
  }

  /** Whether the set may hold a word (false: it does not). */
  mayHold(word: string): boolean {
    return (this.#firsts & (1 << (word.charCodeAt(0) & 31))) !== 0 && (this.#lengths & (1 << Math.min(word.length, 31))) !== 0;
  }
}

/** Untagged words equal to one of `surnames`, read by their text. */
export function namesBySurnameText(words: SentenceWords, covered: Uint8Array, surnames: SurnameSet): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (let index = 0; index < words.tokens.length; index += 1) {
    const token = words.tokens[index];
    if (token === undefined || covered[words.offset + index] !== 0 || !surnames.mayHold(token.text)) continue;
    if (surnames.names.has(token.text)) found.push({ type: 'PER', first: index, last: index, rule: 'mentions/surname' });
  }
  return found;
}
