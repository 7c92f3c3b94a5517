/**
 * Time extraction end to end on a plain text: chrono-node and our own extractors propose
 * candidates, the reference date is chosen, and the refiner anchors every candidate.
 */
import { splitSentences } from '../tokens/sentences.js';
import { extractChronoTimes } from './chrono-times.js';
import type { ChronoCache } from './chrono-times.js';
import { extractQuarterAnaphors } from './quarter-comparisons.js';
import { extractRelativeTimes } from './relative-times.js';
import { resolveTimes, type PassageSpan } from './resolve-times.js';
import type { TimeReading } from './time-candidate.js';
import { chooseReference, type TimeReference } from './time-reference.js';
import { scanTimeWords } from './time-scan.js';

/** Options for {@link extractTimes}. */
export interface ExtractTimesOptions {
  /** The publication date (null when unknown). */
  readonly published: TimeReference | null;
  /**
   * Reference when neither a publication date nor an explicit day exists (optional, default:
   * none); given as a function, it is asked only then.
   */
  readonly fallback?: TimeReference | null | (() => TimeReference | null);
  /** Sentence spans with paragraph indexes (optional, default: split here). */
  readonly passages?: readonly PassageSpan[];
  /** chrono's results of windows already parsed for the same document (optional; see {@link ChronoCache}). */
  readonly chronoCache?: ChronoCache;
}

/** What {@link extractTimes} returns: the readings and the reference used. */
export interface ExtractedTimes {
  readonly readings: TimeReading[];
  readonly reference: TimeReference | null;
}

function fallbackOf(fallback: ExtractTimesOptions['fallback']): TimeReference | null {
  return typeof fallback === 'function' ? fallback() : (fallback ?? null);
}

/** Find and normalise the time expressions of a text. */
export function extractTimes(text: string, options: ExtractTimesOptions): ExtractedTimes {
  const scan = scanTimeWords(text);
  const candidates = extractChronoTimes(text, scan, options.chronoCache);
  for (const candidate of extractRelativeTimes(text, scan)) candidates.push(candidate);
  for (const candidate of extractQuarterAnaphors(text, scan)) candidates.push(candidate);
  // Note: the choice falls back only when it finds nothing (see \`chooseReference\`), so the fallback is asked then.
  const reference = chooseReference(options.published, candidates, null) ?? fallbackOf(options.fallback);
  // Note: without candidates there is nothing to resolve (a caption without a date, most often).
  if (candidates.length === 0) return { readings: [], reference };
  const passages = options.passages ?? splitSentences(text);
  return { readings: resolveTimes(text, candidates, reference, passages), reference };
}
