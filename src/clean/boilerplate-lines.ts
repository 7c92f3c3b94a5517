/**
 * Page furniture: promos ("Read more", "Most read"), advertisement labels, newsletter, share and
 * comment prompts, breadcrumb navigation, and the lists of other stories that follow a list header.
 * A newsletter prompt takes the box heading right above it ("Get the Morning Briefing") along.
 * Each is a whole line judged against data/lexicons/boilerplate.json; the reason is the lexicon
 * section it was found in.
 */
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { type BoilerplateLexicon, boilerplateLexicon } from './clean-lexicons.js';
import { type Line, endsSentence, foldLine, previousContent, removeLine, splitLines, wordsOf } from './line-units.js';

const BREADCRUMB_SEPARATOR = /\s[>›»|•]\s|\s\/\s/gu;
const MAX_CRUMB_WORDS = 4;
const MAX_LIST_ITEM_WORDS = 20;
const GALLERY_COUNTER = /^(?:image|photo|picture|slide)\s+\d+\s+of(?:\s*\/)?(?:\s*\d+)?$/iu;
const MENU_ITEM = /^\p{Lu}\D*$/u;
const MAX_BOX_HEADING_WORDS = 8;
const NON_WORD = /[^\p{L}\p{N}'-]+/gu;

/** A line of breadcrumbs or menu items: at least three short items between separators. */
function isNavigation(text: string): boolean {
  const items = text.split(BREADCRUMB_SEPARATOR);
  if (items.length < 3) return false;
  return items.every((item) => {
    const words = wordsOf(item);
    return words.length >= 1 && words.length <= MAX_CRUMB_WORDS && !endsSentence(item);
  });
}

const MARKDOWN_EMPHASIS = /^[*_>\s]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COLON_END = /:\s*$/u;

/** Whether `folded` ends with `phrase` as whole words (after a space or a punctuation mark, or as the whole line). */
function endsWithPhrase(folded: string, phrase: string): boolean {
  if (!folded.endsWith(phrase)) return false;
  const before = folded.charAt(folded.length - phrase.length - 1);
  return before === '' || !LETTER_OR_DIGIT.test(before);
}

/** A list header: a header line of the lexicon, or a short line opening with one and ending with a colon ("Related coverage from NAME:"). */
function isListHeader(text: string, lexicon: BoilerplateLexicon): boolean {
  const folded = foldLine(text);
  if (lexicon.listHeaders.has(folded)) return true;
  if (!COLON_END.test(text) || wordsOf(text).length > lexicon.maxListHeaderWords) return false;
  return [...lexicon.listHeaders].some((header) => folded.startsWith(`${header} `));
}

/**
 * Why a line is page furniture, or null when it is not.
 * @param text the line as it stands
 * @param lexicon the boilerplate lexicon (optional; default: data/lexicons/boilerplate.json)
 */
export function boilerplateReason(text: string, lexicon: BoilerplateLexicon = boilerplateLexicon()): string | null {
  const folded = foldLine(text);
  if (folded.length === 0) return null;
  const exact = lexicon.lines.get(folded);
  if (exact !== undefined) return exact;
  // Note: Markdown emphasis around a whole line ("*Subscribe to ...*") does not change what it is.
  const lower = text.trim().replace(MARKDOWN_EMPHASIS, '').toLowerCase().replaceAll('’', "'");
  const wordCount = wordsOf(text).length;
  if (wordCount <= lexicon.maxPrefixWords) {
    for (const [reason, prefixes] of lexicon.prefixes) if (prefixes.some((prefix) => lower.startsWith(prefix))) return reason;
  }
  if (wordCount <= lexicon.maxWords) {
    for (const [reason, phrases] of lexicon.contains) if (phrases.some((phrase) => lower.includes(phrase))) return reason;
    for (const [reason, endings] of lexicon.suffixes) if (endings.some((ending) => endsWithPhrase(folded, ending))) return reason;
  }
  if (isListHeader(text, lexicon)) return 'promo';
  if (isNavigation(text)) return 'navigation';
  if (GALLERY_COUNTER.test(text.trim())) return 'image caption';
  return null;
}

/** A newsletter box's heading ("Get the Morning Briefing"): short, no final stop, a newsletter word. */
function isBoxHeading(line: Line, lexicon: BoilerplateLexicon): boolean {
  const words = wordsOf(line.text).length;
  if (words === 0 || words > MAX_BOX_HEADING_WORDS || endsSentence(line.text)) return false;
  const folded = ` ${foldLine(line.text).replace(NON_WORD, ' ')} `;
  return lexicon.boxHeadings.some((word) => folded.includes(` ${word} `));
}

/** A line that could be the headline of another story in a list: short and without a final stop. */
function looksLikeListItem(line: Line): boolean {
  const words = wordsOf(line.text).length;
  return words > 0 && words <= MAX_LIST_ITEM_WORDS && !endsSentence(line.text);
}

function isMenuItem(line: Line, lexicon: BoilerplateLexicon): boolean {
  const words = wordsOf(line.text).length;
  return words > 0 && words <= lexicon.menuWords && MENU_ITEM.test(line.text.trim()) && !endsSentence(line.text);
}

/** Runs of at least `menuRun` consecutive content lines that are all menu items. */
function menuRuns(lines: readonly Line[], lexicon: BoilerplateLexicon): Line[] {
  const found: Line[] = [];
  let run: Line[] = [];
  const close = (): void => {
    if (run.length >= lexicon.menuRun) found.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (line.text.trim().length === 0) continue;
    if (isMenuItem(line, lexicon)) run.push(line);
    else close();
  }
  close();
  return found;
}

/** Remove page furniture lines, and the headline lines that follow a related-stories header. */
export const removeBoilerplate: CleanRule = {
  kind: 'clean',
  name: 'clean/boilerplate',
  propose: (doc) => {
    const lexicon = boilerplateLexicon();
    const text = doc.text;
    const edits: CleanEdit[] = [];
    let inList = false;
    const lines = splitLines(text);
    const menu = new Set(menuRuns(lines, lexicon).map((line) => line.index));
    for (const line of lines) {
      if (line.text.trim().length === 0) continue;
      if (menu.has(line.index)) {
        edits.push(...removeLine(text, line, 'navigation'));
        continue;
      }
      const reason = boilerplateReason(line.text, lexicon);
      if (reason !== null) {
        edits.push(...removeLine(text, line, reason));
        const above = reason === 'newsletter prompt' ? previousContent(lines, line) : null;
        // Note: the box's heading sits right above its prompt, at most one blank line away.
        if (above !== null && above.line.index >= line.index - 2 && isBoxHeading(above.line, lexicon)) edits.push(...removeLine(text, above.line, reason));
        inList = isListHeader(line.text, lexicon);
      } else if (inList && looksLikeListItem(line)) {
        edits.push(...removeLine(text, line, 'related list'));
      } else {
        inList = false;
      }
    }
    return edits;
  },
};
