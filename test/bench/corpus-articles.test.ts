import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { corpusGenerator, generatedStory, type CorpusGenerator, type SourceCorpus } from '../../bench/corpus-articles.js';
import { annotatedSampleCorpus } from '../../bench/sample-corpus.js';
import { applyEdits } from '../../bench/text-edits.js';
import type { AnnotationLayers } from '../../src/model/annotations.js';

let corpus: SourceCorpus;
let generator: CorpusGenerator;

before(async () => {
  corpus = await annotatedSampleCorpus();
  generator = corpusGenerator(corpus);
});

describe('text edits', () => {
  it('shift positions after a replacement and stretch spans around it', () => {
    const edited = applyEdits('Troops left Brask on Monday.', [
      { start: 12, end: 17, text: 'Kalomar' },
      { start: 0, end: 6, text: 'Soldiers' },
    ]);
    assert.equal(edited.text, 'Soldiers left Kalomar on Monday.');
    assert.equal(edited.start(12), 14);
    assert.equal(edited.end(17), 21);
    assert.equal(edited.start(21), 25, 'after both edits');
    assert.equal(edited.start(14), 14, 'inside a replaced part: its start');
    assert.equal(edited.end(14), 21, 'inside a replaced part: its end');
  });
  it('drop an edit that overlaps an earlier one', () => {
    assert.equal(applyEdits('abcdef', [{ start: 1, end: 4, text: 'X' }, { start: 2, end: 5, text: 'Y' }]).text, 'aXef');
  });
});

describe('articles from the sample corpus', () => {
  it('carry every annotation at the text it names', () => {
    for (let index = 0; index < 120; index += 1) {
      const doc = generator.article(index);
      assert.ok(doc.text.length > 0);
      for (const key of Object.keys(doc.layers) as (keyof AnnotationLayers)[]) {
        for (const item of doc.layers[key]) {
          assert.ok(item.start >= 0 && item.end <= doc.text.length && item.start <= item.end, `${doc.id} ${key} ${item.start}-${item.end}`);
          assert.equal(item.text, doc.text.slice(item.start, item.end), `${doc.id} ${key}`);
        }
      }
      assert.ok(doc.layers.mentions.every((mention) => mention.entity === null), 'entity ids are left to resolve');
      for (const quantity of doc.layers.quantities) assert.ok(Number.isFinite(quantity.value));
    }
  });

  it('give the sample corpus new names', () => {
    const people = new Set(Object.values(corpus.entities).filter((entity) => entity.type === 'PERSON' && entity.name.includes(' ')).map((entity) => entity.name));
    assert.ok(people.size > 3);
    for (let index = 0; index < 120; index += 1) {
      const doc = generator.article(index);
      for (const name of people) assert.ok(!doc.text.includes(name), `${doc.id} still names ${name}`);
    }
  });

  it('are the same for the same position, and different stories read differently', () => {
    assert.deepEqual(generator.article(57), generator.article(57));
    const stories = new Set(Array.from({ length: 64 }, (_, index) => generatedStory(index)));
    assert.ok(stories.size >= 12 && stories.size <= 20, 'about four articles a story');
    const first = generator.article(0);
    const other = Array.from({ length: 64 }, (_, index) => generator.article(index)).find((doc) => generatedStory(Number(doc.id.replace('doc_bench_', ''))) !== generatedStory(0));
    assert.ok(other !== undefined && other.text !== first.text);
  });
});
