import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemberCache, type MemberSource } from '../../src/resolve/member-cache.js';
import { createRecordCache, deepFreeze } from '../../src/resolve/record-cache.js';
import { createMemoryIndex, type ResolveIndex } from '../../src/resolve/resolve-index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

/** A member source over plain arrays that counts how often it is asked. */
function arraySource(lists: Map<string, string[]>): MemberSource & { loads: number } {
  const source = {
    loads: 0,
    newest(kind: string, key: string, limit: number): string[] {
      source.loads += 1;
      const list = lists.get(`${kind}|${key}`) ?? [];
      return list.slice(Math.max(0, list.length - limit));
    },
    count(kind: string, key: string): number {
      return lists.get(`${kind}|${key}`)?.length ?? 0;
    },
  };
  return source;
}

describe('record cache', () => {
  it('parses a stored value once and hands out the same frozen object', () => {
    const cache = createRecordCache();
    let loads = 0;
    const load = (): string => {
      loads += 1;
      return '{"name":"Harbour board","forms":{"board":2},"list":[1,2]}';
    };
    const first = cache.read<{ name: string; forms: Record<string, number>; list: number[] }>('entity', 'a', load);
    const second = cache.read('entity', 'a', load);
    assert.equal(loads, 1);
    assert.equal(first, second);
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first?.forms) && Object.isFrozen(first?.list));
    assert.throws(() => {
      if (first !== undefined) first.forms['board'] = 3;
    }, TypeError);
  });
  it('reloads after forget and clear, and caches a missing record as missing', () => {
    const cache = createRecordCache();
    let stored: string | undefined;
    let loads = 0;
    const load = (): string | undefined => {
      loads += 1;
      return stored;
    };
    assert.equal(cache.read('doc', 'x', load), undefined);
    stored = '1';
    assert.equal(cache.read('doc', 'x', load), undefined, 'a cached miss stays a miss until forgotten');
    cache.forget('doc', 'x');
    assert.equal(cache.read('doc', 'x', load), 1);
    stored = '2';
    cache.clear();
    assert.equal(cache.read('doc', 'x', load), 2);
    assert.equal(loads, 3);
  });
  it('evicts the least recently used entry beyond its limit', () => {
    const cache = createRecordCache(2);
    let loads = 0;
    const load = (): string => {
      loads += 1;
      return '0';
    };
    cache.read('k', 'a', load);
    cache.read('k', 'b', load);
    cache.read('k', 'a', load);
    cache.read('k', 'c', load);
    assert.equal(loads, 3);
    cache.read('k', 'a', load);
    assert.equal(loads, 3, 'a was used recently and stays');
    cache.read('k', 'b', load);
    assert.equal(loads, 4, 'b was the oldest and was evicted');
  });
  it('leaves primitives alone when freezing', () => {
    assert.equal(deepFreeze(5), 5);
    assert.equal(deepFreeze(null), null);
  });
});

describe('memory index with the cache', () => {
  it('returns a put value, then the replaced one, never a stale copy', () => {
    const index = createMemoryIndex();
    index.putRecord('story', 's1', { terms: { flood: 1 } });
    assert.deepEqual(index.getRecord('story', 's1'), { terms: { flood: 1 } });
    index.putRecord('story', 's1', { terms: { flood: 2 } });
    assert.deepEqual(index.getRecord('story', 's1'), { terms: { flood: 2 } });
    assert.deepEqual([...index.records('story')], [{ terms: { flood: 2 } }]);
  });
  it('does not let a caller change a stored record by mutating what it read', () => {
    const index = createMemoryIndex();
    index.putRecord('entity', 'e1', { forms: { Vell: 1 } });
    const read = index.getRecord<{ forms: Record<string, number> }>('entity', 'e1');
    assert.throws(() => {
      if (read !== undefined) read.forms['Vell'] = 9;
    }, TypeError);
    assert.deepEqual(index.getRecord('entity', 'e1'), { forms: { Vell: 1 } });
  });
  it('keeps member lists unique and in filing order, short and long', () => {
    const index = createMemoryIndex();
    for (let round = 0; round < 2; round += 1) for (let member = 0; member < 40; member += 1) index.addMember('term', 'w:bridge', `doc_${member}`);
    index.addMember('band', '0:abc', 'doc_1');
    index.addMember('band', '0:abc', 'doc_1');
    assert.equal(index.memberCount('term', 'w:bridge'), 40);
    assert.deepEqual(index.members('term', 'w:bridge', 3), ['doc_37', 'doc_38', 'doc_39']);
    assert.deepEqual(index.members('band', '0:abc'), ['doc_1']);
    assert.equal(index.memberCount('band', '0:other'), 0);
  });
});

