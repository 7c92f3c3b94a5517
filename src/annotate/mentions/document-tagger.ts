/**
 * The NER tagger over a whole document, as the mention stage runs it: the decisions of
 * {@link PerceptronTagger.tag} under {@link documentContextOf}, reached with less work per token.
 *
 * - Each word form is looked up once per document and carries, besides its lexeme, a record of its
 *   lower-case form, on which the document context (seen in lower case, seen capitalised inside a
 *   sentence) and the prediction history are stamped with the document's number: no set or map is
 *   filled per token.
 * - The features that depend on one word only (its own, its first-word features, and what it adds
 *   as the neighbour at -2, -1, +1 or +2) are summed once per word form into per-class score
 *   vectors, and the previous-tag pair features once per tag pair, so scoring a token is six vector
 *   adds plus the few features that depend on the sentence and on earlier decisions.
 *
 * Note: the sums are regrouped, which changes nothing only when every sum of weights is exact in
 * a double. It is for the shipped models: their weights are 16-bit integers over a scale, stored
 * as floats, and every sum of up to 2^14 such weights is a multiple of the smallest weight's last
 * bit that fits in 53 bits. {@link sumsAreExact} checks it when a tagger is first used here;
 * a tagger whose weights do not pass (one in training) is run through {@link PerceptronTagger.tag}.
 */
import { type Lexeme, TAGGED_TYPES, WORD_FLAGS, documentContextOf } from './ner-features.js';
import { GAZETTEER_KINDS } from './ner-gazetteer.js';
import { CLASS_COUNT, type PerceptronTagger, bestAllowed } from './perceptron-tagger.js';

/** Most word forms kept between documents (as the lexeme table's bound). */
const FORM_CACHE_LIMIT = 100_000;
/** A bound on the weight rows one token's score adds up (about 60 in the shipped feature set). */
const MAX_TERMS = 1024;
const OPENING = /^["'“‘([«-]$/u;
/** Neighbour offsets in the order of {@link Lexeme.around}'s slots. */
const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2, -1, 1, -2, 2] as const;
/** Neighbour offsets in the order of {@link WordForm} around vectors. */
const AROUND_OFFSETS = [-2, -1, 1, 2] as const;
const TYPE_COUNT = TAGGED_TYPES.length;

/** What the current document says about one lower-case form; fields are valid when stamped with the document's number. */
class LowerForm {
  readonly lower: string;
  /** The document in which the form was last seen written in lower case. */
  seenLower = 0;
  /** The document in which the form was last seen capitalised (not all caps) away from a sentence start. */
  seenCapitalisedInside = 0;
  /** The document {@link LowerForm.history} counts belong to. */
  historyDocument = 0;
  /** Per tagged type, how often the tagger gave it to a capitalised word of this form in that document. */
  readonly history = new Int32Array(TYPE_COUNT);

  constructor(lower: string) {
    this.lower = lower;
  }
}

/** One word form, as the document tagger reads it. */
export class WordForm {
  readonly word: string;
  readonly lexeme: Lexeme;
  /** Bit set of {@link WORD_FLAGS}. */
  readonly flags: number;
  readonly lowerForm: LowerForm;
  /** The gazetteer kinds of the word alone (0 when none). */
  readonly gazetteerKinds: number;
  /** Whether the word opens a multi-word gazetteer phrase. */
  readonly gazetteerPrefix: boolean;
  /** Whether the word is an opening quote, bracket or dash (a sentence's first word comes after these). */
  readonly opening: boolean;
  /** Per class, the weights of the word's own features, then of its first-word features (computed on first use). */
  centre: Float64Array | undefined = undefined;
  /** Per class, what the word adds as the neighbour at -2, -1, +1, +2 (computed on first use). */
  around: Float64Array | undefined = undefined;

