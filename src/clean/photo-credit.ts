/**
 * Photo credits and the captions written with them. A credit is a short line that is a labelled
 * credit ("Image: ...", "Photo by ..."), an agency alone ("(Reuters)", "Getty Images"), a slash
 * credit ("NAME/Agency", "NAME/AGENCY/AFP via Getty Images") or a copyright line, Markdown
 * emphasis around it allowed. The line above a credit is its caption when it scores as one with
 * the credit's support (see {@link captionAboveCredit}). A line that ends with a labelled credit
 * ("A ship at anchor in the harbour. Photo: NAME/Agency") is a caption with its credit inline.
 */
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { type CaptionLexicon, type CreditLexicon, captionLexicon, creditLexicon } from './clean-lexicons.js';
import { CAPTION_THRESHOLD, isVerbless, scoreCaption } from './image-caption.js';
import { type Line, contentLines, endsSentence, foldLine, previousContent, removeLine, splitLines, wordsOf } from './line-units.js';

const MAX_CREDIT_WORDS = 16;
const MAX_CAPTION_WORDS = 45;
const SLASH = /\s*\/\s*/u;
const OUTER_BRACKETS = /^\((.*)\)\.?$/u;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s)/iu;
const CREDIT_WORD = /^(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*|via|by|for|and|of|de|del|da|van|von|der|le|la|al|el|bin)$/u;
const UPPER_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;
const QUOTATION = /["“”«»„]/u;
const LABEL_SEPARATOR = /^\s*[:|–—-]\s*\S/u;
const CAPITALISED_LABEL = /^\(?\p{Lu}/u;
const LEADING_EMPHASIS = /^[*_]+/u;
const TRAILING_EMPHASIS = /[*_]+$/u;
const CREDIT_PART_SEPARATOR = /[\s/]+/u;
const MAX_INLINE_CREDIT_WORDS = 8;
const MIN_INLINE_CAPTION_WORDS = 3;
/** Support a credit gives the line right above it (no blank line between). */
const WEIGHT_ADJACENT_CREDIT = 3;
/** Support a credit gives the line above it across one blank line. */
const WEIGHT_SEPARATED_CREDIT = 1;
/** A verbless noun phrase right above a credit. */
const WEIGHT_VERBLESS = 1;

function isAgency(part: string, lexicon: CreditLexicon): boolean {
  return lexicon.agencies.has(foldLine(part));
}

/** "NAME/Agency", "NAME/AGENCY/AFP via Getty Images": capitalised parts between slashes, one an agency or the first an upper-case name. */
function isSlashCredit(text: string, lexicon: CreditLexicon): boolean {
  const parts = text.split(SLASH);
  if (parts.length < 2) return false;
  for (const part of parts) {
    const words = part.trim().split(' ');
    if (words.length === 0 || words.length > 6 || !words.every((word) => CREDIT_WORD.test(word))) return false;
  }
  const firstWords = (parts[0] ?? '').trim().split(' ');
  const upperName = firstWords.length >= 2 && firstWords.length <= 4 && firstWords.every((word) => UPPER_WORD.test(word));
  return upperName || parts.some((part) => isAgency(part, lexicon));
}

function isLabelledCredit(text: string, lexicon: CreditLexicon): boolean {
  const lower = text.toLowerCase();
  return lexicon.labels.some((label) => {
    if (!lower.startsWith(label)) return false;
    const rest = text.slice(label.length);
    return label.endsWith(' by') ? rest.startsWith(' ') : LABEL_SEPARATOR.test(rest);
  });
}

/**
 * Whether a line is a photo credit.
 * @param line the line's text
 * @param lexicon agencies and labels (optional; default: data/lexicons/photo-credits.json)
 */
export function isPhotoCredit(line: string, lexicon: CreditLexicon = creditLexicon()): boolean {
  // Note: Markdown writes a credit under an image as emphasis ("*Photo: Outlet / NAME*").
  const trimmed = line.trim().replace(LEADING_EMPHASIS, '').replace(TRAILING_EMPHASIS, '').trim();
  const inner = OUTER_BRACKETS.exec(trimmed)?.[1] ?? trimmed;
  const words = wordsOf(inner).length;
  if (words === 0 || words > MAX_CREDIT_WORDS) return false;
  if (isAgency(inner, lexicon)) return true;
  if (COPYRIGHT.test(inner)) return true;
  if (isLabelledCredit(inner, lexicon)) return true;
  return !endsSentence(inner) && isSlashCredit(inner, lexicon);
}

let inlinePattern: RegExp | undefined;

/** "<caption>. Photo: <credit>" or "<caption> (Photograph: <credit>)", built once from the lexicon's inline labels. */
function inlineCreditPattern(lexicon: CreditLexicon): RegExp {
  if (inlinePattern === undefined) {
    const labels = [...lexicon.inlineLabels].sort((a, b) => b.length - a.length).map((label) => label.replaceAll(' ', '\\s+'));
    inlinePattern = new RegExp(`(?:\\s+[|–—-])?\\s+(\\(?(?:${labels.join('|')})(?:\\s*:\\s*|\\s+(?=\\p{Lu}))([^:()]+?)\\)?\\.?)$`, 'iu');
  }
  return inlinePattern;
}

/**
 * Where an inline credit starts in a caption line ("A ship at anchor. Photo: Outlet"), or null.
 * The credit must be short and made of capitalised words, slashes and "via"; the caption before
 * it must have a few words and no quotation mark.
 * @param line the line's text
 * @param lexicon credit words (optional; default: data/lexicons/photo-credits.json)
 */
export function inlineCreditStart(line: string, lexicon: CreditLexicon = creditLexicon()): number | null {
  const match = inlineCreditPattern(lexicon).exec(line);
  if (match === null) return null;
  // Note: the label must be capitalised ("Photo:"); "they released the image: NAME and NAME" is a sentence.
  if (!CAPITALISED_LABEL.test(match[1] ?? '')) return null;
  const credit = (match[2] ?? '').trim();
  const parts = credit.split(CREDIT_PART_SEPARATOR).filter((part) => part.length > 0);
  if (parts.length === 0 || parts.length > MAX_INLINE_CREDIT_WORDS || !parts.every((part) => CREDIT_WORD.test(part))) return null;
  const start = match.index;
  const caption = line.slice(0, start);
  if (wordsOf(caption).length < MIN_INLINE_CAPTION_WORDS || QUOTATION.test(caption)) return null;
  return start;
}

/**
 * Whether the line above a credit is the photo's caption: at most 45 words, not itself a credit,
 * and scoring {@link CAPTION_THRESHOLD} with the credit's support: +3 right above it, +1 across one
 * blank line, and +1 more right above it for a verbless noun phrase. So a line with no final stop
 * right above a credit goes, as does "Soldiers ride on a carrier near the city." (a present-tense
 * picture verb) or "A ship at anchor in the harbour."; a body sentence that reports speech
 * ("..., officials said.") stays, and so does a subheading across a blank line.
 * @param caption the candidate line
 * @param adjacent whether no blank line separates it from the credit
 * @param lexicon caption signals (optional; default: data/lexicons/captions.json)
 * @param credits credit words (optional; default: data/lexicons/photo-credits.json)
 */
export function captionAboveCredit(caption: string, adjacent: boolean, lexicon: CaptionLexicon = captionLexicon(), credits: CreditLexicon = creditLexicon()): boolean {
  if (wordsOf(caption).length > MAX_CAPTION_WORDS || isPhotoCredit(caption, credits)) return false;
  let score = scoreCaption(caption, lexicon).score + (adjacent ? WEIGHT_ADJACENT_CREDIT : WEIGHT_SEPARATED_CREDIT);
  if (adjacent && isVerbless(caption, lexicon)) score += WEIGHT_VERBLESS;
  return score >= CAPTION_THRESHOLD;
}

function inlineCreditEdits(text: string, line: Line, start: number): CleanEdit[] {
  const [lineEdit, ...rest] = removeLine(text, line, 'image caption');
  if (lineEdit === undefined) return [];
  return [
    { ...lineEdit, end: line.start + start },
    { start: line.start + start, end: line.end, text: '', kind: 'remove', reason: 'photo credit' },
    ...rest,
  ];
}

/** Remove photo credit lines and the caption line above each, and caption lines that end with their credit. */
export const removePhotoCredits: CleanRule = {
  kind: 'clean',
  name: 'clean/photo-credit',
  propose: (doc) => {
    const text = doc.text;
    const lexicon = creditLexicon();
    const captions = captionLexicon();
    const lines = splitLines(text);
    const firstContent = contentLines(text)[0];
    const edits: CleanEdit[] = [];
    for (const line of lines) {
      if (line.text.trim().length === 0) continue;
      if (!isPhotoCredit(line.text, lexicon)) {
        const inline = inlineCreditStart(line.text, lexicon);
        if (inline !== null) edits.push(...inlineCreditEdits(text, line, inline));
        continue;
      }
      edits.push(...removeLine(text, line, 'photo credit'));
      const above = previousContent(lines, line);
      if (above === null || above.line.index < line.index - 2) continue;
      const caption = above.line;
      // Note: a first line with no title known yet is left to the title rule; a headline sits there more often than a caption.
      if (caption.index === firstContent?.index && doc.meta.title === null) continue;
      if (captionAboveCredit(caption.text, above.adjacent, captions, lexicon)) edits.push(...removeLine(text, caption, 'image caption'));
    }
    return edits;
  },
};
