/**
 * Training of the NER tagger: an averaged perceptron (Collins 2002) over the features of
 * {@link SentenceEncoder}, trained on the tagger's own greedy predictions of the previous tags.
 * Features seen fewer than `minCount` times are pruned before training; the weights are averaged,
 * and features whose weights all round to zero are left out of the model file.
 */
import { gzipSync } from 'node:zlib';
import { type TaggedDocument } from './conll-data.js';
import { type DocumentContext, type FeatureSpace, FixedFeatures, documentContext } from './ner-features.js';
import { type NerGazetteer } from './ner-gazetteer.js';
import {
  CLASS_COUNT,
  FrozenSpace,
  MODEL_FORMAT,
  type ModelFile,
  NER_CLASSES,
  PerceptronTagger,
  bioToBilou,
  bestAllowed,
  historyIds,
  recordDecision,
  scoreToken,
  surelyOutside,
} from './perceptron-tagger.js';
import { type EncodedSentence, SentenceEncoder, sentenceLexemes } from './sentence-encoder.js';

/** Training settings. */
export interface TrainOptions {
  /** Passes over the data (default: 10). */
  readonly epochs?: number;
  /** Minimum number of occurrences for a feature to be kept (default: 2). */
  readonly minCount?: number;
  /** Seed of the shuffle (default: 1). */
  readonly seed?: number;
  /** Called after each pass with a tagger of the averaged weights so far and those weights (optional). */
  readonly afterEpoch?: (epoch: number, tagger: PerceptronTagger, weights: Float32Array) => void;
}

interface Example {
  readonly sentence: EncodedSentence;
  readonly gold: Uint8Array;
  readonly words: readonly string[];
  /** Index of the example's document. */
  readonly document: number;
  /** Ids of the tag-and-word features under the gold previous tags (counted for pruning only). */
  readonly goldHistory?: Int32Array;
}

class GrowingSpace implements FeatureSpace {
  readonly keys: string[] = [];
  readonly #index = new Map<string, number>();

  lookup(key: string): number {
    let id = this.#index.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.#index.set(key, id);
    }
    return id;
  }
}

function encodeAll(documents: readonly TaggedDocument[], encoder: SentenceEncoder): Example[] {
  const examples: Example[] = [];
  const classIndex = new Map<string, number>(NER_CLASSES.map((tag, index): [string, number] => [tag, index]));
  documents.forEach((document, documentIndex) => {
    const context = documentContext(document.map((sentence) => sentence.words));
    for (const sentence of document) {
      const gold = Uint8Array.from(bioToBilou(sentence.tags), (tag) => classIndex.get(tag) ?? 0);
      const lexemes = sentenceLexemes(encoder, sentence.words);
      const goldHistory = new Int32Array(gold.length * 2);
      lexemes.forEach((lexeme, index) => {
        const previous = index === 0 ? CLASS_COUNT : (gold[index - 1] ?? 0);
        goldHistory[index * 2] = lexeme.afterTag[previous * 2] ?? -1;
        goldHistory[index * 2 + 1] = lexeme.afterTag[previous * 2 + 1] ?? -1;
      });
      examples.push({ sentence: encoder.encode(sentence.words, context), gold, words: sentence.words, document: documentIndex, goldHistory });
    }
  });
  return examples;
}

function prune(examples: readonly Example[], keys: readonly string[], fixedKeys: ReadonlySet<string>, minCount: number): { keys: string[]; examples: Example[] } {
  const counts = new Int32Array(keys.length);
  for (const example of examples) {
    for (const id of example.sentence.ids) counts[id] = (counts[id] ?? 0) + 1;
    for (const id of example.goldHistory ?? []) if (id >= 0) counts[id] = (counts[id] ?? 0) + 1;
  }
  const remap = new Int32Array(keys.length).fill(-1);
  const kept: string[] = [];
  keys.forEach((key, id) => {
    if ((counts[id] ?? 0) >= minCount || fixedKeys.has(key)) {
      remap[id] = kept.length;
      kept.push(key);
    }
  });
  const remapped = examples.map((example): Example => {
    const ids: number[] = [];
    const offsets = new Int32Array(example.sentence.offsets.length);
    for (let token = 0; token + 1 < offsets.length; token += 1) {
      offsets[token] = ids.length;
      const from = example.sentence.offsets[token] ?? 0;
      const to = example.sentence.offsets[token + 1] ?? 0;
      for (let position = from; position < to; position += 1) {
        const id = remap[example.sentence.ids[position] ?? 0] ?? -1;
        if (id >= 0) ids.push(id);
      }
    }
    offsets[offsets.length - 1] = ids.length;
    return { sentence: { ids: Int32Array.from(ids), offsets }, gold: example.gold, words: example.words, document: example.document };
  });
  return { keys: kept, examples: remapped };
}

function shuffle<T>(items: T[], seed: number): void {
  let state = seed >>> 0 || 1;
  for (let index = items.length - 1; index > 0; index -= 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const other = (state >>> 0) % (index + 1);
    const swap = items[index] as T;
    items[index] = items[other] as T;
    items[other] = swap;
  }
}

