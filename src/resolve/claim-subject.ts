/**
 * The subject of a claimed number, normalised so that claims about the same thing compare:
 * the counted thing's head noun (synonyms joined: soldiers = troops), its group modifiers
 * ("Ukrainian"), and the place phrase of the sentence ("near the Belarusian border"), giving
 * subjects such as "ukrainian troops near belarusian border".
 */
import type { Mention, Place, Quantity } from '../model/annotations.js';
import { foldText, stem, words } from './fold-text.js';
import { resolveData } from './resolve-data.js';
import type { SentenceSpan } from './doc-features.js';

/** The parts of a subject that are compared. */
export interface SubjectKey {
  /** Head noun of the counted thing, synonyms joined. */
  readonly head: string;
  /** Five-letter prefixes of the counted thing's modifiers ("ukrai"), so that Ukraine and Ukrainian meet. */
  readonly modifiers: readonly string[];
  /** Head of the place phrase ("border"), or null. */
  readonly placeHead: string | null;
  /** Modifier prefixes of the place phrase. */
  readonly placeModifiers: readonly string[];
}

/** A claim subject: the readable form, the compared key and what it is anchored to. */
export interface ClaimSubject {
  readonly text: string;
  readonly key: SubjectKey;
  /**
   * Entity ids the subject names: a name inside the counted phrase ("1,500 Kosovo Security Force
   * soldiers"), the group that stands for its modifier ("Serbian"), a name in its place phrase or
   * the place after the number. Claims from different stories are compared only through these.
   */
  readonly anchors: readonly string[];
}

const PREFIX = 5;
const CAPITALISED = /\p{Lu}[\p{L}-]+/gu;
const LEADING_NOISE = /^(?:the|a|an|some|about|around|up to|more than|over|at least|\d[\d,.]*)\s+/u;
let placePhrase: RegExp | undefined;

function placePattern(): RegExp {
  if (placePhrase !== undefined) return placePhrase;
  const heads = [...resolveData().placeHeads].join('|');
  // Note: built once from the data file (the place heads are data, not code). Either a phrase
  // ending in a place head ("near the Belarusian border", "its boundary with Kosovo") or a
  // capitalised name after "near"/"along" ("near Kosovo").
  placePhrase = new RegExp(
    `\\b(?:near|on|along|at|to|towards|toward|across|inside|around|by)\\s+(?:the\\s+)?((?:[\\p{L}'’-]+\\s+){0,3}?(?:${heads})(?:\\s+(?:with|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+)?|(?<=(?:near|along)\\s+(?:the\\s+)?)\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)`,
    'gu',
  );
  return placePhrase;
}

/** The place phrase of a sentence nearest after a position (else the first): its text, capitalised words and span. */
function placeIn(sentence: SentenceSpan, after: number): { text: string; names: string[]; start: number; end: number } | undefined {
  const pattern = placePattern();
  let chosen: RegExpExecArray | undefined;
  for (const match of sentence.text.matchAll(pattern)) {
    chosen ??= match;
    if (sentence.start + (match.index ?? 0) >= after) {
      chosen = match;
      break;
    }
  }
  const phrase = chosen?.[1];
  if (chosen === undefined || phrase === undefined) return undefined;
  // Note: the phrase is the pattern's last group, so it ends where the match ends.
  const end = sentence.start + (chosen.index ?? 0) + chosen[0].length;
  return { text: foldText(phrase), names: (phrase.match(CAPITALISED) ?? []).map((word) => foldText(word)), start: end - phrase.length, end };
}

/** Entity ids of the resolved mentions overlapping a span. */
function entitiesIn(mentions: readonly Mention[], start: number, end: number): string[] {
  return mentions.filter((mention) => mention.entity !== null && mention.start < end && start < mention.end).map((mention) => mention.entity ?? '');
}

function placeSynonym(head: string): string {
  return head === 'boundary' || head === 'frontier' || head === 'borderline' ? 'border' : head;
}

