/**
 * Person names the tagger left untagged but the text marks as names: a run of capitalised words
 * with a role in apposition ("Anna Varga, the deputy mayor, ...") or after a form of address
 * ("Mr Varga") or a title ("Mayor Anna Varga"),
 * and, once a person is named in full, a lone capitalised word equal to that person's surname.
 */
import { type MentionLexicons } from './mention-lexicons.js';
import { roleAfter } from './mention-roles.js';
import { kindBit } from './ner-gazetteer.js';
import { CLASSES, type SentenceWords, TRAITS, classesAt, kindsAt, traitsAt } from './sentence-words.js';
import { type FormTable } from './word-forms.js';

/** A candidate name: a token range with its CoNLL type and the rule that proposed it. */
export interface NameCandidate {
  readonly type: string;
  readonly first: number;
  readonly last: number;
  /** The rule, when not the tagger (optional). */
  readonly rule?: string;
}

const MAX_WORDS = 3;
const NOT_A_NAME = kindBit('country') | kindBit('demonym') | kindBit('capital');

function nameWord(words: SentenceWords, index: number, lexicons: MentionLexicons): boolean {
  if ((traitsAt(words, index) & TRAITS.nameWord) === 0) return false;
  if ((classesAt(words, index, lexicons) & (CLASSES.notEntity | CLASSES.title | CLASSES.honorific | CLASSES.modifier)) !== 0) return false;
  return (kindsAt(words, index) & NOT_A_NAME) === 0;
}

function isTitle(words: SentenceWords, index: number, lexicons: MentionLexicons): boolean {
  return (classesAt(words, index, lexicons) & (CLASSES.title | CLASSES.honorific)) !== 0;
}

/**
 * Untagged runs of capitalised words that a role apposition or a title before them marks as a
 * person; `covered` is 1 for tagged tokens of the document (the sentence's from `words.offset` on).
 */
export function namesByRole(text: string, words: SentenceWords, covered: Uint8Array, lexicons: MentionLexicons): NameCandidate[] {
  const found: NameCandidate[] = [];
  const count = words.tokens.length;
  const offset = words.offset;
  for (let first = 0; first < count; first += 1) {
    if (covered[offset + first] !== 0 || !nameWord(words, first, lexicons)) continue;
    let last = first;
    while (last + 1 < count && last - first + 1 < MAX_WORDS && covered[offset + last + 1] === 0 && nameWord(words, last + 1, lexicons)) last += 1;
    const honorific = (classesAt(words, first - 1, lexicons) & CLASSES.honorific) !== 0;
    const titled = (traitsAt(words, first - 1) & TRAITS.nameWord) !== 0 && (honorific || (last > first && isTitle(words, first - 1, lexicons)));
    const apposition = last > first && roleAfter(text, words, last, lexicons) !== undefined;
    if (titled || apposition) found.push({ type: 'PER', first, last, rule: 'mentions/role-pattern' });
    first = last;
  }
  return found;
}

/**
 * Untagged words equal to the surname of a person named in full in the document; `covered` as in
 * {@link namesByRole}. Note: a token is tested by its form number, without reading its text.
 */
export function namesBySurname(words: SentenceWords, covered: Uint8Array, surnames: SurnameForms): NameCandidate[] {
  const found: NameCandidate[] = [];
  const ids = words.ids;
  const offset = words.offset;
  for (let index = 0; index < words.tokens.length; index += 1) {
    if (covered[offset + index] === 0 && surnames.has(ids[offset + index] ?? -1)) found.push({ type: 'PER', first: index, last: index, rule: 'mentions/surname' });
  }
  return found;
}

/**
 * The surnames of one document as the form numbers of a {@link FormTable}: a word no token of the
 * document is written as has no form and is left out, since no token can equal it. Note: a form
 * is marked with the document's stamp, so starting a document clears nothing.
 */
export class SurnameForms {
  #marks = new Int32Array(1024);
  #stamp = 0;
  /** How many surnames of the current document have a form. */
  size = 0;

  /** Start a new document's surnames. */
  begin(): void {
    this.#stamp += 1;
    this.size = 0;
  }

  /** Add a surname, read in `table` (once every token of the document has its form there). */
  add(table: FormTable, name: string): void {
    const id = table.known(name);
    if (id < 0) return;
    if (this.#marks.length <= id) {
      const marks = new Int32Array(Math.max(this.#marks.length * 2, id + 1));
      marks.set(this.#marks);
      this.#marks = marks;
    }
    if (this.#marks[id] !== this.#stamp) this.size += 1;
    this.#marks[id] = this.#stamp;
  }

  /** Whether form `id` is a surname of the current document. */
  has(id: number): boolean {
    return id >= 0 && this.#marks[id] === this.#stamp;
  }
}