/** A trained tagger and its model file. */
export interface TrainResult {
  readonly tagger: PerceptronTagger;
  /** The kept feature keys, in id order. */
  readonly keys: readonly string[];
  /** The averaged weights, `keys.length * CLASS_COUNT`. */
  readonly weights: Float32Array;
}

/** Train a tagger on BIO-tagged documents. */
export function trainTagger(documents: readonly TaggedDocument[], gazetteer: NerGazetteer, options: TrainOptions = {}): TrainResult {
  const epochs = options.epochs ?? 10;
  const growing = new GrowingSpace();
  const fixedKeys = new Set<string>();
  new FixedFeatures({ lookup: (key) => (fixedKeys.add(key), -1) }, CLASS_COUNT);
  const pruned = prune(encodeAll(documents, new SentenceEncoder(growing, gazetteer, CLASS_COUNT)), growing.keys, fixedKeys, options.minCount ?? 2);
  const space = new FrozenSpace(pruned.keys);
  const encoder = new SentenceEncoder(space, gazetteer, CLASS_COUNT);
  const size = pruned.keys.length * CLASS_COUNT;
  const weights = new Float64Array(size);
  const totals = new Float64Array(size);
  const stamps = new Float64Array(size);
  const scores = new Float64Array(CLASS_COUNT);
  const history: number[] = [-1, -1, -1, -1];
  let now = 1;
  const update = (id: number, label: number, delta: number): void => {
    if (id < 0) return;
    const slot = id * CLASS_COUNT + label;
    totals[slot] = (totals[slot] ?? 0) + (now - (stamps[slot] ?? 0)) * (weights[slot] ?? 0);
    stamps[slot] = now;
    weights[slot] = (weights[slot] ?? 0) + delta;
  };
  const averaged = (): Float32Array =>
    Float32Array.from(weights, (weight, slot) => ((totals[slot] ?? 0) + (now - (stamps[slot] ?? 0)) * weight) / now);
  const learnSentence = ({ sentence, gold, words }: Example, context: DocumentContext): void => {
    const lexemes = sentenceLexemes(encoder, words);
    let tag1: number = CLASS_COUNT;
    let tag2: number = CLASS_COUNT;
    for (let index = 0; index < gold.length; index += 1) {
      let guess = 0;
      if (!surelyOutside(lexemes[index], tag1)) {
        historyIds(encoder, tag2, tag1, lexemes[index], context, history);
        scoreToken(weights, sentence, index, history, scores);
        guess = bestAllowed(scores, tag1);
        const truth = gold[index] ?? 0;
        if (guess !== truth) {
          const from = sentence.offsets[index] ?? 0;
          const to = sentence.offsets[index + 1] ?? 0;
          for (let position = from; position < to; position += 1) {
            update(sentence.ids[position] ?? -1, truth, 1);
            update(sentence.ids[position] ?? -1, guess, -1);
          }
          for (const id of history) {
            update(id, truth, 1);
            update(id, guess, -1);
          }
        }
        recordDecision(lexemes[index], guess, context);
      }
      now += 1;
      tag2 = tag1;
      tag1 = guess;
    }
  };
  const byDocument: Example[][] = documents.map(() => []);
  for (const example of pruned.examples) byDocument[example.document]?.push(example);
  const contexts = documents.map((document) => document.map((sentence) => sentence.words));
  const order = byDocument.map((examples, index) => ({ examples, index }));
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    shuffle(order, (options.seed ?? 1) * 7919 + epoch);
    for (const { examples, index } of order) {
      const context = documentContext(contexts[index] ?? [], encoder.table);
      for (const example of examples) learnSentence(example, context);
    }
    if (options.afterEpoch !== undefined) {
      const snapshot = averaged();
      options.afterEpoch(epoch, new PerceptronTagger(space, snapshot, gazetteer), snapshot);
    }
  }
  const final = averaged();
  return { tagger: new PerceptronTagger(space, final, gazetteer), keys: pruned.keys, weights: final };
}

/** Quantise weights to 16 bits and drop features whose weights all round to zero. */
export function toModelFile(keys: readonly string[], weights: Float32Array, dev?: Record<string, number>): ModelFile {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest === 0 ? 1 : 32767 / largest;
  const keptKeys: string[] = [];
  const kept: number[] = [];
  keys.forEach((key, id) => {
    const row: number[] = [];
    for (let label = 0; label < CLASS_COUNT; label += 1) row.push(Math.round((weights[id * CLASS_COUNT + label] ?? 0) * scale));
    if (row.some((value) => value !== 0)) {
      keptKeys.push(key);
      kept.push(...row);
    }
  });
  const stored = Int16Array.from(kept);
  const base = { format: MODEL_FORMAT, classes: [...NER_CLASSES], scale, keys: keptKeys, weights: Buffer.from(stored.buffer).toString('base64') };
  return dev === undefined ? base : { ...base, dev };
}

/** Serialise a model file (gzipped JSON). */
export function packModel(model: ModelFile): Buffer {
  return gzipSync(JSON.stringify(model), { level: 9 });
}
