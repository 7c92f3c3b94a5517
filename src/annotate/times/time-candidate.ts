/**
 * What the time extractors propose (a span and what it says, unresolved) and what the resolver
 * makes of it (an exported value and granularity, plus the TimeML type and value for evaluation).
 */
import type { Granularity } from '../../model/annotations.js';

/** Calendar units a relative expression counts in. */
export const RELATIVE_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
/** A calendar unit. */
export type RelativeUnit = (typeof RELATIVE_UNITS)[number];

/** Which way a weekday or bare date points from the reference. */
export type Direction = 'past' | 'future';

/** What a time expression states, before it is anchored to a reference date. */
export type TimeSpec =
  /** A calendar date or clock time with the fields the text states (a subset). */
  | {
      readonly kind: 'absolute';
      readonly year?: number;
      readonly month?: number;
      readonly day?: number;
      readonly hour?: number;
      readonly minute?: number;
      /** Day offset from the reference for a clock time attached to "yesterday" etc. (optional). */
      readonly dayOffset?: number;
      /** "this May", "last May", "next May": which May, counted from the reference (optional). */
      readonly monthAnchor?: 'this' | 'last' | 'next';
      /** "October last year": the year as an offset from the reference year (optional). */
      readonly yearOffset?: number;
    }
  /** "last week", "three years ago", "today": an offset in a unit from the reference. */
  | { readonly kind: 'relative'; readonly unit: RelativeUnit; readonly offset: number; readonly partOfDay?: string }
  /** "the weekend", "last weekend": the weekend of a week counted from the reference (`offset` null: the nearest one, past or, in a future clause, coming). */
  | { readonly kind: 'weekend'; readonly offset: number | null }
  /** "on Sunday", "10 a.m. on Sunday": a weekday, 0 = Sunday, with a clock time when stated (optional). */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly direction: Direction | 'nearest-past'; readonly hour?: number; readonly minute?: number }
  /** "the third quarter (of 2023)". */
  | { readonly kind: 'quarter'; readonly quarter: number; readonly year?: number }
  /** "the quarter", "the year-earlier period": the quarter a financial report speaks of, a year back with `yearOffset` -1. */
  | { readonly kind: 'quarter-anaphor'; readonly yearOffset: number }
  /** "last summer", "spring 2022": TimeML season code SP/SU/FA/WI. */
  | { readonly kind: 'season'; readonly season: string; readonly year?: number; readonly offset?: number }
  /** "the 1990s": the first three digits of the decade. */
  | { readonly kind: 'decade'; readonly decade: number }
  /** "six months": ISO 8601 duration (null when the count is vague) and its TimeML value. */
  | { readonly kind: 'duration'; readonly value: string | null; readonly timex: string }
  /** "now", "recently": TimeML's PRESENT_REF / PAST_REF / FUTURE_REF. */
  | { readonly kind: 'vague'; readonly timex: string }
  /** "daily", "every week": a recurrence, TimeML SET. */
  | { readonly kind: 'set'; readonly timex: string };

/** A span an extractor proposes. */
export interface TimeCandidate {
  readonly start: number;
  readonly end: number;
  /** Rule id, e.g. `times/relative`. */
  readonly rule: string;
  readonly confidence: number;
  readonly spec: TimeSpec;
}

/** TimeML TIMEX3 types. */
export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
/** A TIMEX3 type. */
export type TimexType = (typeof TIMEX_TYPES)[number];

/** A resolved time expression. */
export interface TimeReading {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rule: string;
  readonly confidence: number;
  /** Exported value: ISO 8601 at the known precision, an ISO duration, or null. */
  readonly value: string | null;
  readonly granularity: Granularity;
  /** TimeML type and value, for evaluation against TimeML corpora. */
  readonly timexType: TimexType;
  readonly timexValue: string | null;
  /** Fields taken from the reference or the context rather than the text. */
  readonly inferred: readonly string[];
  /** True for vague references ("now", "recently") and recurrences ("daily") that carry no date. */
  readonly vague: boolean;
}
