/**
 * Word tokens for toponym search, with what the search needs to know about each: capitalised,
 * written in capitals, first of its sentence or line, joined to the word before.
 *
 * The words are those of the pattern `(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]{2,})*`
 * (initials such as "U.S.", else a run of letters, marks and digits with apostrophe parts such as
 * "O'Brien"), found by one pass over the characters instead of the pattern, with the flags of each
 * word; most words are never looked at again, so a word's text and its position in its sentence
 * are computed only when the search asks (test/annotate/places-tokens-speed.test.ts compares it
 * with the pattern).
 */
/** Character classes of a code point, as bit flags. */
const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const UPPER = 8;
const LOWER = 16;
const SPACE = 32;
const CLASSIFIED = 128;
const WORD_START = LETTER | NUMBER;
const WORD_BODY = LETTER | MARK | NUMBER;
const APOSTROPHE_BODY = LETTER | MARK;

const LETTER_CHARACTER = /^\p{L}$/u;
const MARK_CHARACTER = /^\p{M}$/u;
const NUMBER_CHARACTER = /^\p{N}$/u;
const UPPER_CHARACTER = /^\p{Lu}$/u;
const LOWER_CHARACTER = /^\p{Ll}$/u;
const SPACE_CHARACTER = /^\s$/u;
const SHORT_ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;

/** Classes of the code points below 0x10000, filled on first use. */
const BASIC_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function classify(character: string): number {
  return (
    CLASSIFIED |
    (LETTER_CHARACTER.test(character) ? LETTER : 0) |
    (MARK_CHARACTER.test(character) ? MARK : 0) |
    (NUMBER_CHARACTER.test(character) ? NUMBER : 0) |
    (UPPER_CHARACTER.test(character) ? UPPER : 0) |
    (LOWER_CHARACTER.test(character) ? LOWER : 0) |
    (SPACE_CHARACTER.test(character) ? SPACE : 0)
  );
}

/** Classes of the ASCII characters. */
const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, code) => classify(String.fromCharCode(code)));

function classesOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let classes = BASIC_CLASSES[codePoint] ?? 0;
    if (classes === 0) {
      classes = classify(String.fromCharCode(codePoint));
      BASIC_CLASSES[codePoint] = classes;
    }
    return classes;
  }
  let classes = ASTRAL_CLASSES.get(codePoint);
  if (classes === undefined) {
    classes = classify(String.fromCodePoint(codePoint));
    ASTRAL_CLASSES.set(codePoint, classes);
  }
  return classes;
}

const CODE_SPACE = 0x20;
const CODE_TAB = 0x09;
const CODE_NO_BREAK_SPACE = 0xa0;
const CODE_HYPHEN_MINUS = 0x2d;
const CODE_HYPHEN = 0x2010;
const CODE_NON_BREAKING_HYPHEN = 0x2011;
const CODE_FULL_STOP = 0x2e;
const CODE_NEWLINE = 0x0a;
const CODE_MODIFIER_APOSTROPHE = 0x02bc;
const CODE_APOSTROPHE = 0x27;
const CODE_RIGHT_QUOTE = 0x2019;

function isApostrophe(code: number): boolean {
  return code === CODE_APOSTROPHE || code === CODE_RIGHT_QUOTE || code === CODE_MODIFIER_APOSTROPHE;
}

/** Marks that end a sentence before a word (with {@link SENTENCE_GAP_CODES} between). */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set([...'.!?:;•|\n'].map((mark) => mark.charCodeAt(0)));
/** Quotes, brackets and dashes that may stand between a sentence end and its first word (white space too). */
const SENTENCE_GAP_CODES: ReadonlySet<number> = new Set([...'"“”\'‘’«»()[]*-–—'].map((mark) => mark.charCodeAt(0)));
/** Quotes, brackets and dashes that may stand between a line start and its first word (white space too). */
const LINE_GAP_CODES: ReadonlySet<number> = new Set([...'"“\'‘«(*-–—'].map((mark) => mark.charCodeAt(0)));
/** How far before a word its sentence or line start is looked for. */
const LOOK_BACK = 12;

/** Flags of a token. */
const CAPITALISED = 1;
const ALL_CAPS = 2;
/** See {@link PlaceTokens.foldGroups}. */
const LATIN_WORD = 4;
/** See {@link PlaceTokens.foldGroups}. */
const CYRILLIC_WORD = 64;
const HAS_APOSTROPHE = 8;
const JOINED = 16;
/** See {@link PlaceTokens.plainGap}. */
const PLAIN_GAP = 32;
/** Fold groups of a word, as flags (see {@link FOLD_GROUP_LATIN}). */
const FOLD_GROUPS = LATIN_WORD | CYRILLIC_WORD;
/** {@link PlaceTokens.foldGroups}: printable ASCII, Latin letters with diacritics, combining diacritics, apostrophes. */
export const FOLD_GROUP_LATIN = LATIN_WORD;
/** {@link PlaceTokens.foldGroups}: Cyrillic letters, combining diacritics, digits, apostrophes (no Latin letter). */
export const FOLD_GROUP_CYRILLIC = CYRILLIC_WORD;

