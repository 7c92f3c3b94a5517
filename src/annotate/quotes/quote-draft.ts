/**
 * A quote as the finders propose it, before pronouns and continued quotes are resolved to a
 * speaker (see resolve-speakers.ts).
 */
import type { QuoteKind } from '../../model/annotations.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** A proposed quote. */
export interface QuoteDraft {
  readonly start: number;
  readonly end: number;
  readonly quoteKind: QuoteKind;
  /** The cue phrase, null when none was found. */
  readonly cue: string | null;
  /** The speaker as named at this place (a name, a description or a pronoun) (optional). */
  readonly speaker?: SpeakerPhrase;
  /** A quote paragraph with no attribution of its own that continues the previous quote's speaker. */
  readonly continues?: boolean;
  /** Group of a direct quote running over several paragraphs (optional). */
  readonly group?: number;
  /** The rule that proposed it, e.g. `quotes/direct-after`. */
  readonly rule: string;
  readonly confidence: number;
}
