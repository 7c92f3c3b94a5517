/**
 * What the toponym search asks about one word, in one look-up: its fold, the gazetteer's record
 * of the fold, and the filter lists of the gazetteer the fold is in. Words recur from article to
 * article, so the facts are kept per gazetteer by the word as written; one look-up then stands
 * for a fold, a gazetteer look-up and up to seven set look-ups, each of which would read memory
 * of its own.
 */
import { foldName } from './fold-name.js';
import type { Gazetteer, GazetteerKey } from './gazetteer.js';

/** The fold is in `filters.commonWords`. */
export const COMMON_WORD = 1;
/** The fold is in `filters.firstNames`. */
export const FIRST_NAME = 2;
/** The fold is in `filters.demonyms`. */
export const DEMONYM = 4;
/** The fold is in `filters.titles`. */
export const TITLE = 8;
/** The fold is in `filters.notPlaces`. */
export const NOT_PLACE = 16;
/** The fold is in `filters.locativeWords`. */
export const LOCATIVE = 32;
/** The fold is in `filters.regionWords`. */
export const REGION_WORD = 64;

/** Bits of a word's lists: the filter lists above. */
const LIST_BITS = 0xff;
/** Kept beside a word's lists in {@link WordTable}: its fold has a gazetteer record. */
const HAS_RECORD = 0x100;

/** The facts of one word. */
export interface WordFacts {
  /** {@link foldName} of the word. */
  readonly fold: string;
  /** The gazetteer's record of the fold, undefined when it has none. */
  readonly record: GazetteerKey | undefined;
  /** The filter lists the fold is in, as the flags above. */
  readonly lists: number;
}

/** Most words kept per gazetteer (the table is emptied when full, before the next text). */
const WORD_LIMIT = 50_000;
/** Most characters of the kept words. */
const CHARACTER_LIMIT = 1_000_000;
/** Most phrases kept per gazetteer (as the words). */
const PHRASE_LIMIT = 50_000;
const INITIAL_SLOTS = 4096;
/** Numbers kept per word in {@link WordTable}: hash, start in the character pool, length, lists (with {@link HAS_RECORD}). */
const META = 4;
/** Numbers kept per phrase in {@link WordTable}: the key id it extends, its last word's id. */
const PHRASE_META = 2;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function listsOf(fold: string, gazetteer: Gazetteer): number {
  const { filters } = gazetteer;
  return (
    (filters.commonWords.has(fold) ? COMMON_WORD : 0) |
    (filters.firstNames.has(fold) ? FIRST_NAME : 0) |
    (filters.demonyms.has(fold) ? DEMONYM : 0) |
    (filters.titles.has(fold) ? TITLE : 0) |
    (filters.notPlaces.has(fold) ? NOT_PLACE : 0) |
    (filters.locativeWords.has(fold) ? LOCATIVE : 0) |
    (filters.regionWords.has(fold) ? REGION_WORD : 0)
  );
}

/**
 * The words seen so far, by their characters as written, each with its facts: an open-addressing
 * table over typed arrays, looked up from the text's characters without taking the word out as a
 * string (a word is sliced only the first time it is seen). Note: a look-up reads the slot, the
 * word's four numbers and its characters, a few adjacent cache lines where a map of strings to
 * objects reads several scattered ones; the stage mostly runs with its data out of the cache.
 */
export class WordTable {
  readonly #gazetteer: Gazetteer;
  #slots = new Int32Array(INITIAL_SLOTS);
  #meta = new Int32Array(META * (INITIAL_SLOTS >> 1));
  #characters = new Uint16Array(16 * INITIAL_SLOTS);
  #facts: WordFacts[] = [];
  #characterCount = 0;
  #phraseSlots = new Int32Array(INITIAL_SLOTS);
  #phraseMeta = new Int32Array(PHRASE_META * (INITIAL_SLOTS >> 1));
  #phraseKeys: string[] = [];
  #phraseRecords: (GazetteerKey | undefined)[] = [];

