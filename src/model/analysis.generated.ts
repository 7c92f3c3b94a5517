/* Generated from contract/analysis.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * ISO 8601 at the precision known: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, or a full date-time.
 *
 * This interface was referenced by `SitrepAnalysisExportVersion1`'s JSON-Schema
 * via the `definition` "partialDate".
 */
export type PartialDate = string | null;

/**
 * What `sitrep analyze <paths...> --json <file>` writes: every document with its cleaned text and annotations, plus what was found across documents. Offsets are [start, end) in UTF-16 code units into the document's cleaned `text`. Ids are stable for the same input. Extra properties are allowed; the ones below may not change meaning.
 */
export interface SitrepAnalysisExportVersion1 {
  schema: 'sitrep.analysis/1';
  documents: Document[];
  entities: Entity[];
  stories: Story[];
  duplicates: Duplicate[];
  claims: Claim[];
  conflicts: Conflict[];
  timeline: TimelineEntry[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SitrepAnalysisExportVersion1`'s JSON-Schema
 * via the `definition` "document".
 */
export interface Document {
  id: string;
  /**
   * Where the document came from: the input path (as given, relative paths kept relative), URL, outlet and author when known.
   */
  source: {
    path?: string | null;
    url?: string | null;
    outlet?: string | null;
    author?: string | null;
    [k: string]: unknown;
  };
  title: string | null;
  published: {
    value: PartialDate;
    basis: 'metadata' | 'text' | 'inferred' | 'unknown';
    [k: string]: unknown;
  };
  /**
   * The article body after cleaning: boilerplate, captions, credits and navigation removed, homoglyphs repaired.
   */
  text: string;
  cleaning: {
    removed: {
      text: string;
      reason: string;
      [k: string]: unknown;
    }[];
    homoglyphs: {
      /**
       * Words repaired because they mixed look-alike characters of another script.
       */
      count: number;
      scripts?: string[];
      [k: string]: unknown;
    };
    [k: string]: unknown;
  };
  mentions: (Span & {
    type: 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'OTHER';
    /**
     * Id of the corpus-level entity this mention resolves to.
     */
    entity: string | null;
    [k: string]: unknown;
  })[];
  quotes: (Span & {
    kind: 'direct' | 'indirect' | 'mixed';
    /**
     * Entity id of who said it.
     */
    speaker: string | null;
    /**
     * How the speaker is named at this place, e.g. 'a Western intelligence official'.
     */
    speakerText: string | null;
    /**
     * The reporting verb or phrase: said, told reporters, according to.
     */
    cue: string | null;
    [k: string]: unknown;
  })[];
  quantities: (Span & {
    value: number;
    low?: number;
    high?: number;
    /**
     * around, about, up to, as many as, more than...
     */
    approximate: boolean;
    /**
     * What is counted, e.g. 'troops', 'rocket attacks'.
     */
    what: string | null;
    /**
     * Entity id of who asserts the number.
     */
    claimant: string | null;
    claimantText: string | null;
    [k: string]: unknown;
  })[];
  times: (Span & {
    value: PartialDate;
    granularity: 'year' | 'month' | 'week' | 'day' | 'time' | 'duration' | 'unknown';
    [k: string]: unknown;
  })[];
  places: (Span & {
    /**
     * The gazetteer's name for the place.
     */
    name: string;
    kind: 'country' | 'region' | 'city' | 'water' | 'other';
    /**
     * ISO 3166-1 alpha-2.
     */
    countryCode: string | null;
    lat: number;
    lon: number;
    gazetteerId?: string | null;
    [k: string]: unknown;
  })[];
  events: (Span & {
    /**
     * From the project's documented event taxonomy, e.g. deploy, exercise, attack, threaten, accuse, warn, sabotage, negotiate.
     */
    type: string;
    actors: string[];
    place?: string | null;
    time?: PartialDate;
    [k: string]: unknown;
  })[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SitrepAnalysisExportVersion1`'s JSON-Schema
 * via the `definition` "span".
 */
export interface Span {
  text: string;
  start: number;
  end: number;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SitrepAnalysisExportVersion1`'s JSON-Schema
 * via the `definition` "entity".
 */
export interface Entity {
  id: string;
  /**
   * Canonical name, the fullest seen form: 'Alexander Lukashenko'.
   */
  name: string;
  type: 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'OTHER';
  aliases: string[];
  /**
   * Role or title when the text gives one: 'deputy chief of the Belarusian General Staff'.
   */
  description?: string | null;
  documents: string[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SitrepAnalysisExportVersion1`'s JSON-Schema
 * via the `definition` "story".
 */
export interface Story {
  id: string;
  label: string;
  documents: string[];
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SitrepAnalysisExportVersion1`'s JSON-Schema
 * via the `definition` "duplicate".
 */
export interface Duplicate {
  a: string;
  b: string;
  kind: 'exact' | 'near' | 'paraphrase';
  score: number;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SitrepAnalysisExportVersion1`'s JSON-Schema
 * via the `definition` "claim".
 */
export interface Claim {
  id: string;
  document: string;
  /**
   * What the number measures, normalised so that claims about the same thing compare: 'Serbian troops near the Kosovo border'.
   */
  subject: string;
  value: number;
  low?: number;
  high?: number;
  claimant: string | null;
  time: PartialDate;
  /**
   * The sentence that carries the claim.
   */
  text: string;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SitrepAnalysisExportVersion1`'s JSON-Schema
 * via the `definition` "conflict".
 */
export interface Conflict {
  kind: 'contradiction' | 'agreement';
  /**
   * @minItems 2
   */
  claims: [string, string, ...string[]];
  note: string;
  [k: string]: unknown;
}
/**
 * This interface was referenced by `SitrepAnalysisExportVersion1`'s JSON-Schema
 * via the `definition` "timelineEntry".
 */
export interface TimelineEntry {
  date: PartialDate;
  granularity: 'year' | 'month' | 'week' | 'day' | 'time' | 'unknown';
  text: string;
  documents: string[];
  [k: string]: unknown;
}
