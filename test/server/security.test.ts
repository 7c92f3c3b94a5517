import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createServer } from '../../src/server/app.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { assertError, getJson } from './api-client.js';
import { openFixtureStore, type FixtureStore } from './server-fixture.js';
import { ensureWebBuilt } from './web-build.js';

const TOKEN = 'correct-horse-battery-staple';
const CLI = join(REPO_ROOT, 'src/cli/bin.ts');
const LISTENING = /API: (http:\/\/[^/\s]+)\/api\/openapi\.json/u;

let fixture: FixtureStore;
let open: FastifyInstance;
let guarded: FastifyInstance;

before(async () => {
  ensureWebBuilt();
  fixture = openFixtureStore([]);
  open = await createServer({ store: fixture.store, bodyLimit: 1024 });
  guarded = await createServer({ store: fixture.store, token: TOKEN });
});

after(async () => {
  await open.close();
  await guarded.close();
  fixture.dispose();
});

/** The environment for a child CLI, without a token from the caller's shell. */
function childEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  delete environment['SITREP_TOKEN'];
  return environment;
}

describe('response headers', () => {
  it('every response, pages, assets, API answers and errors alike, has a strict Content-Security-Policy', async () => {
    const requests: InjectOptions[] = [
      { method: 'GET', url: '/' },
      { method: 'GET', url: '/login' },
      { method: 'GET', url: '/assets/app.js' },
      { method: 'GET', url: '/assets/style.css' },
      { method: 'GET', url: '/api/stories' },
      { method: 'GET', url: '/api/openapi.json' },
      { method: 'GET', url: '/api/documents?limit=0' },
      { method: 'GET', url: '/api/documents/doc_ffffffffffffffff' },
      { method: 'GET', url: `/api/documents/${'y'.repeat(300)}` },
      { method: 'GET', url: '/nowhere' },
      { method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: 'z'.repeat(4096) },
      { method: 'POST', url: '/api/ingest', headers: { 'content-type': 'image/gif' }, payload: 'GIF89a' },
    ];
    for (const request of requests) {
      const response = await open.inject(request);
      const policy = String(response.headers['content-security-policy'] ?? '');
      const label = `${request.method ?? 'GET'} ${String(request.url).slice(0, 40)} (${response.statusCode})`;
      assert.match(policy, /default-src 'none'/u, label);
      assert.match(policy, /script-src 'self'/u, label);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/u, label);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', label);
      assert.equal(response.headers['x-frame-options'], 'DENY', label);
    }
  });

  it('the dashboard page has no inline script or style to need an exception', async () => {
    const page = await open.inject({ method: 'GET', url: '/' });
    assert.equal(page.statusCode, 200, 'dist/web is built (npm run build:web)');
    assert.doesNotMatch(page.body, /<script(?![^>]*\ssrc=)[^>]*>/iu, 'every script has a src');
    assert.doesNotMatch(page.body, /<style|\sstyle=|\son[a-z]+=/iu);
  });
});

describe('with a token', () => {
  it('refuses the API without the token (401) and sends pages to the sign-in page', async () => {
    assertError(await getJson(guarded, '/api/stories'), 401, 'UNAUTHORIZED');
    assertError(await getJson(guarded, '/api/openapi.json'), 401, 'UNAUTHORIZED');
    assertError(await getJson(guarded, '/api/nothing'), 401, 'UNAUTHORIZED');
    const page = await guarded.inject({ method: 'GET', url: '/' });
    assert.equal(page.statusCode, 302);
    assert.equal(page.headers.location, '/login');
    const login = await guarded.inject({ method: 'GET', url: '/login' });
    assert.equal(login.statusCode, 200, 'the sign-in page itself is public');
    const post = await guarded.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: 'A sentence that must not be stored without the token.' });
    assert.equal(post.statusCode, 401);
    assert.equal(fixture.store.countDocuments(), 0);
  });

  it('refuses a wrong token and accepts the right one as a Bearer header', async () => {
    assertError(await getJson(guarded, '/api/stories', { authorization: 'Bearer wrong-token-entirely' }), 401, 'UNAUTHORIZED');
    assertError(await getJson(guarded, '/api/stories', { authorization: `Bearer ${TOKEN}x` }), 401, 'UNAUTHORIZED');
    assertError(await getJson(guarded, '/api/stories', { authorization: TOKEN }), 401, 'UNAUTHORIZED');
    const right = await getJson<{ items: unknown[] }>(guarded, '/api/stories', { authorization: `Bearer ${TOKEN}` });
    assert.equal(right.status, 200);
    assert.ok(Array.isArray(right.body.items));
    const page = await guarded.inject({ method: 'GET', url: '/', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(page.statusCode, 200);
  });

  it('signs in through POST /api/login with an HttpOnly SameSite=Strict cookie that then works', async () => {
    const wrong = await guarded.inject({ method: 'POST', url: '/api/login', payload: { token: 'not-the-token' } });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.headers['set-cookie'], undefined);
    const right = await guarded.inject({ method: 'POST', url: '/api/login', payload: { token: TOKEN } });
    assert.equal(right.statusCode, 200);
    const cookie = String(right.headers['set-cookie'] ?? '');
    assert.match(cookie, /;\s*HttpOnly/iu);
    assert.match(cookie, /;\s*SameSite=Strict/iu);
    const pair = cookie.split(';')[0] ?? '';
    const api = await guarded.inject({ method: 'GET', url: '/api/stories', headers: { cookie: pair } });
    assert.equal(api.statusCode, 200);
    const page = await guarded.inject({ method: 'GET', url: '/', headers: { cookie: pair } });
    assert.equal(page.statusCode, 200);
    const forged = await guarded.inject({ method: 'GET', url: '/api/stories', headers: { cookie: `${pair.split('=')[0] ?? ''}=forged-value` } });
    assert.equal(forged.statusCode, 401);
  });
});

describe('sitrep serve', () => {
  it('refuses a non-loopback --host without a token (exit 2, says why)', () => {
    for (const extra of [[], ['--token', 'short']]) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', join(fixture.folder, 'serve-a.db'), '--host', '0.0.0.0', '--port', '0', ...extra], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: childEnvironment(),
        timeout: 120_000,
      });
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /refusing to listen on 0\.0\.0\.0 without a token/u);
    }
  });

  it('binds 127.0.0.1 by default and answers there', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', join(fixture.folder, 'serve-b.db'), '--port', '0'], { cwd: REPO_ROOT, env: childEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let printed = '';
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        printed += chunk;
      });
      const origin = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          printed += chunk;
          const match = LISTENING.exec(printed);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${String(code)} before listening: ${printed}`)));
      });
      assert.match(origin, /^http:\/\/127\.0\.0\.1:\d+$/u);
      const response = await fetch(`${origin}/api/stories`);
      assert.equal(response.status, 200);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
    }
  });
});