  constructor(gazetteer: Gazetteer) {
    this.#gazetteer = gazetteer;
  }

  /**
   * Call before the ids of a new text are read: empties the table when it is full. Note: the
   * table is emptied only here, never while a text's ids are held.
   */
  startText(): void {
    if (this.#facts.length >= WORD_LIMIT || this.#characterCount >= CHARACTER_LIMIT || this.#phraseKeys.length >= PHRASE_LIMIT) this.#clear();
  }

  /** The id of the word `text[start, end)` (added with its facts when new). */
  idOf(text: string, start: number, end: number): number {
    let hash = FNV_OFFSET;
    for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
    const length = end - start;
    const slots = this.#slots;
    const meta = this.#meta;
    const characters = this.#characters;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[slot] ?? 0;
      if (stored === 0) return this.#add(text, start, end, hash, slot);
      const at = META * (stored - 1);
      if (meta[at] !== hash || meta[at + 2] !== length) continue;
      const from = meta[at + 1] ?? 0;
      let same = true;
      for (let offset = 0; offset < length; offset += 1) {
        if (characters[from + offset] !== text.charCodeAt(start + offset)) {
          same = false;
          break;
        }
      }
      if (same) return stored - 1;
    }
  }

  /** The facts of a word id. */
  facts(id: number): WordFacts {
    const facts = this.#facts[id];
    if (facts === undefined) throw new RangeError(`no word ${id}`);
    return facts;
  }

