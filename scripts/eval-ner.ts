/**
 * Score the shipped NER model (data/models/ner-en.json.gz) on CoNLL-2003 eng.testb and on the
 * corrected test set CoNLL++: entity-level exact-span precision, recall and F1 per type and
 * micro-averaged (MISC included in the micro figure, and shown on its own line).
 * Run: `node --import tsx scripts/eval-ner.ts`.
 */
import { existsSync } from 'node:fs';
import { readConll } from '../src/annotate/mentions/conll-data.js';
import { nerTagger } from '../src/annotate/mentions/perceptron-tagger.js';
import { CONLL_FOLDER, printScores, scoreTagger } from './ner-figures.js';

const SETS = [
  ['eng.testa', 'eng.testa (dev)'],
  ['eng.testb', 'eng.testb (test)'],
  ['conllpp_test.txt', 'CoNLL++ (corrected test)'],
] as const;

const tagger = nerTagger();
for (const [file, title] of SETS) {
  const path = new URL(file, CONLL_FOLDER).pathname;
  if (!existsSync(path)) {
    console.log(`\n${title}: ${file} not found beside the repository, skipped`);
    continue;
  }
  const started = performance.now();
  const documents = readConll(path);
  const scores = scoreTagger(tagger, documents);
  const tokens = documents.reduce((sum, document) => sum + document.reduce((count, sentence) => count + sentence.words.length, 0), 0);
  printScores(`${title}: ${tokens} tokens in ${((performance.now() - started) / 1000).toFixed(1)} s`, scores);
}
