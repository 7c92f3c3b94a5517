/**
 * The mention extractor: tag each sentence with the trained NER tagger, drop junk (credit lines
 * in capitals, function words and common words that only a sentence start capitalised), take
 * titles off person names and keep the stated role as the description, map the CoNLL types to
 * sitrep's, extend facility names, and mark capitals that stand for their government.
 */
import { type Mention, type Sentence } from '../../model/annotations.js';
import { type DocStage } from '../../pipeline/stage.js';
import { type MentionLexicons, mentionLexicons } from './mention-lexicons.js';
import { type SentenceMarks, leadingTitles, roleAfter, roleBefore } from './mention-roles.js';
import { capitalStandsFor, entityType, facilityHead } from './mention-types.js';
import { type DocumentTagger, documentTagger } from './document-tagger.js';
import { type WordForm } from './word-forms.js';
import { TAGGED_TYPES } from './ner-features.js';
import { type NerGazetteer, kindBit, nerGazetteer } from './ner-gazetteer.js';
import { type NerToken, nerTokens } from './ner-tokens.js';
import { type NameCandidate, namesByRole, namesBySurname } from './role-names.js';
import { type PerceptronTagger, nerTagger } from './perceptron-tagger.js';

const RULE = 'mentions/perceptron';
const CONFIDENCE = 0.85;
const RULE_CONFIDENCE = 0.7;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const CREDIT_MARKS = new Set(['/', '|', '©']);
const OPENING = /^["'“‘([«]$/u;
const WORD_OR_NUMBER = /[\p{L}\p{N}]/u;
const BRACKET = /^[()[\]{}]$/u;
const MISC = TAGGED_TYPES.indexOf('MISC');

type Candidate = NameCandidate;

/** Trim punctuation off both ends of a candidate and cut it at a bracket (undefined when nothing is left). */
function trimmed(tokens: readonly NerToken[], candidate: Candidate): Candidate | undefined {
  let first = candidate.first;
  let last = candidate.last;
  for (let index = first; index <= last; index += 1) {
    if (BRACKET.test(tokens[index]?.text ?? '')) {
      last = index - 1;
      break;
    }
  }
  while (first <= last && !WORD_OR_NUMBER.test(tokens[first]?.text ?? '')) first += 1;
  while (last >= first && !WORD_OR_NUMBER.test(tokens[last]?.text ?? '')) last -= 1;
  return first > last ? undefined : { ...candidate, first, last };
}

/**
 * Drop a sentence's first word from a candidate when it is a function word or adverb ("Later
 * Brandt said"); "The" is kept, since it opens names ("The Hague").
 */
function withoutOpener(view: SentenceView, candidate: Candidate, lexicons: MentionLexicons): Candidate {
  const lower = view.tokens[candidate.first]?.text.toLowerCase() ?? '';
  const drop = candidate.first === view.firstWord && candidate.last > candidate.first && lower !== 'the' && lexicons.notEntities.has(lower);
  return drop ? { ...candidate, first: candidate.first + 1 } : candidate;
}

/** Type of a class (its index in {@link TAGGED_TYPES}); classes start at 1. */
function typeOf(tagClass: number): number {
  return (tagClass - 1) >> 2;
}

/** Whether a class continues a name in BIO terms (I- or L-); otherwise a non-O class opens one (B- or U-). */
function continues(tagClass: number): boolean {
  const part = (tagClass - 1) & 3;
  return part === 1 || part === 2;
}

/**
 * The names of a sentence's tags (`count` tags from `offset` on), read as BIO tags (L- as I-, U-
 * as B-); token indexes in the sentence.
 */
function candidates(tags: Uint8Array, offset: number, count: number): Candidate[] {
  const found: Candidate[] = [];
  let openType = -1;
  let openFirst = 0;
  for (let index = 0; index < count; index += 1) {
    const tag = tags[offset + index] ?? 0;
    // Note: most tokens are outside every name; they need no label when no name is open.
    if (tag === 0) {
      if (openType >= 0) found.push({ type: TAGGED_TYPES[openType] ?? '', first: openFirst, last: index - 1 });
      openType = -1;
      continue;
    }
    const type = typeOf(tag);
    const inside = continues(tag);
    if (openType >= 0 && !(inside && type === openType)) {
      found.push({ type: TAGGED_TYPES[openType] ?? '', first: openFirst, last: index - 1 });
      openType = -1;
    }
    // Note: a B- or U- class has just closed any open name, so only an I- or L- class continues one.
    if (openType < 0) {
      openType = type;
      openFirst = index;
    }
  }
  if (openType >= 0) found.push({ type: TAGGED_TYPES[openType] ?? '', first: openFirst, last: count - 1 });
  return found;
}

interface SentenceView extends SentenceMarks {
  readonly tokens: readonly NerToken[];
  /** Index of the first word (after opening quotes). */
  readonly firstWord: number;
  readonly creditLine: boolean;
  /** The document's tagger forms (the sentence's from `offset` on). */
  readonly forms: readonly WordForm[];
  /** Per token of the document, 1 once a mention or a name tag covers it (the sentence's from `offset` on). */
  readonly covered: Uint8Array;
}

function isJunk(view: SentenceView, candidate: Candidate, tagger: DocumentTagger, gazetteer: NerGazetteer, lexicons: MentionLexicons): boolean {
  let words = 0;
  let firstWord = -1;
  let allCaps = true;
  let allNotEntities = true;
  for (let index = candidate.first; index <= candidate.last; index += 1) {
    const word = view.tokens[index]?.text ?? '';
    if (!HAS_LETTER.test(word)) continue;
    words += 1;
    if (firstWord < 0) firstWord = index;
    if (HAS_LOWER.test(word)) allCaps = false;
    if (!lexicons.notEntities.has(word.toLowerCase())) allNotEntities = false;
  }
  if (words === 0) return true;
  if (allCaps && (view.creditLine || (candidate.type === 'PER' && words > 1))) return true;
  if (allNotEntities) return true;
  if (candidate.first === view.firstWord && words === 1) {
    const form = view.forms[view.offset + firstWord];
    if (form !== undefined && tagger.seenLower(form) && (gazetteer.phrases.get(form.lowerForm.lower) ?? 0) === 0) return true;
  }
  return false;
}

function demonymTest(gazetteer: NerGazetteer, lexicons: MentionLexicons): (word: string) => boolean {
  const bit = kindBit('demonym');
  return (word) => ((gazetteer.phrases.get(word.toLowerCase()) ?? 0) & bit) !== 0 || lexicons.groups.has(word.toLowerCase());
}

/** Whether a sentence holds a credit mark ("Photo: X / Agency"). */
function hasCreditMark(tokens: readonly NerToken[]): boolean {
  for (const token of tokens) if (token.text.length === 1 && CREDIT_MARKS.has(token.text)) return true;
  return false;
}

/** Extract the mentions of a text, sentence by sentence. */
export function extractMentions(text: string, sentences: readonly Pick<Sentence, 'start' | 'end'>[], tagger: PerceptronTagger = nerTagger()): Mention[] {
  const gazetteer = nerGazetteer();
  const lexicons = mentionLexicons();
  const isDemonym = demonymTest(gazetteer, lexicons);
  const spans = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const document = documentTagger(tagger);
  document.begin();
  const sentenceTokens = spans.map((span) => nerTokens(text, span.start, span.end));
  const offsets = sentenceTokens.map((tokens) => document.add(tokens));
  const tags = document.tag();
  const forms = document.forms;
  const covered = new Uint8Array(tags.length);
  const marks = new Uint8Array(tags.length);
  for (let at = 0; at < tags.length; at += 1) {
    const tag = tags[at] ?? 0;
    if (tag === 0) continue;
    covered[at] = 1;
    if (typeOf(tag) !== MISC) marks[at] = 1;
  }
  const views = sentenceTokens.map((tokens, index): SentenceView => {
    let firstWord = 0;
    while (firstWord < tokens.length - 1 && OPENING.test(tokens[firstWord]?.text ?? '')) firstWord += 1;
    return { tokens, firstWord, creditLine: hasCreditMark(tokens), forms, covered, marks, offset: offsets[index] ?? 0 };
  });
  const mentions: Mention[] = [];
  const build: BuildContext = { text, document, gazetteer, lexicons, isDemonym };
  for (const view of views) {
    for (const raw of candidates(tags, view.offset, view.tokens.length)) addMention(mentions, view, raw, build);
    for (const raw of namesByRole(text, view.tokens, covered, view.offset, lexicons, gazetteer)) addMention(mentions, view, raw, build);
  }
  const surnames = new Set<string>();
  for (const mention of mentions) {
    const space = mention.name.lastIndexOf(' ');
    if (mention.type === 'PERSON' && space >= 0) surnames.add(mention.name.slice(space + 1));
  }
  if (surnames.size > 0) {
    for (const view of views) {
      for (const raw of namesBySurname(view.tokens, covered, view.offset, surnames)) addMention(mentions, view, raw, build);
    }
  }
  return mentions.sort((left, right) => left.start - right.start);
}

/** Add the mention of a candidate name unless it is junk, and mark its tokens covered. */
function addMention(mentions: Mention[], view: SentenceView, raw: Candidate, build: BuildContext): void {
  const candidate = trimmed(view.tokens, withoutOpener(view, raw, build.lexicons));
  if (candidate === undefined || isJunk(view, candidate, build.document, build.gazetteer, build.lexicons)) return;
  const mention = buildMention(build.text, view, candidate, build);
  if (mention === undefined) return;
  mentions.push(mention);
  view.covered.fill(1, view.offset + raw.first, view.offset + raw.last + 1);
}

interface BuildContext {
  readonly text: string;
  readonly document: DocumentTagger;
  readonly gazetteer: NerGazetteer;
  readonly lexicons: MentionLexicons;
  readonly isDemonym: (word: string) => boolean;
}

function buildMention(text: string, view: SentenceView, candidate: Candidate, build: BuildContext): Mention | undefined {
  const { gazetteer, lexicons } = build;
  const tokens = view.tokens;
  let first = candidate.first;
  let last = candidate.last;
  let description: string | undefined;
  if (candidate.type === 'PER') {
    const titles = leadingTitles(tokens, first, last, lexicons);
    first += titles;
    description = roleBefore(text, tokens, first, lexicons, build.isDemonym, view) ?? roleAfter(text, tokens, last, lexicons);
  }
  const startToken = tokens[first];
  let endToken = tokens[last];
  if (startToken === undefined || endToken === undefined) return undefined;
  const name = text.slice(startToken.start, endToken.end);
  let type = entityType(candidate.type, name, gazetteer, lexicons);
  if (type !== 'PERSON' && type !== 'NORP') {
    const head = facilityHead(tokens, first, last, lexicons);
    if (head !== 0) {
      type = 'FAC';
      last += Math.max(head, 0);
      endToken = tokens[last] ?? endToken;
    }
  }
  const spanText = text.slice(startToken.start, endToken.end);
  const standsFor = type === 'GPE' ? capitalStandsFor(tokens, last, spanText, gazetteer, lexicons) : undefined;
  return {
    kind: 'mention',
    start: startToken.start,
    end: endToken.end,
    text: spanText,
    type,
    name: spanText,
    ...(description === undefined ? {} : { description }),
    ...(standsFor === undefined ? {} : { standsFor }),
    entity: null,
    provenance: { stage: 'annotate', rule: candidate.rule ?? RULE, confidence: candidate.rule === undefined ? CONFIDENCE : RULE_CONFIDENCE },
  };
}

/** The extractor stage: fills doc.layers.mentions. */
export const mentionStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/mentions',
  run(doc) {
    doc.layers.mentions = extractMentions(doc.text, doc.layers.sentences);
  },
};
