import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, OffsetMap, type TextEdit } from '../../src/model/offset-map.js';

/** A small deterministic random generator, so failures can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('applyEdits', () => {
  it('deletes, replaces and inserts, mapping positions back', () => {
    const result = applyEdits('abcdefghij', [
      { start: 2, end: 4, text: '' },
      { start: 6, end: 7, text: 'G' },
      { start: 9, end: 9, text: '++' },
    ]);
    assert.equal(result.text, 'abefGhi++j');
    const map = new OffsetMap([result.map]);
    assert.equal(map.toRaw(2), 4, 'the e after the deletion comes from raw position 4');
    assert.equal(map.toRaw(4), 6, 'the replaced G maps to the g it replaced');
    assert.equal(map.toRaw(9), 9, 'the j after the insertion maps to raw j');
    assert.deepEqual(map.spanToRaw(0, 3), { start: 0, end: 5 });
  });

  it('rejects overlapping edits instead of merging them silently', () => {
    assert.throws(() => applyEdits('abcdef', [{ start: 1, end: 4, text: '' }, { start: 3, end: 5, text: '' }]), RangeError);
  });

  it('maps every copied character of a chain of random edit passes back to the raw character', () => {
    const next = random(42);
    for (let round = 0; round < 200; round += 1) {
      const raw = Array.from({ length: 40 + Math.floor(next() * 60) }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join('');
      let text = raw;
      let map = new OffsetMap();
      const copiedFrom: (number | null)[] = [...raw].map((_, index) => index);
      let origin = copiedFrom;
      for (let pass = 0; pass < 3; pass += 1) {
        const edits: TextEdit[] = [];
        let position = 0;
        while (position < text.length) {
          position += 1 + Math.floor(next() * 8);
          if (position >= text.length) break;
          const length = Math.floor(next() * 3);
          const end = Math.min(text.length, position + length);
          const replacement = next() < 0.5 ? '' : 'XY'.slice(0, Math.floor(next() * 3));
          edits.push({ start: position, end, text: replacement });
          position = end + 1;
        }
        const result = applyEdits(text, edits);
        const nextOrigin: (number | null)[] = [];
        let cursor = 0;
        for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
          for (; cursor < edit.start; cursor += 1) nextOrigin.push(origin[cursor] ?? null);
          for (let index = 0; index < edit.text.length; index += 1) nextOrigin.push(null);
          cursor = edit.end;
        }
        for (; cursor < text.length; cursor += 1) nextOrigin.push(origin[cursor] ?? null);
        origin = nextOrigin;
        text = result.text;
        map = map.then(result.map);
      }
      origin.forEach((rawIndex, cleanIndex) => {
        if (rawIndex === null) return;
        assert.equal(map.toRaw(cleanIndex), rawIndex, `round ${round}: cleaned ${cleanIndex}`);
        assert.equal(raw[map.toRaw(cleanIndex)], text[cleanIndex]);
      });
    }
  });

  it('round-trips through JSON', () => {
    const result = applyEdits('hello  world', [{ start: 5, end: 7, text: ' ' }]);
    const map = new OffsetMap([result.map]);
    const restored = OffsetMap.fromJSON(JSON.parse(JSON.stringify(map.toJSON())));
    assert.equal(restored.toRaw(6), map.toRaw(6));
    assert.equal(restored.toRaw(6), 7);
  });
});
