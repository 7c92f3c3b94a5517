/**
 * An entity: its aliases, role, documents, quotes and claims.
 */
import { api } from '../api.js';
import { empty, formatDate, h, link, section, table } from '../dom.js';
import type { EntityView } from '../types.js';

/** Render an entity page. */
export async function entityPage(id: string): Promise<HTMLElement> {
  const view = await api<EntityView>(`/api/entities/${encodeURIComponent(id)}`);
  const { entity } = view;
  return h(
    'div',
    {},
    h('p', {}, link('/', '← All stories')),
    h('h1', {}, entity.name, ' ', h('span', { class: 'badge' }, entity.type)),
    entity.description ? h('p', { class: 'role' }, entity.description) : null,
    section('Also written as', entity.aliases.length === 0 ? empty('No other forms.') : h('ul', { class: 'aliases' }, entity.aliases.map((alias) => h('li', {}, alias)))),
    section('Quotes', view.quotes.length === 0 ? empty('No quotes attributed.') : h('ul', {}, view.quotes.map((quote) => h('li', {}, h('q', {}, quote.text), ' ', h('span', { class: 'muted' }, `${quote.outlet ?? ''} · `), link(`/doc/${encodeURIComponent(quote.document)}`, 'article'))))),
    section('Claims', view.claims.length === 0 ? empty('No claimed numbers.') : table(['Subject', 'Value', 'When', 'Sentence'], view.claims.map((claim) => [claim.subject, claim.value.toLocaleString(), formatDate(claim.time), link(`/doc/${encodeURIComponent(claim.document)}`, claim.text)]))),
    section('Articles', table(['Title', 'Outlet', 'Published'], view.documents.map((doc) => [link(`/doc/${encodeURIComponent(doc.id)}`, doc.title ?? doc.id), doc.outlet ?? 'unknown', formatDate(doc.published)]))),
  );
}
