/**
 * Word forms as the document tagger reads them, in a {@link FormTable}: each form gets a number,
 * and what tagging reads per token lies in typed arrays by that number (flags, lower-case form,
 * where its score vectors are), so a token costs one probe of a small open hash table and reads
 * of compact arrays, not a walk over objects. A word of up to eight Latin-1 characters is told
 * apart by its characters packed into the table slot, without reading the stored string.
 *
 * Lower-case forms ("police" for "Police", "police" and "POLICE") get numbers too; what the
 * current document says about one (seen in lower case, seen capitalised inside a sentence, the
 * prediction history) is stamped with the document's number. Gazetteer phrases are read word by
 * word through {@link PhraseStep}s linked by lower-case form.
 */
import { type Lexeme, type LexemeTable, TAGGED_TYPES, flagsOf } from './ner-features.js';
import { type NerGazetteer } from './ner-gazetteer.js';
import { hasSplitMark } from './ner-tokens.js';

const OPENING = /^["'“‘([«-]$/u;
const TYPE_COUNT = TAGGED_TYPES.length;
/** Table slots: key (hash, and the length of a short word or 15), two words of packed characters, form number + 1 (0: empty). */
const SLOT = 4;
const LONG = 15;
const SHORT_LENGTH = 8;

/** A gazetteer phrase read so far, as a path of lower-case forms. */
export class PhraseStep {
  /** The lower-cased words so far, joined by one space. */
  readonly phrase: string;
  /** The gazetteer kinds of the phrase (0 when it is not one). */
  readonly kinds: number;
  /** Whether longer gazetteer phrases start with it. */
  readonly prefix: boolean;
  /** The common name of the country the phrase names, when it names one. */
  readonly country: string | undefined;
  /** The country whose capital the phrase names, when it names one. */
  readonly capitalOf: string | undefined;
  /** The steps after it, by the next word's lower-case form number (made when first met). */
  #next: Map<number, PhraseStep> | undefined = undefined;

  /** The step of a phrase in a gazetteer. */
  constructor(phrase: string, gazetteer: NerGazetteer) {
    this.phrase = phrase;
    this.kinds = gazetteer.phrases.get(phrase) ?? 0;
    this.prefix = gazetteer.prefixes.has(phrase);
    this.country = gazetteer.countries.get(phrase);
    this.capitalOf = gazetteer.capitals.get(phrase);
  }

  /** The step after this one when the next word is lower-case form `lower` of `table` (built on first use). */
  then(lower: number, table: FormTable): PhraseStep {
    this.#next ??= new Map<number, PhraseStep>();
    let step = this.#next.get(lower);
    if (step === undefined) {
      step = new PhraseStep(`${this.phrase} ${table.lowers[lower] ?? ''}`, table.gazetteer);
      this.#next.set(lower, step);
    }
    return step;
  }
}

/** Whether `text[start, start + length)` is `word`. */
function sameWord(word: string, text: string, start: number, length: number): boolean {
  return word.length === length && text.startsWith(word, start);
}

function grown<T extends Int32Array | Uint8Array | Int16Array>(array: T, size: number, fill: number): T {
  if (array.length >= size) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  next.fill(fill, array.length);
  return next;
}

/** Word forms and lower-case forms by number, with what tagging reads of them. */
export class FormTable {
  readonly gazetteer: NerGazetteer;
  readonly #lexemeTable: LexemeTable;
  #slots: Int32Array;
  #mask: number;
  /** The key and packed characters of the last {@link FormTable.#probe}. */
  #key = 0;
  #packedLow = 0;
  #packedHigh = 0;
  /** Per form: the word. */
  readonly words: string[] = [];
  /** Per form: its lexeme, once built (see {@link FormTable.lexeme}). */
  readonly #lexemes: (Lexeme | undefined)[] = [];
  /** Per form: its lexeme's flags. */
  flags = new Uint8Array(1024);
  /** Per form: the number of its lower-case form. */
  lowerOf = new Int32Array(1024);
  /** Per form: 1 when it is an opening quote, bracket or dash (a sentence's first word comes after these). */
  opening = new Uint8Array(1024);
  /** Per form: 1 when it holds a mark a tagger token may be split at (see ner-tokens' hasSplitMark). */
  splitMark = new Uint8Array(1024);
  /** Per form: text traits the mention rules test (-1 until first asked; see sentence-words). */
  traits = new Int16Array(1024).fill(-1);
  /** How many tag values a previous tag can have (see {@link FormTable.centres}). */
  readonly tagValues: number;
  /**
   * Per form, where its score vectors lie in the tagger's pool (-1 until first used):
   * `[form * tagValues + tag]`, its own features with those of following tag `tag`,
   */
  centres: Int32Array;
  /** its first-word features, */
  initial = new Int32Array(1024).fill(-1);
  /** and what it adds as the neighbour at -2, -1, +1 and +2 (four vectors). */
  around = new Int32Array(1024).fill(-1);
  /** Per lower-case form: the form. */
  readonly lowers: string[] = [];
  /** Per lower-case form: its one-word gazetteer phrase. */
  readonly phrases: PhraseStep[] = [];
  readonly #lowerIndex = new Map<string, number>();
  /** Per lower-case form: the word lists of the mention rules it is in, as bits (-1 until first asked; see sentence-words). */
  lowerClasses = new Int32Array(1024).fill(-1);
  /** The lists {@link FormTable.lowerClasses} was filled from. */
  classesOf: object | undefined = undefined;
  /** Per lower-case form: the gazetteer kinds of the word alone. */
  lowerKinds = new Int32Array(1024);
  /** Per lower-case form: 1 when the word opens a longer gazetteer phrase. */
  lowerPrefix = new Uint8Array(1024);
  /** Per lower-case form: the document in which it was last seen written in lower case. */
  seenLower = new Int32Array(1024);
  /** Per lower-case form: the document in which it was last seen capitalised (not all caps) away from a sentence start. */
  seenCapitalisedInside = new Int32Array(1024);
  /** Per lower-case form: the document the history counts belong to. */
  historyDocument = new Int32Array(1024);
  /** `[lower * TYPE_COUNT + type]`: how often that document's tagging gave the type to a capitalised word of this form. */
  history = new Int32Array(1024 * TYPE_COUNT);

  /** A table whose forms' lexemes `lexemes` builds, that reads phrases in `gazetteer` and has `tagValues` previous tags. */
  constructor(lexemes: LexemeTable, gazetteer: NerGazetteer, tagValues: number) {
    this.#lexemeTable = lexemes;
    this.gazetteer = gazetteer;
    this.tagValues = tagValues;
    this.centres = new Int32Array(1024 * tagValues).fill(-1);
    this.#slots = new Int32Array(4096 * SLOT);
    this.#mask = 4095;
  }

  /** How many forms the table holds. */
  get size(): number {
    return this.words.length;
  }

  /** The number of a word's form (made on first use). */
  id(word: string): number {
    return this.idAt(word, 0, word.length, word);
  }

  /**
   * The number of the form `text[start, end)`, as {@link FormTable.id} of `word`, which must be
   * that slice: the characters are read from `text`, which a tokenizer has just read, and `word`
   * only when the form is new.
   */
  idAt(text: string, start: number, end: number, word: string): number {
    const at = this.#probe(text, start, end - start);
    const stored = this.#slots[at + 3] ?? 0;
    return stored === 0 ? this.#add(word, at, this.#key, this.#packedLow, this.#packedHigh) : stored - 1;
  }

  /** The number of a word's form, or -1 when the table has none (as {@link FormTable.id}, without adding it). */
  known(word: string): number {
    const stored = this.#slots[this.#probe(word, 0, word.length) + 3] ?? 0;
    return stored - 1;
  }

  /**
   * The slot of the form `text[start, start + length)`: where it is stored, or the empty slot where
   * it would go. Note: the slot's key and packed characters are left in `#key`, `#packedLow` and
   * `#packedHigh` for {@link FormTable.#add} (fields, so a look-up allocates nothing).
   */
  #probe(text: string, start: number, length: number): number {
    let packedLow = 0;
    let packedHigh = 0;
    let short = length <= SHORT_LENGTH;
    let hash = 0x811c9dc5;
    for (let index = 0; index < length; index += 1) {
      const code = text.charCodeAt(start + index);
      hash = Math.imul(hash ^ code, 0x01000193);
      if (code > 0xff) short = false;
      else if (index < 4) packedLow |= code << (index * 8);
      else if (index < SHORT_LENGTH) packedHigh |= code << ((index - 4) * 8);
    }
    const key = (hash & ~LONG) | (short ? length : LONG);
    if (!short) {
      packedLow = 0;
      packedHigh = 0;
    }
    this.#key = key;
    this.#packedLow = packedLow;
    this.#packedHigh = packedHigh;
    const slots = this.#slots;
    let slot = (hash >>> 4) & this.#mask;
    for (;;) {
      const at = slot * SLOT;
      const stored = slots[at + 3] ?? 0;
      if (stored === 0) return at;
      if (slots[at] === key && (short ? slots[at + 1] === packedLow && slots[at + 2] === packedHigh : sameWord(this.words[stored - 1] ?? '', text, start, length))) return at;
      slot = (slot + 1) & this.#mask;
    }
  }

  /** The lexeme of form `id` (built on first use). */
  lexeme(id: number): Lexeme {
    let lexeme = this.#lexemes[id];
    if (lexeme === undefined) {
      lexeme = this.#lexemeTable.build(this.words[id] ?? '');
      this.#lexemes[id] = lexeme;
    }
    return lexeme;
  }

  /** The neighbour feature ids of form `id` (as its lexeme's, without building the rest of it). */
  aroundIds(id: number): Int32Array {
    return this.#lexemes[id]?.around ?? this.#lexemeTable.around(this.words[id] ?? '');
  }

  /** The number of a lower-case form (made on first use). */
  lowerId(lower: string): number {
    let id = this.#lowerIndex.get(lower);
    if (id === undefined) {
      id = this.lowers.length;
      this.lowers.push(lower);
      this.#lowerIndex.set(lower, id);
      const phrase = new PhraseStep(lower, this.gazetteer);
      this.phrases.push(phrase);
      const size = id + 1;
      this.lowerClasses = grown(this.lowerClasses, size, -1);
      this.lowerKinds = grown(this.lowerKinds, size, 0);
      this.lowerPrefix = grown(this.lowerPrefix, size, 0);
      this.seenLower = grown(this.seenLower, size, 0);
      this.seenCapitalisedInside = grown(this.seenCapitalisedInside, size, 0);
      this.historyDocument = grown(this.historyDocument, size, 0);
      this.history = grown(this.history, size * TYPE_COUNT, 0);
      this.lowerKinds[id] = phrase.kinds;
      this.lowerPrefix[id] = phrase.prefix ? 1 : 0;
    }
    return id;
  }

  /** Empty the table. */
  clear(): void {
    this.#slots.fill(0);
    this.words.length = 0;
    this.#lexemes.length = 0;
    this.lowers.length = 0;
    this.phrases.length = 0;
    this.#lowerIndex.clear();
    for (const array of [this.traits, this.centres, this.initial, this.around, this.lowerClasses]) array.fill(-1);
    for (const array of [this.seenLower, this.seenCapitalisedInside, this.historyDocument, this.history]) array.fill(0);
  }

  #add(word: string, at: number, key: number, packedLow: number, packedHigh: number): number {
    const id = this.words.length;
    // Note: most forms are never scored; their lexeme (some sixty feature lookups) is built when first asked.
    this.words.push(word);
    this.#lexemes.push(undefined);
    const size = id + 1;
    this.flags = grown(this.flags, size, 0);
    this.lowerOf = grown(this.lowerOf, size, 0);
    this.opening = grown(this.opening, size, 0);
    this.splitMark = grown(this.splitMark, size, 0);
    this.traits = grown(this.traits, size, -1);
    this.centres = grown(this.centres, size * this.tagValues, -1);
    this.initial = grown(this.initial, size, -1);
    this.around = grown(this.around, size, -1);
    this.flags[id] = flagsOf(word);
    this.lowerOf[id] = this.lowerId(word.toLowerCase());
    this.opening[id] = OPENING.test(word) ? 1 : 0;
    this.splitMark[id] = hasSplitMark(word) ? 1 : 0;
    const slots = this.#slots;
    slots[at] = key;
    slots[at + 1] = packedLow;
    slots[at + 2] = packedHigh;
    slots[at + 3] = id + 1;
    // Note: kept at most half full, so that probes stay short.
    if (size * 2 > this.#mask + 1) this.#rehash();
    return id;
  }

  #rehash(): void {
    const old = this.#slots;
    const capacity = (this.#mask + 1) * 2;
    const slots = new Int32Array(capacity * SLOT);
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if ((old[at + 3] ?? 0) === 0) continue;
      let slot = ((old[at] ?? 0) >>> 4) & mask;
      while ((slots[slot * SLOT + 3] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + SLOT), slot * SLOT);
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}
