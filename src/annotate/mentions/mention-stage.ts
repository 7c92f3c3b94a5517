/**
 * The mention extractor: tag each sentence with the trained NER tagger, drop junk (credit lines
 * in capitals, function words and common words that only a sentence start capitalised), take
 * titles off person names and keep the stated role as the description, map the CoNLL types to
 * sitrep's, extend facility names, and mark capitals that stand for their government.
 */
import { type EntityType, type Mention, type Provenance, type Sentence } from '../../model/annotations.js';
import { type DocStage } from '../../pipeline/stage.js';
import { type DocumentTagger, documentTagger } from './document-tagger.js';
import { type MentionLexicons, mentionLexicons } from './mention-lexicons.js';
import { type SentenceMarks, leadingTitles, roleAfter, roleBefore } from './mention-roles.js';
import { capitalStandsFor, entityType, facilityHead } from './mention-types.js';
import { TAGGED_TYPES } from './ner-features.js';
import { type NerGazetteer, nerGazetteer } from './ner-gazetteer.js';
import { type NerToken } from './ner-tokens.js';
import { type PerceptronTagger, nerTagger } from './perceptron-tagger.js';
import { type NameCandidate, SurnameForms, namesByRole, namesBySurname } from './role-names.js';
import { CLASSES, TRAITS, classesAt, formAt, kindsAt, lowerAt, phraseOf, traitsAt, traitsOf } from './sentence-words.js';

const RULE = 'mentions/perceptron';
const CONFIDENCE = 0.85;
const RULE_CONFIDENCE = 0.7;
const MISC = TAGGED_TYPES.indexOf('MISC');

type Candidate = NameCandidate;

interface SentenceView extends SentenceMarks {
  /** Index of the first word (after opening quotes). */
  readonly firstWord: number;
  /** Whether the sentence holds a credit mark: 1 or 0, -1 until first asked. */
  creditLine: number;
  /** Per token of the document, 1 once a mention or a name tag covers it (the sentence's from `offset` on). */
  readonly covered: Uint8Array;
}

/** Trim punctuation off both ends of a candidate and cut it at a bracket (undefined when nothing is left). */
function trimmed(view: SentenceView, candidate: Candidate): Candidate | undefined {
  let first = candidate.first;
  let last = candidate.last;
  for (let index = first; index <= last; index += 1) {
    if ((traitsAt(view, index) & TRAITS.bracket) !== 0) {
      last = index - 1;
      break;
    }
  }
  while (first <= last && (traitsAt(view, first) & TRAITS.wordOrNumber) === 0) first += 1;
  while (last >= first && (traitsAt(view, last) & TRAITS.wordOrNumber) === 0) last -= 1;
  if (first > last) return undefined;
  return first === candidate.first && last === candidate.last ? candidate : { ...candidate, first, last };
}

/**
 * Drop a sentence's first word from a candidate when it is a function word or adverb ("Later
 * Brandt said"); "The" is kept, since it opens names ("The Hague").
 */
