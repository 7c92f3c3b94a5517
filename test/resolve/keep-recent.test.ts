import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepRecent } from '../../src/resolve/keep-recent.js';

describe('keepRecent', () => {
  it('drops the least recently kept entry beyond the limit', () => {
    const map = new Map<string, number>();
    for (const [key, value] of [['a', 1], ['b', 2], ['c', 3]] as const) keepRecent(map, key, value, 2);
    assert.deepEqual([...map.entries()], [['b', 2], ['c', 3]]);
  });

  it('keeps an entry kept again, and drops the one kept before it instead', () => {
    const map = new Map<string, number>();
    keepRecent(map, 'a', 1, 2);
    keepRecent(map, 'b', 2, 2);
    keepRecent(map, 'a', 10, 2);
    keepRecent(map, 'c', 3, 2);
    assert.deepEqual([...map.entries()], [['a', 10], ['c', 3]]);
    assert.equal(map.has('b'), false);
  });

  it('drops nothing while the map is within its limit', () => {
    const map = new Map<number, number>();
    for (let key = 0; key < 5; key += 1) keepRecent(map, key, key, 5);
    assert.equal(map.size, 5);
    keepRecent(map, 2, 20, 5);
    assert.deepEqual([...map.keys()], [0, 1, 3, 4, 2]);
  });
});
