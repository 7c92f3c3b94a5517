/**
 * The dashboard: a hash router over the pages. Every page is built with DOM calls from API data;
 * no article text ever goes through innerHTML.
 */
import { ApiFailure } from './api.js';
import { h, replaceChildren } from './dom.js';
import { addPage } from './pages/add.js';
import { documentPage } from './pages/document.js';
import { entityPage } from './pages/entity.js';
import { searchPage } from './pages/search.js';
import { storiesPage } from './pages/stories.js';
import { storyPage } from './pages/story.js';

const ROUTE = /^#\/([a-z]*)(?:\/([^?]*))?(?:\?(.*))?$/u;

async function render(main: HTMLElement): Promise<void> {
  const match = ROUTE.exec(window.location.hash || '#/');
  const [, page = '', rawId = '', query = ''] = match ?? [];
  const id = decodeURIComponent(rawId);
  main.setAttribute('aria-busy', 'true');
  try {
    let content: HTMLElement;
    if (page === 'story') content = await storyPage(id);
    else if (page === 'doc') content = await documentPage(id);
    else if (page === 'entity') content = await entityPage(id);
    else if (page === 'search') content = await searchPage(new URLSearchParams(query).get('q') ?? '');
    else if (page === 'add') content = addPage();
    else content = await storiesPage();
    replaceChildren(main, content);
    document.title = `${main.querySelector('h1')?.textContent ?? 'sitrep'} · sitrep`;
  } catch (error) {
    replaceChildren(main, h('h1', {}, 'Something went wrong'), h('p', { class: 'error' }, error instanceof ApiFailure ? `${error.code}: ${error.message}` : String(error)));
  } finally {
    main.removeAttribute('aria-busy');
    main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}

function start(): void {
  const main = document.getElementById('main');
  const search = document.getElementById('search-form');
  if (!(main instanceof HTMLElement)) return;
  if (search instanceof HTMLFormElement) {
    search.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = new FormData(search).get('q');
      window.location.hash = `#/search?q=${encodeURIComponent(typeof value === 'string' ? value : '')}`;
    });
  }
  window.addEventListener('hashchange', () => void render(main));
  void render(main);
}

start();