function withoutOpener(view: SentenceView, candidate: Candidate, lexicons: MentionLexicons): Candidate {
  if (candidate.first !== view.firstWord || candidate.last <= candidate.first) return candidate;
  const drop = (classesAt(view, candidate.first, lexicons) & CLASSES.notEntity) !== 0 && lowerAt(view, candidate.first) !== 'the';
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

function isJunk(view: SentenceView, candidate: Candidate, tagger: DocumentTagger, lexicons: MentionLexicons): boolean {
  let words = 0;
  let firstWord = -1;
  let allCaps = true;
  let allNotEntities = true;
  for (let index = candidate.first; index <= candidate.last; index += 1) {
    const traits = traitsAt(view, index);
    if ((traits & TRAITS.letter) === 0) continue;
    words += 1;
    if (firstWord < 0) firstWord = index;
    if ((traits & TRAITS.smallLetter) !== 0) allCaps = false;
    if ((classesAt(view, index, lexicons) & CLASSES.notEntity) === 0) allNotEntities = false;
  }
  if (words === 0) return true;
  if (allCaps && (hasCreditMark(view) || (candidate.type === 'PER' && words > 1))) return true;
  if (allNotEntities) return true;
  if (candidate.first === view.firstWord && words === 1) {
    const id = formAt(view, firstWord);
    if (id >= 0 && tagger.seenLower(id) && kindsAt(view, firstWord) === 0) return true;
  }
  return false;
}

/** Whether a sentence holds a credit mark ("Photo: X / Agency"); found on first use. */
function hasCreditMark(view: SentenceView): boolean {
  if (view.creditLine < 0) {
    view.creditLine = 0;
    for (let index = 0; index < view.tokens.length; index += 1) if ((traitsAt(view, index) & TRAITS.creditMark) !== 0) view.creditLine = 1;
  }
  return view.creditLine === 1;
}

/** The surnames of the current document (kept between documents, as its marks are stamped per document). */
const surnames = new SurnameForms();

/** Work space of {@link tokenMarks}, kept between documents (grown as needed). */
let coveredSpace = new Uint8Array(4096);
let marksSpace = new Uint8Array(4096);

/**
 * Per token of a document's tags: `covered` is 1 where any name tag is, `marks` where a name
 * other than MISC is. Note: both are views of work space kept between documents (a document's
 * are valid until the next one's), as fresh arrays cost an allocation and zeroing per document.
 */
function tokenMarks(tags: Uint8Array): { covered: Uint8Array; marks: Uint8Array } {
  const count = tags.length;
  if (coveredSpace.length < count) {
    coveredSpace = new Uint8Array(count * 2);
    marksSpace = new Uint8Array(count * 2);
  }
  const covered = coveredSpace.subarray(0, count);
  const marks = marksSpace.subarray(0, count);
  for (let at = 0; at < count; at += 1) {
    const tag = tags[at] ?? 0;
    covered[at] = tag === 0 ? 0 : 1;
    marks[at] = tag !== 0 && typeOf(tag) !== MISC ? 1 : 0;
  }
  return { covered, marks };
}

/** Extract the mentions of a text, sentence by sentence. */
export function extractMentions(text: string, sentences: readonly Pick<Sentence, 'start' | 'end'>[], tagger: PerceptronTagger = nerTagger()): Mention[] {
  const gazetteer = nerGazetteer();
  const lexicons = mentionLexicons();
  const spans = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const document = documentTagger(tagger);
  document.begin();
  const sentenceTokens: NerToken[][] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const span of spans) {
    const tokens = document.addText(text, span.start, span.end);
    sentenceTokens.push(tokens);
    offsets.push(offset);
    offset += tokens.length;
  }
  const tags = document.tag();
  const ids = document.ids;
  const table = document.table;
  const { covered, marks } = tokenMarks(tags);
  const views = sentenceTokens.map((tokens, index): SentenceView => {
    const offset = offsets[index] ?? 0;
    let firstWord = 0;
    while (firstWord < tokens.length - 1 && (traitsOf(table, ids[offset + firstWord] ?? 0) & TRAITS.opening) !== 0) firstWord += 1;
    return { tokens, ids, table, marks, offset, firstWord, creditLine: -1, covered };
  });
  const mentions: Mention[] = [];
  const build: BuildContext = { text, document, gazetteer, lexicons };
  // Note: indexed loops, as an iterator per loop costs an allocation here.
  for (let index = 0; index < views.length; index += 1) {
    const view = views[index] as SentenceView;
    addMentions(mentions, view, candidates(tags, view.offset, view.tokens.length), build);
    addMentions(mentions, view, namesByRole(text, view, covered, lexicons), build);
  }
  surnames.begin();
  for (let index = 0; index < mentions.length; index += 1) {
    const mention = mentions[index] as Mention;
    if (mention.type !== 'PERSON') continue;
    const space = mention.name.lastIndexOf(' ');
    if (space >= 0) surnames.add(table, mention.name.slice(space + 1));
  }
  const bySurname: Mention[] = [];
  if (surnames.size > 0) {
    for (let index = 0; index < views.length; index += 1) {
      const view = views[index] as SentenceView;
      addMentions(bySurname, view, namesBySurname(view, covered, surnames), build);
    }
  }
  return inStartOrder(mentions, bySurname);
}

function byStart(left: Mention, right: Mention): number {
  return left.start - right.start;
}

/** Sort mentions by start (a stable sort), unless they are in that order already. */
function sortByStart(mentions: Mention[]): void {
  for (let index = 1; index < mentions.length; index += 1) {
    if ((mentions[index - 1] as Mention).start > (mentions[index] as Mention).start) {
      mentions.sort(byStart);
      return;
    }
  }
}

/**
 * The mentions of `first` and then `second` in order of start, as a stable sort of the two lists
 * one after the other gives them: each is sorted (most often it is in order already), then the two
 * are merged, a tie taken from `first`.
 */
