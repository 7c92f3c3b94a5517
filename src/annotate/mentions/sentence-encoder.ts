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

/** The lexemes of a sentence's words, for the tag-dependent features decoding adds. */
export function sentenceLexemes(encoder: SentenceEncoder, words: readonly string[]): Lexeme[] {
  return words.map((word) => encoder.table.get(word));
}

/** Encodes sentences over one feature space. */
export class SentenceEncoder {
  readonly table: LexemeTable;
  readonly fixed: FixedFeatures;
  readonly #gazetteer: NerGazetteer;
  readonly #space: FeatureSpace;
  #buffer = new Int32Array(4096);

  /** An encoder over a feature space, for a tag set of `classes` classes. */
  constructor(space: FeatureSpace, gazetteer: NerGazetteer, classes: number) {
    this.table = new LexemeTable(space, classes);
    this.#space = space;
    this.fixed = new FixedFeatures(space, classes);
    this.#gazetteer = gazetteer;
  }

  /** Encode one sentence of a document. */
  encode(words: readonly string[], context: DocumentContext): EncodedSentence {
    const count = words.length;
    const lexemes = words.map((word) => this.table.get(word));
    const flags = Int32Array.from(lexemes, (lexeme) => lexeme.flags);
    const marks = gazetteerMarks(
      lexemes.map((lexeme) => lexeme.lower),
      flags,
      this.#gazetteer,
    );
    const offsets = new Int32Array(count + 1);
    let used = 0;
    const push = (id: number): void => {
      if (id < 0) return;
      if (used === this.#buffer.length) {
        const grown = new Int32Array(this.#buffer.length * 2);
        grown.set(this.#buffer);
        this.#buffer = grown;
      }
      this.#buffer[used] = id;
      used += 1;
    };
    const fixed = this.fixed;
    let firstWord = 0;
    while (firstWord < count - 1 && OPENING.test(words[firstWord] ?? '')) firstWord += 1;
    for (let index = 0; index < count; index += 1) {
      offsets[index] = used;
      const lexeme = lexemes[index];
      if (lexeme === undefined) continue;
      for (const id of lexeme.own) push(id);
      for (let slot = 0; slot < 6; slot += 1) {
        const neighbour = index + (slot === 0 ? -2 : slot === 1 || slot === 4 ? -1 : slot === 2 || slot === 5 ? 1 : 2);
        const other = lexemes[neighbour];
        push(other === undefined ? (fixed.boundary[slot] ?? -1) : (other.around[slot] ?? -1));
      }
      const next = lexemes[index + 1];
      push(this.#space.lookup(`lw=${index > 0 ? (lexemes[index - 1]?.lower ?? '') : '<S>'}|${lexeme.lower}`));
      push(this.#space.lookup(`wr=${lexeme.lower}|${next === undefined ? '<S>' : next.lower}`));
      const isFirst = index === firstWord;
      if (isFirst) for (const id of lexeme.initial) push(id);
      const begins = marks.begins[index] ?? 0;
      const inside = marks.inside[index] ?? 0;
      const left = index > 0 ? (marks.begins[index - 1] ?? 0) | (marks.inside[index - 1] ?? 0) : 0;
      const right = index + 1 < count ? (marks.begins[index + 1] ?? 0) | (marks.inside[index + 1] ?? 0) : 0;
      for (let kind = 0; kind < GAZETTEER_KINDS.length; kind += 1) {
        const bit = 1 << kind;
        if ((begins & bit) !== 0) push(fixed.gazetteer[kind * 2] ?? -1);
        if ((inside & bit) !== 0) push(fixed.gazetteer[kind * 2 + 1] ?? -1);
        if ((left & bit) !== 0) push(fixed.gazetteerLeft[kind] ?? -1);
        if ((right & bit) !== 0) push(fixed.gazetteerRight[kind] ?? -1);
      }
      const wordFlags = lexeme.flags;
      if ((wordFlags & WORD_FLAGS.allCaps) !== 0) {
        if (context.seenCapitalisedInside.has(lexeme.lower)) push(fixed.document[2] ?? -1);
      } else if ((wordFlags & WORD_FLAGS.capitalised) !== 0) {
        if (context.seenLower.has(lexeme.lower)) push(fixed.document[isFirst ? 3 : 0] ?? -1);
        if (isFirst && context.seenCapitalisedInside.has(lexeme.lower)) push(fixed.document[1] ?? -1);
      }
    }
    offsets[count] = used;
    return { ids: this.#buffer.slice(0, used), offsets };
  }
}
