/**
 * The time stage: fills doc.layers.times, anchored to the publication date (any basis), else the
 * article's latest explicit day, else the configured reference date. Vague references ("now",
 * "recently") are found but not kept: they carry no date a reader could place on a timeline.
 */
import type { TimeExpression } from '../../model/annotations.js';
import type { NewsDoc } from '../../model/news-doc.js';
import { memoKey, memoised } from '../../pipeline/doc-memo.js';
import type { DocStage, StageContext } from '../../pipeline/stage.js';
import { extractChronoFullDates } from './chrono-times.js';
import type { ChronoCache } from './chrono-times.js';
import { extractTimes, type ExtractTimesOptions } from './extract-times.js';
import { latestExplicitDay, parseReference, type TimeReference } from './time-reference.js';

/**
 * The publication date to anchor to. Note: an inferred date is only a lower bound found in the
 * cleaned text; the raw input also holds dated photo captions that cleaning removes, and the
 * article is no older than the latest of them, so the later of the two is taken.
 */
function publishedReference(value: string | null, stated: boolean, raw: string, cache: ChronoCache): TimeReference | null {
  const published = parseReference(value);
  if (stated) return published;
  const latestRaw = latestExplicitDay(extractChronoFullDates(raw, cache));
  if (latestRaw === null) return published;
  if (published === null) return latestRaw;
  const later = latestRaw.year > published.year || (latestRaw.year === published.year && (latestRaw.month ?? 0) >= (published.month ?? 0));
  return later ? latestRaw : published;
}

/** A full date in a URL path or file name: `/2023/10/25/`, `2023-10-25-title.txt`, `2023_10_25`. */
const SOURCE_DATE = /(?<!\d)((?:19|20)\d{2})[-_/](0[1-9]|1[0-2])[-_/](0[1-9]|[12]\d|3[01])(?!\d)/u;
const URL_ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/]*/iu;

/** What follows the last slash or backslash of a path (all of it when it has neither). */
function lastSegment(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/**
 * The day a document's URL path or file name states, or null. Note: news sites and archives
 * write the publication day into the address ("/2023/10/25/...") or the file name; it is a
 * weaker sign than the text's own dates (a file may be named on the day it was saved), so it is
 * only used when neither the metadata nor the text gives a day.
 */
export function sourceDateOf(doc: NewsDoc): TimeReference | null {
  const names = [doc.meta.url?.replace(URL_ORIGIN, '') ?? '', lastSegment(doc.source.path ?? '')];
  for (const name of names) {
    const match = SOURCE_DATE.exec(name);
    if (match !== null) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  }
  return null;
}

/** What {@link timeReferenceOf} returns (options for `extractTimes` on any text of the document). */
export interface DocumentTimeReference {
  readonly published: TimeReference | null;
  /** The reference when the text gives none (a date in the address, else the configured one), read on first use. */
  readonly fallback: () => TimeReference | null;
  /** chrono's results of the windows parsed so far for the document (its raw input, text and captions share them). */
  readonly chronoCache: ChronoCache;
}

/** Note: the time and caption stages both ask, and the answer may parse the whole raw input. */
const TIME_REFERENCE = memoKey<DocumentTimeReference>('times/reference');

/** The reference a document's relative times are anchored to (publication date, else the latest explicit day, else a date in its address). */
export function timeReferenceOf(doc: NewsDoc, context: StageContext): DocumentTimeReference {
  return memoised(doc, TIME_REFERENCE, () => {
    const chronoCache: ChronoCache = new Map();
    // Note: most documents never need the fallback (they have a publication date or a dated text), so its address is read only when asked.
    let fallback: TimeReference | null | undefined;
    return {
      published: publishedReference(doc.meta.published.value, doc.meta.published.basis === 'metadata' || doc.meta.published.basis === 'text', doc.raw, chronoCache),
      fallback: () => (fallback === undefined ? (fallback = sourceDateOf(doc) ?? parseReference(context.referenceDate)) : fallback),
      chronoCache,
    };
  });
}

/** The time stage. */
export const timeStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/times',
  run(doc, context) {
    const { published, fallback, chronoCache } = timeReferenceOf(doc, context);
    // Note: the options built at once (a spread of the reference copies it several times slower).
    const options: ExtractTimesOptions = doc.layers.sentences.length > 0 ? { published, fallback, chronoCache, passages: doc.layers.sentences } : { published, fallback, chronoCache };
    const { readings } = extractTimes(doc.text, options);
    const times: TimeExpression[] = [];
    for (const reading of readings) {
      if (reading.vague) continue;
      // Note: the fields in the order the layer has always had them (provenance's `inferred` only when there is some).
      const provenance: TimeExpression['provenance'] =
        reading.inferred.length > 0
          ? { stage: 'annotate', rule: reading.rule, confidence: reading.confidence, inferred: reading.inferred }
          : { stage: 'annotate', rule: reading.rule, confidence: reading.confidence };
      times.push({ kind: 'time', start: reading.start, end: reading.end, text: reading.text, value: reading.value, granularity: reading.granularity, provenance });
    }
    doc.layers.times = times;
  },
};
