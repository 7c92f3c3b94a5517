/**
 * The mention stage's reads of word forms straight from the document text against the reads from
 * each token's own string: on the seeds, the sample corpus and generated text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentTagger } from '../../src/annotate/mentions/document-tagger.js';
import { nerGazetteer } from '../../src/annotate/mentions/ner-gazetteer.js';
import { CLASS_COUNT, nerTagger } from '../../src/annotate/mentions/perceptron-tagger.js';
import { SurnameForms, namesBySurname } from '../../src/annotate/mentions/role-names.js';
import { SurnameSet, namesBySurnameText } from '../helpers/surname-reference.js';
import { type SentenceWords } from '../../src/annotate/mentions/sentence-words.js';
import { FormTable } from '../../src/annotate/mentions/word-forms.js';
import { splitSentences } from '../../src/annotate/tokens/sentences.js';
import { tokenize } from '../../src/annotate/tokens/tokenize.js';
import { SAMPLE_CORPUS, SEED_ARTICLES, articleTexts, seeded } from '../helpers/sample-texts.js';


function newTable(): FormTable {
  return new FormTable(nerTagger().encoder.table, nerGazetteer(), CLASS_COUNT + 1);
}

/** Words of one to fourteen characters, Latin-1 and beyond, many sharing long prefixes. */
function generatedWords(seed: number, count: number): string[] {
  const random = seeded(seed);
  const alphabet = ['a', 'b', 'A', 'é', 'ÿ', 'Ā', 'ж', '😀', '.', "'", '-', '1'];
  const words: string[] = ['abcdefgh', 'abcdefghi', 'abcdefghij', 'abcdefgi', 'Ab', 'ab', 'a'];
  for (let index = 0; index < count; index += 1) {
    let word = index % 3 === 0 ? 'abcdefgh' : '';
    const length = 1 + Math.floor(random() * 14);
    for (let at = 0; at < length; at += 1) word += alphabet[Math.floor(random() * alphabet.length)] ?? 'a';
    words.push(word);
  }
  return words;
}

describe('form numbers read from the text', () => {
  it('gives every token of the seeds and the corpus the number of its own string', () => {
    const texts = [...articleTexts(SEED_ARTICLES), ...articleTexts(SAMPLE_CORPUS)];
    assert.ok(texts.length > 5, `${texts.length} texts`);
    const table = newTable();
    let tokens = 0;
    for (const text of texts) {
      for (const token of tokenize(text)) {
        // Note: alternate which read meets a form first, so that both add forms.
        if (tokens % 2 === 0) {
          const fromText = table.idAt(text, token.start, token.end, token.text);
          assert.equal(table.id(token.text), fromText, token.text);
        } else {
          const fromWord = table.id(token.text);
          assert.equal(table.idAt(text, token.start, token.end, token.text), fromWord, token.text);
        }
        tokens += 1;
      }
    }
    assert.equal(new Set(table.words).size, table.size, 'a form numbered twice');
    assert.ok(tokens > 5000, `${tokens} tokens`);
  });

  it('reads generated words at any offset of a text as their strings, and tells apart spans that differ', () => {
    const table = newTable();
    const words = generatedWords(5, 6000);
    const text = `x ${words.join(' ')} y`;
    let at = 2;
    const spans: [number, number, string][] = [];
    for (const word of words) {
      spans.push([at, at + word.length, word]);
      at += word.length + 1;
    }
    // Half the words are met first by the text read, the other half by their strings.
    spans.forEach(([start, end, word], index) => {
      if (index % 2 === 0) table.idAt(text, start, end, word);
      else table.id(word);
    });
    for (const [start, end, word] of spans) assert.equal(table.idAt(text, start, end, word), table.id(word), JSON.stringify(word));
    // Negative cases: a span one character short, or one reaching into the next word, is another form.
    let differing = 0;
    for (const [start, end, word] of spans) {
      if (word.length < 2) continue;
      const shorter = text.slice(start, end - 1);
      assert.notEqual(table.idAt(text, start, end - 1, shorter), table.id(word), `${JSON.stringify(shorter)} read as ${JSON.stringify(word)}`);
      const longer = text.slice(start, end + 2);
      assert.notEqual(table.idAt(text, start, end + 2, longer), table.id(word), `${JSON.stringify(longer)} read as ${JSON.stringify(word)}`);
      differing += 1;
    }
    assert.ok(differing > 4000, `${differing} words`);
  });
});

describe('surnames by form number', () => {
  it('finds the tokens equal to a surname as the test of their text does, on the seeds, the corpus and generated text', () => {
    const texts = [...articleTexts(SEED_ARTICLES), ...articleTexts(SAMPLE_CORPUS)];
    const random = seeded(9);
    const pieces = ['Quill', 'Quills', 'quill', 'QUILL', 'Fenn', 'Fenner', "Fenn's", 'Ó', 'Briain', 'Ng', 'Ng.', 'said', ',', '.', 'the', 'Anna'];
    for (let index = 0; index < 40; index += 1) {
      texts.push(Array.from({ length: 200 }, () => pieces[Math.floor(random() * pieces.length)] ?? '').join(random() < 0.5 ? ' ' : '  '));
    }
    const tagger = documentTagger(nerTagger());
    const forms = new SurnameForms();
    let found = 0;
    let missed = 0;
    texts.forEach((text, textIndex) => {
      tagger.begin();
      const spans = splitSentences(text);
      const sentences = spans.map((span) => tagger.addText(text, span.start, span.end));
      const ids = tagger.ids;
      const covered = new Uint8Array(ids.length).map(() => (random() < 0.2 ? 1 : 0));
      // Surnames: capitalised words of the text, a word not in it, and near misses of words in it.
      const words = tokenize(text).filter((token) => /^\p{Lu}/u.test(token.text));
      const names = ['Zyxwvut', 'fenn', 'Quil', 'Ó Briain'];
      for (let index = 0; index < 6 && words.length > 0; index += 1) names.push(words[Math.floor(random() * words.length)]?.text ?? '');
      const set = new SurnameSet();
      forms.begin();
      for (const name of names) {
        set.add(name);
        forms.add(tagger.table, name);
      }
      let offset = 0;
      for (const tokens of sentences) {
        const view: SentenceWords = { tokens, ids, offset, table: tagger.table };
        const expected = namesBySurnameText(view, covered, set);
        assert.deepEqual(namesBySurname(view, covered, forms), expected, `text ${textIndex}`);
        found += expected.length;
        // Negative case: a token equal to a surname but covered is never found.
        for (const candidate of expected) assert.equal(covered[offset + candidate.first], 0);
        missed += tokens.filter((token, index) => covered[offset + index] === 0 && (token.text === 'Quills' || token.text === 'Fenner' || token.text === 'quill')).length;
        offset += tokens.length;
      }
    });
    assert.ok(found > 300 && missed > 100, `${found} surnames found, ${missed} near misses`);
  });

  it('forgets the surnames of the document before', () => {
    const table = newTable();
    const forms = new SurnameForms();
    const id = table.id('Quill');
    forms.begin();
    forms.add(table, 'Quill');
    assert.equal(forms.has(id), true);
    forms.begin();
    assert.equal(forms.has(id), false);
    forms.add(table, 'Unseen');
    assert.equal(forms.size, 0);
    assert.equal(table.known('Unseen'), -1);
  });
});
