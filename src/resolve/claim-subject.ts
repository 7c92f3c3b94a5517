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

/** A claim subject: the readable form and the compared key. */
export interface ClaimSubject {
  readonly text: string;
  readonly key: SubjectKey;
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

/** The place phrase of a sentence nearest after a position (else the first): its text and capitalised words. */
function placeIn(sentence: SentenceSpan, after: number): { text: string; names: string[] } | undefined {
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
  if (phrase === undefined) return undefined;
  return { text: foldText(phrase), names: (phrase.match(CAPITALISED) ?? []).map((word) => foldText(word)) };
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
  if (sentence !== undefined) {
    const found = placeIn(sentence, quantity.end);
    if (found !== undefined) {
      placeText = found.text;
      placeNames = found.names;
    } else {
      const place = places.find((entry) => entry.start >= Math.max(sentence.start, quantity.end) && entry.end <= sentence.end);
      if (place !== undefined) {
        placeText = foldText(place.name);
        placeNames = [placeText];
      }
    }
  }
  const placeTokens = placeText === null ? [] : words(placeText).map(stem);
  const last = placeTokens[placeTokens.length - 1] ?? null;
  const placeHead = last !== null && resolveData().placeHeads.has(last) ? (placeSynonym(last)) : null;
  return {
    text: placeText === null ? readable : `${readable} near ${placeText}`,
    key: { head, modifiers: prefixes(modifierWords), placeHead, placeModifiers: prefixes(placeNames.flatMap((name) => words(name))) },
  };
}

function compatible(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((value) => b.includes(value));
}

/** Whether two subjects are about the same thing: same head, and modifiers and places that do not disagree. */
export function sameSubject(a: SubjectKey, b: SubjectKey): boolean {
  if (a.head !== b.head) return false;
  if (!compatible(a.modifiers, b.modifiers)) return false;
  if (a.placeHead !== null && b.placeHead !== null) {
    if (a.placeHead !== b.placeHead) return false;
    if (!compatible(a.placeModifiers, b.placeModifiers)) return false;
  }
  return true;
}