  constructor(word: string, lexeme: Lexeme, lowerForm: LowerForm, gazetteerKinds: number, gazetteerPrefix: boolean) {
    this.word = word;
    this.lexeme = lexeme;
    this.flags = lexeme.flags;
    this.lowerForm = lowerForm;
    this.gazetteerKinds = gazetteerKinds;
    this.gazetteerPrefix = gazetteerPrefix;
    this.opening = OPENING.test(word);
  }
}

/**
 * Whether every sum of up to `terms` of these weights is exact in a double, in any order: all
 * weights are multiples of the last bit of the smallest one, and `terms` times the largest fits
 * in 53 bits of that unit.
 */
export function sumsAreExact(weights: Float32Array, terms: number = MAX_TERMS): boolean {
  let smallest = Infinity;
  let largest = 0;
  for (const weight of weights) {
    if (weight === 0) continue;
    const size = Math.abs(weight);
    if (size < smallest) smallest = size;
    if (size > largest) largest = size;
  }
  if (largest === 0) return true;
  // Note: below 2^-126 a float has fewer bits and a smaller last bit than its exponent says.
  if (smallest < 2 ** -126 || !Number.isFinite(largest)) return false;
  let exponent = Math.floor(Math.log2(smallest));
  while (2 ** exponent > smallest) exponent -= 1;
  while (2 ** (exponent + 1) <= smallest) exponent += 1;
  const unit = 2 ** (exponent - 23);
  return terms * largest <= 2 ** 53 * unit;
}

function pushId(into: Int32Array, used: number, id: number | undefined): number {
  if (id === undefined || id < 0) return used;
  into[used] = id;
  return used + 1;
}

function addRow(into: Float64Array, at: number, weights: Float32Array, id: number): void {
  if (id < 0) return;
  const base = id * CLASS_COUNT;
  for (let label = 0; label < CLASS_COUNT; label += 1) into[at + label] = (into[at + label] ?? 0) + (weights[base + label] ?? 0);
}

/**
 * Tags the documents of one tagger: {@link DocumentTagger.begin} a document,
 * {@link DocumentTagger.add} its sentences in order, then {@link DocumentTagger.tag} it.
 */
export class DocumentTagger {
  readonly #tagger: PerceptronTagger;
  readonly #weights: Float32Array;
  readonly #exact: boolean;
  readonly #forms = new Map<string, WordForm>();
  readonly #lowers = new Map<string, LowerForm>();
  /** The boundary (`<S>`) neighbour vectors, as {@link WordForm.around}. */
  readonly #boundary: Float64Array;
  /** `[(tag2 * (CLASS_COUNT + 1) + tag1) * CLASS_COUNT + label]`: the previous-tag and tag-pair weights. */
  readonly #tagPairs: Float64Array;
  readonly #scores = new Float64Array(CLASS_COUNT);
  #extra = new Int32Array(64);
  #begins = new Int32Array(256);
  #inside = new Int32Array(256);
  #document = 0;
  /** The current document's forms, sentence after sentence. */
  #docForms: WordForm[] = [];
  /** Where each sentence of the current document ends in #docForms. */
  #sentenceEnds: number[] = [];

