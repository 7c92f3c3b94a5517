/**
 * Measure the quotes stage on PolNeAR (BRAT Source / Cue / Content), by default on its dev part.
 *
 * Each text runs through sentences, mentions (when that stage exists) and quotes, uncleaned so
 * that offsets match the gold. A predicted quote matches a gold Content when the spans overlap
 * (one to one, largest overlap first). Reported: attribution-level precision, recall and F1 of
 * content spans; character-overlap precision, recall and F1; and source accuracy given content
 * (a matched pair is right when the predicted speaker span overlaps the gold Source span, or one
 * speaker text holds the other). The same figures on the gold attributions whose cue is a speech
 * verb of the lexicon ("said", "told", "according to") show how much the broad PolNeAR notion of
 * attribution (beliefs, wishes, endorsements) weighs in recall.
 *
 * usage: node --import tsx scripts/eval-attribution.ts [dev|train] [polnear-folder]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAttributionLexicon } from '../src/annotate/quotes/attribution-lexicon.js';
import { findQuotes } from '../src/annotate/quotes/quotes-stage.js';
import { norm, overlap, readBratAttributions, sourceMatches, type GoldAttribution } from '../src/eval/external/polnear.js';
import type { Quote } from '../src/model/annotations.js';
import { createDoc } from '../src/model/news-doc.js';
import { createContext, createPipeline } from '../src/pipeline/pipeline.js';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const ANNOTATOR_SUFFIX = /_[^_]+\.ann$/u;

/** Read a BRAT file's attributions with the evaluation harness's reader. */
function readGold(path: string): GoldAttribution[] {
  return readBratAttributions(readFileSync(path, 'utf8'));
}

function sourceRight(quote: Quote, gold: GoldAttribution): boolean {
  return gold.source !== undefined && sourceMatches(quote.speakerSpan, quote.speakerText, gold.source);
}

interface Tally {
  predicted: number;
  gold: number;
  matched: number;
  overlapChars: number;
  predictedChars: number;
  goldChars: number;
  withSource: number;
  sourceRight: number;
}

function emptyTally(): Tally {
  return { predicted: 0, gold: 0, matched: 0, overlapChars: 0, predictedChars: 0, goldChars: 0, withSource: 0, sourceRight: 0 };
}

function score(quotes: readonly Quote[], gold: readonly GoldAttribution[], tally: Tally): void {
  tally.predicted += quotes.length;
  tally.gold += gold.length;
  tally.predictedChars += quotes.reduce((sum, quote) => sum + quote.end - quote.start, 0);
  tally.goldChars += gold.reduce((sum, item) => sum + item.content.end - item.content.start, 0);
  const pairs: { quote: number; gold: number; size: number }[] = [];
  quotes.forEach((quote, q) => gold.forEach((item, g) => {
    const size = overlap(quote, item.content);
    if (size > 0) pairs.push({ quote: q, gold: g, size });
  }));
  pairs.sort((a, b) => b.size - a.size);
  const usedQuotes = new Set<number>();
  const usedGold = new Set<number>();
  for (const pair of pairs) {
    if (usedQuotes.has(pair.quote) || usedGold.has(pair.gold)) continue;
    usedQuotes.add(pair.quote);
    usedGold.add(pair.gold);
    tally.matched += 1;
    tally.overlapChars += pair.size;
    const item = gold[pair.gold];
    const quote = quotes[pair.quote];
    if (item?.source !== undefined && quote !== undefined) {
      tally.withSource += 1;
      if (sourceRight(quote, item)) tally.sourceRight += 1;
    }
  }
}

function report(label: string, tally: Tally): void {
  const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = tally.matched / Math.max(1, tally.predicted);
  const recall = tally.matched / Math.max(1, tally.gold);
  const charPrecision = tally.overlapChars / Math.max(1, tally.predictedChars);
  const charRecall = tally.overlapChars / Math.max(1, tally.goldChars);
  const fixed = (value: number): string => value.toFixed(3);
  console.log(`${label}: gold ${tally.gold}, predicted ${tally.predicted}, matched ${tally.matched}`);
  console.log(`  content overlap  P ${fixed(precision)}  R ${fixed(recall)}  F1 ${fixed(f1(precision, recall))}`);
  console.log(`  content chars    P ${fixed(charPrecision)}  R ${fixed(charRecall)}  F1 ${fixed(f1(charPrecision, charRecall))}`);
  console.log(`  source accuracy given content ${fixed(tally.sourceRight / Math.max(1, tally.withSource))} (${tally.sourceRight}/${tally.withSource})`);
}

function main(): void {
  const part = process.argv[2] ?? 'dev';
  const folder = process.argv[3] ?? join(REPO, '../shared/datasets/polnear');
  const annFolder = join(folder, part, 'attributions');
  if (!existsSync(annFolder)) throw new Error(`no PolNeAR ${part} data at ${annFolder}`);
  const stages = ['annotate/sentences', 'annotate/mentions'];
  let pipeline;
  try {
    pipeline = createPipeline({ only: stages });
  } catch {
    pipeline = createPipeline({ only: ['annotate/sentences'] });
  }
  const speech = getAttributionLexicon().speechVerbs;
  const all = emptyTally();
  const speechOnly = emptyTally();
  const seen = new Set<string>();
  for (const file of readdirSync(annFolder).filter((name) => name.endsWith('.ann')).sort()) {
    const base = file.replace(ANNOTATOR_SUFFIX, '');
    const textPath = join(folder, part, 'text', `${base}.txt`);
    if (seen.has(base) || !existsSync(textPath)) continue;
    seen.add(base);
    const raw = readFileSync(textPath, 'utf8');
    const doc = createDoc({ source: { path: textPath, url: null, format: 'text' }, raw, hints: {}, hintBasis: 'polnear' });
    pipeline.run(doc, createContext());
    const quotes = findQuotes(doc);
    const gold = readGold(join(annFolder, file));
    score(quotes, gold, all);
    const speechGold = gold.filter((item) => {
      const cue = norm(item.cue);
      return cue.startsWith('according to') || cue.split(' ').some((word) => speech.has(word));
    });
    score(quotes.filter((quote) => speechGold.some((item) => overlap(quote, item.content) > 0)), speechGold, speechOnly);
  }
  console.log(`PolNeAR ${part}: ${seen.size} documents (stages: ${pipeline.stages.map((stage) => stage.name).join(', ')}, annotate/quotes)`);
  report('all attributions', all);
  report('speech-verb attributions (predictions overlapping them only)', speechOnly);
}

main();
