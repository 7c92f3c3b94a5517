/**
 * When no metadata dates the article, the text may. First its own time stamp: a date line that
 * cleaning removed (`clean/dateline`, such as "Thursday 28 September 2023" under the headline)
 * states the publication day (basis `text`); an update stamp ("Updated ...") only when no other does. Else
 * the latest explicit full date it mentions
 * (day month year, or month year) is a lower bound of the publication date, since an article is
 * no older than the latest day it reports. The cleaned text is read, and so are the captions,
 * credits and bylines cleaning took out (they were published with the article). chrono-node's strict parser reads day-month-year dates;
 * a small parser added to it reads month-year dates. Numeric dates such as 03/04/2024 are left
 * out: they are ambiguous between day-first and month-first writing.
 *
 * A dateline that cleaning removed from the top of the article ("Thursday 28 September 2023",
 * rule `clean/dateline`) is different: it states the publication date itself, so its day is
 * taken as the date (basis `text`), not as a lower bound.
 */
import * as chrono from 'chrono-node';
import type { NewsDoc } from '../../model/news-doc.js';
import type { DocStage } from '../../pipeline/stage.js';

/** Stage name. */
export const PUBLISHED_FROM_TEXT = 'meta/published-from-text';

/** A date found in the text at the precision stated. */
export interface TextDate {
  /** ISO partial date: `YYYY-MM-DD` or `YYYY-MM`. */
  readonly value: string;
  /** The first day the date covers, for ordering. */
  readonly start: Date;
  /** Where the date was written, in the text given. */
  readonly index: number;
  readonly text: string;
}

/** Month names (long and short, English) from Intl, so no month list is kept in the code. */
function monthNames(): Map<string, number> {
  const names = new Map<string, number>();
  for (let month = 0; month < 12; month += 1) {
    const day = new Date(Date.UTC(2000, month, 15));
    for (const style of ['long', 'short'] as const) {
      names.set(new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' }).format(day).toLowerCase(), month + 1);
    }
  }
  names.set('sept', 9);
  return names;
}

const MONTHS = monthNames();
/** Note: case-sensitive (`March`, `MARCH`), so the verb in "they may 2030..." is not a month. */
const MONTH_ALTERNATIVES = [...MONTHS.keys()].flatMap((name) => [name[0]?.toUpperCase() + name.slice(1), name.toUpperCase()]).join('|');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_ALTERNATIVES})\\.?,?\\s+((?:1[89]|20)\\d{2})\\b(?!\\s*[-/]\\s*\\d)`, 'u');
const NUMERIC_DATE = /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/u;
const WORD = /\p{L}/u;
/** Note: chrono marks the year of a relative date ("a week earlier") as known; an explicit date writes it. */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d{2}\b/u;

/** chrono parser for `March 2024` / `Sept. 2023`, which chrono's strict mode leaves out. */
const monthYearParser: chrono.Parser = {
  pattern: () => MONTH_YEAR,
  extract: (context, match) => {
    const month = MONTHS.get((match[1] ?? '').toLowerCase());
    const year = Number(match[2]);
    if (month === undefined) return null;
    const components = context.createParsingComponents({ year, month });
    components.imply('day', 1);
    return components;
  },
};

let strictParser: chrono.Chrono | undefined;

/** chrono's English strict configuration plus the month-year parser, built once. */
function parser(): chrono.Chrono {
  if (strictParser === undefined) {
    const configuration = chrono.en.configuration.createConfiguration(true, false);
    configuration.parsers.push(monthYearParser);
    strictParser = new chrono.Chrono(configuration);
  }
  return strictParser;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Explicit full dates in a text (year and month stated; the day when stated), in text order. */
export function explicitDates(text: string): TextDate[] {
  const dates: TextDate[] = [];
  for (const result of parser().parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    if (NUMERIC_DATE.test(result.text.trim()) || !WORD.test(result.text) || !WRITTEN_YEAR.test(result.text)) continue;
    for (const component of [result.start, result.end]) {
      if (component === null || component === undefined) continue;
      if (!component.isCertain('year') || !component.isCertain('month')) continue;
      const year = component.get('year');
      const month = component.get('month');
      if (year === null || month === null) continue;
      const day = component.isCertain('day') ? component.get('day') : null;
      const value = day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
      dates.push({ value, start: new Date(Date.UTC(year, month - 1, day ?? 1)), index: result.index, text: result.text });
    }
  }
  return dates;
}

/**
 * The latest explicit date in a text that is not after `notAfter` (a date in the future of the
 * run cannot bound a publication date), or null. Of two dates on the same first day, the more
 * precise wins.
 */
export function latestExplicitDate(text: string, notAfter: Date): TextDate | null {
  let latest: TextDate | null = null;
  for (const date of explicitDates(text)) {
    if (date.start.getTime() > notAfter.getTime()) continue;
    if (latest === null || date.start > latest.start || (date.start.getTime() === latest.start.getTime() && date.value.length > latest.value.length)) latest = date;
  }
  return latest;
}

/**
 * Clean rules whose removals still belong to the article as published: captions, photo credits,
 * bylines and datelines. Note: a caption's "pictured on 24 August" dates the article as surely as
 * its body does, while boilerplate (related links, comments) may be newer than the article.
 */
const ARTICLE_FURNITURE_RULE = /caption|credit|author|byline|dateline/u;

/** The texts read for dates: the cleaned text, then what cleaning removed from the article's furniture. */
export function datedTexts(doc: NewsDoc): string[] {
  return [doc.text, ...doc.cleaning.removed.filter((removal) => ARTICLE_FURNITURE_RULE.test(removal.rule)).map((removal) => removal.text)];
}

/** The clean rule whose removals are page datelines. */
const DATELINE_RULE = 'clean/dateline';
/** A dateline that says when the page changed, not when it was published. */
const UPDATE_LINE = /^[\s|•·-]*(?:last\s+updated|updated|last\s+modified|modified)\b/iu;

/**
 * The publication day a removed dateline states, or null: the first full date (with a day) of
 * the first dateline, lines saying "Updated ..." only when no other dateline has a date.
 * Note: "Published 3 May 2024, updated 5 May 2024" names the publication first.
 */
export function datelineDate(doc: NewsDoc): TextDate | null {
  const lines = doc.cleaning.removed.filter((removal) => removal.rule === DATELINE_RULE).sort((a, b) => a.rawStart - b.rawStart);
  const ordered = [...lines.filter((line) => !UPDATE_LINE.test(line.text)), ...lines.filter((line) => UPDATE_LINE.test(line.text))];
  for (const line of ordered) {
    const day = explicitDates(line.text).find((date) => date.value.length === 'YYYY-MM-DD'.length);
    if (day !== undefined) return day;
  }
  return null;
}

/**
 * The stage: only when no metadata gave a date. A removed dateline's day is the publication date
 * (basis `text`); else the latest explicit date is inferred, as a lower bound.
 */
export const publishedFromText: DocStage = {
  kind: 'meta',
  name: PUBLISHED_FROM_TEXT,
  run(doc) {
    if (doc.meta.published.value !== null) return;
    const dateline = datelineDate(doc);
    if (dateline !== null) {
      doc.meta.published = { value: dateline.value, basis: 'text' };
      doc.meta.basis['published'] = PUBLISHED_FROM_TEXT;
      return;
    }
    const latest = latestExplicitDate(datedTexts(doc).join('\n\n'), new Date());
    if (latest === null) return;
    doc.meta.published = { value: latest.value, basis: 'inferred', lowerBound: true };
    doc.meta.basis['published'] = PUBLISHED_FROM_TEXT;
  },
};