export function inStartOrder(first: Mention[], second: Mention[]): Mention[] {
  sortByStart(first);
  if (second.length === 0) return first;
  sortByStart(second);
  const merged: Mention[] = [];
  let left = 0;
  let right = 0;
  while (left < first.length && right < second.length) {
    const fromFirst = first[left] as Mention;
    const fromSecond = second[right] as Mention;
    if (fromSecond.start < fromFirst.start) {
      merged.push(fromSecond);
      right += 1;
    } else {
      merged.push(fromFirst);
      left += 1;
    }
  }
  while (left < first.length) merged.push(first[left++] as Mention);
  while (right < second.length) merged.push(second[right++] as Mention);
  return merged;
}

interface BuildContext {
  readonly text: string;
  readonly document: DocumentTagger;
  readonly gazetteer: NerGazetteer;
  readonly lexicons: MentionLexicons;
}

/** {@link addMention} of each candidate, in order. */
function addMentions(mentions: Mention[], view: SentenceView, raws: readonly Candidate[], build: BuildContext): void {
  for (let index = 0; index < raws.length; index += 1) addMention(mentions, view, raws[index] as Candidate, build);
}

/** Add the mention of a candidate name unless it is junk, and mark its tokens covered. */
function addMention(mentions: Mention[], view: SentenceView, raw: Candidate, build: BuildContext): void {
  const candidate = trimmed(view, withoutOpener(view, raw, build.lexicons));
  if (candidate === undefined || isJunk(view, candidate, build.document, build.lexicons)) return;
  const mention = buildMention(view, candidate, build);
  if (mention === undefined) return;
  mentions.push(mention);
  view.covered.fill(1, view.offset + raw.first, view.offset + raw.last + 1);
}

function buildMention(view: SentenceView, candidate: Candidate, build: BuildContext): Mention | undefined {
  const { text, gazetteer, lexicons } = build;
  const tokens = view.tokens;
  let first = candidate.first;
  let last = candidate.last;
  let description: string | undefined;
  if (candidate.type === 'PER') {
    first += leadingTitles(view, first, last, lexicons);
    description = roleBefore(text, view, first, lexicons) ?? roleAfter(text, view, last, lexicons);
  }
  const startToken = tokens[first];
  let endToken = tokens[last];
  if (startToken === undefined || endToken === undefined) return undefined;
  const phrase = phraseOf(text, view, first, last);
  const nameEnd = endToken;
  const name = phrase === undefined ? text.slice(startToken.start, nameEnd.end) : '';
  let type = entityType(candidate.type, name, gazetteer, lexicons, phrase);
  if (type !== 'PERSON' && type !== 'NORP') {
    const head = facilityHead(view, first, last, lexicons);
    if (head !== 0) {
      type = 'FAC';
      last += Math.max(head, 0);
      endToken = tokens[last] ?? endToken;
    }
  }
  // Note: the name read above is the span's text unless a facility head extended the span.
  const spanText = phrase === undefined && endToken === nameEnd ? name : text.slice(startToken.start, endToken.end);
  const standsFor = type === 'GPE' ? capitalStandsFor(view, last, spanText, gazetteer, lexicons, phrase) : undefined;
  return mentionOf(startToken.start, endToken.end, spanText, type, description, standsFor, candidate.rule);
}

/** The provenance records of the rules, one per rule: a record is read-only, so mentions share it. */
const provenances = new Map<string | undefined, Provenance>();

function provenanceOf(rule: string | undefined): Provenance {
  let provenance = provenances.get(rule);
  if (provenance === undefined) {
    provenance = { stage: 'annotate', rule: rule ?? RULE, confidence: rule === undefined ? CONFIDENCE : RULE_CONFIDENCE } as const;
    provenances.set(rule, provenance);
  }
  return provenance;
}

/** A mention record, its keys in the order of the layer's records. */
function mentionOf(
  start: number,
  end: number,
  spanText: string,
  type: EntityType,
  description: string | undefined,
  standsFor: string | undefined,
  rule: string | undefined,
): Mention {
  const provenance = provenanceOf(rule);
  if (description === undefined && standsFor === undefined) return { kind: 'mention', start, end, text: spanText, type, name: spanText, entity: null, provenance };
  if (standsFor === undefined) return { kind: 'mention', start, end, text: spanText, type, name: spanText, description: description ?? '', entity: null, provenance };
  if (description === undefined) return { kind: 'mention', start, end, text: spanText, type, name: spanText, standsFor, entity: null, provenance };
  return { kind: 'mention', start, end, text: spanText, type, name: spanText, description, standsFor, entity: null, provenance };
}

/** The extractor stage: fills doc.layers.mentions. */
export const mentionStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/mentions',
  run(doc) {
    doc.layers.mentions = extractMentions(doc.text, doc.layers.sentences);
  },
};