function isGapSpace(code: number): boolean {
  return code === CODE_SPACE || code === CODE_TAB || code === CODE_NO_BREAK_SPACE;
}

function isHyphen(code: number): boolean {
  return code === CODE_HYPHEN_MINUS || code === CODE_HYPHEN || code === CODE_NON_BREAKING_HYPHEN;
}

/** The gap is only spaces, with at most one hyphen among them (`^[ \t\u00a0]*(?:[-‐‑][ \t\u00a0]*)?$`). */
function spaceGap(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && isGapSpace(text.charCodeAt(index))) index += 1;
  if (index < end && isHyphen(text.charCodeAt(index))) index += 1;
  while (index < end && isGapSpace(text.charCodeAt(index))) index += 1;
  return index === end;
}

/** The gap is a full stop and spaces (`^\.[ \t\u00a0]*$`). */
function abbreviationGap(text: string, start: number, end: number): boolean {
  if (start >= end || text.charCodeAt(start) !== CODE_FULL_STOP) return false;
  for (let index = start + 1; index < end; index += 1) if (!isGapSpace(text.charCodeAt(index))) return false;
  return true;
}

/** The gap is not empty and only plain spaces, hyphens and full stops. */
function plainGap(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== CODE_SPACE && code !== CODE_HYPHEN_MINUS && code !== CODE_FULL_STOP) return false;
  }
  return true;
}

/**
 * Printable ASCII, Latin letters with diacritics (U+00C0-U+024F, U+1E00-U+1EFF), combining
 * diacritics and the right quote ’: characters whose fold does not depend on the characters
 * around them (no Greek final sigma, no Cyrillic or Greek look-alike). Note: not the modifier
 * apostrophe ʼ, a letter that can be a word of its own and folds to nothing.
 */
function isLatinCode(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    code === CODE_RIGHT_QUOTE
  );
}

/**
 * Cyrillic letters (U+0400-U+04FF), combining diacritics, ASCII digits and the apostrophes ' and
 * ’: a name of such words holds no Latin letter, so no Cyrillic look-alike is folded in it, as in
 * none of its words alone.
 */
function isCyrillicCode(code: number): boolean {
  return (code >= 0x400 && code <= 0x4ff) || (code >= 0x300 && code <= 0x36f) || (code >= 0x30 && code <= 0x39) || code === CODE_APOSTROPHE || code === CODE_RIGHT_QUOTE;
}

/** The fold groups a code unit allows. */
function groupsOf(code: number): number {
  return (isLatinCode(code) ? LATIN_WORD : 0) | (isCyrillicCode(code) ? CYRILLIC_WORD : 0);
}

function isWhiteSpace(code: number): boolean {
  return ((classesOf(code) & SPACE) !== 0);
}

/**
 * The tokens of a text, in order; token `index` is read through the methods. Positions are
 * UTF-16 offsets into the text.
 */
export class PlaceTokens {
  /** The text the tokens come from. */
  readonly text: string;
  /** Start, end and flags of each token, three numbers a token: the scan's own array until the next text is scanned. */
  #spans: Int32Array;
  #count: number;
  /** The tokens that read {@link SCAN}. */
  static #scanOwner: PlaceTokens | undefined;

  constructor(text: string) {
    this.text = text;
    // Note: the scan writes to one array kept between texts (no array grown per text); the tokens
    // read it until the next text is scanned, and take a copy then.
    const owner = PlaceTokens.#scanOwner;
    if (owner !== undefined) owner.#keepSpans();
    this.#count = scan(text);
    this.#spans = SCAN;
    PlaceTokens.#scanOwner = this;
  }

