/**
 * The NER tagger: an averaged perceptron over {@link SentenceEncoder} features, decoded greedily
 * left to right with the two previous tags as features and BIO constraints (an I- tag only after
 * the same type). The trained model ships as data/models/ner-en.json.gz and loads once, lazily.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createError } from '../../pipeline/errors.js';
import { type DocumentContext, type FeatureSpace, type Lexeme, WORD_FLAGS } from './ner-features.js';
import { type NerGazetteer, nerGazetteer } from './ner-gazetteer.js';
import { type EncodedSentence, SentenceEncoder, sentenceLexemes, tokenCapacity } from './sentence-encoder.js';

/**
 * The tag set: BILOU over the CoNLL types (Begin, Inside, Last, Unit), which Ratinov and Roth
 * (2009) found better than BIO for greedy decoding. Class c > 0 has type (c - 1) >> 2.
 */
export const NER_CLASSES = [
  'O',
  ...(['PER', 'ORG', 'LOC', 'MISC'] as const).flatMap((type) => [`B-${type}`, `I-${type}`, `L-${type}`, `U-${type}`] as const),
] as const;
/** A tag. */
export type NerTag = (typeof NER_CLASSES)[number];
/** The number of classes. */
export const CLASS_COUNT = NER_CLASSES.length;

/** The model file format name. */
export const MODEL_FORMAT = 'sitrep-ner-perceptron/2';
const MODEL_FILE = new URL('../../../data/models/ner-en.json.gz', import.meta.url);

/** A frozen feature index: key -> id. */
export class FrozenSpace implements FeatureSpace {
  readonly keys: readonly string[];
  readonly #index: Map<string, number>;

  /** An index over keys; a key's id is its position. */
  constructor(keys: readonly string[]) {
    this.keys = keys;
    this.#index = new Map(keys.map((key, index) => [key, index]));
  }

  /** {@inheritDoc FeatureSpace.lookup} */
  lookup(key: string): number {
    return this.#index.get(key) ?? -1;
  }
}

/** Whether tag `next` may follow tag `previous` (class indexes; `CLASS_COUNT` is the start). */
export function allowedAfter(previous: number, next: number): boolean {
  const open = previous > 0 && previous < CLASS_COUNT && (previous - 1) % 4 < 2;
  const part = (next - 1) % 4;
  if (open) return next > 0 && (next - 1) >> 2 === (previous - 1) >> 2 && (part === 1 || part === 2);
  return next === 0 || part === 0 || part === 3;
}

/** The BIO tag of a class (L- becomes I-, U- becomes B-). */
export function bioTag(tagClass: number): string {
  const name = NER_CLASSES[tagClass] ?? 'O';
  if (name.startsWith('L-')) return `I-${name.slice(2)}`;
  return name.startsWith('U-') ? `B-${name.slice(2)}` : name;
}

/** BIO tags of one sentence to BILOU tags. */
export function bioToBilou(tags: readonly string[]): string[] {
  return tags.map((tag, index) => {
    if (tag === 'O') return tag;
    const continues = tags[index + 1] === `I-${tag.slice(2)}`;
    if (tag.startsWith('B-')) return continues ? tag : `U-${tag.slice(2)}`;
    return continues ? tag : `L-${tag.slice(2)}`;
  });
}

/**
 * Score every class of token `index` into `scores`, with the previous tags `tag1` (just before)
 * and `tag2` (two before).
 */
export function scoreToken(
  weights: Float32Array | Float64Array,
  sentence: EncodedSentence,
  index: number,
  extra: readonly number[],
  scores: Float64Array,
): void {
  scoreIds(weights, sentence.ids, sentence.offsets[index] ?? 0, sentence.offsets[index + 1] ?? 0, extra, scores);
}

/** Score every class into `scores` from the feature ids `ids[from, to)` and then `extra` (ids below 0 skipped). */
export function scoreIds(
  weights: Float32Array | Float64Array,
  ids: Int32Array,
  from: number,
  to: number,
  extra: readonly number[],
  scores: Float64Array,
): void {
  scores.fill(0);
  for (let position = from; position < to; position += 1) {
    const base = (ids[position] ?? 0) * CLASS_COUNT;
    for (let label = 0; label < CLASS_COUNT; label += 1) scores[label] = (scores[label] ?? 0) + (weights[base + label] ?? 0);
  }
  for (const id of extra) {
    if (id < 0) continue;
    const base = id * CLASS_COUNT;
    for (let label = 0; label < CLASS_COUNT; label += 1) scores[label] = (scores[label] ?? 0) + (weights[base + label] ?? 0);
  }
}

/** `[previous * CLASS_COUNT + next]`: 1 when {@link allowedAfter} allows `next` after `previous` (previous up to `CLASS_COUNT`, the start). */
const ALLOWED_AFTER = Uint8Array.from({ length: (CLASS_COUNT + 1) * CLASS_COUNT }, (_, index) =>
  allowedAfter(Math.floor(index / CLASS_COUNT), index % CLASS_COUNT) ? 1 : 0,
);

