/**
 * What the index keeps about each resolved document: its date, outlet, story, signature terms,
 * MinHash signature and what it contributed (claims, quotes, events), plus date arithmetic on
 * partial ISO dates.
 */

/** Record kind of documents in the index. */
export const DOC_KIND = 'doc';
/** Record kind of counters (documents resolved so far). */
export const META_KIND = 'meta';

/** The index's record of a resolved document. */
export interface DocRecord {
  readonly id: string;
  /** Position in resolve order. */
  readonly order: number;
  readonly published: string | null;
  readonly outlet: string | null;
  story: string;
  /** Salient signature terms with their (unit-length) weights. */
  readonly terms: readonly (readonly [string, number])[];
  readonly signature: readonly number[];
  readonly textHash: string;
  readonly claims: readonly string[];
  readonly quotes: number;
  readonly events: readonly string[];
  /** The earlier document this one copies, when it is a duplicate. */
  copyOf: string | null;
}

/** What the findings need of a document record (the full record holds its signature too). */
export type DocSummary = Pick<DocRecord, 'id' | 'order' | 'published' | 'outlet' | 'quotes' | 'events'>;

/** The summary of a document record. */
export function summariseDoc(record: DocRecord): DocSummary {
  return { id: record.id, order: record.order, published: record.published, outlet: record.outlet, quotes: record.quotes, events: record.events };
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u;
const DAY_MS = 86_400_000;

/** The first and last day (as epoch days) a partial ISO date can mean, or undefined. */
export function dateRange(value: string | null | undefined): readonly [number, number] | undefined {
  const match = PARTIAL_DATE.exec(value ?? '');
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return [Date.UTC(year, 0, 1) / DAY_MS, Date.UTC(year, 11, 31) / DAY_MS];
  const month = Number(match[2]) - 1;
  if (match[3] === undefined) return [Date.UTC(year, month, 1) / DAY_MS, Date.UTC(year, month + 1, 0) / DAY_MS];
  const day = Date.UTC(year, month, Number(match[3])) / DAY_MS;
  return [day, day];
}

/** Days between two partial dates (0 when they can overlap), or undefined when either is unknown. */
export function daysApart(a: string | null | undefined, b: string | null | undefined): number | undefined {
  const first = dateRange(a);
  const second = dateRange(b);
  if (first === undefined || second === undefined) return undefined;
  if (first[1] < second[0]) return second[0] - first[1];
  if (second[1] < first[0]) return first[0] - second[1];
  return 0;
}

/** Whether document `a` came before `b`: earlier publication date, else earlier resolve order. */
export function cameFirst(a: Pick<DocRecord, 'published' | 'order'>, b: Pick<DocRecord, 'published' | 'order'>): boolean {
  const first = dateRange(a.published);
  const second = dateRange(b.published);
  if (first !== undefined && second !== undefined && first[0] !== second[0]) return first[0] < second[0];
  return a.order < b.order;
}
