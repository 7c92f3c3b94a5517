/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark,
 * `evaluate.py`), ported exactly: tokens are word-character runs (case kept); 4-token shingles
 * are counted as multisets (a text under 4 tokens is one shorter shingle, an empty text none);
 * per page tp/fp/fn are normalised to sum 1; precision is the mean over pages with a predicted
 * shingle, recall the mean over pages with a true shingle (a page where both sides match
 * perfectly scores 1 on both); F1 comes from those two means. Accuracy (token lists equal) is
 * reported beside it.
 */

/**
 * Note: Python's `\w` on `str` is Unicode (letters, numbers, underscore), while JavaScript's is
 * ASCII even with the `u` flag; this class is Python's.
 */
const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

/** Normalised true positives, false positives and false negatives of one page. */
export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Whether the two token lists are equal. */
  readonly exact: boolean;
}

/** The benchmark's aggregate figures. */
export interface ExtractionScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of pages whose token list equals the truth's. */
  readonly accuracy: number;
  readonly pages: number;
}

/** The word tokens of a text, as the benchmark splits them. */
export function benchmarkTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The 4-token shingles of a token list, counted. */
export function shingleCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let index = 0; index < last; index += 1) {
    const shingle = tokens.slice(index, index + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    // Note: the unit separator cannot occur inside a word token, so joined keys stay distinct.
    const key = shingle.join('\u001f');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Score one page: the predicted text against the true text. */
export function pageCounts(truth: string, predicted: string): PageCounts {
  const trueTokens = benchmarkTokens(truth);
  const predictedTokens = benchmarkTokens(predicted);
  const trueShingles = shingleCounts(trueTokens);
  const predictedShingles = shingleCounts(predictedTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...trueShingles.keys(), ...predictedShingles.keys()])) {
    const trueCount = trueShingles.get(key) ?? 0;
    const predictedCount = predictedShingles.get(key) ?? 0;
    tp += Math.min(trueCount, predictedCount);
    fp += Math.max(0, predictedCount - trueCount);
    fn += Math.max(0, trueCount - predictedCount);
  }
  const sum = tp + fp + fn;
  const exact = trueTokens.length === predictedTokens.length && trueTokens.every((token, index) => token === predictedTokens[index]);
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact } : { tp, fp, fn, exact };
}

function pagePrecision(page: PageCounts): number {
  if (page.fp === 0 && page.fn === 0) return 1;
  return page.tp === 0 && page.fp === 0 ? 0 : page.tp / (page.tp + page.fp);
}

function pageRecall(page: PageCounts): number {
  if (page.fp === 0 && page.fn === 0) return 1;
  return page.tp === 0 && page.fn === 0 ? 0 : page.tp / (page.tp + page.fn);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Aggregate page counts the benchmark's way. */
export function extractionScore(pages: readonly PageCounts[]): ExtractionScore {
  const precision = mean(pages.filter((page) => page.tp + page.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((page) => page.tp + page.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: mean(pages.map((page) => (page.exact ? 1 : 0))), pages: pages.length };
}