/** The best class allowed after `previous`. */
export function bestAllowed(scores: Float64Array, previous: number): number {
  let best = 0;
  let bestScore = -Infinity;
  const row = previous * CLASS_COUNT;
  for (let label = 0; label < CLASS_COUNT; label += 1) {
    const score = scores[label] ?? 0;
    if (score > bestScore && ALLOWED_AFTER[row + label] === 1) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The ids of the features that depend on earlier decisions: the previous tags (with the token's
 * `lexeme`) and, for a capitalised word, what the document's tagging said about it so far.
 */
export function historyIds(
  encoder: SentenceEncoder,
  tag2: number,
  tag1: number,
  lexeme: Lexeme | undefined,
  context: DocumentContext,
  into: number[],
): number[] {
  into.length = 4;
  into[0] = encoder.fixed.previous[tag1] ?? -1;
  into[1] = encoder.fixed.previousPair[tag2 * (CLASS_COUNT + 1) + tag1] ?? -1;
  into[2] = lexeme?.afterTag[tag1 * 2] ?? -1;
  into[3] = lexeme?.afterTag[tag1 * 2 + 1] ?? -1;
  if (lexeme !== undefined && (lexeme.flags & WORD_FLAGS.capitalised) !== 0) context.history.features(lexeme.lower, encoder.fixed, into);
  return into;
}

/** Note a decision in the document's prediction history. */
export function recordDecision(lexeme: Lexeme | undefined, tagClass: number, context: DocumentContext): void {
  if (tagClass > 0 && lexeme !== undefined && (lexeme.flags & WORD_FLAGS.capitalised) !== 0) context.history.record(lexeme.lower, (tagClass - 1) >> 2);
}

/**
 * Whether a token can be tagged O without scoring: a word with no capital letter (or a punctuation
 * mark) does not open a name, so outside a name it is O. Note: this skips most tokens of a text,
 * and training applies the same rule, so the model never learns to need them.
 */
export function surelyOutside(lexeme: Lexeme | undefined, tag1: number): boolean {
  return (tag1 === 0 || tag1 === CLASS_COUNT) && (lexeme === undefined || (lexeme.flags & WORD_FLAGS.hasUpper) === 0);
}

/** A trained tagger. */
export class PerceptronTagger {
  readonly encoder: SentenceEncoder;
  /** The gazetteer the features mark matches of. */
  readonly gazetteer: NerGazetteer;
  readonly #weights: Float32Array;
  readonly #scores = new Float64Array(CLASS_COUNT);
  readonly #history: number[] = [-1, -1, -1, -1];
  #tokenIds = new Int32Array(256);

  /** A tagger over a feature space and its weights (`keys.length * CLASS_COUNT`). */
  constructor(space: FeatureSpace, weights: Float32Array, gazetteer: NerGazetteer) {
    this.encoder = new SentenceEncoder(space, gazetteer, CLASS_COUNT);
    this.gazetteer = gazetteer;
    this.#weights = weights;
  }

  /** The weights, `[feature * CLASS_COUNT + class]` (read only). */
  get weights(): Float32Array {
    return this.#weights;
  }

  /**
   * Tag one sentence's words; returns class indexes into {@link NER_CLASSES}. `lexemes` are the
   * words' lexemes from this tagger's encoder table when the caller has them (optional).
   */
  tag(words: readonly string[], context: DocumentContext, lexemes: readonly Lexeme[] = sentenceLexemes(this.encoder, words)): Uint8Array {
    const prepared = this.encoder.prepare(words, lexemes);
    const tags = new Uint8Array(words.length);
    let tag1: number = CLASS_COUNT;
    let tag2: number = CLASS_COUNT;
    for (let index = 0; index < words.length; index += 1) {
      let best = 0;
      const lexeme = lexemes[index];
      if (!surelyOutside(lexeme, tag1)) {
        const capacity = tokenCapacity(lexeme);
        if (this.#tokenIds.length < capacity) this.#tokenIds = new Int32Array(capacity * 2);
        const used = this.encoder.encodeToken(prepared, index, context, this.#tokenIds, 0);
        scoreIds(this.#weights, this.#tokenIds, 0, used, historyIds(this.encoder, tag2, tag1, lexeme, context, this.#history), this.#scores);
        best = bestAllowed(this.#scores, tag1);
      }
      tags[index] = best;
      recordDecision(lexeme, best, context);
      tag2 = tag1;
      tag1 = best;
    }
    return tags;
  }
}

/** The serialised model. */
export interface ModelFile {
  readonly format: string;
  readonly classes: readonly string[];
  /** Weight = stored integer / scale. */
  readonly scale: number;
  readonly keys: readonly string[];
  /** Base64 of a little-endian Int16Array of `keys.length * classes.length` weights. */
  readonly weights: string;
  /** Dev-set figures at training time (optional). */
  readonly dev?: Record<string, number>;
}

/** Decode a model file into a tagger. */
export function taggerFromModel(model: ModelFile, gazetteer: NerGazetteer): PerceptronTagger {
  if (model.format !== MODEL_FORMAT || model.classes.join() !== NER_CLASSES.join()) {
    throw createError('MODEL_INVALID', { detail: `NER model format ${model.format} with classes ${model.classes.join()} is not ${MODEL_FORMAT}` });
  }
  const bytes = Buffer.from(model.weights, 'base64');
  const stored = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const weights = Float32Array.from(stored, (value) => value / model.scale);
  return new PerceptronTagger(new FrozenSpace(model.keys), weights, gazetteer);
}

/** Read a gzipped model file. */
export function readModelFile(file: URL | string): ModelFile {
  try {
    return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as ModelFile;
  } catch (error) {
    throw createError('MODEL_INVALID', { file: String(file), cause: error });
  }
}

let shipped: PerceptronTagger | undefined;

/** The shipped tagger, loaded on first use. */
export function nerTagger(): PerceptronTagger {
  if (shipped === undefined) shipped = taggerFromModel(readModelFile(MODEL_FILE), nerGazetteer());
  return shipped;
}
