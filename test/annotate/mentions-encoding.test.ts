import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentContext, documentContextOf } from '../../src/annotate/mentions/ner-features.js';
import { nerTokens } from '../../src/annotate/mentions/ner-tokens.js';
import { CLASS_COUNT, allowedAfter, bestAllowed, bioTag, nerTagger, scoreIds, scoreToken } from '../../src/annotate/mentions/perceptron-tagger.js';
import { sentenceLexemes, tokenCapacity } from '../../src/annotate/mentions/sentence-encoder.js';

const SENTENCES: string[][] = [
  ['Officials', 'in', 'New', 'Amsterdam', 'said', 'on', 'Monday', 'that', 'Marta', 'Quill', 'had', 'left', '.'],
  ['"', 'We', 'are', 'ready', ',', '"', 'said', 'the', 'mayor', 'of', 'Lisbon', ',', 'Dario', 'Fenn', '.'],
  ['the', 'river', 'rose', 'overnight', 'and', 'roads', 'closed', '.'],
  ['UNITED', 'NATIONS', 'staff', 'met', 'Red', 'Cross', 'teams', 'near', 'Oslo', '.'],
];

describe('NER encoding token by token', () => {
  it('writes for each token exactly the ids the whole-sentence encoding gives it', () => {
    const tagger = nerTagger();
    const encoder = tagger.encoder;
    const context = documentContext(SENTENCES, encoder.table);
    let compared = 0;
    for (const words of SENTENCES) {
      const whole = encoder.encode(words, context);
      const prepared = encoder.prepare(words);
      words.forEach((_, index) => {
        const buffer = new Int32Array(tokenCapacity(prepared.lexemes[index]));
        const used = encoder.encodeToken(prepared, index, context, buffer, 0);
        const expected = whole.ids.slice(whole.offsets[index], whole.offsets[index + 1]);
        assert.deepEqual(Array.from(buffer.slice(0, used)), Array.from(expected), `token ${index} of "${words.join(' ')}"`);
        compared += 1;
      });
    }
    assert.equal(compared, SENTENCES.flat().length);
  });

  it('scores from an id range as from the encoded sentence', () => {
    const weights = Float32Array.from({ length: 6 * CLASS_COUNT }, (_, index) => ((index * 37) % 11) - 5);
    const sentence = { ids: Int32Array.from([0, 3, 5, 1, 2]), offsets: Int32Array.from([0, 3, 5]) };
    const fromSentence = new Float64Array(CLASS_COUNT);
    const fromRange = new Float64Array(CLASS_COUNT);
    scoreToken(weights, sentence, 1, [4, -1], fromSentence);
    scoreIds(weights, Int32Array.from([1, 2]), 0, 2, [4, -1], fromRange);
    assert.deepEqual(Array.from(fromRange), Array.from(fromSentence));
    scoreIds(weights, Int32Array.from([1, 3]), 0, 2, [4, -1], fromRange);
    assert.notDeepEqual(Array.from(fromRange), Array.from(fromSentence));
  });

  it('builds the same document context from lexemes as from words', () => {
    const table = nerTagger().encoder.table;
    const fromWords = documentContext(SENTENCES, table);
    const fromLexemes = documentContextOf(SENTENCES.map((words) => words.map((word) => table.get(word))));
    assert.deepEqual([...fromLexemes.seenLower].sort(), [...fromWords.seenLower].sort());
    assert.deepEqual([...fromLexemes.seenCapitalisedInside].sort(), [...fromWords.seenCapitalisedInside].sort());
    assert.ok(fromLexemes.seenCapitalisedInside.has('amsterdam'));
    assert.ok(!fromLexemes.seenCapitalisedInside.has('officials'), 'a sentence-initial capital is not "inside"');
  });

  it('tags alike with and without lexemes given, and leaves lower-case text untagged', () => {
    const tagger = nerTagger();
    for (const words of SENTENCES) {
      const given = tagger.tag(words, documentContext(SENTENCES, tagger.encoder.table), sentenceLexemes(tagger.encoder, words));
      const looked = tagger.tag(words, documentContext(SENTENCES, tagger.encoder.table));
      assert.deepEqual(Array.from(given), Array.from(looked));
    }
    const plain = SENTENCES[2] ?? [];
    assert.deepEqual(Array.from(tagger.tag(plain, documentContext([plain])), bioTag), plain.map(() => 'O'));
    const named = SENTENCES[0] ?? [];
    const tags = Array.from(tagger.tag(named, documentContext([named])), bioTag);
    assert.equal(tags[8], 'B-PER');
  });
});

describe('tagger tokens of words with and without split marks', () => {
  it('splits a curly possessive and keeps plain words and inner apostrophes whole, with exact spans', () => {
    const text = 'Then Lisbon’s envoy and O’Neill met 12 aides.';
    const tokens = nerTokens(text, 5, text.length);
    assert.deepEqual(tokens.map((token) => token.text), ['Lisbon', '’s', 'envoy', 'and', 'O’Neill', 'met', '12', 'aides', '.']);
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  });
});

describe('greedy decoding under the BILOU constraints', () => {
  it('picks the best-scoring class that may follow the previous one, for every previous class', () => {
    const scores = Float64Array.from({ length: CLASS_COUNT }, (_, index) => ((index * 7) % CLASS_COUNT) - 3);
    for (let previous = 0; previous <= CLASS_COUNT; previous += 1) {
      let expected = 0;
      let expectedScore = -Infinity;
      for (let label = 0; label < CLASS_COUNT; label += 1) {
        if ((scores[label] ?? 0) > expectedScore && allowedAfter(previous, label)) {
          expected = label;
          expectedScore = scores[label] ?? 0;
        }
      }
      assert.equal(bestAllowed(scores, previous), expected, `after class ${previous}`);
    }
    assert.equal(allowedAfter(0, 2), false, 'an inside tag cannot follow O');
    assert.equal(allowedAfter(1, 2), true, 'I-PER may follow B-PER');
  });
});
