import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/model/news-doc.js';
import { isSitrepError } from '../../src/pipeline/errors.js';
import { ALL_STAGES, createContext, createPipeline } from '../../src/pipeline/pipeline.js';

const rawDoc = (raw: string) => createDoc({ source: { path: null, url: null, format: 'text' }, raw, hints: {}, hintBasis: 'none' });

describe('createPipeline', () => {
  it('is frozen and lists every stage once, in order', () => {
    const pipeline = createPipeline();
    assert.ok(Object.isFrozen(pipeline));
    assert.ok(Object.isFrozen(pipeline.stages));
    const names = ALL_STAGES.map((stage) => stage.name);
    assert.equal(new Set(names).size, names.length, 'stage names are unique');
    assert.ok(names.indexOf('meta/id') > names.indexOf('clean/collapse-space'), 'the id comes after cleaning');
  });

  it('refuses an unknown stage name rather than running nothing', () => {
    assert.throws(
      () => createPipeline({ only: ['clean/no-such-rule'] }),
      (error: unknown) => isSitrepError(error) && error.code === 'UNKNOWN_STAGE',
    );
  });

  it('runs a subset selected by prefix', () => {
    const pipeline = createPipeline({ only: ['clean/'] });
    assert.ok(pipeline.stages.length > 0);
    assert.ok(pipeline.stages.every((stage) => stage.name.startsWith('clean/')));
  });

  it('keeps the offset map right through cleaning', () => {
    const doc = rawDoc('  First\u00a0line   here.\r\n\r\n\r\n\r\nSecond   line.  ');
    createPipeline().run(doc, createContext());
    assert.equal(doc.text, 'First line here.\n\nSecond line.');
    for (let index = 0; index < doc.text.length; index += 1) {
      const character: string | undefined = doc.text[index];
      if (character === '\n' || character === ' ') continue;
      assert.equal(doc.raw[doc.offsets.toRaw(index)], character, `position ${index}`);
    }
    assert.match(doc.id, /^doc_[0-9a-f]{16}$/u);
  });
});
