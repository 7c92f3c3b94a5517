/**
 * The NER tagger over a whole document, as the mention stage runs it: the decisions of
 * {@link PerceptronTagger.tag} under {@link documentContextOf}, reached with less work per token.
 *
 * - Each token's word form is found in a {@link FormTable} and read from its typed arrays; what
 *   the document says about a lower-case form (seen in lower case, seen capitalised inside a
 *   sentence, the prediction history) is stamped with the document's number: no set or map is
 *   filled per token.
 * - The features that depend on one word only (its own, its first-word features, what it adds as
 *   the neighbour at -2, -1, +1 or +2, and its pairs with the tag before it) are summed
 *   once per word form into per-class vectors, and the previous-tag pair features once per tag
 *   pair, all in one pool of doubles; scoring a token is six or seven vector adds plus the few
 *   features that depend on the sentence and on earlier decisions, and only over the classes
 *   that may follow the previous tag (9 of 17 after O, 2 inside a name).
 * - Gazetteer phrases are followed word by word through {@link PhraseStep}s.
 *
 * Note: the sums are regrouped, which changes nothing only when every sum of weights is exact in
 * a double. It is so for the shipped models: their weights are 16-bit integers over a scale,
 * stored as floats, and every sum of up to 2^14 such weights is a multiple of the smallest
 * weight's last bit that fits in 53 bits. {@link sumsAreExact} checks it when a tagger is first
 * used here; a tagger whose weights do not pass (one in training) is run through
 * {@link PerceptronTagger.tag}.
 */
import { type Lexeme, TAGGED_TYPES, WORD_FLAGS, documentContextOf } from './ner-features.js';
import { GAZETTEER_KINDS } from './ner-gazetteer.js';
import { CLASS_COUNT, type PerceptronTagger } from './perceptron-tagger.js';
import { ORDER, VectorPool, addRow, followers, sumsAreExact } from './score-vectors.js';
import { type NerToken, firstTokenAfter, splitWord } from './ner-tokens.js';
import { FormTable, type PhraseStep } from './word-forms.js';
import { type Token, tokenize } from '../tokens/tokenize.js';

/** Most word forms kept between documents (as the lexeme table's bound). */
const FORM_CACHE_LIMIT = 100_000;
const CLASSES = CLASS_COUNT;
/** Tag values before a token: a class, or `CLASSES` at the start of a sentence. */
const TAG_VALUES = CLASSES + 1;
const START = CLASSES;
/** Neighbour offsets in the order of the lexeme's around slots. */
const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2, -1, 1, -2, 2] as const;
/** Neighbour offsets in the order of the around vectors. */
const AROUND_OFFSETS: readonly number[] = [-2, -1, 1, 2];
const AROUND_SIZE = AROUND_OFFSETS.length * CLASSES;
const TYPE_COUNT = TAGGED_TYPES.length;
const KIND_COUNT = GAZETTEER_KINDS.length;
const LOWER = WORD_FLAGS.lower;
const CAPITALISED = WORD_FLAGS.capitalised;
const ALL_CAPS = WORD_FLAGS.allCaps;
const HAS_UPPER = WORD_FLAGS.hasUpper;
/** Where the boundary (`<S>`) neighbour vectors lie in the pool. */
const BOUNDARY_AT = 0;
function pushId(into: Int32Array, used: number, id: number | undefined): number {
  if (id === undefined || id < 0) return used;
  into[used] = id;
  return used + 1;
}

/**
 * Tags the documents of one tagger: {@link DocumentTagger.begin} a document,
 * {@link DocumentTagger.add} its sentences in order, then {@link DocumentTagger.tag} it.
 */
export class DocumentTagger {
  readonly #tagger: PerceptronTagger;
  readonly #weights: Float32Array;
  readonly #exact: boolean;
  /** The word forms met so far. */
  readonly table: FormTable;
  /** Score vectors of forms (and, first, of the sentence boundary). */
  readonly #vectors: VectorPool;
  /** `[(tag2 * TAG_VALUES + tag1) * CLASSES + position]`: the previous-tag and tag-pair weights, in the vector order. */
  readonly #tagPairs: Float64Array;
  readonly #scores = new Float64Array(CLASSES);
  readonly #extra = new Int32Array(64);
  #tags = new Uint8Array(1024);
  #begins = new Int32Array(256);
  #inside = new Int32Array(256);
  #document = 0;
  /** The current document's form numbers, sentence after sentence (the first `#count`). */
  #ids = new Int32Array(1024);
  #count = 0;
  /** Where each sentence of the current document ends in #ids. */
  #sentenceEnds: number[] = [];

