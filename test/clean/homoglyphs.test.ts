import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookalikeIn, scriptOf } from '../../src/clean/confusables.js';
import { findHomoglyphRepairs, repairHomoglyphs } from '../../src/clean/homoglyphs.js';
import { runRule } from './clean-helpers.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC_A = '\u0430';
const CYRILLIC_O = '\u043e';
const CYRILLIC_CAPITAL_I = '\u0406';
const GREEK_OMICRON = '\u03bf';

describe('lookalikeIn', () => {
  it('finds same-case Latin look-alikes from the confusables data', () => {
    assert.equal(lookalikeIn(CYRILLIC_A, 'Latin'), 'a');
    assert.equal(lookalikeIn(CYRILLIC_CAPITAL_I, 'Latin'), 'I');
    assert.equal(lookalikeIn(GREEK_OMICRON, 'Latin'), 'o');
    assert.equal(lookalikeIn('p', 'Cyrillic'), '\u0440');
  });

  it('finds none for letters without a look-alike', () => {
    assert.equal(lookalikeIn('\u0434', 'Latin'), null);
    assert.equal(scriptOf('7'), null);
  });
});

describe('findHomoglyphRepairs', () => {
  it('repairs mixed words one character for one, one repair per word', () => {
    const text = `The tr${CYRILLIC_A}in left the st${CYRILLIC_A}tion at n${GREEK_OMICRON}on.`;
    const repairs = findHomoglyphRepairs(text);
    assert.deepEqual(
      repairs.map((repair) => [repair.before.length === repair.after.length, repair.after, repair.scripts]),
      [
        [true, 'train', ['Cyrillic']],
        [true, 'station', ['Cyrillic']],
        [true, 'noon', ['Greek']],
      ],
    );
  });

  it('repairs a lone look-alike word between Latin words in a disguised text', () => {
    const doc = runRule(repairHomoglyphs, `She took ${CYRILLIC_A} tr${CYRILLIC_A}in home.`);
    assert.equal(doc.text, 'She took a train home.');
    assert.equal(doc.cleaning.homoglyphs.length, 2);
    assert.equal(CYRILLIC.test(doc.text), false);
  });

  it('leaves a quoted Russian sentence alone, even in a disguised English text', () => {
    const russian = '\u0441\u043e\u0440 \u0438 \u0432\u043e\u0434\u0430 \u0442\u0443\u0442';
    const text = `He said “${russian}” and left the st${CYRILLIC_A}tion.`;
    const repairs = findHomoglyphRepairs(text);
    assert.deepEqual(repairs.map((repair) => repair.after), ['station']);
  });

  it('leaves undisguised text alone: a lone Cyrillic word with no mixed word is no disguise', () => {
    assert.deepEqual(findHomoglyphRepairs(`The letter ${CYRILLIC_A} is Cyrillic.`), []);
    assert.deepEqual(findHomoglyphRepairs('\u041c\u044b \u0432\u0438\u0434\u0435\u043b\u0438 \u0441\u043e\u0440 \u0443 \u0440\u0435\u043a\u0438.'), []);
    assert.deepEqual(findHomoglyphRepairs('Plain English, café and naïve included.'), []);
  });

  it('repairs a Cyrillic word disguised with Latin letters toward Cyrillic', () => {
    const word = `\u0432${'o'}\u0434\u0430`;
    const repairs = findHomoglyphRepairs(`\u041c\u044b \u0432\u0438\u0434\u0435\u043b\u0438 ${word} \u0443 \u0440\u0435\u043a\u0438.`);
    assert.equal(repairs.length, 1);
    assert.equal(repairs[0]?.after, `\u0432${CYRILLIC_O}\u0434\u0430`);
  });
});

describe('repairHomoglyphs', () => {
  it('records repairs with raw spans and keeps the offsets exact', () => {
    const raw = `Troops re${CYRILLIC_A}ched the river.`;
    const doc = runRule(repairHomoglyphs, raw);
    assert.equal(doc.text, 'Troops reached the river.');
    const repair = doc.cleaning.homoglyphs[0];
    assert.equal(raw.slice(repair?.rawStart, repair?.rawEnd), `re${CYRILLIC_A}ched`);
    assert.equal(doc.offsets.toRaw(doc.text.indexOf('river')), raw.indexOf('river'));
  });
});
