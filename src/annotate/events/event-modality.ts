/**
 * The modality of an event mention, from cues in its sentence: denied ("denied", "no evidence
 * that", a negation just before the trigger), threatened ("threatened to", "would ... if"),
 * conditional ("if", "unless"), planned ("plans to", "will", "is preparing to"), else asserted.
 */
import type { Modality } from '../../model/annotations.js';
import { getEventLexicon } from './event-lexicon.js';

const WORDS = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const CURLY_APOSTROPHE = /’/gu;
const SPEECH_ACT_TYPES: ReadonlySet<string> = new Set(['threaten', 'warn', 'deny', 'accuse']);
/** Note: how many words before a trigger a negation may stand ("did not immediately attack"). */
const NEGATION_REACH = 4;

function containsPhrase(words: readonly string[], phrases: readonly string[]): boolean {
  const joined = ` ${words.join(' ')} `;
  return phrases.some((phrase) => joined.includes(` ${phrase} `));
}

function wordsOf(text: string): string[] {
  return [...text.toLowerCase().replace(CURLY_APOSTROPHE, "'").matchAll(WORDS)].map((match) => match[0]);
}

/**
 * The modality of a trigger of `type` at `[start, end)` of `sentence` (positions relative to the
 * sentence). Speech acts (a threat, a warning, a denial, an accusation) are asserted when made.
 */
export function modalityOf(sentence: string, start: number, end: number, type: string): Modality {
  const { cues } = getEventLexicon();
  const before = wordsOf(sentence.slice(0, start));
  const after = wordsOf(sentence.slice(end));
  const whole = [...before, ...after];
  const near = before.slice(-NEGATION_REACH);
  const speechAct = SPEECH_ACT_TYPES.has(type);
  if (!speechAct && (near.some((word) => cues.negation.has(word) || word.endsWith("n't")) || containsPhrase(before, cues.denial))) return 'denied';
  const conditional = containsPhrase(whole, cues.condition);
  if (!speechAct && (containsPhrase(before, cues.threat) || (conditional && before.some((word) => cues.modal.has(word))))) return 'threatened';
  if (!speechAct && conditional) return 'conditional';
  if (containsPhrase(before.slice(-8), cues.plan)) return 'planned';
  return 'asserted';
}
