/**
 * English NER on CoNLL-2003 (`conll2003/eng.testb`, never used for tuning) and CoNLL++
 * (`conllpp_test.txt`): entity-level exact-span precision, recall and F1 per type, and micro over
 * PER/ORG/LOC (the bar) and over all four types. Three systems in the same run:
 * - sitrep's NER tagger on the gold tokens (the CoNLL protocol);
 * - sitrep's sentence and mention stages on the detokenised documents, with sitrep's types mapped
 *   back: PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, NORP/EVENT/OTHER -> MISC;
 * - compromise (people, places, organizations -> PER, LOC, ORG; it has no MISC) as the peer.
 * Character spans are turned back into token tags; an entity counts only on its exact tokens.
 */
import nlp from 'compromise';
import { type Score, SpanScorer, type TaggedDocument, readConll } from '../../annotate/mentions/conll-data.js';
import { nerTagger } from '../../annotate/mentions/perceptron-tagger.js';
import { type EntityType } from '../../model/annotations.js';
import { createDoc } from '../../model/news-doc.js';
import { createContext, createPipeline } from '../../pipeline/pipeline.js';
import { scoreTagger } from '../../../scripts/ner-figures.js';
import { type EvalTask, type HeadlineRow, type ResultTable, type TaskOptions, type TaskReport, Stopwatch, fixed, harmonicMean, ratio, sample } from './eval-task.js';

/** sitrep entity type to CoNLL type (documented in docs/evaluation.md). */
export const CONLL_TYPE_OF: Readonly<Record<EntityType, string>> = {
  PERSON: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  OTHER: 'MISC',
};

/** A typed character span found by a system. */
export interface TypedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** A document rebuilt as text: tokens joined by spaces, sentences by line breaks. */
export interface DetokenisedDocument {
  readonly text: string;
  /** Per sentence, per token: [start, end) in `text`. */
  readonly tokens: readonly (readonly (readonly [number, number])[])[];
}

/** Rebuild a tokenised document as text, remembering where each token sits. */
export function detokenise(document: TaggedDocument): DetokenisedDocument {
  let text = '';
  const tokens = document.map((sentence, index) => {
    if (index > 0) text += '\n';
    return sentence.words.map((word, position): readonly [number, number] => {
      if (position > 0) text += ' ';
      const start = text.length;
      text += word;
      return [start, text.length];
    });
  });
  return { text, tokens };
}

/**
 * BIO tags per sentence from character spans: a span covers the tokens it overlaps, within the
 * sentence where it starts; overlapping spans after the first are dropped.
 */
export function spansToTags(document: DetokenisedDocument, spans: readonly TypedSpan[]): string[][] {
  const tags = document.tokens.map((sentence) => sentence.map(() => 'O'));
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const sentenceIndex = document.tokens.findIndex((sentence) => sentence.some(([start, end]) => start < span.end && span.start < end));
    const sentence = document.tokens[sentenceIndex];
    const sentenceTags = tags[sentenceIndex];
    if (sentence === undefined || sentenceTags === undefined) continue;
    const covered = sentence.flatMap(([start, end], index) => (start < span.end && span.start < end ? [index] : []));
    if (covered.some((index) => sentenceTags[index] !== 'O')) continue;
    covered.forEach((index, order) => {
      sentenceTags[index] = `${order === 0 ? 'B' : 'I'}-${span.type}`;
    });
  }
  return tags;
}

type SpanSystem = (text: string) => TypedSpan[];

function sitrepStages(): SpanSystem {
  const pipeline = createPipeline({ only: ['annotate/sentences', 'annotate/mentions'] });
  return (text) => {
    const doc = createDoc({ source: { path: null, url: null, format: 'text' }, raw: text, hints: {}, hintBasis: 'conll' });
    pipeline.run(doc, createContext());
    return doc.layers.mentions.map((mention) => ({ start: mention.start, end: mention.end, type: CONLL_TYPE_OF[mention.type] }));
  };
}

interface CompromiseMatch {
  readonly offset?: { readonly start: number; readonly length: number };
}

const compromisePeer: SpanSystem = (text) => {
  const parsed = nlp(text);
  const spans: TypedSpan[] = [];
  const groups: [string, CompromiseMatch[]][] = [
    ['PER', parsed.people().json({ offset: true }) as CompromiseMatch[]],
    ['ORG', parsed.organizations().json({ offset: true }) as CompromiseMatch[]],
    ['LOC', parsed.places().json({ offset: true }) as CompromiseMatch[]],
  ];
  for (const [type, matches] of groups) {
    for (const match of matches) if (match.offset !== undefined) spans.push({ start: match.offset.start, end: match.offset.start + match.offset.length, type });
  }
  return spans;
};

