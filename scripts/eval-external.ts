/**
 * `npm run eval:external`: sitrep against the field on the public labelled data sets in
 * ../shared/datasets (main-text extraction, NER, geoparsing, time expressions, attribution, event
 * types), each beside a peer run in the same process and the published anchors. Prints every
 * table and rewrites the generated part of docs/evaluation.md (the hand-written intro above the
 * marker is kept). A task that fails is reported as failed with its reason; the others go on.
 *
 * Usage: node --import tsx scripts/eval-external.ts [--quick] [--no-write] [task ...]
 * (tasks: extraction, ner, geoparsing, time, attribution, events; default: all).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { articleExtractionTask } from '../src/eval/external/article-extraction.js';
import { caseEventsTask } from '../src/eval/external/case-events.js';
import { conllNerTask } from '../src/eval/external/conll-ner.js';
import { type EvalTask, type TaskReport, markdownTable } from '../src/eval/external/eval-task.js';
import { renderEvaluation, writeEvaluationDoc } from '../src/eval/external/evaluation-doc.js';
import { geoparsingTask } from '../src/eval/external/geoparsing.js';
import { polnearTask } from '../src/eval/external/polnear.js';
import { tempevalTask } from '../src/eval/external/tempeval.js';

const TASKS: readonly EvalTask[] = [articleExtractionTask, conllNerTask, geoparsingTask, tempevalTask, polnearTask, caseEventsTask];
const DATASETS = new URL('../../shared/datasets/', import.meta.url);
const DOC = new URL('../docs/evaluation.md', import.meta.url);

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: new URL('..', import.meta.url), encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const write = !args.includes('--no-write');
  const chosen = args.filter((arg) => !arg.startsWith('--'));
  for (const name of chosen) {
    if (!TASKS.some((task) => task.name === name)) throw new Error(`unknown task ${name}: use ${TASKS.map((task) => task.name).join(', ')}`);
  }
  if (!existsSync(DATASETS)) {
    console.error('../shared/datasets is not beside the repository: nothing to measure');
    process.exit(1);
  }
  const started = performance.now();
  const reports: TaskReport[] = [];
  const failures: { task: string; reason: string }[] = [];
  for (const task of TASKS.filter((item) => chosen.length === 0 || chosen.includes(item.name))) {
    const taskStarted = performance.now();
    try {
      const report = await task.run({ datasets: DATASETS, quick });
      reports.push(report);
      console.log(`\n## ${report.task} (${((performance.now() - taskStarted) / 1000).toFixed(0)} s)`);
      for (const table of report.tables) console.log(`\n${table.title}\n${markdownTable(table)}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error);
      failures.push({ task: task.name, reason });
      console.log(`\n## ${task.name}: FAILED: ${reason}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const text = renderEvaluation({ reports, failures, commit: commit(), date: new Date().toISOString().slice(0, 10), seconds, quick });
  console.log(`\n${text.headline}`);
  console.log(`\nall tasks in ${seconds.toFixed(0)} s`);
  if (write && !quick && chosen.length === 0) {
    writeEvaluationDoc(DOC, text.body);
    console.log('docs/evaluation.md written');
  } else if (write) {
    console.log('docs/evaluation.md left as it was (only a full run of every task rewrites it)');
  }
}

await main();