  /** A document tagger over a trained tagger. */
  constructor(tagger: PerceptronTagger) {
    this.#tagger = tagger;
    this.#weights = tagger.weights;
    this.#exact = sumsAreExact(tagger.weights);
    const fixed = tagger.encoder.fixed;
    this.#boundary = new Float64Array(AROUND_OFFSETS.length * CLASS_COUNT);
    this.#fillAround(this.#boundary, fixed.boundary);
    const tags = CLASS_COUNT + 1;
    this.#tagPairs = new Float64Array(tags * tags * CLASS_COUNT);
    for (let tag2 = 0; tag2 < tags; tag2 += 1) {
      for (let tag1 = 0; tag1 < tags; tag1 += 1) {
        const at = (tag2 * tags + tag1) * CLASS_COUNT;
        addRow(this.#tagPairs, at, this.#weights, fixed.previous[tag1] ?? -1);
        addRow(this.#tagPairs, at, this.#weights, fixed.previousPair[tag2 * tags + tag1] ?? -1);
      }
    }
  }

  /** Whether this tagger's scores are summed from per-form vectors (else it runs the reference path). */
  get summed(): boolean {
    return this.#exact;
  }

  /** The forms of the current document's sentences, one after the other. */
  get forms(): readonly WordForm[] {
    return this.#docForms;
  }

  /** Start a new document. */
  begin(): void {
    this.#document += 1;
    this.#docForms = [];
    this.#sentenceEnds = [];
    // Note: forms are dropped only between documents, so that one document's forms share their lower-case records.
    if (this.#forms.size >= FORM_CACHE_LIMIT) {
      this.#forms.clear();
      this.#lowers.clear();
    }
  }

  /** The form of a word. */
  form(word: string): WordForm {
    let form = this.#forms.get(word);
    if (form === undefined) {
      const lexeme = this.#tagger.encoder.table.build(word);
      let lowerForm = this.#lowers.get(lexeme.lower);
      if (lowerForm === undefined) {
        lowerForm = new LowerForm(lexeme.lower);
        this.#lowers.set(lexeme.lower, lowerForm);
      }
      const gazetteer = this.#tagger.gazetteer;
      form = new WordForm(word, lexeme, lowerForm, gazetteer.phrases.get(lexeme.lower) ?? 0, gazetteer.prefixes.has(lexeme.lower));
      this.#forms.set(word, form);
    }
    return form;
  }

  /**
   * Add the next sentence of the document: look up its tokens' forms (after the earlier
   * sentences' in {@link DocumentTagger.forms}) and note what they say about the document (which
   * forms are written in lower case, which capitalised inside a sentence). Returns the position
   * of its first form. Every sentence is added before the document is tagged.
   */
  add(tokens: readonly { readonly text: string }[]): number {
    const document = this.#document;
    const forms = this.#docForms;
    const offset = forms.length;
    for (let index = 0; index < tokens.length; index += 1) {
      const form = this.form(tokens[index]?.text ?? '');
      forms.push(form);
      const flags = form.flags;
      if ((flags & WORD_FLAGS.lower) !== 0) form.lowerForm.seenLower = document;
      else if (index > 0 && (flags & (WORD_FLAGS.capitalised | WORD_FLAGS.allCaps)) === WORD_FLAGS.capitalised) {
        form.lowerForm.seenCapitalisedInside = document;
      }
    }
    this.#sentenceEnds.push(forms.length);
    return offset;
  }

  /** Whether the current document writes this form's lower-case form in lower case somewhere. */
  seenLower(form: WordForm): boolean {
    return form.lowerForm.seenLower === this.#document;
  }

  /** Tag the current document's sentences, in order: class indexes as {@link PerceptronTagger.tag}, one per form. */
  tag(): Uint8Array {
    const forms = this.#docForms;
    const tags = new Uint8Array(forms.length);
    if (!this.#exact) {
      this.#tagByReference(tags);
      return tags;
    }
    if (this.#begins.length < forms.length) {
      this.#begins = new Int32Array(forms.length * 2);
      this.#inside = new Int32Array(forms.length * 2);
    }
    let from = 0;
    for (const to of this.#sentenceEnds) {
      this.#tagSentence(forms, from, to, tags);
      from = to;
    }
    return tags;
  }

  #tagByReference(tags: Uint8Array): void {
    const forms = this.#docForms;
    const sentences: WordForm[][] = [];
    let from = 0;
    for (const to of this.#sentenceEnds) {
      sentences.push(forms.slice(from, to));
      from = to;
    }
    const context = documentContextOf(sentences.map((sentence) => sentence.map((form) => form.lexeme)));
    from = 0;
    for (const sentence of sentences) {
      if (sentence.length > 0) {
        const sentenceTags = this.#tagger.tag(
          sentence.map((form) => form.word),
          context,
          sentence.map((form) => form.lexeme),
        );
        tags.set(sentenceTags, from);
      }
      from += sentence.length;
    }
  }

