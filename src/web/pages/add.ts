/**
 * Add articles: paste text or HTML, or upload files (text, Markdown, HTML, JSON, JSONL, RSS, Atom).
 */
import { api, ApiFailure } from '../api.js';
import { h, link } from '../dom.js';

const TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  jsonl: 'application/x-ndjson',
  ndjson: 'application/x-ndjson',
  rss: 'application/rss+xml',
  xml: 'application/rss+xml',
  atom: 'application/atom+xml',
};

interface IngestAnswer {
  added: string[];
  known: string[];
  errors: { code: string; message: string }[];
}

function report(answer: IngestAnswer): HTMLElement {
  return h(
    'div',
    { class: 'ingest-result', role: 'status' },
    h('p', {}, `${answer.added.length} added, ${answer.known.length} already stored, ${answer.errors.length} failed.`),
    h('ul', {}, [...answer.added, ...answer.known].map((id) => h('li', {}, link(`/doc/${encodeURIComponent(id)}`, id)))),
    answer.errors.length === 0 ? null : h('ul', { class: 'errors' }, answer.errors.map((error) => h('li', {}, `${error.code}: ${error.message}`))),
  );
}

/** Render the add-articles page. */
export function addPage(): HTMLElement {
  const status = h('div', { 'aria-live': 'polite' });
  const show = (promise: Promise<IngestAnswer>): void => {
    status.replaceChildren(h('p', { class: 'muted' }, 'Adding…'));
    promise.then(
      (answer) => status.replaceChildren(report(answer)),
      (error: unknown) => status.replaceChildren(h('p', { class: 'error' }, error instanceof ApiFailure ? `${error.code}: ${error.message}` : 'The articles could not be added.')),
    );
  };
  const paste = h(
    'form',
    { class: 'add-form', id: 'paste-form' },
    h('label', { for: 'add-title' }, 'Title (optional)'),
    h('input', { id: 'add-title', name: 'title', type: 'text' }),
    h('label', { for: 'add-outlet' }, 'Outlet (optional)'),
    h('input', { id: 'add-outlet', name: 'outlet', type: 'text' }),
    h('label', { for: 'add-published' }, 'Published (optional, YYYY-MM-DD)'),
    h('input', { id: 'add-published', name: 'published', type: 'text', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
    h('label', { for: 'add-text' }, 'Article text or HTML'),
    h('textarea', { id: 'add-text', name: 'text', rows: 12, required: true }),
    h('button', { type: 'submit' }, 'Add article'),
  );
  paste.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(paste);
    const field = (name: string): string | undefined => {
      const value = data.get(name);
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const text = field('text') ?? '';
    const body = { ...(text.trimStart().startsWith('<') ? { html: text } : { text }), title: field('title'), outlet: field('outlet'), published: field('published') };
    show(api<IngestAnswer>('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
  });
  const upload = h('form', { class: 'add-form', id: 'upload-form' }, h('label', { for: 'add-file' }, 'Or upload files'), h('input', { id: 'add-file', name: 'file', type: 'file', multiple: true }), h('button', { type: 'submit' }, 'Upload'));
  upload.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = upload.querySelector('input[type=file]');
    const files = input instanceof HTMLInputElement && input.files !== null ? [...input.files] : [];
    show(
      Promise.all(
        files.map(async (file) => {
          const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
          const type = extension === 'json' ? 'application/json' : (TYPE_BY_EXTENSION[extension] ?? 'text/plain');
          const text = await file.text();
          const body = extension === 'json' ? JSON.stringify({ ...(JSON.parse(text) as object) }) : text;
          return api<IngestAnswer>('/api/ingest', { method: 'POST', headers: { 'content-type': type }, body });
        }),
      ).then((answers) => ({ added: answers.flatMap((a) => a.added), known: answers.flatMap((a) => a.known), errors: answers.flatMap((a) => a.errors) })),
    );
  });
  return h('div', {}, h('h1', {}, 'Add articles'), paste, upload, status);
}
