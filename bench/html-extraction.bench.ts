/**
 * Main-text extraction quality on ../shared/datasets/article-extraction, by that benchmark's
 * method: tokens are `\w+` runs (case kept), 4-token shingles counted as multisets; per page
 * precision and recall; both averaged over pages; F1 from the two means. Also reports pages per
 * second and how many figure captions the extraction left out (recorded as diagnostics).
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extractMainText } from '../src/ingest/html/extract-main-text.js';

const FOLDER = new URL('../../shared/datasets/article-extraction/', import.meta.url);
const WORD = /\w+/gu;
const SHINGLE = 4;

function shingles(text: string): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  for (let index = 0; index + SHINGLE <= Math.max(words.length, SHINGLE); index += 1) {
    const key = words.slice(index, index + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

let truth: Record<string, { articleBody: string; url: string }>;
try {
  truth = JSON.parse(await readFile(new URL('ground-truth.json', FOLDER), 'utf8')) as typeof truth;
} catch {
  process.stdout.write('skipped: ../shared/datasets/article-extraction is not available\n');
  process.exit(0);
}

let precisionSum = 0;
let recallSum = 0;
let pages = 0;
let failures = 0;
let droppedCaptions = 0;
let elapsedMs = 0;
for (const [id, page] of Object.entries(truth)) {
  const html = gunzipSync(await readFile(new URL(`html/${id}.html.gz`, FOLDER))).toString('utf8');
  let text = '';
  const started = performance.now();
  try {
    const result = extractMainText(html, page.url);
    text = result.text;
    droppedCaptions += result.droppedCaptions.length;
  } catch {
    failures += 1;
  }
  elapsedMs += performance.now() - started;
  const expected = shingles(page.articleBody);
  const found = shingles(text);
  let matched = 0;
  for (const [key, count] of found) matched += Math.min(count, expected.get(key) ?? 0);
  const foundTotal = total(found);
  const expectedTotal = total(expected);
  precisionSum += foundTotal === 0 ? 0 : matched / foundTotal;
  recallSum += expectedTotal === 0 ? 0 : matched / expectedTotal;
  pages += 1;
}
const precision = precisionSum / pages;
const recall = recallSum / pages;
const f1 = (2 * precision * recall) / (precision + recall);
process.stdout.write(
  `pages ${pages}, failures ${failures}\nprecision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}\n` +
    `captions left out (diagnostics) ${droppedCaptions}\nspeed ${(pages / (elapsedMs / 1000)).toFixed(1)} pages/s\n`,
);
