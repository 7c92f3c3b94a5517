import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldName } from '../../src/annotate/places/fold-name.js';
import { seededText } from '../helpers/sample-texts.js';

/** The full fold, every step applied, as a reference for the printable-ASCII shortcut. */
function fullFold(name: string): string {
  const lowered = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼʻ`´]/gu, '')
    .replace(/[\s\-‐‑–—_/.,]+/gu, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/^ +| +$/gu, '');
  const abbreviations = new Map([['st', 'saint'], ['ste', 'sainte'], ['mt', 'mount'], ['ft', 'fort']]);
  return lowered === '' ? '' : lowered.split(' ').map((word) => abbreviations.get(word) ?? word).join(' ');
}

/** Printable ASCII, and a small alphabet heavy in separators, marks and abbreviations. */
const ALPHABETS = [Array.from({ length: 95 }, (_, index) => String.fromCharCode(0x20 + index)), ['a', 'B', 's', 'T', 'e', 'm', 'F', ' ', '-', "'", '`', '.', ',', '/', '_', '!', '9', '(']];

function seededAscii(seed: number, length: number): string {
  return seededText(ALPHABETS[seed % 2] ?? [], seed, length);
}

describe('foldName shortcut for printable ASCII', () => {
  it('folds printable ASCII exactly as the full fold does', () => {
    const samples = ['a -!- b', 'St.-Ft', 'Port Ellis', "O'Hara-Vale", 'Mt. Brook', 'ST  ANNE', ' -Fort_Lee/ ', "Ste-Claire's", '', '...', 'Grey `Hollow`'];
    for (let seed = 1; seed <= 4000; seed += 1) samples.push(seededAscii(seed, 1 + (seed % 23)));
    for (const sample of samples) assert.equal(foldName(sample), fullFold(sample), JSON.stringify(sample));
  });

  it('still folds letters outside ASCII, alone and in phrases, and again from its word cache', () => {
    for (let round = 0; round < 2; round += 1) {
      assert.equal(foldName('Čadca'), 'cadca');
      assert.equal(foldName('Øster Vrå'), 'oster vra');
      assert.equal(foldName('Straße'), 'strasse');
      assert.equal(foldName('Pоland'), 'poland', 'a Cyrillic look-alike inside a Latin word');
    }
    assert.equal(foldName('Москва'), 'москва', 'a word with no Latin letter keeps its script');
    assert.notEqual(foldName('Čadca'), 'Čadca');
  });
});
