/**
 * Caption paragraphs inside scraped text. No single sign tells a caption from a news sentence, so
 * several weak signals are scored together and a line goes only at {@link CAPTION_THRESHOLD}:
 * no final stop, a bracketed "(pictured ...)", photo words ("still image", "in footage", "is
 * seen"), a closing "on <date>", a present-tense posture verb ("stands near", "wave from").
 * Quotation marks and reporting verbs ("said", "according to") count against: captions describe,
 * they rarely quote or report.
 */
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { type CaptionLexicon, captionLexicon } from './clean-lexicons.js';
import { endsSentence, removeLine, splitLines, wordsOf } from './line-units.js';

/** Score at which a line is taken for a caption. */
export const CAPTION_THRESHOLD = 4;

const WEIGHT_NO_STOP = 2;
const WEIGHT_PARENTHETICAL = 3;
const WEIGHT_CLOSING_DATE = 2;
const WEIGHT_PRESENT_VERB = 1;
const WEIGHT_QUOTATION = -2;
const WEIGHT_REPORTING = -2;
const WEIGHT_LONG = -2;
const LONG_LINE_WORDS = 70;
const VERB_WINDOW = 15;
const MIN_WORDS = 3;
const QUOTATION = /["“”«»„]|(?:^|\s)‘/u;
const PARENTHESIS = /\(([^)]*)\)/gu;
const PHRASE_BOUNDARY = /[^\p{L}\p{N}']+/gu;
const PAST_FORM = /\p{L}{3,}ed$/u;
const INNER_SENTENCE_END = /[.!?…]["”’)]*\s+["“‘(]?\p{Lu}/u;
const MIN_VERBLESS_WORDS = 4;

/** Patterns built once from the lexicon's month and weekday names. */
interface CaptionPatterns {
  readonly closingDate: RegExp;
}

let patterns: CaptionPatterns | undefined;

function captionPatterns(lexicon: CaptionLexicon): CaptionPatterns {
  if (patterns === undefined) {
    const month = lexicon.months.join('|');
    const weekday = lexicon.weekdays.join('|');
    const date = `(?:(?:${month})\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2} (?:${month})\\.?(?:,? \\d{4})?|(?:${weekday})|(?:${month}) \\d{4})`;
    patterns = { closingDate: new RegExp(`(?:\\bon|\\bin|,) ${date}[\\s)]*$`, 'iu') };
  }
  return patterns;
}

/** The signals a line carries, each with its weight, for inspection and tests. */
export interface CaptionSignals {
  readonly score: number;
  readonly signals: readonly string[];
}

function phraseScore(folded: string, lexicon: CaptionLexicon, signals: string[]): number {
  let score = 0;
  for (const [phrase, weight] of lexicon.phrases) {
    if (folded.includes(` ${phrase} `)) {
      score += weight;
      signals.push(`phrase:${phrase}`);
    }
  }
  return Math.min(score, lexicon.maxPhraseScore);
}

function hasPresentVerb(words: readonly string[], lexicon: CaptionLexicon): boolean {
  for (let index = 1; index < Math.min(words.length, VERB_WINDOW); index += 1) {
    const word = words[index] ?? '';
    const pair = `${word} ${words[index + 1] ?? ''}`;
    if (lexicon.presentVerbs.has(word) || lexicon.presentVerbs.has(pair)) return true;
  }
  return false;
}

/**
 * Whether a line reads as a verbless noun phrase ("A ship at anchor in the harbour."): one sentence
 * of at least four words with no auxiliary, modal or common past form and no "-ed" word. Many
 * captions are written so; a news sentence almost always has a finite verb among those.
 * @param line the line's text
 * @param lexicon caption signals (optional; default: data/lexicons/captions.json)
 */
export function isVerbless(line: string, lexicon: CaptionLexicon = captionLexicon()): boolean {
  const text = line.trim();
  if (INNER_SENTENCE_END.test(text)) return false;
  const words = wordsOf(text).map((word) => word.toLowerCase());
  if (words.length < MIN_VERBLESS_WORDS) return false;
  return !words.some((word) => lexicon.finiteVerbs.has(word) || PAST_FORM.test(word));
}

/**
 * Score a line for being an image caption.
 * @param line the line's text
 * @param lexicon caption signals (optional; default: data/lexicons/captions.json)
 */
export function scoreCaption(line: string, lexicon: CaptionLexicon = captionLexicon()): CaptionSignals {
  const text = line.trim();
  const words = wordsOf(text).map((word) => word.toLowerCase());
  const signals: string[] = [];
  let score = 0;
  const add = (weight: number, signal: string): void => {
    score += weight;
    signals.push(signal);
  };
  if (!endsSentence(text)) add(WEIGHT_NO_STOP, 'no final stop');
  for (const match of text.matchAll(PARENTHESIS)) {
    const inside = (match[1] ?? '').trim().toLowerCase();
    if (lexicon.parentheticals.some((cue) => inside === cue || inside.startsWith(`${cue} `) || inside.startsWith(`${cue},`))) {
      add(WEIGHT_PARENTHETICAL, `parenthetical:${inside}`);
      break;
    }
  }
  const folded = ` ${text.toLowerCase().replace(PHRASE_BOUNDARY, ' ')} `;
  score += phraseScore(folded, lexicon, signals);
  if (captionPatterns(lexicon).closingDate.test(text)) add(WEIGHT_CLOSING_DATE, 'closing date');
  if (hasPresentVerb(words, lexicon)) add(WEIGHT_PRESENT_VERB, 'present-tense verb');
  if (QUOTATION.test(text)) add(WEIGHT_QUOTATION, 'quotation');
  if (lexicon.reportingWords.some((word) => folded.includes(` ${word} `))) add(WEIGHT_REPORTING, 'reporting verb');
  if (words.length > LONG_LINE_WORDS) add(WEIGHT_LONG, 'long');
  return { score, signals };
}

/** Remove lines that score as image captions. */
export const removeImageCaptions: CleanRule = {
  kind: 'clean',
  name: 'clean/image-caption',
  propose: (doc) => {
    const text = doc.text;
    const lexicon = captionLexicon();
    const edits: CleanEdit[] = [];
    for (const line of splitLines(text)) {
      if (wordsOf(line.text).length < MIN_WORDS) continue;
      if (scoreCaption(line.text, lexicon).score >= CAPTION_THRESHOLD) edits.push(...removeLine(text, line, 'image caption'));
    }
    return edits;
  },
};
