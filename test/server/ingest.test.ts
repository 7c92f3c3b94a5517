import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/app.js';
import type { DocumentSummary } from '../../src/store/store.js';
import { assertError, getJson, requestJson, type JsonResponse } from './api-client.js';
import { openFixtureStore, type FixtureStore } from './server-fixture.js';

interface IngestAnswer {
  added: string[];
  known: string[];
  errors: { code: string; message: string }[];
}

interface DocumentAnswer {
  document: { id: string; title: string | null; text: string; source: { outlet: string | null; author: string | null }; published: { value: string | null } };
}

const PLAIN = 'GDANSK - Shipyard workers ended a three-day strike on Wednesday after the owners agreed to raise wages by 9 percent, the union said.\n\nProduction is due to resume on Friday.';
const HTML =
  '<!doctype html><html><head><title>Ferry line to reopen in April</title></head><body><article><h1>Ferry line to reopen in April</h1><p>The ferry between Split and Hvar will run again from April, the harbour authority said on Monday.</p><p>Repairs to the pier took four months.</p></article></body></html>';
const MARKDOWN = '---\ntitle: Orchard growers count frost losses\noutlet: Fruit Belt Weekly\n---\n\nApple growers in the Tyrol lost about a third of the blossom to frost last week, their association said.\n';

let fixture: FixtureStore;
let app: FastifyInstance;

function post(body: string, type: string | undefined, server: FastifyInstance = app): Promise<JsonResponse<IngestAnswer>> {
  return requestJson<IngestAnswer>(server, { method: 'POST', url: '/api/ingest', payload: body, headers: type === undefined ? {} : { 'content-type': type } });
}

before(async () => {
  fixture = openFixtureStore([]);
  app = await createServer({ store: fixture.store });
});

after(async () => {
  await app.close();
  fixture.dispose();
});

