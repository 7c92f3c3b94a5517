/**
 * Boxes of links left in a scraped page, found by their shape rather than by their names (pages
 * name them in endless ways): a label, a short line with no stop and no verb ("Trending now",
 * "Editor's picks"), either at the foot of the page after the article's last sentence (alone or
 * heading a few headline-like lines), or anywhere heading a numbered list of headlines ("1. ...",
 * "2. ...", as ranked boxes are). A sign-off that names a person ("Anna Lind"), an outlet credit
 * ("Harbour Press") or a place is kept, because other stages read those.
 */
import { kindBit, nerGazetteer, phraseKinds } from '../annotate/mentions/ner-gazetteer.js';
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { authorLexicon } from './author-lines.js';
import { captionLexicon } from './clean-lexicons.js';
import { type Line, endsSentence, removeLine, splitLines, wordsOf } from './line-units.js';

/** Most words of the label line. */
const MAX_LABEL_WORDS = 4;
/** Most words of a headline-like line under the label. */
const MAX_ITEM_WORDS = 25;
/** Most lines the box may hold under its label. */
const MAX_ITEMS = 12;
const DIGIT = /\p{N}/u;
const QUOTE_OR_BRACKET = /["“”«»()[\]]/u;
const LABEL_CHARACTERS = /^[\p{L}\p{M}'’&\s-]+$/u;
const EDGE_PUNCTUATION = /^\P{L}+|\P{L}+$/gu;
const LIST_NUMBER = /^\s*(\d{1,2})[.)]\s+\S/u;
/** Fewest numbered lines that make a ranked box. */
const MIN_NUMBERED_ITEMS = 2;

function isHeadlineLike(line: Line): boolean {
  const words = wordsOf(line.text).length;
  return words > 0 && words <= MAX_ITEM_WORDS && !endsSentence(line.text);
}

/** Whether a short line reads as a box label rather than a name, a credit or a fragment of prose. */
export function isBoxLabel(text: string): boolean {
  const trimmed = text.trim();
  const words = wordsOf(trimmed);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return false;
  if (endsSentence(trimmed) || DIGIT.test(trimmed) || QUOTE_OR_BRACKET.test(trimmed) || !LABEL_CHARACTERS.test(trimmed)) return false;
  const lower = words.map((word) => word.toLowerCase().replace(EDGE_PUNCTUATION, ''));
  const finiteVerbs = captionLexicon().finiteVerbs;
  if (lower.some((word) => finiteVerbs.has(word))) return false;
  // Note: a sign-off ("Anna Lind"), a credit ("Harbour Press") or a place is information, not furniture.
  if (authorLexicon().bylineTails.has(lower.at(-1) ?? '')) return false;
  const gazetteer = nerGazetteer();
  if (phraseKinds(gazetteer, lower.join(' ')) !== 0) return false;
  return words.length === 1 || (phraseKinds(gazetteer, lower[0] ?? '') & kindBit('first')) === 0;
}

/** The last content lines: a label and the headline-like lines under it, after a line of prose; null when the page does not end so. */
function trailingBox(lines: readonly Line[]): { label: Line; items: Line[] } | null {
  const content = lines.filter((line) => line.text.trim().length > 0);
  for (let at = content.length - 1; at >= Math.max(1, content.length - 1 - MAX_ITEMS); at -= 1) {
    const label = content[at];
    const before = content[at - 1];
    if (label === undefined || before === undefined) return null;
    const items = content.slice(at + 1);
    if (!items.every(isHeadlineLike)) return null;
    if (isBoxLabel(label.text) && endsSentence(before.text)) return { label, items };
    if (!isHeadlineLike(label)) return null;
  }
  return null;
}

/** The numbered headline lines (1, 2, 3 ...) right under `label`, or an empty list. */
function numberedItems(lines: readonly Line[], label: Line): Line[] {
  const items: Line[] = [];
  for (let index = label.index + 1; index < lines.length; index += 1) {
    const line = lines[index];
    const number = line === undefined ? undefined : LIST_NUMBER.exec(line.text)?.[1];
    if (line === undefined || number === undefined || Number(number) !== items.length + 1 || !isHeadlineLike(line)) break;
    items.push(line);
  }
  return items.length >= MIN_NUMBERED_ITEMS ? items : [];
}

/** Every box: the numbered ones anywhere, then the one at the foot of the page. */
function boxes(lines: readonly Line[]): { label: Line; items: Line[] }[] {
  const found: { label: Line; items: Line[] }[] = [];
  for (const line of lines) {
    if (!isBoxLabel(line.text)) continue;
    const items = numberedItems(lines, line);
    if (items.length > 0) found.push({ label: line, items });
  }
  const trailing = trailingBox(lines);
  if (trailing !== null && !found.some((box) => box.label.index === trailing.label.index)) found.push(trailing);
  return found;
}

/** Remove boxes of links: each label as a promo, the headline lines under it as a related list. */
export const removeLinkBoxes: CleanRule = {
  kind: 'clean',
  name: 'clean/link-boxes',
  propose: (doc) => {
    const edits: CleanEdit[] = [];
    for (const box of boxes(splitLines(doc.text))) {
      edits.push(...removeLine(doc.text, box.label, 'promo'));
      for (const item of box.items) edits.push(...removeLine(doc.text, item, 'related list'));
    }
    return edits;
  },
};