function scoreSpanSystem(documents: readonly TaggedDocument[], system: SpanSystem, watch: Stopwatch): Map<string, Score> {
  const scorer = new SpanScorer();
  for (const document of documents) {
    const detokenised = detokenise(document);
    const tags = spansToTags(detokenised, watch.time(() => system(detokenised.text)));
    document.forEach((sentence, index) => scorer.add(sentence.tags, tags[index] ?? []));
  }
  return scorer.scores();
}

/**
 * Note: the tagger is scored by the mentions helper's own `scoreTagger` (scripts/ner-figures.ts),
 * so that this follows the tagger's interface as it changes.
 */
function scoreTaggerOnTokens(documents: readonly TaggedDocument[], watch: Stopwatch): Map<string, Score> {
  const tagger = nerTagger();
  return watch.timeBatch(documents.length, () => scoreTagger(tagger, documents));
}

/** Micro precision, recall and F1 (0..1) over the chosen types. */
export function microOver(scores: ReadonlyMap<string, Score>, types: readonly string[]): { precision: number; recall: number; f1: number } {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const type of types) {
    const score = scores.get(type);
    gold += score?.gold ?? 0;
    predicted += score?.predicted ?? 0;
    correct += score?.correct ?? 0;
  }
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, gold);
  return { precision, recall, f1: harmonicMean(precision, recall) };
}

const MAIN_TYPES = ['PER', 'ORG', 'LOC'] as const;
const ALL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

function row(name: string, scores: ReadonlyMap<string, Score>, perSecond: number): string[] {
  const perType = ALL_TYPES.map((type) => fixed((scores.get(type)?.f1 ?? 0) / 100));
  const main = microOver(scores, MAIN_TYPES);
  const all = microOver(scores, ALL_TYPES);
  return [name, ...perType, fixed(main.precision), fixed(main.recall), fixed(main.f1), fixed(all.f1), perSecond.toFixed(1)];
}

const SETS = [
  ['eng.testb', 'CoNLL-2003 eng.testb'],
  ['conllpp_test.txt', 'CoNLL++ test'],
] as const;

/** The NER task. */
export const conllNerTask: EvalTask = {
  name: 'ner',
  run(options: TaskOptions): TaskReport {
    const tables: ResultTable[] = [];
    const headline: HeadlineRow[] = [];
    const stages = sitrepStages();
    // Note: one untimed call each first, so that loading the model is not counted as speed.
    stages('Warm up with Alice Smith in Paris.');
    compromisePeer('Warm up with Alice Smith in Paris.');
    for (const [file, title] of SETS) {
      const documents = sample(readConll(new URL(`conll2003/${file}`, options.datasets).pathname), options.quick, 25);
      const taggerWatch = new Stopwatch();
      const stagesWatch = new Stopwatch();
      const peerWatch = new Stopwatch();
      const tagger = scoreTaggerOnTokens(documents, taggerWatch);
      const pipeline = scoreSpanSystem(documents, stages, stagesWatch);
      const peer = scoreSpanSystem(documents, compromisePeer, peerWatch);
      tables.push({
        title: `${title}, ${documents.length} documents: F1 per type, micro over PER/ORG/LOC (P, R, F1) and over all four`,
        columns: ['system', 'PER', 'ORG', 'LOC', 'MISC', 'P (PER/ORG/LOC)', 'R', 'F1 (PER/ORG/LOC)', 'F1 (all 4)', 'docs/s'],
        rows: [
          row('sitrep NER tagger (gold tokens)', tagger, taggerWatch.perSecond),
          row('sitrep sentences + mentions stages (text)', pipeline, stagesWatch.perSecond),
          row('compromise (same run; no MISC)', peer, peerWatch.perSecond),
        ],
      });
      const peerFigure = { name: 'compromise', value: microOver(peer, MAIN_TYPES).f1 };
      headline.push(
        { task: `NER ${title}, tagger on gold tokens`, metric: 'micro F1 PER/ORG/LOC', ours: microOver(tagger, MAIN_TYPES).f1, peer: peerFigure, bar: 0.9, speed: { ours: taggerWatch.perSecond, peer: peerWatch.perSecond } },
        { task: `NER ${title}, mention stage on text`, metric: 'micro F1 PER/ORG/LOC', ours: microOver(pipeline, MAIN_TYPES).f1, peer: peerFigure, bar: 0.9, speed: { ours: stagesWatch.perSecond, peer: peerWatch.perSecond } },
      );
    }
    return {
      task: 'Named entities (CoNLL-2003, CoNLL++)',
      tables,
      headline,
      notes: [
        'Entity-level exact-span scoring (conlleval style); MISC is shown on its own and left out of the bar figure. eng.testb is never used for tuning.',
        'Type mapping for the mention stage: PERSON -> PER; ORG -> ORG; GPE, LOC, FAC -> LOC; NORP, EVENT, OTHER -> MISC. compromise: people -> PER, organizations -> ORG, places -> LOC.',
        'Text systems read each document rebuilt from its tokens (tokens joined by spaces, one sentence per line); a predicted span is mapped onto the tokens it overlaps.',
      ],
    };
  },
};
