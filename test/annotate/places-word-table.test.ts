import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldName } from '../../src/annotate/places/fold-name.js';
import { parseGazetteer } from '../../src/annotate/places/gazetteer.js';
import { COMMON_WORD, FIRST_NAME, LOCATIVE, REGION_WORD, WordTable } from '../../src/annotate/places/word-facts.js';

// Note: a made-up gazetteer, so that the facts are checked against its look-ups, not the real data.
const places = [
  ['1', 'Veldoria', 'country', 'PCLI', 'VD', '', '43.0', '25.0', '7000000', 'veldoria|new veldoria', ''],
  ['2', 'Marvelo', 'city', 'PPL', 'VD', '01', '42.5', '24.0', '9000', 'marvelo|saint marvelo', ''],
  ['3', 'Kursa', 'region', 'ADM1', 'VD', '02', '42.0', '24.5', '90000', 'kursa region', 'kursa'],
].map((row) => row.join('\t'));
const filters = JSON.stringify({ commonWords: ['new'], firstNames: ['marvelo'], demonyms: [], titles: [], notPlaces: [], locativeWords: ['in'], regionWords: ['region'] });
const gazetteer = parseGazetteer(places.join('\n'), filters);

function listsOf(fold: string): number {
  return (
    (fold === 'new' ? COMMON_WORD : 0) | (fold === 'marvelo' ? FIRST_NAME : 0) | (fold === 'in' ? LOCATIVE : 0) | (fold === 'region' ? REGION_WORD : 0)
  );
}

const WORDS = ['Veldoria', 'veldoria', 'New', 'St', 'Marvelo', 'in', 'IN', 'Region', 'Kursa', 'Vučić', 'Москва', '𝐀b', 'x', 'O’Neil'];

describe('word table', () => {
  it('gives each word the fold, record and lists of its direct look-ups, with one id per word as written', () => {
    const table = new WordTable(gazetteer);
    const text = WORDS.join(' ');
    const ids = new Map<string, number>();
    // Note: three rounds, so that found words and added words are both read, and 20,000 made-up words in between, so that the table grows many times.
    for (let round = 0; round < 3; round += 1) {
      table.startText();
      let start = 0;
      for (const word of WORDS) {
        const id = table.idOf(text, start, start + word.length);
        start += word.length + 1;
        const fold = foldName(word);
        assert.deepEqual(table.facts(id), { fold, record: gazetteer.keyInfo(fold), lists: listsOf(fold) }, word);
        assert.equal(table.lists(id), listsOf(fold), word);
        assert.equal(table.hasRecord(id), gazetteer.keyInfo(fold) !== undefined, `${word} has a record exactly when its fold does`);
        if (ids.has(word)) assert.equal(id, ids.get(word), `${word} keeps its id`);
        ids.set(word, id);
      }
      for (let index = 0; index < 20_000; index += 1) {
        const word = `w${round}x${index.toString(36)}`;
        assert.equal(table.facts(table.idOf(word, 0, word.length)).fold, word);
      }
    }
    assert.equal(new Set(ids.values()).size, WORDS.length, 'distinct words, distinct ids');
    // Note: the third round passed 50,000 words, so the table is emptied before the next text; the words read again are added again.
    assert.ok(table.idOf('fresh', 0, 5) >= 60_000, 'the table is not emptied while a text is read');
    table.startText();
    for (const word of WORDS) assert.equal(table.facts(table.idOf(word, 0, word.length)).fold, foldName(word), `${word} after the table was emptied`);
    assert.ok(table.idOf('Veldoria', 0, 8) < 20_000, 'ids start again after the table was emptied');
    assert.notEqual(ids.get('Veldoria'), ids.get('veldoria'), 'words as written, not folded');
  });

  it('gives each phrase the joined folds of its words and their record, with one id per phrase, through growth and emptying', () => {
    const table = new WordTable(gazetteer);
    const text = WORDS.join(' ');
    const starts: number[] = [];
    let start = 0;
    for (const word of WORDS) {
      starts.push(start);
      start += word.length + 1;
    }
    const wordId = (index: number): number => table.idOf(text, starts[index] ?? 0, (starts[index] ?? 0) + (WORDS[index] ?? '').length);
    for (let round = 0; round < 3; round += 1) {
      table.startText();
      const ids = new Map<string, number>();
      for (let first = 0; first < WORDS.length; first += 1) {
        for (let second = 0; second < WORDS.length; second += 1) {
          for (const third of [-1, 1, 4, 8]) {
            let keyId = wordId(first);
            let key = foldName(WORDS[first] ?? '');
            let path = `${first}`;
            for (const next of third < 0 ? [second] : [second, third]) {
              path = `${path} ${next}`;
              keyId = table.phraseOf(keyId, wordId(next));
              key = `${key} ${foldName(WORDS[next] ?? '')}`;
              assert.ok(keyId < 0, 'phrase ids are negative');
              assert.equal(table.keyOf(keyId), key);
              assert.deepEqual(table.recordOf(keyId), gazetteer.keyInfo(key), key);
              const seen = ids.get(path);
              if (seen !== undefined) assert.equal(keyId, seen, `${key} keeps its id`);
              ids.set(path, keyId);
            }
          }
        }
      }
      assert.deepEqual(table.recordOf(table.phraseOf(wordId(2), wordId(0)))?.entries.map((entry) => entry.name), ['Veldoria'], 'new veldoria');
      // Note: 30,000 made-up phrases a round, so that the phrases grow many times and pass their limit in the second round.
      const filler = table.idOf('w', 0, 1);
      let keyId = filler;
      for (let index = 0; index < 30_000; index += 1) keyId = index % 50 === 0 ? table.phraseOf(filler, filler) : table.phraseOf(keyId, filler);
      assert.equal(table.keyOf(keyId).split(' ').length, 51);
    }
  });
});
