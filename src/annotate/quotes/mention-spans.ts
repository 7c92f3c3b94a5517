/**
 * The mentions of a document ready for the question "which mentions overlap this span", asked for
 * every speaker phrase: when the mentions are in start order (as the mention stage leaves them),
 * only those that can reach the span are read, found by binary search; otherwise all are.
 */
import type { Mention } from '../../model/annotations.js';

/** Mentions with what a span query needs. */
export interface MentionSpans {
  readonly mentions: readonly Mention[];
  /** Whether the mentions are in start order. */
  readonly sorted: boolean;
  /** The longest mention, in UTF-16 units. */
  readonly longest: number;
}

/** Prepare mentions for {@link overlapping}. */
export function mentionSpans(mentions: readonly Mention[]): MentionSpans {
  let sorted = true;
  let longest = 0;
  // Note: an indexed loop, not forEach with a closure (it runs for every document).
  let previous = 0;
  for (let index = 0; index < mentions.length; index += 1) {
    const mention = mentions[index];
    if (mention === undefined) continue;
    if (index > 0 && mention.start < previous) sorted = false;
    previous = mention.start;
    if (mention.end - mention.start > longest) longest = mention.end - mention.start;
  }
  return { mentions, sorted, longest };
}

/** The index of the first mention that may overlap a span from `start` on (0 when the mentions are not in start order). */
function firstReaching(spans: MentionSpans, start: number): number {
  if (!spans.sorted) return 0;
  const { mentions } = spans;
  // Note: a mention that ends after `start` starts after `start - longest`.
  const from = start - spans.longest;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? Infinity) <= from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The mentions that overlap `[start, end)`, in mention order. */
export function overlapping(spans: MentionSpans, start: number, end: number): Mention[] {
  const { mentions } = spans;
  if (!spans.sorted) return mentions.filter((mention) => mention.start < end && mention.end > start);
  const low = firstReaching(spans, start);
  const found: Mention[] = [];
  for (let index = low; index < mentions.length; index += 1) {
    const mention = mentions[index];
    if (mention === undefined || mention.start >= end) break;
    if (mention.end > start) found.push(mention);
  }
  return found;
}

/**
 * Whether some mention overlapping `[start, end)` is of type `first` (1), else whether one is of a
 * type in `second` (2), else 0. Note: read in place, without a list of the overlapping mentions.
 */
export function overlappingType(spans: MentionSpans, start: number, end: number, first: string, second: ReadonlySet<string>): 0 | 1 | 2 {
  const { mentions } = spans;
  let found: 0 | 2 = 0;
  for (let index = firstReaching(spans, start); index < mentions.length; index += 1) {
    const mention = mentions[index];
    if (mention === undefined) continue;
    if (mention.start >= end) {
      if (spans.sorted) break;
      continue;
    }
    if (mention.end <= start) continue;
    if (mention.type === first) return 1;
    if (second.has(mention.type)) found = 2;
  }
  return found;
}
