import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Mention } from '../../src/model/annotations.js';
import { createDoc } from '../../src/model/news-doc.js';
import { createContext, createPipeline } from '../../src/pipeline/pipeline.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const GOLD = new URL('../../../shared/gold/seeds.gold.json', import.meta.url);
const available = existsSync(SEEDS) && existsSync(GOLD);
const COMBINING = /\p{M}/gu;
const SAME_SPACE = new Set(['GPE', 'LOC']);

interface DocGold {
  entities?: [string, string][];
  not_entities?: string[];
}

const pipeline = createPipeline({ only: ['clean/', 'annotate/sentences', 'annotate/mentions', 'annotate/mention-coref'] });

function analyse(file: string): Mention[] {
  const raw = readFileSync(new URL(file, SEEDS), 'utf8');
  const doc = createDoc({ source: { path: file, url: null, format: 'text' }, raw, hints: {}, hintBasis: 'test' });
  return pipeline.run(doc, createContext()).layers.mentions;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING, '').toLowerCase();
}

describe('mentions on the seed articles (gold from ../shared)', { skip: available ? false : 'shared seeds and gold are not beside the repository' }, () => {
  const gold = available ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: Record<string, DocGold> }) : { documents: {} };
  let found = 0;
  let total = 0;
  for (const [file, documentGold] of Object.entries(gold.documents)) {
    it(`${file}: finds the gold entities and none of the not-entities`, () => {
      const mentions = analyse(file);
      for (const [name, type] of documentGold.entities ?? []) {
        total += 1;
        const target = fold(name);
        const last = target.split(' ').pop() ?? target;
        const hit = mentions.some((mention) => {
          const sameType = mention.type === type || (SAME_SPACE.has(mention.type) && SAME_SPACE.has(type));
          const forms = [fold(mention.text), fold(mention.name)];
          return sameType && (forms.includes(target) || (type === 'PERSON' && forms.some((form) => form.split(' ').pop() === last)));
        });
        if (hit) found += 1;
      }
      for (const junk of documentGold.not_entities ?? []) {
        assert.equal(mentions.some((mention) => fold(mention.text) === fold(junk)), false, `tagged ${junk}`);
      }
    });
  }
  it('finds at least 90% of the gold entities', { skip: available ? false : 'no seeds' }, () => {
    assert.ok(total > 0 && found / total >= 0.9, `found ${found} of ${total}`);
  });
});
