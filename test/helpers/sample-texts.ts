/**
 * Texts and generated input that the equivalence tests of the speed work share: the articles of
 * the sample corpus and of the seeds (read at run time, never copied), and fixed pseudo-random
 * sequences, so a failing case is the same on every run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The project's sample corpus. */
export const SAMPLE_CORPUS = new URL('../../examples/corpus/', import.meta.url);
/** The seeds in the shared folder beside the repository. */
export const SEED_ARTICLES = new URL('../../../shared/seeds/', import.meta.url);

const TEXT_FILE = /\.(?:txt|md)$/u;

/** The plain-text articles of a folder (its README left out; none when the folder is missing). */
export function articleTexts(folder: URL): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => TEXT_FILE.test(name) && name !== 'README.md')
    .map((name) => readFileSync(new URL(name, folder), 'utf8'));
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` pieces drawn from `pieces` by a linear congruential sequence started at `seed`. */
export function seededText(pieces: readonly string[], seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += pieces[(state >> 8) % pieces.length] ?? '';
  }
  return text;
}