function prefixes(list: readonly string[]): string[] {
  const { stopwords } = resolveData();
  return [...new Set(list.filter((word) => word.length > 2 && !stopwords.has(word)).map((word) => word.slice(0, PREFIX)))].sort();
}

function headOf(tokens: readonly string[]): { head: string; rest: string[] } {
  const { subjectSynonyms } = resolveData();
  const last = tokens[tokens.length - 1] ?? '';
  const lastTwo = tokens.slice(-2).join(' ');
  const two = subjectSynonyms.get(lastTwo) ?? subjectSynonyms.get(stem(lastTwo));
  if (tokens.length >= 2 && two !== undefined) return { head: two, rest: tokens.slice(0, -2) };
  const single = subjectSynonyms.get(last) ?? subjectSynonyms.get(stem(last));
  return { head: single ?? stem(last), rest: tokens.slice(0, -1) };
}

function cleanWhat(what: string): string {
  let text = foldText(what);
  for (let step = 0; step < 4; step += 1) {
    const next = text.replace(LEADING_NOISE, '');
    if (next === text) break;
    text = next;
  }
  return text;
}

/** The subject of a quantity, read from its `what`, nearby group names and the sentence's place phrase. */
export function claimSubject(quantity: Quantity, sentence: SentenceSpan | undefined, mentions: readonly Mention[], places: readonly Place[]): ClaimSubject | undefined {
  if (quantity.what === null || quantity.what.trim().length === 0) return undefined;
  const what = cleanWhat(quantity.what);
  const tokens = words(what);
  if (tokens.length === 0) return undefined;
  const { head, rest } = headOf(tokens);
  const modifierWords = [...rest];
  const group = mentions.find((mention) => mention.type === 'NORP' && mention.start >= quantity.start && mention.start <= quantity.end + 24);
  if (group !== undefined && modifierWords.length === 0) modifierWords.push(...words(group.name || group.text));
  const readable = modifierWords.length > rest.length ? `${foldText(group?.text ?? '')} ${what}` : what;
  let placeText: string | null = null;
  let placeNames: string[] = [];
  const anchors = entitiesIn(mentions, quantity.start, quantity.end);
  if (group !== undefined && group.entity !== null && modifierWords.length > rest.length) anchors.push(group.entity);
  if (sentence !== undefined) {
    const found = placeIn(sentence, quantity.end);
    if (found !== undefined) {
      placeText = found.text;
      placeNames = found.names;
      anchors.push(...entitiesIn(mentions, found.start, found.end));
    } else {
      const place = places.find((entry) => entry.start >= Math.max(sentence.start, quantity.end) && entry.end <= sentence.end);
      if (place !== undefined) {
        placeText = foldText(place.name);
        placeNames = [placeText];
        anchors.push(...entitiesIn(mentions, place.start, place.end));
      }
    }
  }
  const placeTokens = placeText === null ? [] : words(placeText).map(stem);
  const last = placeTokens[placeTokens.length - 1] ?? null;
  const placeHead = last !== null && resolveData().placeHeads.has(last) ? (placeSynonym(last)) : null;
  return {
    text: placeText === null ? readable : `${readable} near ${placeText}`,
    key: { head, modifiers: prefixes(modifierWords), placeHead, placeModifiers: prefixes(placeNames.flatMap((name) => words(name))) },
    anchors: [...new Set(anchors)],
  };
}

function compatible(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((value) => b.includes(value));
}

/**
 * Whether two subjects are about the same thing: same head, and modifiers, place heads and place
 * names that do not disagree ("near Kosovo" and "near Serbia" do; "near Kosovo" and "near the
 * border" do not).
 */
export function sameSubject(a: SubjectKey, b: SubjectKey): boolean {
  if (a.head !== b.head) return false;
  if (!compatible(a.modifiers, b.modifiers)) return false;
  if (a.placeHead !== null && b.placeHead !== null && a.placeHead !== b.placeHead) return false;
  return compatible(a.placeModifiers, b.placeModifiers);
}
