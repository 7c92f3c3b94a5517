/**
 * Search across all documents; the matched words come back between [ and ] and are shown bold.
 */
import { api } from '../api.js';
import { empty, h, link } from '../dom.js';
import type { SearchHit } from '../types.js';

const MATCH = /\[([^\]]*)\]/gu;

function snippet(text: string): HTMLElement {
  const paragraph = h('p', { class: 'snippet' });
  let last = 0;
  for (const match of text.matchAll(MATCH)) {
    paragraph.append(text.slice(last, match.index), h('mark', {}, match[1] ?? ''));
    last = match.index + match[0].length;
  }
  paragraph.append(text.slice(last));
  return paragraph;
}

/** Render the search page for a query. */
export async function searchPage(query: string): Promise<HTMLElement> {
  const form = h('form', { class: 'search-form', role: 'search' }, h('label', { for: 'search-page-input' }, 'Search all articles'), h('input', { id: 'search-page-input', type: 'search', name: 'q', value: query, required: true }), h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = new FormData(form).get('q');
    window.location.hash = `#/search?q=${encodeURIComponent(typeof value === 'string' ? value : '')}`;
  });
  if (query.trim() === '') return h('div', {}, h('h1', {}, 'Search'), form);
  const { items } = await api<{ items: SearchHit[] }>(`/api/search?q=${encodeURIComponent(query)}&limit=50`);
  return h(
    'div',
    {},
    h('h1', {}, 'Search'),
    form,
    h('p', { class: 'muted' }, `${items.length} result${items.length === 1 ? '' : 's'} for “${query}”`),
    items.length === 0 ? empty('Nothing found.') : h('ol', { class: 'results' }, items.map((hit) => h('li', {}, link(`/doc/${encodeURIComponent(hit.id)}`, hit.title ?? hit.id), ' ', h('span', { class: 'muted' }, hit.outlet ?? ''), snippet(hit.snippet)))),
  );
}
