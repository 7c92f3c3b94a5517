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
  mentions.forEach((mention, index) => {
    if (index > 0 && mention.start < (mentions[index - 1]?.start ?? 0)) sorted = false;
    longest = Math.max(longest, mention.end - mention.start);
  });
  return { mentions, sorted, longest };
}

/** The mentions that overlap `[start, end)`, in mention order. */
export function overlapping(spans: MentionSpans, start: number, end: number): Mention[] {
  const { mentions } = spans;
  if (!spans.sorted) return mentions.filter((mention) => mention.start < end && mention.end > start);
  // Note: a mention that ends after `start` starts after `start - longest`.
  const from = start - spans.longest;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? Infinity) <= from) low = middle + 1;
    else high = middle;
  }
  const found: Mention[] = [];
  for (let index = low; index < mentions.length; index += 1) {
    const mention = mentions[index];
    if (mention === undefined || mention.start >= end) break;
    if (mention.end > start) found.push(mention);
  }
  return found;
}
