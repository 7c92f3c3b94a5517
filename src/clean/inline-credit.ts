/**
 * Credits written at the end of a caption line, so that the line is a caption with its credit:
 * a labelled credit ("A ship at anchor. Photo: Outlet", "...treatmentCredit: Agency" where the
 * page glued two elements together), a bracketed credit ("... near the port (AP Photo/NAME)",
 * "... in 2001 [File: Agency]"), or a credit glued after the final stop ("... easy.NAME/Agency").
 */
import { type CaptionLexicon, type CreditLexicon, captionLexicon, creditLexicon } from './clean-lexicons.js';
import { isAgency, isCreditWord, isPhotoCredit } from './credit-line.js';
import { wordsOf } from './line-units.js';

const QUOTATION = /["“”«»„]|(?:^|\s)‘/u;
const CAPITALISED_LABEL = /^[([]?\p{Lu}/u;
const CREDIT_PART_SEPARATOR = /[\s/]+/u;
const BRACKETED_TAIL = /\s+([([][^()[\]]{1,80}[)\]])\.?$/u;
const GLUED_TAIL = /(?<=[\p{Ll}\d][.!?]["”’)]?)(\p{Lu}[^.!?]{1,60})$/u;
const PHRASE_BOUNDARY = /[^\p{L}\p{N}']+/gu;
const MAX_INLINE_CREDIT_WORDS = 8;
const MIN_CAPTION_WORDS = 3;
const MAX_CAPTION_WORDS = 45;

let labelledPattern: RegExp | undefined;

/** "<caption>. Photo: <credit>", "<caption> (Photograph: <credit>)", glued "<caption>Credit: <credit>"; built once. */
function labelledTail(lexicon: CreditLexicon): RegExp {
  if (labelledPattern === undefined) {
    const sorted = [...lexicon.inlineLabels].sort((a, b) => b.length - a.length).map((label) => label.replaceAll(' ', '\\s+'));
    const byLabels = sorted.filter((label) => label.endsWith('by')).join('|');
    // Note: a colon after the label, or "Photo by NAME"; "Credit Union" is a name, not a label.
    const label = `(?:(?:${byLabels})\\s+(?=\\p{Lu})|(?:${sorted.join('|')})\\s*:\\s*)`;
    labelledPattern = new RegExp(`(?:(?:\\s+[|–—-])?\\s+|(?<=[\\p{Ll}.!?)”’]))([([]?${label}([^:()[\\]]+?)[)\\]]?\\.?)$`, 'iu');
  }
  return labelledPattern;
}

/** Whether the text before a credit can be a caption: a few words, no quotation, no reporting verb. */
function captionPart(caption: string, lexicon: CaptionLexicon): boolean {
  const words = wordsOf(caption).length;
  if (words < MIN_CAPTION_WORDS || words > MAX_CAPTION_WORDS || QUOTATION.test(caption)) return false;
  const folded = ` ${caption.toLowerCase().replace(PHRASE_BOUNDARY, ' ')} `;
  return !lexicon.reportingWords.some((word) => folded.includes(` ${word} `));
}

function labelledStart(line: string, lexicon: CreditLexicon): number | null {
  const match = labelledTail(lexicon).exec(line);
  // Note: the label must be capitalised ("Photo:"); "they released the image: NAME and NAME" is a sentence.
  if (match === null || !CAPITALISED_LABEL.test(match[1] ?? '')) return null;
  const parts = (match[2] ?? '').trim().split(CREDIT_PART_SEPARATOR).filter((part) => part.length > 0);
  if (parts.length === 0 || parts.length > MAX_INLINE_CREDIT_WORDS || !parts.every((part) => isCreditWord(part, lexicon))) return null;
  return match.index;
}

/**
 * A bracketed credit with a label or a slash ("(AP Photo/NAME)", "[File: Agency]"). Note: an
 * agency alone in brackets is left: "(Reuters)" closing a paragraph is a wire tag, and "(EPA)"
 * after a name spells out an acronym.
 */
function bracketedStart(line: string, lexicon: CreditLexicon): number | null {
  const match = BRACKETED_TAIL.exec(line);
  if (match === null) return null;
  const bracket = match[1] ?? '';
  if (!isPhotoCredit(bracket, lexicon)) return null;
  if (isAgency(bracket.slice(1, -1).trim(), lexicon)) return null;
  return match.index;
}

/** A credit glued to the caption's final stop with no space ("... easy.NAME/Agency", "... York.Agency"). */
function gluedStart(line: string, lexicon: CreditLexicon): number | null {
  const match = GLUED_TAIL.exec(line);
  if (match === null || !isPhotoCredit(match[1] ?? '', lexicon)) return null;
  return match.index;
}

/**
 * Where a credit closing a caption line starts ("A ship at anchor. Photo: Outlet"), or null. The
 * credit must be short and made of credit words; the caption before it must have 3 to 45 words,
 * no quotation mark and no reporting verb.
 * @param line the line's text
 * @param lexicon credit words (optional; default: data/lexicons/photo-credits.json)
 * @param captions caption signals (optional; default: data/lexicons/captions.json)
 */
export function inlineCreditStart(line: string, lexicon: CreditLexicon = creditLexicon(), captions: CaptionLexicon = captionLexicon()): number | null {
  const text = line.trimEnd();
  const start = labelledStart(text, lexicon) ?? bracketedStart(text, lexicon) ?? gluedStart(text, lexicon);
  if (start === null || !captionPart(text.slice(0, start), captions)) return null;
  return start;
}