  #tagSentence(forms: readonly WordForm[], from: number, to: number, tags: Uint8Array): void {
    this.#marks(forms, from, to);
    let firstWord = from;
    while (firstWord < to - 1 && forms[firstWord]?.opening === true) firstWord += 1;
    let tag1: number = CLASS_COUNT;
    let tag2: number = CLASS_COUNT;
    for (let index = from; index < to; index += 1) {
      const form = forms[index] as WordForm;
      let best = 0;
      const flags = form.flags;
      // Note: as PerceptronTagger.tag, a word with no capital outside a name is O without scoring.
      if (!((tag1 === 0 || tag1 === CLASS_COUNT) && (flags & WORD_FLAGS.hasUpper) === 0)) {
        this.#score(forms, from, to, index, index === firstWord, tag2, tag1);
        best = bestAllowed(this.#scores, tag1);
      }
      tags[index] = best;
      if (best > 0 && (flags & WORD_FLAGS.capitalised) !== 0) this.#record(form.lowerForm, (best - 1) >> 2);
      tag2 = tag1;
      tag1 = best;
    }
  }

  #record(lowerForm: LowerForm, type: number): void {
    if (lowerForm.historyDocument !== this.#document) {
      lowerForm.history.fill(0);
      lowerForm.historyDocument = this.#document;
    }
    lowerForm.history[type] = (lowerForm.history[type] ?? 0) + 1;
  }

  /** Gazetteer marks of the sentence `[from, to)` into #begins and #inside, as {@link gazetteerMarks}. */
  #marks(forms: readonly WordForm[], from: number, to: number): void {
    const begins = this.#begins;
    const inside = this.#inside;
    begins.fill(0, from, to);
    inside.fill(0, from, to);
    const gazetteer = this.#tagger.gazetteer;
    for (let start = from; start < to; start += 1) {
      const form = forms[start] as WordForm;
      if ((form.flags & WORD_FLAGS.capitalised) === 0) continue;
      begins[start] = (begins[start] ?? 0) | form.gazetteerKinds;
      if (!form.gazetteerPrefix) continue;
      let phrase = form.lowerForm.lower;
      for (let end = start + 1; end < to && end - start < gazetteer.maxWords; end += 1) {
        phrase = `${phrase} ${forms[end]?.lowerForm.lower ?? ''}`;
        const kinds = gazetteer.phrases.get(phrase);
        if (kinds !== undefined) {
          begins[start] = (begins[start] ?? 0) | kinds;
          for (let index = start + 1; index <= end; index += 1) inside[index] = (inside[index] ?? 0) | kinds;
        }
        if (!gazetteer.prefixes.has(phrase)) break;
      }
    }
  }

  /** Score token `index` of a sentence into #scores. */
  #score(forms: readonly WordForm[], from: number, to: number, index: number, isFirst: boolean, tag2: number, tag1: number): void {
    const form = forms[index] as WordForm;
    const centre = this.#centre(form);
    const boundary = this.#boundary;
    const left2 = index - 2 >= from ? this.#around(forms[index - 2] as WordForm) : boundary;
    const left1 = index - 1 >= from ? this.#around(forms[index - 1] as WordForm) : boundary;
    const right1 = index + 1 < to ? this.#around(forms[index + 1] as WordForm) : boundary;
    const right2 = index + 2 < to ? this.#around(forms[index + 2] as WordForm) : boundary;
    const pairs = this.#tagPairs;
    const pair = (tag2 * (CLASS_COUNT + 1) + tag1) * CLASS_COUNT;
    const scores = this.#scores;
    const initial = isFirst ? CLASS_COUNT : -1;
    for (let label = 0; label < CLASS_COUNT; label += 1) {
      let sum =
        (centre[label] ?? 0) +
        (left2[label] ?? 0) +
        (left1[CLASS_COUNT + label] ?? 0) +
        (right1[2 * CLASS_COUNT + label] ?? 0) +
        (right2[3 * CLASS_COUNT + label] ?? 0) +
        (pairs[pair + label] ?? 0);
      if (initial >= 0) sum += centre[initial + label] ?? 0;
      scores[label] = sum;
    }
    const used = this.#extraIds(form, from, to, index, isFirst, tag1);
    const weights = this.#weights;
    const extra = this.#extra;
    for (let position = 0; position < used; position += 1) {
      const base = (extra[position] ?? 0) * CLASS_COUNT;
      for (let label = 0; label < CLASS_COUNT; label += 1) scores[label] = (scores[label] ?? 0) + (weights[base + label] ?? 0);
    }
  }

  /** The ids of token `index`'s features that are not in its vectors, into #extra; returns how many. */
  #extraIds(form: WordForm, from: number, to: number, index: number, isFirst: boolean, tag1: number): number {
    const fixed = this.#tagger.encoder.fixed;
    const extra = this.#extra;
    const document = this.#document;
    let used = pushId(extra, 0, form.lexeme.afterTag[tag1 * 2]);
    used = pushId(extra, used, form.lexeme.afterTag[tag1 * 2 + 1]);
    const begins = this.#begins[index] ?? 0;
    const inside = this.#inside[index] ?? 0;
    const left = index > from ? (this.#begins[index - 1] ?? 0) | (this.#inside[index - 1] ?? 0) : 0;
    const right = index + 1 < to ? (this.#begins[index + 1] ?? 0) | (this.#inside[index + 1] ?? 0) : 0;
    if ((begins | inside | left | right) !== 0) {
      for (let kind = 0; kind < GAZETTEER_KINDS.length; kind += 1) {
        const bit = 1 << kind;
        if ((begins & bit) !== 0) used = pushId(extra, used, fixed.gazetteer[kind * 2]);
        if ((inside & bit) !== 0) used = pushId(extra, used, fixed.gazetteer[kind * 2 + 1]);
        if ((left & bit) !== 0) used = pushId(extra, used, fixed.gazetteerLeft[kind]);
        if ((right & bit) !== 0) used = pushId(extra, used, fixed.gazetteerRight[kind]);
      }
    }
    const flags = form.flags;
    const lowerForm = form.lowerForm;
    if ((flags & WORD_FLAGS.allCaps) !== 0) {
      if (lowerForm.seenCapitalisedInside === document) used = pushId(extra, used, fixed.document[2]);
    } else if ((flags & WORD_FLAGS.capitalised) !== 0) {
      if (lowerForm.seenLower === document) used = pushId(extra, used, fixed.document[isFirst ? 3 : 0]);
      if (isFirst && lowerForm.seenCapitalisedInside === document) used = pushId(extra, used, fixed.document[1]);
    }
    if ((flags & WORD_FLAGS.capitalised) !== 0 && lowerForm.historyDocument === document) {
      let best = -1;
      let bestCount = 0;
      for (let type = 0; type < TYPE_COUNT; type += 1) {
        const seen = lowerForm.history[type] ?? 0;
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

  #centre(form: WordForm): Float64Array {
    if (form.centre !== undefined) return form.centre;
    const centre = new Float64Array(2 * CLASS_COUNT);
    for (const id of form.lexeme.own) addRow(centre, 0, this.#weights, id);
    for (const id of form.lexeme.initial) addRow(centre, CLASS_COUNT, this.#weights, id);
    form.centre = centre;
    return centre;
  }

  #around(form: WordForm): Float64Array {
    if (form.around !== undefined) return form.around;
    const around = new Float64Array(AROUND_OFFSETS.length * CLASS_COUNT);
    this.#fillAround(around, form.lexeme.around);
    form.around = around;
    return around;
  }

  /** Sum the neighbour-slot ids (in {@link Lexeme.around} order) into vectors by offset. */
  #fillAround(into: Float64Array, slots: Int32Array): void {
    NEIGHBOUR_OFFSETS.forEach((offset, slot) => {
      addRow(into, AROUND_OFFSETS.indexOf(offset) * CLASS_COUNT, this.#weights, slots[slot] ?? -1);
    });
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
