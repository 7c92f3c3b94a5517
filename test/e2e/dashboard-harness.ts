/**
 * What the dashboard browser tests stand on: the real server over a temporary store holding the
 * example corpus, Debian's Chromium driven by playwright-core, and pages that fail the test on a
 * dialog, an uncaught error or a console error.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { resolveAndSave } from '../../src/cli/commands/resolve-and-save.js';
import { processSources } from '../../src/cli/process-sources.js';
import { createServer } from '../../src/server/app.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { ensureWebBuilt } from '../server/web-build.js';

/** Where Debian installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests are skipped, or false when they can run. */
export const BROWSER_MISSING: string | false = existsSync(CHROMIUM) ? false : `Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`;

/** Folder for screenshots (git-ignored). */
export const SCREENSHOTS = join(REPO_ROOT, 'test-results');

/** Generous wait for anything on a loaded two-core machine. */
export const WAIT_MS = 45_000;

/** A running dashboard and a browser pointed at it. */
export interface Harness {
  readonly origin: string;
  readonly store: Store;
  readonly browser: Browser;
  /** Stop the browser and the server and remove the store. */
  close(): Promise<void>;
}

/** A page that records what went wrong in it. */
export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Dialogs opened, uncaught errors and console errors, in order. */
  readonly problems: string[];
}

/** Start the server over the example corpus and launch the browser. */
export async function startHarness(): Promise<Harness> {
  ensureWebBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const folder = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const store = openSqliteStore(join(folder, 'dashboard.db'));
  for await (const item of processSources([join(REPO_ROOT, 'examples/corpus')])) {
    if (item.kind === 'doc') store.putDocument(item.doc);
  }
  resolveAndSave(store);
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  try {
    app = await createServer({ store });
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'], timeout: WAIT_MS });
    const server = app;
    const running = browser;
    return {
      origin,
      store,
      browser: running,
      close: async () => {
        await running.close();
        await server.close();
        store.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await app?.close();
    store.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Open a new page (desktop size unless told) that records dialogs, page errors and console errors. */
export async function watchedPage(harness: Harness, viewport: { width: number; height: number } = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const context = await harness.browser.newContext({ viewport, baseURL: harness.origin });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { page, context, problems };
}

/** Go to a dashboard route and wait for a selector that only that route's page shows. */
export async function openRoute(page: Page, route: string, ready: string): Promise<void> {
  await page.goto(`/${route}`);
  await page.waitForSelector(`#main:not([aria-busy]) ${ready}`);
}