describe('POST /api/ingest', () => {
  it('adds plain text, which then shows in documents, stories and search; the same text again is known', async () => {
    const first = await post(PLAIN, 'text/plain; charset=utf-8');
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.added.length, 1);
    assert.deepEqual(first.body.errors, []);
    const id = first.body.added[0] ?? '';
    const doc = await getJson<DocumentAnswer>(app, `/api/documents/${id}`);
    assert.equal(doc.status, 200);
    assert.match(doc.body.document.text, /Shipyard workers ended/u);
    const stories = (await getJson<{ items: { id: string }[] }>(app, '/api/stories')).body;
    assert.ok(stories.items.length >= 1, 'the findings were brought up to date');
    const hits = (await getJson<{ items: { id: string }[] }>(app, '/api/search?q=shipyard')).body;
    assert.deepEqual(hits.items.map((hit) => hit.id), [id]);
    const again = await post(PLAIN, 'text/plain');
    assert.deepEqual(again.body.added, []);
    assert.deepEqual(again.body.known, [id]);
  });

  it('adds HTML, taking the title from the page', async () => {
    const { status, body } = await post(HTML, 'text/html');
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.added.length, 1);
    const doc = (await getJson<DocumentAnswer>(app, `/api/documents/${body.added[0] ?? ''}`)).body.document;
    assert.equal(doc.title, 'Ferry line to reopen in April');
    assert.match(doc.text, /ferry between Split and Hvar/u);
    assert.doesNotMatch(doc.text, /<p>|<\/article>/u, 'no markup left in the text');
  });

  it('adds Markdown with front matter', async () => {
    const { status, body } = await post(MARKDOWN, 'text/markdown');
    assert.equal(status, 200, JSON.stringify(body));
    const doc = (await getJson<DocumentAnswer>(app, `/api/documents/${body.added[0] ?? ''}`)).body.document;
    assert.equal(doc.title, 'Orchard growers count frost losses');
    assert.equal(doc.source.outlet, 'Fruit Belt Weekly');
  });

  it('adds JSON lines, reporting a bad line and keeping the others', async () => {
    const lines = [
      JSON.stringify({ title: 'Bridge closed for repairs', outlet: 'Danube Daily', published: '2024-06-03', text: 'The old bridge in Novi Sad will be closed for six weeks of repairs from Monday, the city said.' }),
      '{this is not json',
      JSON.stringify({ title: 'Bus drivers vote to strike', outlet: 'Danube Daily', published: '2024-06-04', text: 'Bus drivers in Szeged voted to strike next week over pay, their union said on Tuesday.' }),
    ].join('\n');
    const { status, body } = await post(lines, 'application/x-ndjson');
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.added.length, 2);
    assert.equal(body.errors.length, 1);
    assert.equal(body.errors[0]?.code, 'MALFORMED_RECORD');
    assert.match(body.errors[0]?.message ?? '', /:2\b/u, 'the message names the line');
    const listed = (await getJson<{ items: DocumentSummary[] }>(app, '/api/documents?outlet=Danube%20Daily')).body.items;
    assert.deepEqual(new Set(listed.map((item) => item.id)), new Set(body.added));
  });

  it('adds JSON {text} and {html} with the metadata given beside them', async () => {
    const text = await post(
      JSON.stringify({ text: 'Firefighters contained a forest fire near Evora on Saturday after two days, the fire service said.', title: 'Forest fire contained', outlet: 'Alentejo Post', author: 'R. Nunes', published: '2024-08-10' }),
      'application/json',
    );
    assert.equal(text.status, 200, JSON.stringify(text.body));
    const doc = (await getJson<DocumentAnswer>(app, `/api/documents/${text.body.added[0] ?? ''}`)).body.document;
    assert.equal(doc.title, 'Forest fire contained');
    assert.equal(doc.source.outlet, 'Alentejo Post');
    assert.equal(doc.source.author, 'R. Nunes');
    assert.equal(doc.published.value, '2024-08-10');
    const html = await post(JSON.stringify({ html: '<p>The night train from Vienna to Rome was cancelled on Sunday because of a landslide, the operator said.</p>', outlet: 'Rail Notes' }), 'application/json');
    assert.equal(html.status, 200, JSON.stringify(html.body));
    const htmlDoc = (await getJson<DocumentAnswer>(app, `/api/documents/${html.body.added[0] ?? ''}`)).body.document;
    assert.match(htmlDoc.text, /night train from Vienna/u);
    assert.doesNotMatch(htmlDoc.text, /<p>/u);
  });

  it('refuses a URL when URL ingest is off (403)', async () => {
    assertError(await post(JSON.stringify({ url: 'https://news.example/article' }), 'application/json'), 403, 'URL_INGEST_DISABLED');
  });

  it('refuses empty bodies and JSON without an article (400)', async () => {
    assertError(await post('', 'text/plain'), 400, 'BAD_REQUEST');
    assertError(await post('   \n\n ', 'text/plain'), 400, 'BAD_REQUEST');
    assertError(await post('', 'application/json'), 400, 'BAD_REQUEST');
    assertError(await post('{}', 'application/json'), 400, 'BAD_REQUEST');
    assertError(await post('{"text":"   "}', 'application/json'), 400, 'BAD_REQUEST');
    assertError(await post('{"text": 42}', 'application/json'), 400, 'BAD_REQUEST');
    assertError(await post('"just a string"', 'application/json'), 400, 'BAD_REQUEST');
    assertError(await post('{broken', 'application/json'), 400, 'BAD_REQUEST');
  });

  it('refuses content types it does not read (415)', async () => {
    assertError(await post('abc', 'image/png'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    assertError(await post('abc', 'application/octet-stream'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    assertError(await post('abc', undefined), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('reports input that yields no article (422)', async () => {
    assertError(await post('{not json at all', 'application/x-ndjson'), 422, 'UNPROCESSABLE');
  });

  it('refuses a body over the limit (413) and keeps nothing of it', async () => {
    const small = await createServer({ store: fixture.store, bodyLimit: 1024 });
    try {
      const before = fixture.store.countDocuments();
      const big = `${'The river kept rising through the night. '.repeat(60)}`;
      assertError(await post(big, 'text/plain', small), 413, 'PAYLOAD_TOO_LARGE');
      assertError(await post(JSON.stringify({ text: big }), 'application/json', small), 413, 'PAYLOAD_TOO_LARGE');
      assert.equal(fixture.store.countDocuments(), before);
      const fits = await post('Snow closed the mountain pass above Andermatt on Monday, the canton said.', 'text/plain', small);
      assert.equal(fits.status, 200, 'a body under the limit is still taken');
    } finally {
      await small.close();
    }
  });
});
