/**
 * The clean rules, in order. Each proposes edits on the text as the rules before it left it; the
 * pipeline applies them, records every removal and repair, and extends the offset map.
 */
import type { CleanRule } from '../pipeline/stage.js';
import { removeAuthorLines } from './author-lines.js';
import { removeBoilerplate } from './boilerplate-lines.js';
import { removeDatelines } from './dateline.js';
import { repairHomoglyphs } from './homoglyphs.js';
import { removeImageCaptions } from './image-caption.js';
import { normaliseQuotes } from './normalise-quotes.js';
import { collapseBreaks, collapseSpace, normaliseLineEnds, normaliseOddSpace, trimEdges } from './normalise-space.js';
import { removePhotoCredits } from './photo-credit.js';
import { removeLinkBoxes } from './link-boxes.js';
import { extractTitle } from './title-line.js';

/**
 * Clean rules in run order. Line ends first (the line rules need LF); page furniture and credits
 * before the title, so a menu or a caption is never taken for the headline; bylines before the
 * title for the same reason; boxes of links once the bios under them are gone; captions after the title, so a present-tense headline stays a title;
 * time stamps before furniture, so that the published-date stage finds them under `clean/dateline`;
 * homoglyphs and quotation marks once the lines are settled; white space last, to close the gaps.
 */
export const CLEAN_RULES: readonly CleanRule[] = [
  normaliseLineEnds,
  normaliseOddSpace,
  removeDatelines,
  removeBoilerplate,
  removePhotoCredits,
  removeAuthorLines,
  removeLinkBoxes,
  extractTitle,
  removeImageCaptions,
  repairHomoglyphs,
  normaliseQuotes,
  collapseSpace,
  collapseBreaks,
  trimEdges,
];
