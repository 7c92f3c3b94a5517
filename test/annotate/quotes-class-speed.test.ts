/**
 * The speaker class read in one pass (words cut out in place, overlapping mentions read without a
 * list) must equal the reading it replaces: the phrase split at `[\s’']+`, the overlapping mentions
 * filtered into a list. Compared on phrases cut from the sample corpus, the seeds (when present)
 * and generated text, with mentions in start order and out of it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType, Mention } from '../../src/model/annotations.js';
import { getAttributionLexicon } from '../../src/annotate/quotes/attribution-lexicon.js';
import { mentionSpans, overlapping, type MentionSpans } from '../../src/annotate/quotes/mention-spans.js';
import { speakerClass, type SpeakerClass, type SpeakerPhrase } from '../../src/annotate/quotes/speaker-phrase.js';
import { tokenize } from '../../src/annotate/tokens/tokenize.js';
import { SAMPLE_CORPUS, SEED_ARTICLES, articleTexts, seeded, seededText } from '../helpers/sample-texts.js';

const CAPITALISED = /^\p{Lu}/u;
const MENTION_GROUPS = new Set(['ORG', 'GPE', 'NORP', 'LOC', 'FAC']);
const CONNECTORS = new Set(['of', 'from']);
const WORD_SPLIT = /[\s’']+/u;
const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC', 'EVENT', 'PRODUCT'] as EntityType[];

/** The reading the fast path replaces, word for word. */
function referenceClass(phrase: SpeakerPhrase, mentions: MentionSpans, people: ReadonlySet<string>): SpeakerClass {
  if (phrase.pronoun !== undefined) return phrase.pronoun === 'person' ? 'person' : 'group';
  const inside = overlapping(mentions, phrase.start, phrase.end);
  if (inside.some((mention) => mention.type === 'PERSON')) return 'person';
  if (inside.some((mention) => MENTION_GROUPS.has(mention.type))) return 'group';
  const lexicon = getAttributionLexicon();
  const words = phrase.text.split(WORD_SPLIT).filter((word) => word !== '');
  const lowers = words.map((word) => word.toLowerCase());
  let of = -1;
  for (let index = 0; index < words.length && of < 0; index += 1) if (CONNECTORS.has(words[index] ?? '')) of = index;
  const head = (of > 0 ? lowers[of - 1] : lowers[lowers.length - 1]) ?? '';
  if (lexicon.groupWords.has(head)) return 'group';
  if (lexicon.personTitles.has(head)) return 'person';
  let firstTrailing = words.length;
  while (firstTrailing > 0 && CAPITALISED.test(words[firstTrailing - 1] ?? '')) firstTrailing -= 1;
  const names = words.slice(firstTrailing).filter((_, index) => !lexicon.determiners.has(lowers[firstTrailing + index] ?? ''));
  if (names.some((word) => lexicon.groupWords.has(word.toLowerCase()))) return 'group';
  if (names.length >= 2 || (names.length === 1 && people.has(names[0] ?? ''))) return 'person';
  if (lowers.some((word) => lexicon.personTitles.has(word))) return 'person';
  if (lowers.some((word) => lexicon.groupWords.has(word))) return 'group';
  return 'unknown';
}

function mention(text: string, start: number, end: number, type: EntityType): Mention {
  return { kind: 'mention', start, end, text: text.slice(start, end), type, name: '', entity: null, provenance: { stage: 'annotate', rule: 'test/generated', confidence: 1 } };
}

/** Mentions over some of the text's word runs, in start order, and the same shuffled. */
function mentionsOf(text: string, random: () => number): [Mention[], Mention[]] {
  const tokens = tokenize(text);
  const sorted: Mention[] = [];
  for (let at = 0; at < tokens.length; at += 1 + Math.floor(random() * 4)) {
    const last = tokens[Math.min(tokens.length - 1, at + Math.floor(random() * 3))];
    const first = tokens[at];
    if (first === undefined || last === undefined) continue;
    sorted.push(mention(text, first.start, last.end, TYPES[Math.floor(random() * TYPES.length)] ?? 'PERSON'));
  }
  const shuffled = [...sorted].sort(() => random() - 0.5);
  return [sorted, shuffled];
}

