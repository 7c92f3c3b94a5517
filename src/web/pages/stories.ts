/**
 * The story list: size, outlets, date span and open contradictions of each story.
 */
import { api } from '../api.js';
import { empty, formatDate, h, link, section, table } from '../dom.js';
import type { DocumentSummary, Page, StoryRow } from '../types.js';

/** A story's dates: one date when it starts and ends on the same shown date. */
function dateRange(from: string | null, to: string | null): string {
  if (from === null) return 'undated';
  const first = formatDate(from);
  const last = formatDate(to);
  return first === last ? first : `${first} – ${last}`;
}

/** Render the story list. */
export async function storiesPage(): Promise<HTMLElement> {
  const [stories, documents] = await Promise.all([api<Page<StoryRow>>('/api/stories?limit=500'), api<Page<DocumentSummary>>('/api/documents?limit=500')]);
  const rows = stories.items.map((story) => [
    link(`/story/${encodeURIComponent(story.id)}`, story.label),
    String(story.size),
    story.outlets.join(', '),
    dateRange(story.from, story.to),
    story.contradictions > 0 ? h('span', { class: 'badge danger' }, `${story.contradictions} contradiction${story.contradictions === 1 ? '' : 's'}`) : h('span', { class: 'muted' }, 'none'),
  ]);
  return h(
    'div',
    {},
    h('h1', {}, 'Stories'),
    h('p', { class: 'muted' }, `${documents.total} articles in ${stories.total} stories.`),
    stories.items.length === 0 ? empty('No stories yet: add articles.') : h('div', { class: 'table-scroll' }, table(['Story', 'Articles', 'Outlets', 'Dates', 'Open contradictions'], rows)),
    section(
      'All articles',
      documents.items.length === 0
        ? empty('No articles stored.')
        : table(
            ['Title', 'Outlet', 'Published'],
            documents.items.map((doc) => [link(`/doc/${encodeURIComponent(doc.id)}`, doc.title ?? doc.id), doc.outlet ?? 'unknown', formatDate(doc.published)]),
          ),
    ),
  );
}