describe('member cache', () => {
  it('serves the newest members from the cached tail and follows appends', () => {
    const lists = new Map([['term|w:dam', ['d1', 'd2', 'd3']]]);
    const source = arraySource(lists);
    const cache = createMemberCache(source, { tail: 4 });
    assert.deepEqual(cache.newest('term', 'w:dam', 2), ['d2', 'd3']);
    lists.get('term|w:dam')?.push('d4', 'd5');
    cache.added('term', 'w:dam', 'd4');
    cache.added('term', 'w:dam', 'd5');
    assert.deepEqual(cache.newest('term', 'w:dam', 4), ['d2', 'd3', 'd4', 'd5']);
    assert.equal(cache.count('term', 'w:dam'), 5);
    assert.equal(source.loads, 1);
    assert.equal(cache.holds('term', 'w:dam', 'd5'), true);
    assert.equal(cache.holds('term', 'w:dam', 'd1'), false, 'out of the cached tail');
    assert.equal(cache.holds('term', 'w:other', 'd1'), undefined, 'a list not cached');
  });
  it('does not answer for more than its tail, nor for lists it does not hold', () => {
    const source = arraySource(new Map([['term|w:dam', ['d1']]]));
    const cache = createMemberCache(source, { tail: 4 });
    assert.equal(cache.newest('term', 'w:dam', 5), undefined);
    assert.equal(cache.count('term', 'w:dam'), undefined);
    cache.added('term', 'w:dam', 'd2');
    assert.equal(cache.count('term', 'w:dam'), undefined, 'an append to a list not cached is not invented');
  });
  it('does not ask the source for the members of an empty list', () => {
    const source = arraySource(new Map());
    const cache = createMemberCache(source);
    assert.deepEqual(cache.newest('band', '3:zz', 50), []);
    assert.equal(source.loads, 0);
    cache.clear();
    assert.equal(cache.count('band', '3:zz'), undefined);
  });
});

describe('keys of a member kind', () => {
  const fill = (index: ResolveIndex): string[] => {
    for (const [key, member] of [['2031-05-02', 'a'], ['2031-05', 'b'], ['2031-W18', 'c'], ['2031-05-02', 'd'], ['\u00e9t\u00e9', 'e'], ['\u{1f600}', 'f'], ['\uff21', 'g']]) {
      index.addMember('tl-date', key ?? '', member ?? '');
    }
    index.addMember('other', 'zzz', 'h');
    return index.keys('tl-date');
  };
  it('are sorted alike in memory and in SQLite, each key once', () => {
    const store = openSqliteStore(':memory:');
    try {
      const memory = fill(createMemoryIndex());
      assert.deepEqual(memory, ['2031-05', '2031-05-02', '2031-W18', '\u00e9t\u00e9', '\u{1f600}', '\uff21']);
      assert.deepEqual(fill(store.resolveIndex()), memory);
      assert.deepEqual(store.resolveIndex().keys('none'), []);
    } finally {
      store.close();
    }
  });
});

describe('members filed inside a SQLite transaction', () => {
  it('are read back before the commit as after it, in filing order, and are gone after a rollback', () => {
    const store = openSqliteStore(':memory:');
    try {
      const index = store.resolveIndex();
      index.addMember('term', 'w:dam', 'd0');
      const inside = index.transaction(() => {
        for (let position = 1; position <= 300; position += 1) index.addMember('term', 'w:dam', `d${position}`);
        index.addMember('band', '3:zz', 'd1');
        index.addMember('band', '1:aa', 'd2');
        return { count: index.memberCount('term', 'w:dam'), newest: index.members('term', 'w:dam', 2), all: index.members('term', 'w:dam'), keys: index.keys('band') };
      });
      assert.equal(inside.count, 301);
      assert.deepEqual(inside.newest, ['d299', 'd300']);
      assert.deepEqual(inside.all, Array.from({ length: 301 }, (_, position) => `d${position}`));
      assert.deepEqual(inside.keys, ['1:aa', '3:zz']);
      assert.deepEqual(index.members('term', 'w:dam'), inside.all);
      assert.equal(index.memberCount('term', 'w:dam'), 301);
      assert.throws(() =>
        index.transaction(() => {
          index.addMember('band', '3:zz', 'd9');
          throw new Error('rolled back');
        }),
      );
      assert.deepEqual(index.members('band', '3:zz'), ['d1']);
      assert.equal(index.memberCount('band', '3:zz'), 1);
    } finally {
      store.close();
    }
  });
});

describe('first items in an order', () => {
  it('are what sorting the whole list gives', async () => {
    const { firstInOrder } = await import('../../src/resolve/top-k.js');
    const compare = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    let seed = 7;
    const items: [string, number][] = Array.from({ length: 500 }, (_, position) => {
      seed = (seed * 48271) % 2147483647;
      return [`d${position}`, seed % 17];
    });
    for (const count of [0, 1, 12, 499, 500, 600]) assert.deepEqual(firstInOrder(items, count, compare), [...items].sort(compare).slice(0, count), `count ${count}`);
    assert.deepEqual(firstInOrder([], 3, compare), []);
  });
});
