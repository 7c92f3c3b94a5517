/**
 * Stories: a new document joins the story of a document it duplicates, else of the most similar
 * stored document (signature cosine at least STORY_SIMILARITY, or STORY_SIMILARITY_CLOSE within a
 * week) published within STORY_WINDOW_DAYS of it; otherwise it starts a story. Undated pairs need a higher similarity. A story keeps the
 * summed weights of its documents' signature terms, from which its label is read.
 */
import { daysApart, type DocRecord } from './doc-record.js';
import { stableId } from './fold-text.js';
import type { ResolveIndex } from './resolve-index.js';
import type { RelatedDoc } from './story-signature.js';

/** Record kind of stories. */
export const STORY_KIND = 'story';
/** Member kind: story id -> documents. */
export const STORY_DOCUMENTS = 'story-doc';
/** Cosine similarity from which a dated pair is in one story. */
export const STORY_SIMILARITY = 0.28;
/** Cosine similarity from which a pair with an unknown date is in one story. */
export const STORY_SIMILARITY_UNDATED = 0.3;
/** Days apart two documents of one story may be published. */
export const STORY_WINDOW_DAYS = 28;
/** Cosine similarity enough for documents published within STORY_CLOSE_DAYS of each other. */
export const STORY_SIMILARITY_CLOSE = 0.22;
/** Days apart within which the lower STORY_SIMILARITY_CLOSE applies. */
export const STORY_CLOSE_DAYS = 7;
const STORY_TERMS = 40;

/** A story as stored. */
export interface StoryRecord {
  readonly id: string;
  first: string;
  firstOrder: number;
  firstPublished: string | null;
  terms: Record<string, number>;
}

/** The story a new document belongs to, given its duplicates' partners and related documents. */
export function chooseStory(index: ResolveIndex, record: Pick<DocRecord, 'id' | 'published'>, partners: readonly DocRecord[], related: readonly RelatedDoc[]): string {
  const partner = partners[0];
  if (partner !== undefined) return partner.story;
  for (const { record: other, similarity } of related) {
    const apart = daysApart(record.published, other.published);
    if (apart !== undefined && apart > STORY_WINDOW_DAYS) continue;
    const needed = apart === undefined ? STORY_SIMILARITY_UNDATED : apart <= STORY_CLOSE_DAYS ? STORY_SIMILARITY_CLOSE : STORY_SIMILARITY;
    if (similarity >= needed) return other.story;
  }
  return stableId('story', record.id);
}

/** Add a document to its story (creating the story record when new). */
export function joinStory(index: ResolveIndex, record: DocRecord): void {
  const stored = index.getRecord<StoryRecord>(STORY_KIND, record.story) ?? { id: record.story, first: record.id, firstOrder: record.order, firstPublished: record.published, terms: {} };
  const terms = { ...stored.terms };
  for (const [term, weight] of record.terms) terms[term] = (terms[term] ?? 0) + weight;
  const kept = Object.entries(terms).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, STORY_TERMS);
  const story: StoryRecord = { ...stored, terms: Object.fromEntries(kept.map(([term, weight]) => [term, Math.round(weight * 1e6) / 1e6])) };
  index.putRecord(STORY_KIND, story.id, story);
  index.addMember(STORY_DOCUMENTS, story.id, record.id);
}

/** A readable story label: its strongest named entities and its strongest other term. */
export function storyLabel(story: StoryRecord, nameOf: (entity: string) => string | undefined): string {
  const ranked = Object.entries(story.terms).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const names: string[] = [];
  for (const [term] of ranked) {
    if (!term.startsWith('e:')) continue;
    const name = nameOf(term.slice(2));
    if (name !== undefined && !names.includes(name)) names.push(name);
    if (names.length === 3) break;
  }
  const topic = ranked.find(([term]) => term.startsWith('v:')) ?? ranked.find(([term]) => term.startsWith('w:'));
  const word = topic === undefined ? '' : topic[0].slice(2);
  if (names.length === 0) return word.length > 0 ? word : story.id;
  return word.length > 0 ? `${names.join(', ')}: ${word}` : names.join(', ');
}
