/**
 * Photo credits and the captions written just above them. A credit is a short line that is a
 * labelled credit ("Image: ...", "Photo by ..."), an agency alone ("(Reuters)", "Getty Images"),
 * a slash credit ("NAME/Agency", "NAME/AGENCY/AFP via Getty Images") or a copyright line. The line
 * right above a credit, when it has no final stop, is the photo's caption.
 */
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { type CreditLexicon, creditLexicon } from './clean-lexicons.js';
import { contentLines, endsSentence, foldLine, previousContent, removeLine, splitLines, wordsOf } from './line-units.js';

const MAX_CREDIT_WORDS = 16;
const MAX_CAPTION_WORDS = 45;
const SLASH = /\s*\/\s*/u;
const OUTER_BRACKETS = /^\((.*)\)\.?$/u;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s)/iu;
const CREDIT_WORD = /^(?:[\p{Lu}\d][\p{L}\p{N}.'’&-]*|via|by|for|and|of|de|del|da|van|von|der|le|la|al|el|bin)$/u;
const UPPER_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;
const LABEL_SEPARATOR = /^\s*[:|–—-]\s*\S/u;

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
  const trimmed = line.trim();
  const inner = OUTER_BRACKETS.exec(trimmed)?.[1] ?? trimmed;
  const words = wordsOf(inner).length;
  if (words === 0 || words > MAX_CREDIT_WORDS) return false;
  if (isAgency(inner, lexicon)) return true;
  if (COPYRIGHT.test(inner)) return true;
  if (isLabelledCredit(inner, lexicon)) return true;
  return !endsSentence(inner) && isSlashCredit(inner, lexicon);
}

/** Remove photo credit lines and the caption line directly above each. */
export const removePhotoCredits: CleanRule = {
  kind: 'clean',
  name: 'clean/photo-credit',
  propose: (doc) => {
    const text = doc.text;
    const lexicon = creditLexicon();
    const lines = splitLines(text);
    const firstContent = contentLines(text)[0];
    const edits: CleanEdit[] = [];
    for (const line of lines) {
      if (line.text.trim().length === 0 || !isPhotoCredit(line.text, lexicon)) continue;
      edits.push(...removeLine(text, line, 'photo credit'));
      const above = previousContent(lines, line);
      if (above === null || !above.adjacent) continue;
      const caption = above.line;
      // Note: a first line with no title known yet is left to the title rule; a headline sits there more often than a caption.
      if (caption.index === firstContent?.index && doc.meta.title === null) continue;
      const words = wordsOf(caption.text).length;
      if (words <= MAX_CAPTION_WORDS && !endsSentence(caption.text) && !isPhotoCredit(caption.text, lexicon)) {
        edits.push(...removeLine(text, caption, 'image caption'));
      }
    }
    return edits;
  },
};
