/**
 * False removals of the clean rules on clean article text: the ground-truth bodies of
 * `article-extraction/` (text a person judged to be the article, furniture already gone) run
 * through every clean rule as plain text. Anything a rule removes there is a false removal,
 * except white space. Words are white-space separated tokens. The pages run with their title
 * known (the ground truth holds no headline, so with no title the title rule would take the first
 * paragraph for one); `--no-title` runs them without. Reported: removals, removed words out of
 * all words, and the words per rule; `--list` prints each removal with its page, rule and reason.
 *
 * usage: node --import tsx scripts/eval-cleaning.ts [--list] [--no-title] [article-extraction-folder]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../src/model/news-doc.js';
import { createContext, createPipeline } from '../src/pipeline/pipeline.js';

const WHITE_SPACE = /\s+/u;
const KNOWN_TITLE = 'A title given by the page metadata';
const DEFAULT_FOLDER = fileURLToPath(new URL('../../shared/datasets/article-extraction/', import.meta.url));

/** One removal on a ground-truth text. */
interface FalseRemoval {
  readonly page: string;
  readonly rule: string;
  readonly reason: string;
  readonly text: string;
  readonly words: number;
}

function readTruth(folder: string): Map<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(`${folder}/ground-truth.json`, 'utf8'));
  const bodies = new Map<string, string>();
  if (typeof parsed !== 'object' || parsed === null) throw new TypeError('ground-truth.json: not a JSON object');
  for (const [id, page] of Object.entries(parsed)) {
    const body: unknown = typeof page === 'object' && page !== null ? Reflect.get(page, 'articleBody') : undefined;
    if (typeof body === 'string' && body.trim().length > 0) bodies.set(id, body);
  }
  return bodies;
}

function countWords(text: string): number {
  return text.split(WHITE_SPACE).filter((word) => word.length > 0).length;
}

function main(): void {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const hints = args.includes('--no-title') ? {} : { title: KNOWN_TITLE };
  const folder = args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_FOLDER;
  if (!existsSync(`${folder}/ground-truth.json`)) {
    process.stderr.write(`eval-cleaning: no ground-truth.json in ${folder}\n`);
    process.exitCode = 1;
    return;
  }
  // Note: a reader that closes the pipe early (`| head`) is not an error of the evaluation.
  process.stdout.on('error', () => undefined);
  const pipeline = createPipeline({ only: ['clean/'] });
  const removals: FalseRemoval[] = [];
  let totalWords = 0;
  const bodies = readTruth(folder);
  for (const [page, body] of bodies) {
    totalWords += countWords(body);
    const doc = createDoc({ source: { path: `${page}.txt`, url: null, format: 'text' }, raw: body, hints, hintBasis: 'eval' });
    pipeline.run(doc, createContext());
    for (const removal of doc.cleaning.removed) {
      const words = countWords(removal.text);
      if (words === 0) continue;
      removals.push({ page, rule: removal.rule, reason: removal.reason, text: removal.text, words });
    }
  }
  const removedWords = removals.reduce((sum, removal) => sum + removal.words, 0);
  const byRule = new Map<string, number>();
  for (const removal of removals) byRule.set(removal.rule, (byRule.get(removal.rule) ?? 0) + removal.words);
  process.stdout.write(`pages: ${bodies.size}\nremovals: ${removals.length}\nremoved words: ${removedWords} of ${totalWords} (${((100 * removedWords) / Math.max(totalWords, 1)).toFixed(3)} %)\n`);
  for (const [rule, words] of [...byRule].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${rule}: ${words} words\n`);
  if (list) for (const removal of removals) process.stdout.write(`${removal.page}\t${removal.rule}\t${removal.reason}\t${JSON.stringify(removal.text.slice(0, 160))}\n`);
}

main();
