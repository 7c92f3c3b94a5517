/**
 * Shared by scripts/train-ner.ts and scripts/eval-ner.ts: score a tagger on a CoNLL file and
 * print the entity-level exact-span figures per type and micro-averaged.
 */
import { type Score, SpanScorer, type TaggedDocument } from '../src/annotate/mentions/conll-data.js';
import { documentContext } from '../src/annotate/mentions/ner-features.js';
import { type PerceptronTagger, bioTag } from '../src/annotate/mentions/perceptron-tagger.js';

/** The CoNLL-2003 folder beside the repository. */
export const CONLL_FOLDER = new URL('../../shared/datasets/conll2003/', import.meta.url);

/** Tag every sentence of the documents and score them against their gold tags. */
export function scoreTagger(tagger: PerceptronTagger, documents: readonly TaggedDocument[]): Map<string, Score> {
  const scorer = new SpanScorer();
  for (const document of documents) {
    const context = documentContext(
      document.map((sentence) => sentence.words),
      tagger.encoder.table,
    );
    for (const sentence of document) {
      const tags = tagger.tag(sentence.words, context);
      scorer.add(sentence.tags, Array.from(tags, bioTag));
    }
  }
  return scorer.scores();
}

/** Print a score table. */
export function printScores(title: string, scores: Map<string, Score>): void {
  console.log(`\n${title}`);
  console.log('type      P       R       F1      gold   predicted');
  for (const [type, score] of scores) {
    const name = type === '*' ? 'micro' : type;
    console.log(
      `${name.padEnd(8)} ${score.precision.toFixed(2).padStart(6)}  ${score.recall.toFixed(2).padStart(6)}  ${score.f1.toFixed(2).padStart(6)}  ${String(score.gold).padStart(5)}  ${String(score.predicted).padStart(5)}`,
    );
  }
}
