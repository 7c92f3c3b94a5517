/**
 * Time-stamp lines of the page ("Updated 3:27 am, Wednesday, November 20, 2019", "PUBLISHED:
 * 10:48, Tue, Nov 19, 2019"): they date the page, they are not the article. They leave the body
 * with reason 'timestamp' under the rule name `clean/dateline`, which the published-date stage
 * reads back from the removal record.
 */
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { captionLexicon } from './clean-lexicons.js';
import { endsSentence, removeLine, splitLines, wordsOf } from './line-units.js';

const TIMESTAMP = /^[\s|•·-]*(?:first published|last updated|last modified|published|updated|posted|modified)\b/iu;
const DATE_OR_TIME = /\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\b(?:\d+|an?|one)\s+(?:minute|hour|day|week|month)s?\s+ago\b/iu;
/** Note: "Updated at 1:23 p.m." ends with the dot of "p.m.", not with a sentence stop. */
const CLOCK_END = /\b[ap]\.m\.$/iu;
const MAX_WORDS = 16;

let dateFirst: RegExp | undefined;

/** A line opening with a full date ("November 20, 2019 / 1:07 AM"), built once from the month names. */
function dateFirstPattern(): RegExp {
  if (dateFirst === undefined) {
    const { months, weekdays } = captionLexicon();
    dateFirst = new RegExp(`^(?:(?:${weekdays.join('|')}),?\\s+)?(?:(?:${months.join('|')})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${months.join('|')})\\.?,? \\d{4})\\b`, 'iu');
  }
  return dateFirst;
}

/**
 * Whether a line is a page time stamp: short, with no final stop (a closing "p.m." allowed), and
 * either opening with "Published", "Updated" or the like and holding a year, a clock time or an
 * age ("2 hours ago"), or opening with a full date.
 * @param text the line's text
 */
export function isTimestampLine(text: string): boolean {
  if (wordsOf(text).length > MAX_WORDS || (endsSentence(text) && !CLOCK_END.test(text.trim()))) return false;
  return (TIMESTAMP.test(text) && DATE_OR_TIME.test(text)) || dateFirstPattern().test(text.trim());
}

/** Remove page time-stamp lines. */
export const removeDatelines: CleanRule = {
  kind: 'clean',
  name: 'clean/dateline',
  propose: (doc) => {
    const text = doc.text;
    const edits: CleanEdit[] = [];
    for (const line of splitLines(text)) if (isTimestampLine(line.text)) edits.push(...removeLine(text, line, 'timestamp'));
    return edits;
  },
};