  /** A document tagger over a trained tagger. */
  constructor(tagger: PerceptronTagger) {
    this.#tagger = tagger;
    this.#weights = tagger.weights;
    this.#exact = sumsAreExact(tagger.weights);
    this.#vectors = new VectorPool(tagger.weights);
    this.table = new FormTable(tagger.encoder.table, tagger.gazetteer, TAG_VALUES);
    this.#resetPool();
    const fixed = tagger.encoder.fixed;
    this.#tagPairs = new Float64Array(TAG_VALUES * TAG_VALUES * CLASSES);
    for (let tag2 = 0; tag2 < TAG_VALUES; tag2 += 1) {
      for (let tag1 = 0; tag1 < TAG_VALUES; tag1 += 1) {
        const at = (tag2 * TAG_VALUES + tag1) * CLASSES;
        addRow(this.#tagPairs, at, this.#weights, fixed.previous[tag1] ?? -1);
        addRow(this.#tagPairs, at, this.#weights, fixed.previousPair[tag2 * TAG_VALUES + tag1] ?? -1);
      }
    }
  }

  /** Whether this tagger's scores are summed from per-form vectors (else it runs the reference path). */
  get summed(): boolean {
    return this.#exact;
  }

  /** The form numbers of the current document's sentences, one after the other (valid until the next document begins). */
  get ids(): Int32Array {
    return this.#ids.subarray(0, this.#count);
  }

  /** Start a new document. */
  begin(): void {
    this.#document += 1;
    this.#count = 0;
    this.#sentenceEnds = [];
    // Note: forms are dropped only between documents, so that one document's forms keep their numbers.
    if (this.table.size >= FORM_CACHE_LIMIT) {
      this.table.clear();
      this.#resetPool();
    }
  }

  /**
   * Add the next sentence of the document: find its tokens' forms (after the earlier sentences'
   * in {@link DocumentTagger.ids}) and note what they say about the document (which forms are
   * written in lower case, which capitalised inside a sentence). Returns the position of its first
   * form. Every sentence is added before the document is tagged.
   */
  add(tokens: readonly { readonly text: string }[]): number {
    const document = this.#document;
    const table = this.table;
    const offset = this.#count;
    if (this.#ids.length < offset + tokens.length) {
      const ids = new Int32Array(Math.max(this.#ids.length * 2, offset + tokens.length));
      ids.set(this.#ids.subarray(0, offset));
      this.#ids = ids;
    }
    const ids = this.#ids;
    for (let index = 0; index < tokens.length; index += 1) {
      const id = table.id(tokens[index]?.text ?? '');
      ids[offset + index] = id;
      const flags = table.flags[id] ?? 0;
      if ((flags & LOWER) !== 0) table.seenLower[table.lowerOf[id] ?? 0] = document;
      else if (index > 0 && (flags & (CAPITALISED | ALL_CAPS)) === CAPITALISED) table.seenCapitalisedInside[table.lowerOf[id] ?? 0] = document;
    }
    this.#count = offset + tokens.length;
    this.#sentenceEnds.push(this.#count);
    return offset;
  }

  /**
   * Add the sentence `text[start, end)`: its tagger tokens (as {@link nerTokens}, which it returns)
   * and their forms, as {@link DocumentTagger.add} of those tokens. A shared token that keeps its
   * form is looked up once, and only a form with a split mark runs the splits.
   */
  addText(text: string, start: number, end: number): NerToken[] {
    const document = this.#document;
    const table = this.table;
    const offset = this.#count;
    const tokens = tokenize(text);
    const first = firstTokenAfter(tokens, start);
    // Note: until a token is split, the sentence's tagger tokens are a run of the shared ones, copied in one slice at the end.
    let result: NerToken[] | undefined;
    let ids: Int32Array = this.#ids;
    let count = offset;
    let index = first;
    for (; index < tokens.length; index += 1) {
      const token = tokens[index] as Token;
      if (token.start >= end) break;
      if (count + 3 > ids.length) ids = this.#grow(count, count + 3);
      const id = table.idAt(text, token.start, token.end, token.text);
      if (token.kind !== 'word' || table.splitMark[id] === 0) {
        if (result !== undefined) result.push(token);
        ids[count] = id;
        this.#note(id, count > offset, document);
        count += 1;
        continue;
      }
      result ??= tokens.slice(first, index);
      const from = result.length;
      index += splitWord(tokens, index, result) - 1;
      for (let at = from; at < result.length; at += 1) {
        const part = table.id((result[at] as NerToken).text);
        ids[count] = part;
        this.#note(part, count > offset, document);
        count += 1;
      }
    }
    this.#count = count;
    this.#sentenceEnds.push(count);
    return result ?? tokens.slice(first, index);
  }

  /** Note what form `id`, not the first of its sentence when `inside`, says about the document (as in {@link DocumentTagger.add}). */
  #note(id: number, inside: boolean, document: number): void {
    const table = this.table;
    const flags = table.flags[id] ?? 0;
    if ((flags & LOWER) !== 0) table.seenLower[table.lowerOf[id] ?? 0] = document;
    else if (inside && (flags & (CAPITALISED | ALL_CAPS)) === CAPITALISED) table.seenCapitalisedInside[table.lowerOf[id] ?? 0] = document;
  }

  /** Grow #ids to hold at least `size` forms, keeping the first `used`. */
  #grow(used: number, size: number): Int32Array {
    const ids = new Int32Array(Math.max(this.#ids.length * 2, size));
    ids.set(this.#ids.subarray(0, used));
    this.#ids = ids;
    return ids;
  }

  /** Whether the current document writes form `id`'s lower-case form in lower case somewhere. */
  seenLower(id: number): boolean {
    return this.table.seenLower[this.table.lowerOf[id] ?? 0] === this.#document;
  }

  /**
   * Tag the current document's sentences, in order: class indexes as {@link PerceptronTagger.tag},
   * one per form (valid until the next document is tagged: a view of work space kept between documents).
   */
  tag(): Uint8Array {
    const count = this.#count;
    if (this.#tags.length < count) this.#tags = new Uint8Array(count * 2);
    // Note: every position is written below, so the space needs no clearing.
    const tags = this.#tags.subarray(0, count);
    if (!this.#exact) {
      this.#tagByReference(tags);
      return tags;
    }
    if (this.#begins.length < count) {
      this.#begins = new Int32Array(count * 2);
      this.#inside = new Int32Array(count * 2);
    }
    let from = 0;
    for (const to of this.#sentenceEnds) {
      this.#tagSentence(from, to, tags);
      from = to;
    }
    return tags;
  }

  #tagByReference(tags: Uint8Array): void {
    const table = this.table;
    const sentences: number[][] = [];
    let from = 0;
    for (const to of this.#sentenceEnds) {
      sentences.push(Array.from(this.#ids.subarray(from, to)));
      from = to;
    }
    const lexemes = sentences.map((sentence) => sentence.map((id) => table.lexeme(id)));
    const context = documentContextOf(lexemes);
    from = 0;
    sentences.forEach((sentence, index) => {
      if (sentence.length > 0) {
        const words = sentence.map((id) => table.words[id] ?? '');
        tags.set(this.#tagger.tag(words, context, lexemes[index]), from);
      }
      from += sentence.length;
    });
  }

  #tagSentence(from: number, to: number, tags: Uint8Array): void {
    const table = this.table;
    const ids = this.#ids;
    const flagsOf = table.flags;
    this.#marks(from, to);
    let firstWord = from;
    while (firstWord < to - 1 && table.opening[ids[firstWord] ?? 0] === 1) firstWord += 1;
    let tag1: number = START;
    let tag2: number = START;
    for (let index = from; index < to; index += 1) {
      const id = ids[index] ?? 0;
      let best = 0;
      const flags = flagsOf[id] ?? 0;
      // Note: as PerceptronTagger.tag, a word with no capital outside a name is O without scoring.
      if (!((tag1 === 0 || tag1 === START) && (flags & HAS_UPPER) === 0)) best = this.#best(from, to, index, index === firstWord, tag2, tag1);
      tags[index] = best;
      if (best > 0 && (flags & CAPITALISED) !== 0) this.#record(table.lowerOf[id] ?? 0, (best - 1) >> 2);
      tag2 = tag1;
      tag1 = best;
    }
  }

  #record(lower: number, type: number): void {
    const table = this.table;
    if (table.historyDocument[lower] !== this.#document) {
      table.history.fill(0, lower * TYPE_COUNT, (lower + 1) * TYPE_COUNT);
      table.historyDocument[lower] = this.#document;
    }
    table.history[lower * TYPE_COUNT + type] = (table.history[lower * TYPE_COUNT + type] ?? 0) + 1;
  }

  /**
   * Gazetteer marks of the sentence `[from, to)` into #begins and #inside, as
   * {@link gazetteerMarks}: from each capitalised word, the phrases of up to `maxWords` words.
   */
  #marks(from: number, to: number): void {
    const table = this.table;
    const ids = this.#ids;
    const begins = this.#begins;
    const inside = this.#inside;
    begins.fill(0, from, to);
    inside.fill(0, from, to);
    const maxWords = table.gazetteer.maxWords;
    for (let start = from; start < to; start += 1) {
      const id = ids[start] ?? 0;
      if (((table.flags[id] ?? 0) & CAPITALISED) === 0) continue;
      const lower = table.lowerOf[id] ?? 0;
      begins[start] = (begins[start] ?? 0) | (table.lowerKinds[lower] ?? 0);
      if (table.lowerPrefix[lower] !== 1) continue;
      let step = table.phrases[lower] as PhraseStep;
      for (let end = start + 1; step.prefix && end < to && end - start < maxWords; end += 1) {
        step = step.then(table.lowerOf[ids[end] ?? 0] ?? 0, table);
        const kinds = step.kinds;
        if (kinds !== 0) {
          begins[start] = (begins[start] ?? 0) | kinds;
          for (let index = start + 1; index <= end; index += 1) inside[index] = (inside[index] ?? 0) | kinds;
        }
      }
    }
  }

  /**
   * The class of token `index` of the sentence `[from, to)`: of the classes that may follow
   * `tag1`, the first with the highest score (as the tagger's bestAllowed over all scores).
   */
  #best(from: number, to: number, index: number, isFirst: boolean, tag2: number, tag1: number): number {
    const ids = this.#ids;
    const id = ids[index] ?? 0;
    const centre = this.#centre(id, tag1);
    const initial = isFirst ? this.#initial(id) : -1;
    const left2 = index - 2 >= from ? this.#around(ids[index - 2] ?? 0) : BOUNDARY_AT;
    const left1 = (index - 1 >= from ? this.#around(ids[index - 1] ?? 0) : BOUNDARY_AT) + CLASSES;
    const right1 = (index + 1 < to ? this.#around(ids[index + 1] ?? 0) : BOUNDARY_AT) + 2 * CLASSES;
    const right2 = (index + 2 < to ? this.#around(ids[index + 2] ?? 0) : BOUNDARY_AT) + 3 * CLASSES;
    const span = followers(tag1);
    const first = span >> 5;
    const end = first + (span & 31);
    // Note: read the pool after the vectors above are made; making one may have grown it.
    const pool = this.#vectors.data;
    const pairs = this.#tagPairs;
    const pair = (tag2 * TAG_VALUES + tag1) * CLASSES;
    const scores = this.#scores;
    for (let position = first; position < end; position += 1) {
      scores[position] =
        (pool[centre + position] ?? 0) +
        (pool[left2 + position] ?? 0) +
        (pool[left1 + position] ?? 0) +
        (pool[right1 + position] ?? 0) +
        (pool[right2 + position] ?? 0) +
        (pairs[pair + position] ?? 0);
    }
    if (initial >= 0) for (let position = first; position < end; position += 1) scores[position] = (scores[position] ?? 0) + (pool[initial + position] ?? 0);
    const used = this.#extraIds(id, from, to, index, isFirst);
    const weights = this.#weights;
    const extra = this.#extra;
    for (let extraAt = 0; extraAt < used; extraAt += 1) {
      const base = (extra[extraAt] ?? 0) * CLASSES;
      for (let position = first; position < end; position += 1) scores[position] = (scores[position] ?? 0) + (weights[base + (ORDER[position] ?? 0)] ?? 0);
    }
    let best = ORDER[first] ?? 0;
    let bestScore = -Infinity;
    for (let position = first; position < end; position += 1) {
      const score = scores[position] ?? 0;
      if (score > bestScore) {
        best = ORDER[position] ?? 0;
        bestScore = score;
      }
    }
    return best;
  }

  /** The ids of form `id`'s features at token `index` that are not in its vectors, into #extra; returns how many. */
  #extraIds(id: number, from: number, to: number, index: number, isFirst: boolean): number {
    const table = this.table;
    const fixed = this.#tagger.encoder.fixed;
    const extra = this.#extra;
    const document = this.#document;
    let used = 0;
    const begins = this.#begins[index] ?? 0;
    const inside = this.#inside[index] ?? 0;
    const left = index > from ? (this.#begins[index - 1] ?? 0) | (this.#inside[index - 1] ?? 0) : 0;
    const right = index + 1 < to ? (this.#begins[index + 1] ?? 0) | (this.#inside[index + 1] ?? 0) : 0;
    if ((begins | inside | left | right) !== 0) {
      for (let kind = 0; kind < KIND_COUNT; kind += 1) {
        const bit = 1 << kind;
        if ((begins & bit) !== 0) used = pushId(extra, used, fixed.gazetteer[kind * 2]);
        if ((inside & bit) !== 0) used = pushId(extra, used, fixed.gazetteer[kind * 2 + 1]);
        if ((left & bit) !== 0) used = pushId(extra, used, fixed.gazetteerLeft[kind]);
        if ((right & bit) !== 0) used = pushId(extra, used, fixed.gazetteerRight[kind]);
      }
    }
    const flags = table.flags[id] ?? 0;
    const lower = table.lowerOf[id] ?? 0;
    if ((flags & ALL_CAPS) !== 0) {
      if (table.seenCapitalisedInside[lower] === document) used = pushId(extra, used, fixed.document[2]);
    } else if ((flags & CAPITALISED) !== 0) {
      if (table.seenLower[lower] === document) used = pushId(extra, used, fixed.document[isFirst ? 3 : 0]);
      if (isFirst && table.seenCapitalisedInside[lower] === document) used = pushId(extra, used, fixed.document[1]);
    }
    if ((flags & CAPITALISED) !== 0 && table.historyDocument[lower] === document) {
      let best = -1;
      let bestCount = 0;
      for (let type = 0; type < TYPE_COUNT; type += 1) {
        const seen = table.history[lower * TYPE_COUNT + type] ?? 0;
        if (seen === 0) continue;
        used = pushId(extra, used, fixed.history[type]);
        if (seen > bestCount) {
          best = type;
          bestCount = seen;
        }
      }
      if (best >= 0) used = pushId(extra, used, fixed.historyMajority[best]);
    }
    return used;
  }

  #resetPool(): void {
    this.#vectors.clear();
    const at = this.#vectors.allocate(AROUND_SIZE);
    this.#fillAround(at, this.#tagger.encoder.fixed.boundary);
  }

  #lexeme(id: number): Lexeme {
    return this.table.lexeme(id);
  }

  /** The vector of form `id`'s own features and of its pairs with the previous tag `tag1`. */
  #centre(id: number, tag1: number): number {
    const table = this.table;
    const at = id * TAG_VALUES + tag1;
    if ((table.centres[at] ?? -1) < 0) {
      const lexeme = this.#lexeme(id);
      table.centres[at] = this.#vectors.sum([...lexeme.own, lexeme.afterTag[tag1 * 2] ?? -1, lexeme.afterTag[tag1 * 2 + 1] ?? -1]);
    }
    return table.centres[at] ?? 0;
  }

  #initial(id: number): number {
    const table = this.table;
    if ((table.initial[id] ?? -1) < 0) table.initial[id] = this.#vectors.sum(this.#lexeme(id).initial);
    return table.initial[id] ?? 0;
  }

  #around(id: number): number {
    const table = this.table;
    if ((table.around[id] ?? -1) < 0) {
      const at = this.#vectors.allocate(AROUND_SIZE);
      this.#fillAround(at, this.table.aroundIds(id));
      table.around[id] = at;
    }
    return table.around[id] ?? 0;
  }

  /** Sum the neighbour-slot ids (in the lexeme's around order) into the four vectors at `at`, by offset. */
  #fillAround(at: number, slots: Int32Array): void {
    for (let slot = 0; slot < NEIGHBOUR_OFFSETS.length; slot += 1) {
      const vector = AROUND_OFFSETS.indexOf(NEIGHBOUR_OFFSETS[slot] ?? 0);
      this.#vectors.addRow(at + vector * CLASSES, slots[slot] ?? -1);
    }
  }
}

const taggers = new WeakMap<PerceptronTagger, DocumentTagger>();

/** The document tagger of a tagger (one per tagger, kept with it). */
export function documentTagger(tagger: PerceptronTagger): DocumentTagger {
  let found = taggers.get(tagger);
  if (found === undefined) {
    found = new DocumentTagger(tagger);
    taggers.set(tagger, found);
  }
  return found;
}
