import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/model/news-doc.js';
import { clearDocMemo, closeDocMemo, memoKey, memoised, openDocMemo } from '../../src/pipeline/doc-memo.js';
import { createContext, createPipeline } from '../../src/pipeline/pipeline.js';
import { timeReferenceOf } from '../../src/annotate/times/time-stage.js';

const rawDoc = (raw: string) => createDoc({ source: { path: null, url: null, format: 'text' }, raw, hints: {}, hintBasis: 'none' });
const LENGTH = memoKey<number>('test/length');

describe('document memo', () => {
  it('computes once while a run is open, again after a clear, and every time outside a run', () => {
    const doc = rawDoc('The ferry left the harbour at dawn.');
    let calls = 0;
    const length = (): number => memoised(doc, LENGTH, () => {
      calls += 1;
      return doc.text.length;
    });
    length();
    length();
    assert.equal(calls, 2, 'no run open: nothing is kept');
    assert.equal(openDocMemo(doc), true);
    assert.equal(openDocMemo(doc), false, 'a nested open does not replace the memo');
    length();
    length();
    assert.equal(calls, 3);
    clearDocMemo(doc);
    length();
    assert.equal(calls, 4);
    closeDocMemo(doc);
    length();
    assert.equal(calls, 5);
  });

  it('keeps values of different keys and documents apart', () => {
    const first = rawDoc('One short line.');
    const second = rawDoc('Another, somewhat longer line of text.');
    const words = memoKey<number>('test/words');
    openDocMemo(first);
    openDocMemo(second);
    assert.equal(memoised(first, LENGTH, () => first.text.length), 15);
    assert.equal(memoised(second, LENGTH, () => second.text.length), 38);
    assert.equal(memoised(first, words, () => 3), 3);
    assert.equal(memoised(first, LENGTH, () => -1), 15);
    closeDocMemo(first);
    closeDocMemo(second);
  });

  it('is closed after a pipeline run, so a later change of metadata is seen', () => {
    const doc = rawDoc('Rain fell over the valley all week.\n\nThe roads stayed open.');
    createPipeline().run(doc, createContext());
    assert.equal(memoised(doc, LENGTH, () => -1), -1, 'no memo is left open after the run');
    doc.meta.published = { value: '2021-03-04', basis: 'metadata' };
    assert.deepEqual(timeReferenceOf(doc, createContext()).published, { year: 2021, month: 3, day: 4 });
    doc.meta.published = { value: '2019-11-02', basis: 'metadata' };
    assert.deepEqual(timeReferenceOf(doc, createContext()).published, { year: 2019, month: 11, day: 2 });
  });
});
