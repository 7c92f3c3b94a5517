/**
 * Photo credits and the captions written with them. A credit line (`credit-line.ts`) goes; the
 * line above it is its caption when it scores as one with the credit's support (see
 * {@link captionAboveCredit}). A line that ends with a credit ("A ship at anchor in the harbour.
 * Photo: NAME/Agency", `inline-credit.ts`) is a caption with its credit inline: both go.
 */
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { type CaptionLexicon, type CreditLexicon, captionLexicon, creditLexicon } from './clean-lexicons.js';
import { CAPTION_THRESHOLD, isVerbless, scoreCaption } from './image-caption.js';
import { isPhotoCredit } from './credit-line.js';
import { inlineCreditStart } from './inline-credit.js';
import { type Line, contentLines, previousContent, removeLine, splitLines, wordsOf } from './line-units.js';

const MAX_CAPTION_WORDS = 45;
/** Support a credit gives the line right above it (no blank line between). */
const WEIGHT_ADJACENT_CREDIT = 3;
/** Support a credit gives the line above it across one blank line. */
const WEIGHT_SEPARATED_CREDIT = 1;
/** A verbless noun phrase right above a credit. */
const WEIGHT_VERBLESS = 1;

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
        const inline = inlineCreditStart(line.text, lexicon, captions);
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
