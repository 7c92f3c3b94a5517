import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createServer } from '../../src/server/app.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { BROWSER_MISSING, openRoute, SCREENSHOTS, startHarness, watchedPage, type Harness, type WatchedPage } from './dashboard-harness.js';

interface StoryRow {
  id: string;
  label: string;
  contradictions: number;
  size: number;
}

const HOSTILE = join(REPO_ROOT, 'test/fixtures/hostile');
const HOSTILE_TITLE = `Hostile title <img src=x onerror="window.sitrepPwned='form-title';alert('form-title')">`;
const PHONE = { width: 390, height: 844 };
const OWN_ARTICLE =
  'RIGA - A cargo ship ran aground near the port of Riga on Thursday night and was pulled free by two tugs the next morning, the harbour master said.\n\nNo oil leaked, and the ship was towed to a repair berth.';

let harness: Harness;
const watched: WatchedPage[] = [];

async function apiJson<T>(path: string): Promise<T> {
  const response = await fetch(`${harness.origin}${path}`);
  assert.equal(response.status, 200, path);
  return (await response.json()) as T;
}

async function open(viewport?: { width: number; height: number }): Promise<WatchedPage> {
  const page = await watchedPage(harness, viewport);
  watched.push(page);
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The story with the most contradictions (ties: the larger story). */
async function busiestStory(): Promise<StoryRow> {
  const { items } = await apiJson<{ items: StoryRow[] }>('/api/stories?limit=500');
  const story = [...items].sort((a, b) => b.contradictions - a.contradictions || b.size - a.size)[0];
  assert.ok(story !== undefined && story.contradictions > 0, 'the example corpus has a story with a contradiction');
  return story;
}

/** Whatever in the page could run script or navigate to script. */
function hazards(page: Page): Promise<{ flag: unknown; handlers: string[]; scriptLinks: number; scripts: string[]; frames: number }> {
  return page.evaluate(() => {
    const handlers: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.toLowerCase().startsWith('on')) handlers.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
      }
    }
    const links = [...document.querySelectorAll('[href], [src], [action], [data]')].filter((element) =>
      ['href', 'src', 'action', 'data'].some((name) => (element.getAttribute(name) ?? '').trim().toLowerCase().startsWith('javascript:')),
    );
    return {
      flag: (window as Window & { sitrepPwned?: unknown }).sitrepPwned,
      handlers,
      scriptLinks: links.length,
      scripts: [...document.querySelectorAll('script')].map((script) => script.getAttribute('src') ?? 'inline'),
      frames: document.querySelectorAll('iframe, object, embed, frame').length,
    };
  });
}

async function assertInert(page: Page, where: string): Promise<void> {
  const found = await hazards(page);
  assert.equal(found.flag, undefined, `${where}: no payload ran`);
  assert.deepEqual(found.handlers, [], `${where}: no event handler attributes`);
  assert.equal(found.scriptLinks, 0, `${where}: no javascript: links`);
  assert.deepEqual(found.scripts, ['/assets/app.js'], `${where}: only the dashboard's own script`);
  assert.equal(found.frames, 0, `${where}: no frames or objects`);
}

/** Paste an article into the Add form, submit it, and follow the link to the stored document. */
async function addThroughForm(page: Page, text: string, title: string, outlet: string): Promise<string> {
  await openRoute(page, '#/add', '#paste-form');
  await page.fill('#add-title', title);
  await page.fill('#add-outlet', outlet);
  await page.fill('#add-text', text);
  await page.click('#paste-form button[type=submit]');
  const result = await page.waitForSelector('.ingest-result a[href^="#/doc/"]');
  const href = (await result.getAttribute('href')) ?? '';
  assert.match(await page.textContent('.ingest-result p') ?? '', /^1 added/u);
  await result.click();
  await page.waitForSelector('#main:not([aria-busy]) button.toggle');
  return decodeURIComponent(href.replace('#/doc/', ''));
}

