/**
 * Name folding for gazetteer look-ups: one key for every spelling that differs only in case,
 * diacritics, apostrophes, hyphens, dots or common abbreviations ("St." for "Saint"). The build
 * script and the extractor both use this function, so keys written to data/gazetteer match the
 * keys looked up at run time.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼʻ`´]/gu;
const SEPARATORS = /[\s\-‐‑–—_/.,]+/gu;
const NON_WORD = /[^\p{L}\p{N} ]+/gu;
const EDGE_SPACE = /^ +| +$/gu;

/** Letters NFKD leaves whole, spelled the way an English text writes them. */
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['ł', 'l'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['þ', 'th'],
  ['ı', 'i'],
]);
const FOLDED_LETTERS = /[ßøđðłæœþı]/gu;

/** Cyrillic and Greek letters that look like Latin ones, folded only inside words mixing scripts. */
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ['а', 'a'],
  ['е', 'e'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['у', 'y'],
  ['х', 'x'],
  ['і', 'i'],
  ['ј', 'j'],
  ['ѕ', 's'],
  ['ο', 'o'],
  ['α', 'a'],
]);
const LOOK_ALIKE_LETTERS = /[аеорсухіјѕοα]/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Printable ASCII only: no letter of it needs NFKD, mark removal or a look-alike fold. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/u;
const SPACE = ' ';
/** Most folded single words kept (the cache is emptied when full). */
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, string>();

/** Abbreviations written in place names, by their folded form. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]);
/** A folded word that {@link ABBREVIATIONS} spells out (the keys are plain letters). */
const ABBREVIATION_WORD = new RegExp(`(?:^| )(?:${[...ABBREVIATIONS.keys()].join('|')})(?: |$)`, 'u');

/**
 * Fold a name to its look-up key: NFKD, combining marks dropped, lower case, apostrophes dropped,
 * hyphens, dots and runs of white space made one space, and the abbreviations St, Ste, Mt, Ft
 * spelled out; in a name mixing scripts, Cyrillic and Greek look-alikes become Latin (a disguised
 * "Polаnd"). Returns '' for a name with no letters or digits.
 */
export function foldName(name: string): string {
  // Note: single words recur from article to article, phrases rarely; only words are cached.
  if (name.includes(SPACE)) return foldUncached(name);
  let folded = wordCache.get(name);
  if (folded === undefined) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    folded = foldUncached(name);
    wordCache.set(name, folded);
  }
  return folded;
}

function foldUncached(name: string): string {
  // Note: NFKD, mark removal and the letter folds leave printable ASCII as it is; most names are, and take the one-pass path.
  const lowered = PLAIN_ASCII.test(name) ? foldAscii(name) : foldUnicode(name);
  // Note: most names hold no abbreviation, and are returned without splitting them into words.
  if (lowered === '' || !ABBREVIATION_WORD.test(lowered)) return lowered;
  return lowered
    .split(' ')
    .map((word) => ABBREVIATIONS.get(word) ?? word)
    .join(' ');
}

/** The full fold before the abbreviations: NFKD, marks, case, letter folds, look-alikes in a name mixing scripts, apostrophes, separators. */
function foldUnicode(name: string): string {
  const letters = name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS.get(letter) ?? letter);
  // Note: whether the name mixes scripts is asked once for the whole name, not for each look-alike letter.
  const unmasked = LATIN_LETTER.test(letters) ? letters.replace(LOOK_ALIKE_LETTERS, (letter) => LOOK_ALIKES.get(letter) ?? letter) : letters;
  return unmasked.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').replace(NON_WORD, '').replace(EDGE_SPACE, '');
}

const CODE_SPACE = 0x20;
const ASCII_APOSTROPHES: ReadonlySet<number> = new Set([0x27, 0x60]);
const ASCII_SEPARATORS: ReadonlySet<number> = new Set([CODE_SPACE, 0x2c, 0x2d, 0x2e, 0x2f, 0x5f]);

/**
 * The steps of the full fold after the letter folds, in one pass over printable ASCII: lower
 * case, apostrophes dropped, each run of separators one space, other marks dropped, edge spaces
 * trimmed. Note: a dropped mark still ends a run of separators ("a -!- b" keeps two spaces), as
 * in the full fold, which joins separators before it drops marks.
 */
function foldAscii(name: string): string {
  let folded = '';
  let inSeparators = false;
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    if (ASCII_APOSTROPHES.has(code)) continue;
    if (ASCII_SEPARATORS.has(code)) {
      if (!inSeparators) folded += ' ';
      inSeparators = true;
      continue;
    }
    inSeparators = false;
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39)) folded += String.fromCharCode(lower);
  }
  let start = 0;
  let end = folded.length;
  while (start < end && folded.charCodeAt(start) === CODE_SPACE) start += 1;
  while (end > start && folded.charCodeAt(end - 1) === CODE_SPACE) end -= 1;
  return start === 0 && end === folded.length ? folded : folded.slice(start, end);
}
