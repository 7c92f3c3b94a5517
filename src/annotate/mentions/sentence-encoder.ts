/**
 * Turn a sentence's words into the tagger's static feature ids (everything except the previous
 * tags, which decoding adds as it goes). Shared by training and tagging.
 */
import { type DocumentContext, type Lexeme, type FeatureSpace, FixedFeatures, LexemeTable, WORD_FLAGS, gazetteerMarks } from './ner-features.js';
import { type NerGazetteer, GAZETTEER_KINDS } from './ner-gazetteer.js';

/** A sentence as feature ids: token `i` owns `ids[offsets[i]] .. ids[offsets[i + 1] - 1]`. */
export interface EncodedSentence {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

const OPENING = /^["'“‘([«-]$/u;
/** Offsets of the neighbour slots of {@link Lexeme.around}. */
const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2, -1, 1, -2, 2] as const;
/** An upper bound of the ids a token gets besides its own: neighbours, opening, gazetteer, document. */
const FIXED_PER_TOKEN = 8 + 2 + 4 * 6 + 2;

/** A sentence's per-sentence encoding parts: its lexemes, gazetteer marks and first word. */
export interface PreparedSentence {
  readonly lexemes: readonly Lexeme[];
  /** Per token, the bit set of gazetteer kinds it starts. */
  readonly begins: Int32Array;
  /** Per token, the bit set of gazetteer kinds it continues. */
  readonly inside: Int32Array;
  /** Index of the first word (after opening quotes and dashes). */
  readonly firstWord: number;
}

/** The lexemes of a sentence's words, for the tag-dependent features decoding adds. */
export function sentenceLexemes(encoder: SentenceEncoder, words: readonly string[]): Lexeme[] {
  return words.map((word) => encoder.table.get(word));
}

/** Encodes sentences over one feature space. */
export class SentenceEncoder {
  readonly table: LexemeTable;
  readonly fixed: FixedFeatures;
  readonly #gazetteer: NerGazetteer;
  #buffer = new Int32Array(8192);

  /** An encoder over a feature space, for a tag set of `classes` classes. */
  constructor(space: FeatureSpace, gazetteer: NerGazetteer, classes: number) {
    this.table = new LexemeTable(space, classes);
    this.fixed = new FixedFeatures(space, classes);
    this.#gazetteer = gazetteer;
  }

  /** The per-sentence parts of the encoding (lexemes, gazetteer marks, first word), for {@link SentenceEncoder.encodeToken}. */
  prepare(words: readonly string[], lexemes: readonly Lexeme[] = sentenceLexemes(this, words)): PreparedSentence {
    const marks = gazetteerMarks(lexemes, this.#gazetteer);
    let firstWord = 0;
    while (firstWord < words.length - 1 && OPENING.test(words[firstWord] ?? '')) firstWord += 1;
    return { lexemes, begins: marks.begins, inside: marks.inside, firstWord };
  }

  /** Encode one sentence of a document. */
  encode(words: readonly string[], context: DocumentContext): EncodedSentence {
    const count = words.length;
    const prepared = this.prepare(words);
    let capacity = count * FIXED_PER_TOKEN;
    for (const lexeme of prepared.lexemes) capacity += lexeme.own.length;
    if (capacity > this.#buffer.length) this.#buffer = new Int32Array(capacity * 2);
    const buffer = this.#buffer;
    const offsets = new Int32Array(count + 1);
    let used = 0;
    for (let index = 0; index < count; index += 1) {
      offsets[index] = used;
      used = this.encodeToken(prepared, index, context, buffer, used);
    }
    offsets[count] = used;
    return { ids: buffer.slice(0, used), offsets };
  }

  /**
   * Write the static feature ids of token `index` into `buffer` from position `used` on and
   * return the position after them. `buffer` must hold {@link tokenCapacity} more ids. Note:
   * the tagger encodes only the tokens it scores (most are surely outside a name), in the same
   * order as {@link SentenceEncoder.encode}, so the scores are the same to the last bit.
   */
  encodeToken(prepared: PreparedSentence, index: number, context: DocumentContext, buffer: Int32Array, used: number): number {
    const { lexemes, begins: allBegins, inside: allInside } = prepared;
    const count = lexemes.length;
    const fixed = this.fixed;
    const lexeme = lexemes[index];
    if (lexeme === undefined) return used;
    for (const id of lexeme.own) buffer[used++] = id;
    for (let slot = 0; slot < NEIGHBOUR_OFFSETS.length; slot += 1) {
      const other = lexemes[index + (NEIGHBOUR_OFFSETS[slot] ?? 0)];
      const id = other === undefined ? (fixed.boundary[slot] ?? -1) : (other.around[slot] ?? -1);
      if (id >= 0) buffer[used++] = id;
    }
    const isFirst = index === prepared.firstWord;
    if (isFirst) for (const id of lexeme.initial) buffer[used++] = id;
    const begins = allBegins[index] ?? 0;
    const inside = allInside[index] ?? 0;
    const left = index > 0 ? (allBegins[index - 1] ?? 0) | (allInside[index - 1] ?? 0) : 0;
    const right = index + 1 < count ? (allBegins[index + 1] ?? 0) | (allInside[index + 1] ?? 0) : 0;
    if ((begins | inside | left | right) !== 0) {
      for (let kind = 0; kind < GAZETTEER_KINDS.length; kind += 1) {
        const bit = 1 << kind;
        if ((begins & bit) !== 0) used = pushId(buffer, used, fixed.gazetteer[kind * 2]);
        if ((inside & bit) !== 0) used = pushId(buffer, used, fixed.gazetteer[kind * 2 + 1]);
        if ((left & bit) !== 0) used = pushId(buffer, used, fixed.gazetteerLeft[kind]);
        if ((right & bit) !== 0) used = pushId(buffer, used, fixed.gazetteerRight[kind]);
      }
    }
    const wordFlags = lexeme.flags;
    if ((wordFlags & WORD_FLAGS.allCaps) !== 0) {
      if (context.seenCapitalisedInside.has(lexeme.lower)) used = pushId(buffer, used, fixed.document[2]);
    } else if ((wordFlags & WORD_FLAGS.capitalised) !== 0) {
      if (context.seenLower.has(lexeme.lower)) used = pushId(buffer, used, fixed.document[isFirst ? 3 : 0]);
      if (isFirst && context.seenCapitalisedInside.has(lexeme.lower)) used = pushId(buffer, used, fixed.document[1]);
    }
    return used;
  }
}

/** The most ids {@link SentenceEncoder.encodeToken} writes for one token with this lexeme. */
export function tokenCapacity(lexeme: Lexeme | undefined): number {
  return (lexeme?.own.length ?? 0) + FIXED_PER_TOKEN;
}

function pushId(buffer: Int32Array, used: number, id: number | undefined): number {
  if (id === undefined || id < 0) return used;
  buffer[used] = id;
  return used + 1;
}
