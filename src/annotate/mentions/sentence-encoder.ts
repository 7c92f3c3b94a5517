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

  /** Encode one sentence of a document. */
  encode(words: readonly string[], context: DocumentContext): EncodedSentence {
    const count = words.length;
    const lexemes = sentenceLexemes(this, words);
    const marks = gazetteerMarks(lexemes, this.#gazetteer);
    let capacity = count * FIXED_PER_TOKEN;
    for (const lexeme of lexemes) capacity += lexeme.own.length;
    if (capacity > this.#buffer.length) this.#buffer = new Int32Array(capacity * 2);
    const buffer = this.#buffer;
    const offsets = new Int32Array(count + 1);
    const fixed = this.fixed;
    let used = 0;
    let firstWord = 0;
    while (firstWord < count - 1 && OPENING.test(words[firstWord] ?? '')) firstWord += 1;
    for (let index = 0; index < count; index += 1) {
      offsets[index] = used;
      const lexeme = lexemes[index];
      if (lexeme === undefined) continue;
      for (const id of lexeme.own) buffer[used++] = id;
      for (let slot = 0; slot < NEIGHBOUR_OFFSETS.length; slot += 1) {
        const other = lexemes[index + (NEIGHBOUR_OFFSETS[slot] ?? 0)];
        const id = other === undefined ? (fixed.boundary[slot] ?? -1) : (other.around[slot] ?? -1);
        if (id >= 0) buffer[used++] = id;
      }
      const isFirst = index === firstWord;
      if (isFirst) for (const id of lexeme.initial) buffer[used++] = id;
      const begins = marks.begins[index] ?? 0;
      const inside = marks.inside[index] ?? 0;
      const left = index > 0 ? (marks.begins[index - 1] ?? 0) | (marks.inside[index - 1] ?? 0) : 0;
      const right = index + 1 < count ? (marks.begins[index + 1] ?? 0) | (marks.inside[index + 1] ?? 0) : 0;
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
    }
    offsets[count] = used;
    return { ids: buffer.slice(0, used), offsets };
  }
}

function pushId(buffer: Int32Array, used: number, id: number | undefined): number {
  if (id === undefined || id < 0) return used;
  buffer[used] = id;
  return used + 1;
}
