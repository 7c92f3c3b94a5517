/**
 * The sample corpus is written for the project: no run of words from the shared seed articles
 * appears in it. Skipped when the shared folder is not beside the repository.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HAS_SHARED, SHARED_DIR, fold, readCorpus } from './read-corpus.js';

/** Eight words in a row shared with a seed is a copy, not a coincidence of common phrasing. */
const SHINGLE_WORDS = 8;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const SKIP_REASON = 'the shared seeds folder is not beside the repository';

function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

function shingles(text: string): Set<string> {
  const list = words(text);
  const result = new Set<string>();
  for (let index = 0; index + SHINGLE_WORDS <= list.length; index += 1) result.add(list.slice(index, index + SHINGLE_WORDS).join(' '));
  return result;
}

function seedTexts(): string[] {
  const folder = join(SHARED_DIR, 'seeds');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}

describe('corpus originality', () => {
  it('shares no run of eight words with any seed article', { skip: HAS_SHARED ? false : SKIP_REASON }, () => {
    const seeds = seedTexts();
    assert.ok(seeds.length > 0, 'no seed articles found');
    const seedShingles = new Set(seeds.flatMap((seed) => [...shingles(seed)]));
    const copied = readCorpus().flatMap((file) => [...shingles(file.readable)].filter((shingle) => seedShingles.has(shingle)).map((shingle) => `${file.name}: ${shingle}`));
    assert.deepEqual(copied, []);
  });

  it('detects a copied run when one is planted', { skip: HAS_SHARED ? false : SKIP_REASON }, () => {
    const seed = seedTexts()[0] ?? '';
    const planted = `Our own opening words. ${words(seed).slice(20, 20 + SHINGLE_WORDS).join(' ')} and our own ending.`;
    const seedShingles = shingles(seed);
    assert.ok([...shingles(planted)].some((shingle) => seedShingles.has(shingle)));
    assert.equal([...shingles('Our own opening words, written for this test and for nothing else at all.')].some((shingle) => seedShingles.has(shingle)), false);
  });
});
