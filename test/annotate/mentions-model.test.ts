import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SpanScorer, entitySpans, iob1ToBio } from '../../src/annotate/mentions/conll-data.js';
import { editDistance, sameSurname } from '../../src/annotate/mentions/mention-coref.js';
import { documentContext } from '../../src/annotate/mentions/ner-features.js';
import { buildGazetteer, kindBit } from '../../src/annotate/mentions/ner-gazetteer.js';
import { nerTokens } from '../../src/annotate/mentions/ner-tokens.js';
import { bioTag, bioToBilou, nerTagger } from '../../src/annotate/mentions/perceptron-tagger.js';

function tagWords(words: string[]): string[] {
  const tags = nerTagger().tag(words, documentContext([words]));
  return Array.from(tags, bioTag);
}

describe('NER model', () => {
  it('loads and tags a simple sentence', () => {
    const words = ['Angela', 'Brenner', 'flew', 'from', 'Madrid', 'to', 'Oslo', 'for', 'talks', 'with', 'the', 'United', 'Nations', '.'];
    assert.deepEqual(tagWords(words), ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('tags no entity in a sentence of common words', () => {
    const words = ['However', ',', 'the', 'weather', 'stayed', 'calm', 'all', 'week', '.'];
    assert.deepEqual(tagWords(words), words.map(() => 'O'));
  });
});

describe('CoNLL helpers', () => {
  it('turns BIO into BILOU', () => {
    assert.deepEqual(bioToBilou(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC']), ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC']);
  });

  it('turns IOB1 into BIO', () => {
    assert.deepEqual(iob1ToBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
  });

  it('reads entity spans and scores exact matches only', () => {
    assert.deepEqual(entitySpans(['B-PER', 'I-PER', 'O', 'B-LOC']), ['PER:0:2', 'LOC:3:4']);
    const scorer = new SpanScorer();
    scorer.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
    const micro = scorer.scores().get('*');
    assert.equal(micro?.correct, 1);
    assert.equal(micro?.gold, 2);
    assert.equal(micro?.predicted, 2);
    assert.equal(micro?.f1, 50);
  });
});

describe('tagger tokens', () => {
  it("splits a possessive 's and a participle after a name", () => {
    const text = "Oslo's mayor met Kremlin-backed envoys.";
    assert.deepEqual(
      nerTokens(text, 0, text.length).map((token) => token.text),
      ['Oslo', "'s", 'mayor', 'met', 'Kremlin', '-', 'backed', 'envoys', '.'],
    );
  });

  it('keeps lower-case hyphenated words and dotted abbreviations whole', () => {
    const text = 'A well-known U.S. firm.';
    assert.deepEqual(
      nerTokens(text, 0, text.length).map((token) => token.text),
      ['A', 'well-known', 'U.S.', 'firm', '.'],
    );
  });
});

describe('surname matching', () => {
  it('accepts one letter of difference with the same first letter', () => {
    assert.equal(editDistance('petrenko', 'petrenka', 2), 1);
    assert.equal(sameSurname('Petrenko', 'Petrenka'), true);
  });

  it('rejects a different first letter, a short name or two letters of difference', () => {
    assert.equal(sameSurname('Petrenko', 'Betrenko'), false);
    assert.equal(sameSurname('Li', 'Lu'), false);
    assert.equal(sameSurname('Petrenko', 'Petrovko'), false);
  });
});

describe('gazetteer', () => {
  it('indexes kinds by lower-cased phrase and maps capitals to countries', () => {
    const gazetteer = buildGazetteer({
      countries: { Freedonia: 'Freedonia', 'Republic of Freedonia': 'Freedonia' },
      capitals: { 'Port Nova': 'Freedonia' },
      demonyms: ['Freedonian'],
      regions: [],
      cities: ['Port Nova'],
      firstNames: ['Rufus'],
    });
    assert.equal((gazetteer.phrases.get('port nova') ?? 0) & kindBit('capital'), kindBit('capital'));
    assert.equal((gazetteer.phrases.get('freedonians') ?? 0) & kindBit('demonym'), kindBit('demonym'));
    assert.equal(gazetteer.capitals.get('port nova'), 'Freedonia');
    assert.equal(gazetteer.countries.get('republic of freedonia'), 'Freedonia');
    assert.equal(gazetteer.phrases.get('rufus port'), undefined);
  });
});
