/**
 * A document: the cleaned text with entities, quotes, quantities, times and places highlighted
 * and linked, and a switch to show what cleaning removed and which letters were repaired.
 */
import { api } from '../api.js';
import { empty, formatDate, h, link, section } from '../dom.js';
import type { DocumentView } from '../types.js';

/** A highlight over the cleaned text. */
interface Mark {
  readonly start: number;
  readonly end: number;
  readonly layer: string;
  readonly label: string;
  readonly entity?: string | null;
}

function marks(view: DocumentView): Mark[] {
  const doc = view.document;
  return [
    ...doc.quotes.map((quote): Mark => ({ start: quote.start, end: quote.end, layer: 'quote', label: `${quote.kind} quote: ${quote.speakerText ?? 'unattributed'}${quote.cue === null ? '' : ` (${quote.cue})`}` })),
    ...doc.mentions.map((mention): Mark => ({ start: mention.start, end: mention.end, layer: 'mention', label: mention.type, entity: mention.entity })),
    ...doc.places.map((place): Mark => ({ start: place.start, end: place.end, layer: 'place', label: `${place.name} (${place.kind}, ${place.lat.toFixed(2)}, ${place.lon.toFixed(2)})` })),
    ...doc.quantities.map((quantity): Mark => ({ start: quantity.start, end: quantity.end, layer: 'quantity', label: `${quantity.value}${quantity.what === null ? '' : ` ${quantity.what}`}; claimant: ${quantity.claimantText ?? 'the outlet'}` })),
    ...doc.times.map((time): Mark => ({ start: time.start, end: time.end, layer: 'time', label: `${time.value ?? 'unresolved'} (${time.granularity})` })),
  ];
}

/** Render text with nested highlights; every character goes in as a text node. */
export function highlighted(text: string, all: readonly Mark[]): HTMLElement {
  const cuts = new Set<number>([0, text.length]);
  for (const mark of all) {
    cuts.add(Math.max(0, Math.min(text.length, mark.start)));
    cuts.add(Math.max(0, Math.min(text.length, mark.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const body = h('div', { class: 'article-text' });
  let paragraph = h('p', {});
  body.appendChild(paragraph);
  // Note: a line break can end one highlight piece and the next text start another, so the break is remembered until text follows.
  let lineBreak = false;
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? 0;
    const covering = all.filter((mark) => mark.start <= start && mark.end >= end && mark.end > mark.start);
    const pieces = text.slice(start, end).split('\n');
    pieces.forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) lineBreak = true;
      if (piece === '') return;
      if (lineBreak && paragraph.hasChildNodes()) {
        paragraph = h('p', {});
        body.appendChild(paragraph);
      }
      lineBreak = false;
      let node: Node = document.createTextNode(piece);
      for (const mark of covering) {
        const wrapper = mark.entity ? h('a', { href: `#/entity/${encodeURIComponent(mark.entity)}`, class: `hl hl-${mark.layer}`, title: mark.label }) : h('span', { class: `hl hl-${mark.layer}`, title: mark.label });
        wrapper.appendChild(node);
        node = wrapper;
      }
      paragraph.appendChild(node);
    });
  }
  return body;
}

function removedView(view: DocumentView): HTMLElement {
  const { removed, homoglyphs } = view.document.cleaning;
  const leftOut = (view.document.diagnostics ?? []).filter((note) => note.code.startsWith('HTML_'));
  return h(
    'div',
    { class: 'removed' },
    h('h3', {}, `Removed by cleaning (${removed.length})`),
    removed.length === 0 ? empty('Nothing was removed.') : h('ul', {}, removed.map((item) => h('li', {}, h('span', { class: 'badge' }, item.reason), ' ', h('del', {}, item.text)))),
    h('h3', {}, `Words repaired (look-alike letters): ${homoglyphs.count}`),
    (homoglyphs.repairs ?? []).length === 0 ? empty('No repairs.') : h('ul', { class: 'repairs' }, (homoglyphs.repairs ?? []).map((repair) => h('li', {}, h('code', {}, repair.before), ' → ', h('code', {}, repair.after)))),
    leftOut.length === 0 ? null : h('h3', {}, `Left out by the HTML extraction (${leftOut.length})`),
    leftOut.length === 0 ? null : h('ul', { class: 'left-out' }, leftOut.map((note) => h('li', {}, note.message))),
  );
}

/** Render a document page. */
export async function documentPage(id: string): Promise<HTMLElement> {
  const view = await api<DocumentView>(`/api/documents/${encodeURIComponent(id)}`);
  const doc = view.document;
  const removed = removedView(view);
  removed.hidden = true;
  const toggle = h('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', 'aria-controls': 'removed-panel' }, 'Show what cleaning removed');
  removed.id = 'removed-panel';
  toggle.addEventListener('click', () => {
    removed.hidden = !removed.hidden;
    toggle.setAttribute('aria-expanded', String(!removed.hidden));
    toggle.textContent = removed.hidden ? 'Show what cleaning removed' : 'Hide what cleaning removed';
  });
  const legend = h('p', { class: 'legend' }, ['mention', 'quote', 'quantity', 'time', 'place'].map((layer) => h('span', { class: `hl hl-${layer}` }, layer)));
  return h(
    'div',
    {},
    view.story === null ? h('p', {}, link('/', '← All stories')) : h('p', {}, link(`/story/${encodeURIComponent(view.story.id)}`, `← ${view.story.label}`)),
    h('h1', {}, doc.title ?? 'Untitled article'),
    h('p', { class: 'byline' }, [doc.source.author ?? 'author unknown', ' · ', doc.source.outlet ?? 'outlet unknown', ' · ', `${formatDate(doc.published.value)} (${doc.published.basis})`]),
    doc.source.url ? h('p', { class: 'muted' }, doc.source.url) : null,
    toggle,
    removed,
    legend,
    section('Article', highlighted(doc.text, marks(view))),
  );
}
