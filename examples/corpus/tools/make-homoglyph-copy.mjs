// Write the homoglyph-laced copy of one corpus article, the way a spam re-poster disguises a
// copied text from duplicate filters: Cyrillic look-alike letters replace Latin ones in many
// words, and the furniture around the body changes. The output is deterministic, so the gold
// stays valid when the script is run again.
//
// Usage (from the repository root): node examples/corpus/tools/make-homoglyph-copy.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const SOURCE = new URL('../2023-10-24-northern-wire-serbia-drawdown.txt', import.meta.url);
const TARGET = new URL('../2023-10-25-daily-ferret-serbia-drawdown.txt', import.meta.url);

/** Latin letters and the Cyrillic letters that look the same. */
const LOOK_ALIKES = new Map([
  ['a', '\u0430'], ['e', '\u0435'], ['o', '\u043e'], ['p', '\u0440'], ['c', '\u0441'], ['x', '\u0445'], ['i', '\u0456'],
  ['A', '\u0410'], ['B', '\u0412'], ['C', '\u0421'], ['E', '\u0415'], ['H', '\u041d'], ['K', '\u041a'], ['M', '\u041c'],
  ['O', '\u041e'], ['P', '\u0420'], ['T', '\u0422'], ['X', '\u0425'],
]);

const WORD = /\p{L}+/gu;

const HEADER = [
  'DAILY FERRET | World | Politics | Viral',
  '',
  'Serbia pulls troops back from Kosovo boundary, defence ministry says',
  '',
  'Hot Today',
  '1. You will not believe what this celebrity chef eats for breakfast',
  '2. Ten gadgets that sold out in an hour',
  '3. Why everyone is moving to the countryside',
  '',
];

const FOOTER = ['', 'Share this article', '', 'Follow us on Telegram for breaking news as it happens!', ''];

/** Disguise one word: every second eligible letter is swapped; a lone "a" always is. */
function disguise(word, wordIndex) {
  if (word === 'a') return LOOK_ALIKES.get('a');
  if (wordIndex % 3 === 2) return word;
  let eligible = 0;
  let out = '';
  for (const letter of word) {
    const swap = LOOK_ALIKES.get(letter);
    if (swap !== undefined && eligible++ % 2 === 0) out += swap;
    else out += letter;
  }
  return out;
}

const body = readFileSync(SOURCE, 'utf8').trimEnd();
let wordIndex = 0;
const laced = body.replace(WORD, (word) => disguise(word, wordIndex++));
writeFileSync(TARGET, [...HEADER, laced, ...FOOTER].join('\n'));