  #keepSpans(): void {
    this.#spans = SCAN.slice(0, 3 * this.#count);
  }

  /**
   * Let the next scan reuse its array without copying these tokens first: for a caller that has
   * read all it needs (the tokens read as none after this).
   */
  release(): void {
    if (PlaceTokens.#scanOwner !== this) return;
    PlaceTokens.#scanOwner = undefined;
    this.#spans = NO_SPANS;
    this.#count = 0;
  }

  /** Number of tokens. */
  get length(): number {
    return this.#count;
  }

  /** Start offset of a token. */
  start(index: number): number {
    return index < 0 || index >= this.#count ? 0 : (this.#spans[3 * index] ?? 0);
  }

  /** End offset of a token. */
  end(index: number): number {
    return index < 0 || index >= this.#count ? 0 : (this.#spans[3 * index + 1] ?? 0);
  }

  /** The token's text (a new slice each time: read it once). */
  word(index: number): string {
    return this.text.slice(this.start(index), this.end(index));
  }


  /** Starts with a capital letter. */
  capitalised(index: number): boolean {
    return (this.#flagsOf(index) & CAPITALISED) !== 0;
  }

  /** Two or more letters, none lower case. */
  allCaps(index: number): boolean {
    return (this.#flagsOf(index) & ALL_CAPS) !== 0;
  }

  /** Holds an apostrophe (', ’ or ʼ). */
  hasApostrophe(index: number): boolean {
    return (this.#flagsOf(index) & HAS_APOSTROPHE) !== 0;
  }

  /**
   * The groups of words the word belongs to (flags, {@link FOLD_GROUP_LATIN} and
   * {@link FOLD_GROUP_CYRILLIC}; 0 for none): in a name of words that share a group, joined by
   * plain gaps ({@link plainGap}), each word folds as it does alone, so the name's fold is the
   * words' folds joined by spaces (test/annotate/places-tokens-speed.test.ts).
   */
  foldGroups(index: number): number {
    return this.#flagsOf(index) & FOLD_GROUPS;
  }

  /** Joined to the previous word by only a space or a hyphen (or "St." style dot). */
  joinedToPrevious(index: number): boolean {
    return (this.#flagsOf(index) & JOINED) !== 0;
  }

  /** Joined to the previous word by a gap of plain spaces, hyphens and full stops that is not empty. */
  plainGap(index: number): boolean {
    return (this.#flagsOf(index) & PLAIN_GAP) !== 0;
  }

/** First word of a sentence (or of a heading or caption line). */
  sentenceInitial(index: number): boolean {
    if (index <= 0) return true;
    // Note: as `(?:^|[.!?:;•|\n])[\s"“”'‘’«»()[\]*\-–—]*$` over the 12 characters before the word.
    const start = this.start(index);
    const limit = Math.max(0, start - LOOK_BACK);
    let position = start;
    while (position > limit) {
      const code = this.text.charCodeAt(position - 1);
      if (code === CODE_NEWLINE) return true;
      if (!SENTENCE_GAP_CODES.has(code) && !isWhiteSpace(code)) return SENTENCE_END_CODES.has(code);
      position -= 1;
    }
    return true;
  }

  /** First word of a line. */
  lineInitial(index: number): boolean {
    if (index <= 0) return true;
    // Note: as `(?:^|\n)[\s"“'‘«(*\-–—]*$` over the 12 characters before the word.
    const start = this.start(index);
    const limit = Math.max(0, start - LOOK_BACK);
    let position = start;
    while (position > limit) {
      const code = this.text.charCodeAt(position - 1);
      if (code === CODE_NEWLINE) return true;
      if (!LINE_GAP_CODES.has(code) && !isWhiteSpace(code)) return false;
      position -= 1;
    }
    return true;
  }

  #flagsOf(index: number): number {
    return index < 0 || index >= this.#count ? 0 : (this.#spans[3 * index + 2] ?? 0);
  }

}

/** Start, end and flags of the tokens of the text scanned last, three numbers a token (grown when full). */
let SCAN = new Int32Array(3 * 1024);
const NO_SPANS = new Int32Array(0);


/** Scan a text's tokens into {@link SCAN}; returns how many there are. */
function scan(text: string): number {
  let count = 0;
  const length = text.length;
  let index = 0;
  let previousStart = -1;
  let previousEnd = -1;
  while (index < length) {
    let code = text.charCodeAt(index);
    let classes: number;
    let width = 1;
    if (code < 0x80) classes = ASCII_CLASSES[code] ?? 0;
    else {
      const codePoint = isHighSurrogate(code) ? (text.codePointAt(index) ?? code) : code;
      if (codePoint > 0xffff) width = 2;
      classes = classesOf(codePoint);
    }
    if ((classes & WORD_START) === 0) {
      index += width;
      continue;
    }
    const start = index;
    let letters = 0;
    let lower = false;
    let groups = FOLD_GROUPS;
    let apostrophe = false;
    const initials = (classes & UPPER) === 0 ? -1 : initialsEnd(text, start);
    if (initials >= 0) {
      // Note: initials are capitals and full stops only.
      for (; index < initials; index += 1) {
        code = text.charCodeAt(index);
        if (code !== CODE_FULL_STOP) letters += 1;
        groups &= groupsOf(code);
      }
    } else {
      // Note: the body of letters, marks and digits (ASCII read from a table), then each apostrophe part.
      while (index < length) {
        code = text.charCodeAt(index);
        if (code < 0x80) {
          const ascii = ASCII_CLASSES[code] ?? 0;
          if ((ascii & WORD_BODY) === 0) break;
          if ((ascii & LETTER) !== 0) {
            letters += 1;
            if ((ascii & LOWER) !== 0) lower = true;
            groups &= LATIN_WORD;
          }
          index += 1;
          continue;
        }
        const codePoint = isHighSurrogate(code) ? (text.codePointAt(index) ?? code) : code;
        const found = classesOf(codePoint);
        if ((found & WORD_BODY) === 0) break;
        const step = codePoint > 0xffff ? 2 : 1;
        if ((found & LETTER) !== 0) {
          letters += step;
          if ((found & LOWER) !== 0) lower = true;
        }
        groups &= groupsOf(code);
        if (code === CODE_MODIFIER_APOSTROPHE) apostrophe = true;
        index += step;
      }
      // Note: `code` is the character that ended the body. The apostrophe parts are read out of line: few words have one.
      if (index < length && isApostrophe(code)) {
        const partsEnd = apostropheParts(text, index, length);
        if (partsEnd > index) {
          letters += PARTS[0] ?? 0;
          lower ||= (PARTS[1] ?? 0) !== 0;
          groups &= PARTS[2] ?? 0;
          apostrophe = true;
          index = partsEnd;
        }
      }
    }
    let flags = (classes & UPPER) !== 0 ? CAPITALISED : 0;
    if (letters >= 2 && !lower) flags |= ALL_CAPS;
    flags |= groups;
    if (apostrophe) flags |= HAS_APOSTROPHE;
    if (start === previousEnd + 1 && previousEnd >= 0 && text.charCodeAt(previousEnd) === CODE_SPACE) {
      // Note: the commonest gap, one space, is taken without the gap tests.
      flags |= JOINED | PLAIN_GAP;
    } else if (previousEnd >= 0) {
      const joined =
        spaceGap(text, previousEnd, start) || (abbreviationGap(text, previousEnd, start) && SHORT_ABBREVIATION.test(text.slice(previousStart, previousEnd)));
      if (joined) flags |= plainGap(text, previousEnd, start) ? JOINED | PLAIN_GAP : JOINED;
    }
    const at = 3 * count;
    if (at + 3 > SCAN.length) {
      const grown = new Int32Array(2 * SCAN.length);
      grown.set(SCAN);
      SCAN = grown;
    }
    SCAN[at] = start;
    SCAN[at + 1] = index;
    SCAN[at + 2] = flags;
    count += 1;
    previousStart = start;
    previousEnd = index;
  }
  return count;
}

/** Letters, lower case (1 or 0) and fold groups of the apostrophe parts {@link apostropheParts} read last. */
const PARTS = new Int32Array(3);

/**
 * Read the apostrophe parts of a word from `index` (an apostrophe right after its body) into
 * {@link PARTS}; returns the end of the last part taken, `index` when none is. Note: a part needs
 * two or more letters or marks (no digits); a shorter one ends the word before its apostrophe.
 */
function apostropheParts(text: string, index: number, length: number): number {
  let letters = 0;
  let lower = 0;
  let groups = FOLD_GROUPS;
  while (index < length && isApostrophe(text.charCodeAt(index))) {
    let part = index + 1;
    let count = 0;
    let partLetters = 0;
    let partLower = 0;
    let partGroups = groupsOf(text.charCodeAt(index));
    while (part < length) {
      const partCode = text.charCodeAt(part);
      const codePoint = isHighSurrogate(partCode) ? (text.codePointAt(part) ?? partCode) : partCode;
      const found = classesOf(codePoint);
      if ((found & APOSTROPHE_BODY) === 0) break;
      const step = codePoint > 0xffff ? 2 : 1;
      if ((found & LETTER) !== 0) {
        partLetters += step;
        if ((found & LOWER) !== 0) partLower = 1;
      }
      partGroups &= groupsOf(partCode);
      part += step;
      count += 1;
    }
    if (count < 2) break;
    letters += partLetters;
    lower |= partLower;
    groups &= partGroups;
    index = part;
  }
  PARTS[0] = letters;
  PARTS[1] = lower;
  PARTS[2] = groups;
  return index;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** End of initials (`(?:\p{Lu}\.){2,}`) starting at `start`, or -1. */
function initialsEnd(text: string, start: number): number {
  let index = start;
  let count = 0;
  for (;;) {
    const codePoint = text.codePointAt(index);
    if (codePoint === undefined || (classesOf(codePoint) & UPPER) === 0) break;
    const width = codePoint > 0xffff ? 2 : 1;
    if (text.charCodeAt(index + width) !== CODE_FULL_STOP) break;
    index += width + 1;
    count += 1;
  }
  return count >= 2 ? index : -1;
}

/** Split text into word tokens for toponym search. */
export function placeTokens(text: string): PlaceTokens {
  return new PlaceTokens(text);
}
