/**
 * String comparison the gold rules use (shared gold README): Unicode NFKD, combining marks
 * dropped, curly quotes made straight, white space collapsed, case folded.
 */

const COMBINING = /\p{M}/gu;
const SPACE = /\s+/gu;
const LEFT_SINGLE = /\u2018/gu;
const RIGHT_SINGLE = /\u2019/gu;
const LEFT_DOUBLE = /\u201c/gu;
const RIGHT_DOUBLE = /\u201d/gu;

/** Fold case as Python's str.casefold does for the letters news text holds. */
export function casefold(text: string): string {
  return text.toLowerCase().replaceAll('ß', 'ss').replaceAll('ς', 'σ');
}

/** Normalise a string for gold comparison; null and undefined become ''. */
export function normaliseForGold(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  const folded = text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(LEFT_SINGLE, "'")
    .replace(RIGHT_SINGLE, "'")
    .replace(LEFT_DOUBLE, '"')
    .replace(RIGHT_DOUBLE, '"');
  return casefold(folded.replace(SPACE, ' ').trim());
}

const WORD = /[\p{L}\p{N}_]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const LETTER = /\p{L}/u;

/** Words that mix letters of two or more of Latin, Cyrillic and Greek. */
export function mixedScriptWords(text: string): string[] {
  const bad: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const scripts = new Set<string>();
    for (const character of word) {
      if (!LETTER.test(character)) continue;
      if (LATIN.test(character)) scripts.add('latin');
      else if (CYRILLIC.test(character)) scripts.add('cyrillic');
      else if (GREEK.test(character)) scripts.add('greek');
    }
    if (scripts.size > 1) bad.push(word);
  }
  return bad;
}

/** Great-circle distance in km, as the gold scorer computes it. */
export function kilometres(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const radians = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * radians) / 2) ** 2 + Math.cos(aLat * radians) * Math.cos(bLat * radians) * Math.sin(((bLon - aLon) * radians) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}
