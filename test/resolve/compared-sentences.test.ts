/**
 * Duplicate detection's compact compared sentences (word ids in one typed array per document)
 * against the string sets it read before: on the sample corpus, the seeds and generated rewrites
 * of them, every coverage count, unmatched sentence and verdict must be the same.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compactSentences, hashAt, sentenceCount, sentenceCoverage, type WordTable } from '../../src/resolve/compared-sentences.js';
import { docSentences, type SentenceSource } from '../../src/resolve/doc-features.js';
import { classifyPair } from '../../src/resolve/find-duplicates.js';
import { referenceClassify, referenceCoverage, referenceSentences } from '../helpers/compared-sentences-reference.js';
import { SAMPLE_CORPUS, SEED_ARTICLES, articleTexts, seeded } from '../helpers/sample-texts.js';

function source(text: string): SentenceSource {
  return { text, layers: { sentences: [] } };
}

/** A rewrite of a text: some sentences dropped, some words swapped or left out, some numbers changed. */
function rewrite(text: string, seed: number): string {
  const random = seeded(seed);
  const sentences = docSentences(source(text)).map((sentence) => sentence.text);
  const kept: string[] = [];
  for (const sentence of sentences) {
    const roll = random();
    if (roll < 0.15) continue;
    if (roll < 0.55) {
      kept.push(sentence);
      continue;
    }
    const words = sentence.split(' ').filter(() => random() > 0.2);
    kept.push(words.map((word) => (/\d/u.test(word) && random() < 0.5 ? word.replace(/\d+/gu, (digits) => String(Number(digits) + 1)) : word)).join(' '));
  }
  if (random() < 0.5) kept.reverse();
  return kept.join(' ');
}

/** Compares both readings of one pair, each way round; returns the verdict. */
function compare(table: WordTable, a: string, b: string, jaccard: number): string {
  const [compactA, compactB] = [compactSentences(table, source(a)), compactSentences(table, source(b))];
  const [referenceA, referenceB] = [referenceSentences(source(a)), referenceSentences(source(b))];
  assert.equal(sentenceCount(compactA), referenceA.length);
  referenceA.forEach((sentence, at) => assert.equal(hashAt(compactA, at), sentence.hash));
  // Every third sentence hash of `a` counts as background, so that rule is exercised too.
  const backgroundHashes = new Set(referenceA.filter((_, at) => at % 3 === 1).map((sentence) => sentence.hash));
  const background = (hash: string): boolean => backgroundHashes.has(hash);
  const compactBackground = (hash: number): boolean => backgroundHashes.has((hash >>> 0).toString(16));
  for (const [compactMine, compactTheirs, referenceMine, referenceTheirs] of [
    [compactA, compactB, referenceA, referenceB],
    [compactB, compactA, referenceB, referenceA],
  ] as const) {
    for (const [compactRule, referenceRule] of [[compactBackground, background], [() => false, () => false]] as const) {
      const expected = referenceCoverage(referenceMine, referenceTheirs, referenceRule);
      const actual = sentenceCoverage(compactMine, compactTheirs, compactRule);
      const texts = referenceMine.map((sentence) => sentence.text);
      assert.deepEqual({ ...actual, unmatched: actual.unmatched.map((at) => texts[at]) }, expected);
    }
  }
  const expected = referenceClassify(jaccard, a === b, referenceA, referenceB, background);
  assert.deepEqual(classifyPair(jaccard, a === b, compactA, compactB, compactBackground), expected);
  return expected?.kind ?? 'none';
}

describe('compact compared sentences', () => {
  const texts = [...articleTexts(SAMPLE_CORPUS), ...articleTexts(SEED_ARTICLES)];

  it('reads every pair of the sample corpus and the seeds as the string sets did', () => {
    assert.ok(texts.length > 10, `${texts.length} texts`);
    const table: WordTable = new Map();
    const verdicts = new Map<string, number>();
    for (const a of texts) for (const b of texts) {
      const kind = compare(table, a, b, 0);
      verdicts.set(kind, (verdicts.get(kind) ?? 0) + 1);
    }
    assert.ok((verdicts.get('none') ?? 0) > 0, 'unrelated articles are compared');
  });

  it('reads generated rewrites as the string sets did, and finds the same paraphrases and near copies', () => {
    const table: WordTable = new Map();
    const verdicts = new Map<string, number>();
    texts.forEach((text, at) => {
      for (let seed = 0; seed < 6; seed += 1) {
        const kind = compare(table, text, rewrite(text, at * 31 + seed), 0);
        verdicts.set(kind, (verdicts.get(kind) ?? 0) + 1);
        compare(table, rewrite(text, at * 17 + seed), rewrite(text, at * 13 + seed + 100), 0.7);
      }
      // A copy with one sentence added: most sentences verbatim.
      const kind = compare(table, text, `${text}\n\nThe agency will publish a further statement about the matter next week.`, 0);
      verdicts.set(kind, (verdicts.get(kind) ?? 0) + 1);
    });
    assert.ok((verdicts.get('paraphrase') ?? 0) > 0, JSON.stringify([...verdicts]));
    assert.ok((verdicts.get('near') ?? 0) > 0, JSON.stringify([...verdicts]));
    assert.ok((verdicts.get('none') ?? 0) > 0, JSON.stringify([...verdicts]));
  });

  it('does not match sentences whose numbers differ, nor sentences of other words (negative cases)', () => {
    const table: WordTable = new Map();
    const mine = compactSentences(table, source('The ministry said 4000 troops crossed the northern border on Tuesday.'));
    const numbers = compactSentences(table, source('The ministry said 5000 troops crossed the northern border on Tuesday.'));
    const other = compactSentences(table, source('A new tram line opened in the eastern district of the capital.'));
    const none = compactSentences(table, source('The ministry said troops crossed the northern border on Tuesday.'));
    assert.deepEqual(sentenceCoverage(mine, numbers, () => false), { matched: 0, verbatim: 0, counted: 1, unmatched: [0] });
    assert.deepEqual(sentenceCoverage(mine, other, () => false), { matched: 0, verbatim: 0, counted: 1, unmatched: [0] });
    assert.deepEqual(sentenceCoverage(mine, none, () => false), { matched: 1, verbatim: 0, counted: 1, unmatched: [] });
    assert.deepEqual(sentenceCoverage(compactSentences(table, source('Two short words.')), mine, () => false), { matched: 0, verbatim: 0, counted: 0, unmatched: [] });
  });
});