  /** The filter lists of a word id (flags). */
  lists(id: number): number {
    return (this.#meta[META * id + 3] ?? 0) & LIST_BITS;
  }

  /**
   * Whether the fold of a word id has a gazetteer record (`facts(id).record !== undefined`). Note:
   * read beside the word's hash, so a word with none is told without reading its facts.
   */
  hasRecord(id: number): boolean {
    return ((this.#meta[META * id + 3] ?? 0) & HAS_RECORD) !== 0;
  }

  /**
   * The key id of a phrase: the key of `keyId` (a word id, or a phrase id from here) and the
   * fold of word `wordId` joined by a space, with its gazetteer record (added when new). Note:
   * a phrase id is negative, so that word ids and phrase ids are one space of key ids.
   */
  phraseOf(keyId: number, wordId: number): number {
    const hash = Math.imul(Math.imul(keyId, FNV_PRIME) ^ wordId, FNV_PRIME);
    const slots = this.#phraseSlots;
    const meta = this.#phraseMeta;
    const mask = slots.length - 1;
    for (let slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[slot] ?? 0;
      if (stored === 0) return this.#addPhrase(keyId, wordId, slot);
      const at = PHRASE_META * (stored - 1);
      if (meta[at] === keyId && meta[at + 1] === wordId) return -stored;
    }
  }

  /** The folded key of a key id (a word's fold, or a phrase's words' folds joined by spaces). */
  keyOf(keyId: number): string {
    return keyId >= 0 ? this.facts(keyId).fold : (this.#phraseKeys[-keyId - 1] ?? '');
  }

  /** The gazetteer record of a key id's key, undefined when it has none. */
  recordOf(keyId: number): GazetteerKey | undefined {
    return keyId >= 0 ? this.facts(keyId).record : this.#phraseRecords[-keyId - 1];
  }

  #addPhrase(keyId: number, wordId: number, slot: number): number {
    const index = this.#phraseKeys.length;
    if (2 * (index + 1) > this.#phraseSlots.length) {
      this.#growPhrases();
      return this.phraseOf(keyId, wordId);
    }
    const key = `${this.keyOf(keyId)} ${this.facts(wordId).fold}`;
    this.#phraseKeys.push(key);
    this.#phraseRecords.push(this.#gazetteer.keyInfo(key));
    this.#phraseMeta[PHRASE_META * index] = keyId;
    this.#phraseMeta[PHRASE_META * index + 1] = wordId;
    this.#phraseSlots[slot] = index + 1;
    return -(index + 1);
  }

  #growPhrases(): void {
    const slots = new Int32Array(2 * this.#phraseSlots.length);
    const mask = slots.length - 1;
    const meta = this.#phraseMeta;
    for (let index = 0; index < this.#phraseKeys.length; index += 1) {
      const hash = Math.imul(Math.imul(meta[PHRASE_META * index] ?? 0, FNV_PRIME) ^ (meta[PHRASE_META * index + 1] ?? 0), FNV_PRIME);
      let slot = (hash ^ (hash >>> 15)) & mask;
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.#phraseSlots = slots;
    const grown = new Int32Array(PHRASE_META * (slots.length >> 1));
    grown.set(meta);
    this.#phraseMeta = grown;
  }

  #add(text: string, start: number, end: number, hash: number, slot: number): number {
    const length = end - start;
    const id = this.#facts.length;
    if (2 * (id + 1) > this.#slots.length) {
      this.#grow();
      return this.idOf(text, start, end);
    }
    if (this.#characterCount + length > this.#characters.length) {
      const characters = new Uint16Array(Math.max(2 * this.#characters.length, this.#characterCount + length));
      characters.set(this.#characters);
      this.#characters = characters;
    }
    const from = this.#characterCount;
    for (let offset = 0; offset < length; offset += 1) this.#characters[from + offset] = text.charCodeAt(start + offset);
    this.#characterCount += length;
    const word = text.slice(start, end);
    const fold = foldName(word);
    const facts: WordFacts = { fold, record: this.#gazetteer.keyInfo(fold), lists: listsOf(fold, this.#gazetteer) };
    this.#facts.push(facts);
    const at = META * id;
    this.#meta[at] = hash;
    this.#meta[at + 1] = from;
    this.#meta[at + 2] = length;
    this.#meta[at + 3] = facts.lists | (facts.record === undefined ? 0 : HAS_RECORD);
    this.#slots[slot] = id + 1;
    return id;
  }

  #grow(): void {
    const slots = new Int32Array(2 * this.#slots.length);
    const mask = slots.length - 1;
    for (let id = 0; id < this.#facts.length; id += 1) {
      let slot = (this.#meta[META * id] ?? 0) & mask;
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.#slots = slots;
    const meta = new Int32Array(META * (slots.length >> 1));
    meta.set(this.#meta);
    this.#meta = meta;
  }

  #clear(): void {
    this.#slots = new Int32Array(INITIAL_SLOTS);
    this.#meta = new Int32Array(META * (INITIAL_SLOTS >> 1));
    this.#facts = [];
    this.#characterCount = 0;
    this.#phraseSlots = new Int32Array(INITIAL_SLOTS);
    this.#phraseMeta = new Int32Array(PHRASE_META * (INITIAL_SLOTS >> 1));
    this.#phraseKeys = [];
    this.#phraseRecords = [];
  }
}

const tables = new WeakMap<Gazetteer, WordTable>();
let lastGazetteer: Gazetteer | undefined;
let lastTable: WordTable | undefined;

/** The word table of a gazetteer (one per gazetteer, kept). */
export function wordTableOf(gazetteer: Gazetteer): WordTable {
  if (gazetteer === lastGazetteer && lastTable !== undefined) return lastTable;
  let table = tables.get(gazetteer);
  if (table === undefined) {
    table = new WordTable(gazetteer);
    tables.set(gazetteer, table);
  }
  lastGazetteer = gazetteer;
  lastTable = table;
  return table;
}

/** The facts of a word as written (a token's text). */
export function wordFacts(word: string, gazetteer: Gazetteer): WordFacts {
  const table = wordTableOf(gazetteer);
  table.startText();
  return table.facts(table.idOf(word, 0, word.length));
}