const PIECES = ['the', 'The', 'minister', 'Minister', 'of', 'from', 'Of', 'ministry', 'Doe', 'Jane', 'police', 'an', 'official', "'", '’', '’s', "'s", ' ', ' ', '\u00a0', '\u2009', '\n', '\t', '-', '`', 'É', 'é', 'Ärzte', '\u{1d400}', 'group', 'Group', 'A'];

function texts(): string[] {
  const all = [...articleTexts(SAMPLE_CORPUS), ...articleTexts(SEED_ARTICLES)];
  assert.ok(all.length > 0);
  for (let seed = 1; seed <= 400; seed += 1) all.push(seededText(PIECES, seed, 5 + (seed % 80)));
  return all;
}

describe('speaker class read in one pass', () => {
  it('equals the split-and-filter reading on corpus and generated phrases', () => {
    let compared = 0;
    const seen = new Map<SpeakerClass, number>();
    texts().forEach((text, textIndex) => {
      const random = seeded(textIndex + 1);
      const [sorted, shuffled] = mentionsOf(text, random);
      const spans = [mentionSpans(sorted), mentionSpans(shuffled), mentionSpans([])];
      const tokens = tokenize(text);
      const people = new Set(tokens.filter(() => random() < 0.05).map((token) => token.text));
      for (let at = 0; at < Math.min(tokens.length, 600); at += 1 + Math.floor(random() * 3)) {
        const first = tokens[at];
        const last = tokens[Math.min(tokens.length - 1, at + Math.floor(random() * 6))];
        if (first === undefined || last === undefined) continue;
        const phrase = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
        for (const mentions of spans) {
          const expected = referenceClass(phrase, mentions, people);
          assert.equal(speakerClass(phrase, mentions, people), expected, JSON.stringify(phrase.text));
          seen.set(expected, (seen.get(expected) ?? 0) + 1);
          compared += 1;
        }
      }
    });
    assert.ok(compared > 10_000, `many phrases compared (${compared})`);
    for (const kind of ['person', 'group', 'unknown'] as const) assert.ok((seen.get(kind) ?? 0) > 100, `${kind} is met often (${seen.get(kind) ?? 0})`);
  });

  it('splits at every white space and apostrophe the pattern splits at, and nowhere else', () => {
    const none = mentionSpans([]);
    const people = new Set(['Doe']);
    // Note: a no-break space and a thin space split words ("Jane Doe" is two names), a backtick or a hyphen does not.
    for (const [text, expected] of [
      ['Jane\u00a0Doe', 'person'],
      ['Jane\u2009Doe', 'person'],
      ['Jane`Doe', 'unknown'],
      ['Jane-Doe', 'unknown'],
      ['the Doe', 'person'],
      ['O’Doe', 'person'],
      ["the police's", 'group'],
      ['Jane Doe’ s', 'unknown'],
      ['the police', 'group'],
      ['', 'unknown'],
    ] as const) {
      const phrase = { start: 0, end: text.length, text };
      assert.equal(referenceClass(phrase, none, people), expected, text);
      assert.equal(speakerClass(phrase, none, people), expected, text);
    }
  });

  it('takes a person mention over a group mention, and a group mention over the words', () => {
    const text = 'the ministry of Jane Doe';
    const phrase = { start: 0, end: text.length, text };
    const both = mentionSpans([mention(text, 4, 12, 'ORG'), mention(text, 16, 24, 'PERSON')]);
    const group = mentionSpans([mention(text, 16, 24, 'GPE')]);
    const outside = mentionSpans([mention(text, 24, 24, 'PERSON')]);
    for (const [spans, expected] of [
      [both, 'person'],
      [group, 'group'],
      [outside, 'group'],
    ] as const) {
      assert.equal(referenceClass(phrase, spans, new Set()), expected);
      assert.equal(speakerClass(phrase, spans, new Set()), expected);
    }
  });
});
