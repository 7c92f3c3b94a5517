/**
 * A story: timeline (drawn at each date's precision), map, claims with agreements and
 * contradictions side by side, quotes by speaker, outlet coverage, copies and rewrites.
 */
import { api } from '../api.js';
import { empty, formatDate, h, link, section, table } from '../dom.js';
import { drawMap } from '../map.js';
import type { StoryView } from '../types.js';

const PRECISION_LABEL: Readonly<Record<string, string>> = { year: 'year', month: 'month', week: 'week', day: 'day', time: 'time', unknown: '?' };

/** A short name for an article of the story: its outlet, else its title, else its id. */
function articleName(view: StoryView, id: string): string {
  const doc = view.documents.find((candidate) => candidate.id === id);
  return doc?.outlet ?? doc?.title ?? id.slice(4, 10);
}

/** An article's title and outlet, for tables that list articles. */
function articleTitle(view: StoryView, id: string): string {
  const doc = view.documents.find((candidate) => candidate.id === id);
  return doc === undefined ? id : `${doc.title ?? id} · ${doc.outlet ?? 'unknown outlet'}`;
}

function timeline(view: StoryView): HTMLElement {
  if (view.timeline.length === 0) return empty('No dated events.');
  return h(
    'ol',
    { class: 'timeline' },
    view.timeline.map((entry) =>
      h(
        'li',
        { class: `precision-${entry.granularity}` },
        h('span', { class: 'when', title: `precision: ${entry.granularity}` }, formatDate(entry.date), ' ', h('span', { class: 'precision' }, PRECISION_LABEL[entry.granularity] ?? entry.granularity)),
        h('span', { class: 'what' }, entry.text),
        h('span', { class: 'sources' }, entry.documents.flatMap((id, index) => [index > 0 ? ', ' : '', link(`/doc/${encodeURIComponent(id)}`, id === entry.first ? `${articleName(view, id)} (first)` : articleName(view, id))])),
      ),
    ),
  );
}

function claimLabel(view: StoryView, id: string): HTMLElement {
  const claim = view.claims.find((candidate) => candidate.id === id) ?? view.relatedClaims?.find((candidate) => candidate.id === id);
  if (claim === undefined) return h('span', { class: 'muted' }, 'a claim no longer stored');
  return h(
    'div',
    { class: 'claim' },
    h('strong', {}, claim.low !== undefined && claim.high !== undefined ? `${claim.low.toLocaleString()}–${claim.high.toLocaleString()}` : claim.value.toLocaleString()),
    ' ',
    claim.subject,
    h('div', { class: 'muted' }, `${claim.claimantName ?? claim.claimantText ?? 'the outlet'} · ${claim.outlet ?? 'unknown outlet'} · ${formatDate(claim.time)}`),
    h('blockquote', {}, claim.text),
    link(`/doc/${encodeURIComponent(claim.document)}`, 'open article'),
  );
}

function conflicts(view: StoryView): HTMLElement {
  const column = (kind: 'contradiction' | 'agreement', title: string): HTMLElement => {
    const items = view.conflicts.filter((conflict) => conflict.kind === kind);
    return h(
      'div',
      { class: `conflict-column ${kind}` },
      h('h3', {}, `${title} (${items.length})`),
      items.length === 0 ? empty(`No ${title.toLowerCase()}.`) : items.map((conflict) => h('article', { class: `conflict ${kind}` }, h('p', { class: 'note' }, conflict.note), h('div', { class: 'side-by-side' }, conflict.claims.map((id) => claimLabel(view, id))))),
    );
  };
  return h('div', { class: 'conflicts' }, column('contradiction', 'Contradictions'), column('agreement', 'Agreements'));
}

/** Render a story page. */
export async function storyPage(id: string): Promise<HTMLElement> {
  const view = await api<StoryView>(`/api/stories/${encodeURIComponent(id)}`);
  const mapHolder = h('div', { class: 'map-holder' }, view.places.length === 0 ? empty('No places found.') : h('p', { class: 'muted' }, 'Loading map…'));
  if (view.places.length > 0) {
    void drawMap(view.places)
      .then((map) => mapHolder.replaceChildren(map))
      .catch(() => mapHolder.replaceChildren(empty('The map could not be drawn.')));
  }
  const claimRows = view.claims.map((claim) => [
    claim.subject,
    claim.low !== undefined && claim.high !== undefined ? `${claim.low.toLocaleString()}–${claim.high.toLocaleString()}` : claim.value.toLocaleString(),
    claim.claimantName ?? claim.claimantText ?? 'the outlet',
    claim.outlet ?? 'unknown',
    formatDate(claim.time),
    link(`/doc/${encodeURIComponent(claim.document)}`, claim.text),
  ]);
  return h(
    'div',
    {},
    h('p', {}, link('/', '← All stories')),
    h('h1', {}, view.story.label),
    h('p', { class: 'muted' }, `${view.documents.length} articles from ${view.coverage.length} outlets`),
    section('Timeline', timeline(view)),
    section('Map', mapHolder, view.places.length === 0 ? null : h('ul', { class: 'place-list' }, view.places.map((place) => h('li', {}, `${place.name} (${place.kind}, ${place.mentions}×)`)))),
    section('Agreements and contradictions', conflicts(view), view.changes.length === 0 ? null : h('div', {}, h('h3', {}, 'Changes over time'), h('ul', {}, view.changes.map((change) => h('li', {}, change.note ?? (change.claims ?? []).join(', ')))))),
    section('Claims', claimRows.length === 0 ? empty('No claimed numbers.') : table(['Subject', 'Value', 'Claimant', 'Outlet', 'When', 'Sentence'], claimRows)),
    section(
      'Quotes by speaker',
      view.quotesBySpeaker.length === 0
        ? empty('No quotes.')
        : view.quotesBySpeaker.map((group) =>
            h(
              'details',
              { class: 'speaker' },
              h('summary', {}, group.entity === null ? group.speaker : link(`/entity/${encodeURIComponent(group.entity)}`, group.speaker), ` (${group.quotes.length})`),
              h('ul', {}, group.quotes.map((quote) => h('li', {}, h('q', {}, quote.text), ' ', h('span', { class: 'muted' }, `${quote.kind}, ${quote.cue ?? 'no cue'} · ${quote.outlet ?? ''}`)))),
            ),
          ),
    ),
    section(
      'Outlet coverage',
      table(
        ['Outlet', 'Articles', 'Claims', 'Quotes', 'Events', 'First published'],
        view.coverage.map((row) => [row.outlet, String(row.documents), String(row.claims), String(row.quotes), String(row.events), formatDate(row.first)]),
      ),
    ),
    section(
      'Copies and rewrites',
      view.duplicates.length === 0
        ? empty('No copies found.')
        : table(
            ['Kind', 'Score', 'Article', 'Article'],
            view.duplicates.map((pair) => [pair.kind, pair.score.toFixed(2), ...[pair.a, pair.b].map((id) => link(`/doc/${encodeURIComponent(id)}`, `${articleTitle(view, id)}${id === pair.first ? ' (first)' : ''}`))]),
          ),
    ),
    section('Articles', table(['Title', 'Outlet', 'Published'], view.documents.map((doc) => [link(`/doc/${encodeURIComponent(doc.id)}`, doc.title ?? doc.id), doc.outlet ?? 'unknown', formatDate(doc.published)]))),
  );
}
