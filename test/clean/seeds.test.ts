/**
 * The clean stage on the seed articles, judged by the gold's must_remove / must_keep lists and its
 * homoglyph, author and outlet fields (read from ../shared at run time; skipped when it is absent).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLEAN_RULES } from '../../src/clean/index.js';
import { SHARED, SHARED_MISSING } from '../helpers/paths.js';
import { runClean, runRule } from './clean-helpers.js';

interface SeedGold {
  readonly outlet: string | null;
  readonly author: string | null;
  readonly homoglyphs: boolean;
  readonly must_remove: readonly string[];
  readonly must_keep: readonly string[];
}

const COMBINING = /\p{M}/gu;
const SPACES = /\s+/gu;
const SINGLE_CURLY = /[‘’]/gu;
const DOUBLE_CURLY = /[“”]/gu;
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
const CYRILLIC = /[\u0400-\u04ff]/u;
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];
const LEADING_THE = /^the /u;

/** Fold as the reference scorer does: NFKD, no combining marks, straight quotes, single spaces, lower case. */
function fold(text: string | null): string {
  return (text ?? '').normalize('NFKD').replace(COMBINING, '').replace(SINGLE_CURLY, "'").replace(DOUBLE_CURLY, '"').replace(SPACES, ' ').trim().toLowerCase();
}

function mixedWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0]).filter((word) => SCRIPTS.filter((script) => script.test(word)).length > 1);
}

function loadGold(): Record<string, SeedGold> {
  const gold: unknown = JSON.parse(readFileSync(join(SHARED, 'gold', 'seeds.gold.json'), 'utf8'));
  assert.ok(typeof gold === 'object' && gold !== null && 'documents' in gold && typeof gold.documents === 'object' && gold.documents !== null);
  return Object.fromEntries(Object.entries(gold.documents).map(([name, value]: [string, SeedGold]) => [name, value]));
}

describe('clean stage on the seeds', { skip: SHARED_MISSING }, () => {
  const gold = SHARED_MISSING ? {} : loadGold();
  for (const [name, expected] of Object.entries(gold)) {
    const raw = (): string => readFileSync(join(SHARED, 'seeds', name), 'utf8');

    it(`${name}: removes the boilerplate and keeps the body`, () => {
      const text = fold(runClean(raw()).text);
      for (const piece of expected.must_remove) assert.ok(!text.includes(fold(piece)), `kept boilerplate: ${piece}`);
      for (const piece of expected.must_keep) assert.ok(text.includes(fold(piece)), `lost body text: ${piece}`);
    });

    it(`${name}: repairs homoglyphs exactly where the article is disguised`, () => {
      const doc = runClean(raw());
      assert.deepEqual(mixedWords(doc.text), []);
      assert.equal(doc.cleaning.homoglyphs.length > 0, expected.homoglyphs);
      if (expected.homoglyphs) assert.equal(CYRILLIC.test(doc.text), false, 'a Cyrillic letter is left in a disguised English article');
    });

    it(`${name}: learns author and outlet from the text`, () => {
      const doc = runClean(raw());
      if (expected.author !== null) assert.equal(fold(doc.meta.author), fold(expected.author));
      if (expected.outlet !== null) assert.equal(fold(doc.meta.outlet).replace(LEADING_THE, ''), fold(expected.outlet).replace(LEADING_THE, ''));
      if (expected.author === null) assert.equal(doc.meta.basis.author, undefined, `invented an author: ${doc.meta.author ?? ''}`);
    });

    it(`${name}: no single rule takes body text`, () => {
      for (const rule of CLEAN_RULES) {
        const text = fold(runRule(rule, raw()).text);
        for (const piece of expected.must_keep) {
          if (expected.homoglyphs && rule.name !== 'clean/homoglyphs') continue;
          assert.ok(text.includes(fold(piece)), `${rule.name} lost: ${piece}`);
        }
      }
    });
  }
});
