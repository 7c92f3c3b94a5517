/**
 * Event types on CASE 2021 (`case2021-events/snippets.tsv`): each snippet gets the ACLED sub-type
 * of its strongest event through the events helper's documented mapping (`classify` and
 * `ACLED_MAPPING` in scripts/eval-events.ts, docs/events.md); a snippet with no event, or whose
 * type has no ACLED counterpart, is a miss. Weighted and macro F1 over the gold sub-types, with
 * the majority-class baseline beside it.
 */
import { readFileSync } from 'node:fs';
import { ACLED_MAPPING, classify } from '../../../scripts/eval-events.js';
import { classificationScore } from './class-f1.js';
import { type EvalTask, type TaskOptions, type TaskReport, Stopwatch, fixed, sample } from './eval-task.js';

const LINE_BREAK = /\r?\n/u;

/** The event-type task. */
export const caseEventsTask: EvalTask = {
  name: 'events',
  run(options: TaskOptions): TaskReport {
    const lines = readFileSync(new URL('case2021-events/snippets.tsv', options.datasets), 'utf8').split(LINE_BREAK).slice(1).filter((line) => line.trim() !== '');
    const rows = sample(lines.map((line) => line.split('\t')), options.quick, 100);
    const watch = new Stopwatch();
    const pairs = rows.map((row) => ({ gold: row[2]?.trim() ?? '', predicted: watch.time(() => classify(row[1] ?? '')) }));
    const ours = classificationScore(pairs);
    const counts = new Map<string, number>();
    for (const pair of pairs) counts.set(pair.gold, (counts.get(pair.gold) ?? 0) + 1);
    const majority = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const baseline = classificationScore(pairs.map((pair) => ({ gold: pair.gold, predicted: majority })));
    const covered = new Set(Object.values(ACLED_MAPPING));
    return {
      task: 'Event types (CASE 2021, ACLED sub-types)',
      tables: [
        {
          title: `${pairs.length} snippets`,
          columns: ['system', 'weighted F1', 'macro F1', 'accuracy', 'docs/s'],
          rows: [
            ['sitrep events -> ACLED mapping', fixed(ours.weightedF1), fixed(ours.macroF1), fixed(ours.accuracy), watch.perSecond.toFixed(0)],
            [`majority class (${majority})`, fixed(baseline.weightedF1), fixed(baseline.macroF1), fixed(baseline.accuracy), ''],
          ],
        },
        {
          title: 'Per ACLED sub-type (sitrep)',
          columns: ['sub-type', 'support', 'mapped', 'precision', 'recall', 'F1'],
          rows: ours.classes.map((item) => [item.label, String(item.support), covered.has(item.label) ? 'yes' : 'no', fixed(item.precision), fixed(item.recall), fixed(item.f1)]),
        },
      ],
      headline: [{ task: 'CASE 2021 event sub-types', metric: 'weighted F1', ours: ours.weightedF1, peer: { name: 'majority class', value: baseline.weightedF1 }, bar: 0.75, speed: { ours: watch.perSecond, peer: null } }],
      notes: ['The mapping from sitrep event types onto ACLED sub-types is the events helper\'s (docs/events.md); sub-types no sitrep type maps to ("mapped: no") can only be missed. No live peer classifier is run; the majority class is the floor.'],
    };
  },
};
