/**
 * The caption stage sorts a layer with appended items by merging when both parts are in order;
 * it must give what a stable sort by start gives, on generated layers dense in ties (the case a
 * merge could get wrong), with parts in and out of order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnnotationBase } from '../../src/model/annotations.js';
import { sortByStart } from '../../src/annotate/captions/caption-facts.js';
import { seeded } from '../helpers/sample-texts.js';

function item(start: number, id: number): AnnotationBase & { id: number } {
  return { start, end: start, text: '', provenance: { stage: 'annotate', rule: 'test', confidence: 1 }, id };
}

function stableSorted(layer: readonly AnnotationBase[]): AnnotationBase[] {
  return [...layer].sort((a, b) => a.start - b.start);
}

describe('captions: sorting a layer with appended items', () => {
  it('equals a stable sort on generated layers', () => {
    const random = seeded(11);
    let merged = 0;
    for (let round = 0; round < 20_000; round += 1) {
      const before = Math.floor(random() * 8);
      const added = Math.floor(random() * 5);
      const span = 1 + Math.floor(random() * 10);
      const ordered = random() < 0.8;
      const make = (count: number, offset: number): AnnotationBase[] => {
        const starts = Array.from({ length: count }, () => Math.floor(random() * span));
        if (ordered) starts.sort((a, b) => a - b);
        return starts.map((start, index) => item(start, offset + index));
      };
      const layer = [...make(before, 0), ...make(added, 100)];
      const expected = stableSorted(layer);
      if (ordered) merged += 1;
      sortByStart(layer, before);
      assert.deepEqual(layer, expected, JSON.stringify(layer));
    }
    assert.ok(merged > 1000);
  });

  it('keeps the earlier item first on a tie, and sorts a part out of order', () => {
    const tie = [item(1, 0), item(5, 1), item(5, 2), item(3, 3), item(5, 4)];
    sortByStart(tie, 3);
    assert.deepEqual(tie.map((entry) => (entry as AnnotationBase & { id: number }).id), [0, 3, 1, 2, 4]);
    const unordered = [item(5, 0), item(1, 1), item(3, 2)];
    sortByStart(unordered, 2);
    assert.deepEqual(unordered.map((entry) => (entry as AnnotationBase & { id: number }).id), [1, 2, 0]);
  });
});
