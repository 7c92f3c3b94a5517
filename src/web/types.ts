/**
 * Shapes of the API answers the dashboard reads (a subset; see /api/openapi.json).
 */
import type { Claim, Conflict, Document, Duplicate, Entity, Story, TimelineEntry } from '../model/analysis.generated.js';

/** A page of items. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
}

/** A row of the story list. */
export interface StoryRow {
  readonly id: string;
  readonly label: string;
  readonly size: number;
  readonly outlets: string[];
  readonly from: string | null;
  readonly to: string | null;
  readonly contradictions: number;
}

/** A document summary. */
export interface DocumentSummary {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly publishedBasis: string;
}

/** A quote as grouped on the story page. */
export interface GroupedQuote {
  readonly document: string;
  readonly outlet: string | null;
  readonly text: string;
  readonly kind: string;
  readonly cue: string | null;
}

/** A claim as the story page shows it. */
export type StoryClaim = Claim & { outlet: string | null; claimantName: string | null; claimantText?: string | null };

/** The story page's data. */
export interface StoryView {
  readonly story: Story;
  readonly documents: DocumentSummary[];
  readonly timeline: (TimelineEntry & { first?: string })[];
  readonly claims: StoryClaim[];
  /** Claims of other stories that a conflict here sets against this story's claims. */
  readonly relatedClaims?: StoryClaim[];
  readonly conflicts: Conflict[];
  readonly changes: { note?: string; claims?: string[] }[];
  readonly quotesBySpeaker: { speaker: string; entity: string | null; quotes: GroupedQuote[] }[];
  readonly places: { name: string; lat: number; lon: number; kind: string; mentions: number }[];
  readonly coverage: { outlet: string; documents: number; claims: number; quotes: number; events: number; first: string | null }[];
  readonly duplicates: (Duplicate & { first?: string })[];
}

/** The document page's data. */
export interface DocumentView {
  readonly document: Document & {
    cleaning: Document['cleaning'] & {
      removed: { text: string; reason: string; rawStart?: number; rawEnd?: number }[];
      homoglyphs: { count: number; repairs?: { before: string; after: string }[] };
    };
    language?: string;
    diagnostics?: { severity: string; code: string; message: string }[];
  };
  readonly raw: string;
  readonly story: { id: string; label: string } | null;
}

/** The entity page's data. */
export interface EntityView {
  readonly entity: Entity;
  readonly documents: DocumentSummary[];
  readonly quotes: GroupedQuote[];
  readonly claims: Claim[];
}

/** A search hit. */
export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly snippet: string;
}
