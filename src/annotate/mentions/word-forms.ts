/**
 * Word forms as the document tagger reads them: each form once, with its lexeme, its flags, the
 * record of its lower-case form (shared by "Police", "police" and "POLICE") and, computed on first
 * use, where its per-class score vectors lie in the tagger's vector pool. Gazetteer phrases are
 * read word by word through {@link PhraseStep}s linked by lower-case form, so that marking a
 * sentence builds no phrase string after the first time.
 */
import { type Lexeme, TAGGED_TYPES } from './ner-features.js';
import { type NerGazetteer } from './ner-gazetteer.js';

const OPENING = /^["'“‘([«-]$/u;

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
  /** The steps after it, by next word (made when first met). */
  #next: Map<LowerForm, PhraseStep> | undefined = undefined;

  /** The step of a phrase in a gazetteer. */
  constructor(phrase: string, gazetteer: NerGazetteer) {
    this.phrase = phrase;
    this.kinds = gazetteer.phrases.get(phrase) ?? 0;
    this.prefix = gazetteer.prefixes.has(phrase);
    this.country = gazetteer.countries.get(phrase);
    this.capitalOf = gazetteer.capitals.get(phrase);
  }

  /** The step after this one when the next word has `lowerForm` (built on first use). */
  then(lowerForm: LowerForm, gazetteer: NerGazetteer): PhraseStep {
    this.#next ??= new Map<LowerForm, PhraseStep>();
    let step = this.#next.get(lowerForm);
    if (step === undefined) {
      step = new PhraseStep(`${this.phrase} ${lowerForm.lower}`, gazetteer);
      this.#next.set(lowerForm, step);
    }
    return step;
  }
}

/** A lower-case form and what the current document says about it; stamped fields hold when equal to the document's number. */
export class LowerForm {
  readonly lower: string;
  /** The one-word gazetteer phrase of the form. */
  readonly phrase: PhraseStep;
  /** The document in which the form was last seen written in lower case. */
  seenLower = 0;
  /** The document in which the form was last seen capitalised (not all caps) away from a sentence start. */
  seenCapitalisedInside = 0;
  /** The document the {@link LowerForm.history} counts belong to. */
  historyDocument = 0;
  /** Per tagged type, how often that document's tagging gave it to a capitalised word of this form. */
  readonly history = new Int32Array(TAGGED_TYPES.length);

  /** The record of a lower-case form, with its gazetteer phrase. */
  constructor(lower: string, gazetteer: NerGazetteer) {
    this.lower = lower;
    this.phrase = new PhraseStep(lower, gazetteer);
  }
}

/** One word form. Vector positions are offsets in the tagger's pool, -1 until first used. */
export class WordForm {
  readonly word: string;
  readonly lexeme: Lexeme;
  /** Bit set of the word flags (as {@link Lexeme.flags}). */
  readonly flags: number;
  readonly lowerForm: LowerForm;
  /** Whether the word is an opening quote, bracket or dash (a sentence's first word comes after these). */
  readonly opening: boolean;
  /** The weights of the word's own features. */
  own = -1;
  /** Its own features and those of following an O tag. */
  afterOutside = -1;
  /** Its own features and those of opening the sentence's tags. */
  afterStart = -1;
  /** Its first-word features. */
  initial = -1;
  /** What it adds as the neighbour at -2, -1, +1 and +2 (four vectors). */
  around = -1;
  /** Text traits the mention rules test, as bits (-1 until first used; see sentence-words). */
  traits = -1;

  /** A form of a word with its lexeme and lower-case record. */
  constructor(word: string, lexeme: Lexeme, lowerForm: LowerForm) {
    this.word = word;
    this.lexeme = lexeme;
    this.flags = lexeme.flags;
    this.lowerForm = lowerForm;
    this.opening = OPENING.test(word);
  }
}