describe('dashboard in a browser', { skip: BROWSER_MISSING, timeout: 240_000 }, () => {
  before(async () => {
    harness = await startHarness();
  });

  after(async () => {
    await harness?.close();
  });

  it('lists the stories and reaches them from the keyboard', async () => {
    const { page, problems } = await open();
    await openRoute(page, '#/', 'a[href^="#/story/"]');
    assert.ok((await page.locator('table a[href^="#/story/"]').count()) > 1, 'several stories');
    assert.ok((await page.locator('a[href^="#/doc/"]').count()) > 5, 'the article list');
    assert.ok((await page.locator('.badge.danger').count()) > 0, 'open contradictions are flagged');
    await screenshot(page, 'stories');
    await page.locator('body').focus();
    let reached = false;
    for (let press = 0; press < 40 && !reached; press += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('a[href^="#/story/"]') === true);
    }
    assert.ok(reached, 'Tab reaches a story link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#main:not([aria-busy]) .conflicts');
    assert.deepEqual(problems, []);
  });

  it('opens a story: a contradiction side by side and the map with its markers', async () => {
    const story = await busiestStory();
    const { page, problems } = await open();
    await openRoute(page, '#/', 'a[href^="#/story/"]');
    await page.click(`a[href="#/story/${story.id}"]`);
    await page.waitForSelector('#main:not([aria-busy]) .conflict-column.contradiction article.conflict');
    assert.equal(await page.textContent('h1'), story.label);
    assert.ok((await page.locator('.conflict-column.contradiction article.conflict').count()) > 0);
    assert.ok((await page.locator('.conflict.contradiction .claim').count()) >= 2, 'the two sides of a contradiction');
    assert.equal(await page.locator('.side-by-side > :not(.claim)').count(), 0, 'every side of every conflict is shown in full, not as an id');
    const sources = await page.locator('.timeline .sources a').allTextContents();
    assert.ok(sources.length > 0 && sources.every((name) => !/^[0-9a-f]{6}\b/u.test(name)), 'timeline sources are named, not hex ids');
    await page.waitForSelector('svg.map circle.marker');
    assert.ok((await page.locator('svg.map circle.marker').count()) > 0);
    assert.ok((await page.locator('svg.map path.land').count()) > 10, 'country outlines');
    assert.ok((await page.locator('.timeline li').count()) > 0, 'the timeline');
    await screenshot(page, 'story');
    assert.deepEqual(problems, []);
  });

  it('opens a document and shows what cleaning removed', async () => {
    const { items } = await apiJson<{ items: { id: string }[] }>('/api/documents?limit=500');
    let target: { id: string; removed: number; paragraphs: number } | undefined;
    for (const item of items) {
      const view = await apiJson<{ document: { text: string; cleaning: { removed: unknown[] } } }>(`/api/documents/${item.id}`);
      if (view.document.cleaning.removed.length > 0) {
        target = { id: item.id, removed: view.document.cleaning.removed.length, paragraphs: view.document.text.split('\n').filter((line) => line !== '').length };
        break;
      }
    }
    assert.ok(target, 'some example article had something removed');
    const { page, problems } = await open();
    await openRoute(page, `#/doc/${target.id}`, 'button.toggle');
    assert.ok((await page.locator('.article-text .hl').count()) > 0, 'annotations are highlighted');
    assert.equal(await page.locator('.article-text p').count(), target.paragraphs, 'every line of the text is its own paragraph, highlights or not');
    const panel = page.locator('#removed-panel');
    assert.equal(await panel.isVisible(), false, 'hidden at first');
    await page.click('button.toggle');
    await panel.waitFor({ state: 'visible' });
    assert.equal(await page.getAttribute('button.toggle', 'aria-expanded'), 'true');
    assert.equal(await panel.locator('del').count(), target.removed, 'every removal is listed');
    await screenshot(page, 'document-removed');
    await page.click('button.toggle');
    await panel.waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
  });

  it('opens an entity page from a highlighted name', async () => {
    const { items } = await apiJson<{ items: { id: string; name: string; documents: string[] }[] }>('/api/entities?type=PERSON&limit=5');
    const person = items[0];
    assert.ok(person, 'the example corpus names people');
    const { page, problems } = await open();
    await openRoute(page, `#/doc/${person.documents[0] ?? ''}`, 'button.toggle');
    await page.click(`a.hl[href="#/entity/${person.id}"] >> nth=0`);
    await page.waitForSelector('#main:not([aria-busy]) h1 .badge');
    assert.match((await page.textContent('h1')) ?? '', new RegExp(`^${person.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'));
    assert.equal(await page.locator('section.card').last().locator('a[href^="#/doc/"]').count(), person.documents.length, 'its articles');
    await screenshot(page, 'entity');
    assert.deepEqual(problems, []);
  });

  it('searches from the top bar and marks the matches', async () => {
    const { items } = await apiJson<{ items: { title: string | null }[] }>('/api/documents?limit=500');
    const word = (items.find((item) => item.title !== null)?.title ?? '').split(/\s+/u).sort((a, b) => b.length - a.length)[0] ?? '';
    assert.ok(word.length > 3, 'a word to search for');
    const { page, problems } = await open();
    await openRoute(page, '#/', 'a[href^="#/story/"]');
    await page.fill('#top-search-input', word);
    await page.press('#top-search-input', 'Enter');
    await page.waitForSelector('#main:not([aria-busy]) .results li .snippet mark');
    assert.ok((await page.locator('.results li').count()) > 0);
    const marked = await page.locator('.results .snippet mark').first().textContent();
    assert.equal(marked?.toLowerCase(), word.toLowerCase().replace(/[^\p{L}\p{N}]+$/u, ''));
    await screenshot(page, 'search');
    assert.deepEqual(problems, []);
  });

  it('adds an article through the form, which then shows in the article list', async () => {
    const { page, problems } = await open();
    await openRoute(page, '#/add', '#paste-form');
    await screenshot(page, 'add');
    const id = await addThroughForm(page, OWN_ARTICLE, 'Cargo ship refloated near Riga', 'Gulf Bulletin');
    assert.equal(await page.textContent('h1'), 'Cargo ship refloated near Riga');
    await openRoute(page, '#/', 'a[href^="#/story/"]');
    await page.waitForSelector(`a[href="#/doc/${id}"]`);
    assert.equal(await page.textContent(`a[href="#/doc/${id}"]`), 'Cargo ship refloated near Riga');
    assert.deepEqual(problems, []);
  });

  it('shows a hostile article, pasted as text and as HTML, as inert text', async () => {
    const { page, problems } = await open();
    for (const [file, outlet] of [
      ['hostile.txt', 'Hostile Text Weekly'],
      ['hostile.html', 'Hostile Markup Daily'],
    ] as const) {
      const id = await addThroughForm(page, readFileSync(join(HOSTILE, file), 'utf8'), HOSTILE_TITLE, outlet);
      assert.match((await page.textContent('h1')) ?? '', /<img src=x onerror=/u, `${file}: the title shows its markup as text`);
      await page.hover('.article-text');
      await page.click('.article-text p >> nth=0');
      await page.click('button.toggle');
      await assertInert(page, `${file} document page`);
      await screenshot(page, `hostile-${file.replace('.', '-')}`);
      const story = await page.getAttribute('#main > div > p:first-child a', 'href');
      if (story !== null && story.startsWith('#/story/')) {
        await openRoute(page, story, '.conflicts');
        await assertInert(page, `${file} story page`);
      }
      await openRoute(page, `#/search?q=${outlet === 'Hostile Text Weekly' ? 'dredging' : 'commuters'}`, '.results');
      assert.ok((await page.locator(`.results a[href="#/doc/${id}"]`).count()) === 1, `${file}: found by search`);
      await assertInert(page, `${file} search page`);
    }
    await openRoute(page, '#/', 'a[href^="#/story/"]');
    await assertInert(page, 'story list');
    assert.ok((await page.textContent('#main'))?.includes('<img src=x onerror='), 'the hostile title is listed as text');
    assert.deepEqual(problems, []);
  });

  it('asks for the token when the server has one, and signs in with it', async () => {
    const guarded = await createServer({ store: harness.store, token: 'browser-test-token' });
    try {
      const origin = await guarded.listen({ port: 0, host: '127.0.0.1' });
      const { page, problems } = await open();
      await page.goto(`${origin}/`);
      await page.waitForURL(`${origin}/login`);
      await page.fill('#token', 'not-the-token');
      await page.click('#login-form button[type=submit]');
      await page.waitForSelector('#login-message:has-text("not right")');
      await page.fill('#token', 'browser-test-token');
      await page.click('#login-form button[type=submit]');
      await page.waitForSelector('#main:not([aria-busy]) a[href^="#/story/"]');
      const cookies = await page.context().cookies(origin);
      assert.ok(cookies.some((cookie) => cookie.httpOnly && cookie.sameSite === 'Strict'), 'an HttpOnly SameSite=Strict session cookie');
      assert.equal(await page.evaluate(() => document.cookie), '', 'the page script cannot read it');
      assert.deepEqual(
        problems.filter((problem) => !problem.includes('401')),
        [],
        'nothing but the refused wrong token went wrong',
      );
    } finally {
      await guarded.close();
    }
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const story = await busiestStory();
    const { page, problems } = await open(PHONE);
    await openRoute(page, `#/story/${story.id}`, '.conflicts');
    await page.waitForSelector('svg.map circle.marker');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 400, `the story page is ${width}px wide at 390px`);
    await screenshot(page, 'story-phone');
    await openRoute(page, '#/', 'a[href^="#/story/"]');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 400, 'the story list fits');
    assert.deepEqual(problems, []);
  });

  after(async () => {
    for (const { context } of watched) await context.close().catch(() => undefined);
  });
});
