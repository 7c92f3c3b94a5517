import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import type { Claim, Conflict, Entity, TimelineEntry } from '../../src/model/analysis.generated.js';
import { collectFindings } from '../../src/resolve/index.js';
import { createServer } from '../../src/server/app.js';
import type { DocumentSummary, SearchHit } from '../../src/store/store.js';
import { assertError, getJson } from './api-client.js';
import { FIXTURE_ARTICLES, openFixtureStore, type FixtureStore } from './server-fixture.js';

interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

interface StoryRow {
  id: string;
  label: string;
  size: number;
  outlets: string[];
  from: string | null;
  to: string | null;
  contradictions: number;
}

let fixture: FixtureStore;
let app: FastifyInstance;
let floodStory: StoryRow;
let tramStory: StoryRow;

before(async () => {
  fixture = openFixtureStore();
  app = await createServer({ store: fixture.store });
  const stories = (await getJson<Page<StoryRow>>(app, '/api/stories')).body.items;
  const find = (id: string | undefined): StoryRow => {
    const holder = collectFindings(fixture.store.resolveIndex()).stories.find((story) => id !== undefined && story.documents.includes(id));
    const story = stories.find((candidate) => candidate.id === holder?.id);
    assert.ok(story, `a listed story holds ${String(id)}`);
    return story;
  };
  floodStory = find(fixture.ids[0]);
  tramStory = find(fixture.ids[2]);
});

after(async () => {
  await app.close();
  fixture.dispose();
});

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3 document that lists every route', async () => {
    const { status, body } = await getJson<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(app, '/api/openapi.json');
    assert.equal(status, 200);
    assert.match(body.openapi, /^3\./u);
    const result = await new Validator().validate(body);
    assert.equal(result.valid, true, JSON.stringify(result.errors));
    const expected: [string, string][] = [
      ['/api/documents', 'get'],
      ['/api/documents/{id}', 'get'],
      ['/api/stories', 'get'],
      ['/api/stories/{id}', 'get'],
      ['/api/entities', 'get'],
      ['/api/entities/{id}', 'get'],
      ['/api/claims', 'get'],
      ['/api/conflicts', 'get'],
      ['/api/timeline', 'get'],
      ['/api/search', 'get'],
      ['/api/map/world', 'get'],
      ['/api/ingest', 'post'],
    ];
    for (const [path, method] of expected) assert.ok(body.paths[path]?.[method], `${method.toUpperCase()} ${path} is documented`);
  });
});

describe('GET /api/documents', () => {
  it('lists every document with a total', async () => {
    const { status, body } = await getJson<Page<DocumentSummary>>(app, '/api/documents');
    assert.equal(status, 200);
    assert.equal(body.total, FIXTURE_ARTICLES.length);
    assert.deepEqual(new Set(body.items.map((item) => item.id)), new Set(fixture.ids));
    const flood = body.items.find((item) => item.id === fixture.ids[0]);
    assert.equal(flood?.outlet, 'Tagus Tribune');
    assert.equal(flood?.published, '2024-03-11');
  });

  it('filters by outlet (any case), date range and story', async () => {
    const outlet = (await getJson<Page<DocumentSummary>>(app, '/api/documents?outlet=valley%20herald')).body;
    assert.deepEqual(outlet.items.map((item) => item.id), [fixture.ids[1]]);
    const from = (await getJson<Page<DocumentSummary>>(app, '/api/documents?from=2024-04')).body;
    assert.deepEqual(from.items.map((item) => item.id), [fixture.ids[2]]);
    const to = (await getJson<Page<DocumentSummary>>(app, '/api/documents?to=2024-03-11')).body;
    assert.deepEqual(to.items.map((item) => item.id), [fixture.ids[0]]);
    const range = (await getJson<Page<DocumentSummary>>(app, '/api/documents?from=2024-03-12&to=2024-03-31')).body;
    assert.deepEqual(range.items.map((item) => item.id), [fixture.ids[1]]);
    const story = (await getJson<Page<DocumentSummary>>(app, `/api/documents?story=${floodStory.id}`)).body;
    assert.deepEqual(new Set(story.items.map((item) => item.id)), new Set([fixture.ids[0], fixture.ids[1]]));
    const none = (await getJson<Page<DocumentSummary>>(app, '/api/documents?outlet=No%20Such%20Paper')).body;
    assert.equal(none.total, 0);
  });

  it('pages with limit and offset, the total counting every match', async () => {
    const first = (await getJson<Page<DocumentSummary>>(app, '/api/documents?limit=2')).body;
    const second = (await getJson<Page<DocumentSummary>>(app, '/api/documents?limit=2&offset=2')).body;
    assert.equal(first.items.length, 2);
    assert.equal(second.items.length, 1);
    assert.equal(first.total, 3);
    assert.equal(second.total, 3);
    assert.equal(second.offset, 2);
    assert.equal(new Set([...first.items, ...second.items].map((item) => item.id)).size, 3, 'pages do not overlap');
    const beyond = (await getJson<Page<DocumentSummary>>(app, '/api/documents?offset=50')).body;
    assert.deepEqual(beyond.items, []);
  });

  it('refuses bad queries with 400', async () => {
    for (const query of ['limit=0', 'limit=abc', 'limit=501', 'offset=-1', 'from=notadate', 'to=2024-3-1', 'outlett=Valley%20Herald']) {
      assertError(await getJson(app, `/api/documents?${query}`), 400, 'BAD_REQUEST');
    }
  });

  it('answers 404 for a story that does not exist', async () => {
    assertError(await getJson(app, '/api/documents?story=story_0000000000000000'), 404, 'NOT_FOUND');
  });
});

describe('GET /api/documents/:id', () => {
  it('gives the document in the export form, its raw input, its story and what cleaning removed', async () => {
    const { status, body } = await getJson<{
      document: { id: string; text: string; title: string | null; cleaning: { removed: { text: string; reason: string }[] } };
      raw: string;
      story: { id: string; label: string } | null;
    }>(app, `/api/documents/${fixture.ids[0]}`);
    assert.equal(status, 200);
    assert.equal(body.document.id, fixture.ids[0]);
    assert.equal(body.raw, FIXTURE_ARTICLES[0]?.raw);
    assert.match(body.document.text, /river burst its banks/u);
    assert.doesNotMatch(body.document.text, /Staff photographer/u, 'the photo credit is cleaned away');
    assert.ok(body.document.cleaning.removed.some((item) => item.text.includes('Staff photographer')), 'and listed as removed');
    assert.equal(body.story?.id, floodStory.id);
  });

  it('answers 404 with an error body for an unknown id', async () => {
    assertError(await getJson(app, '/api/documents/doc_ffffffffffffffff'), 404, 'NOT_FOUND');
    assertError(await getJson(app, `/api/documents/${'x'.repeat(300)}`), 400, 'BAD_REQUEST');
    assertError(await getJson(app, '/api/documents/%E0%A4%A'), 400, 'BAD_REQUEST');
  });
});

describe('GET /api/stories and /api/stories/:id', () => {
  it('lists the stories with size, outlets, dates and contradictions', async () => {
    const { body } = await getJson<Page<StoryRow>>(app, '/api/stories');
    assert.equal(body.total, 2, 'the flood story and the tram story');
    assert.equal(floodStory.size, 2);
    assert.deepEqual(floodStory.outlets, ['Tagus Tribune', 'Valley Herald']);
    assert.equal(floodStory.from, '2024-03-11');
    assert.equal(floodStory.to, '2024-03-12');
    assert.ok(floodStory.contradictions >= 1, 'twelve dead against thirty dead');
    assert.equal(tramStory.contradictions, 0);
    const paged = (await getJson<Page<StoryRow>>(app, '/api/stories?limit=1&offset=1')).body;
    assert.equal(paged.items.length, 1);
    assertError(await getJson(app, '/api/stories?limit=0'), 400, 'BAD_REQUEST');
  });

  it('gives a story with its documents, claims, conflicts, places, quotes and coverage', async () => {
    const { status, body } = await getJson<{
      story: { id: string; documents: string[] };
      documents: DocumentSummary[];
      claims: (Claim & { outlet: string | null })[];
      conflicts: Conflict[];
      places: { name: string; lat: number; lon: number; mentions: number }[];
      quotesBySpeaker: { speaker: string; quotes: unknown[] }[];
      coverage: { outlet: string; documents: number }[];
      timeline: TimelineEntry[];
    }>(app, `/api/stories/${floodStory.id}`);
    assert.equal(status, 200);
    assert.equal(body.story.id, floodStory.id);
    assert.equal(body.documents.length, 2);
    const contradiction = body.conflicts.find((conflict) => conflict.kind === 'contradiction');
    assert.ok(contradiction, 'the story shows the contradiction');
    const values = contradiction.claims.map((id) => body.claims.find((claim) => claim.id === id)?.value).sort((a, b) => (a ?? 0) - (b ?? 0));
    assert.deepEqual(values, [12, 30]);
    const braga = body.places.find((place) => place.name === 'Braga');
    assert.ok(braga, 'Braga is on the map');
    assert.ok(Math.abs(braga.lat - 41.55) < 0.5 && Math.abs(braga.lon + 8.42) < 0.5, `Braga at ${braga.lat},${braga.lon}`);
    assert.deepEqual(body.coverage.map((row) => row.outlet).sort(), ['Tagus Tribune', 'Valley Herald']);
    assert.ok(body.timeline.length > 0, 'the story has dated entries');
    assert.ok(body.quotesBySpeaker.some((group) => group.speaker.includes('Lobo')), 'the mayor is quoted');
  });

  it('answers 404 for an unknown story', async () => {
    assertError(await getJson(app, '/api/stories/story_0000000000000000'), 404, 'NOT_FOUND');
  });
});

describe('GET /api/entities and /api/entities/:id', () => {
  it('lists entities, filtered by type and by name', async () => {
    const all = (await getJson<Page<Entity>>(app, '/api/entities?limit=500')).body;
    assert.ok(all.total > 0);
    const people = (await getJson<Page<Entity>>(app, '/api/entities?type=PERSON')).body;
    assert.ok(people.items.length > 0);
    assert.ok(people.items.every((entity) => entity.type === 'PERSON'));
    assert.ok(people.total < all.total, 'the type filter drops something');
    const lobo = (await getJson<Page<Entity>>(app, '/api/entities?q=LOBO')).body;
    assert.ok(lobo.items.length > 0);
    assert.ok(lobo.items.every((entity) => [entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes('lobo'))));
    const nothing = (await getJson<Page<Entity>>(app, '/api/entities?q=zzzqqq')).body;
    assert.equal(nothing.total, 0);
    assertError(await getJson(app, '/api/entities?type=ANIMAL'), 400, 'BAD_REQUEST');
  });

  it('gives an entity with its documents', async () => {
    const lobo = (await getJson<Page<Entity>>(app, '/api/entities?q=Marta%20Lobo')).body.items[0];
    assert.ok(lobo);
    const { status, body } = await getJson<{ entity: Entity; documents: DocumentSummary[]; quotes: unknown[]; claims: Claim[] }>(app, `/api/entities/${lobo.id}`);
    assert.equal(status, 200);
    assert.equal(body.entity.id, lobo.id);
    assert.deepEqual(new Set(body.documents.map((doc) => doc.id)), new Set(lobo.documents));
    assert.ok(body.documents.every((doc) => doc.id === fixture.ids[0] || doc.id === fixture.ids[1]), 'only the flood articles name her');
    assertError(await getJson(app, '/api/entities/ent_0000000000000000'), 404, 'NOT_FOUND');
  });
});

describe('GET /api/claims, /api/conflicts, /api/timeline', () => {
  it('lists claims, optionally of one story', async () => {
    const all = (await getJson<Page<Claim>>(app, '/api/claims?limit=500')).body;
    const flood = (await getJson<Page<Claim>>(app, `/api/claims?story=${floodStory.id}`)).body;
    const tram = (await getJson<Page<Claim>>(app, `/api/claims?story=${tramStory.id}`)).body;
    assert.ok(flood.items.length >= 2);
    assert.ok(flood.items.every((claim) => claim.document === fixture.ids[0] || claim.document === fixture.ids[1]));
    assert.ok(tram.items.every((claim) => claim.document === fixture.ids[2]));
    assert.equal(all.total, flood.total + tram.total);
    assertError(await getJson(app, '/api/claims?story=story_0000000000000000'), 404, 'NOT_FOUND');
    assertError(await getJson(app, '/api/claims?limit=abc'), 400, 'BAD_REQUEST');
  });

  it('lists conflicts, optionally of one story', async () => {
    const flood = (await getJson<Page<Conflict>>(app, `/api/conflicts?story=${floodStory.id}`)).body;
    assert.ok(flood.items.some((conflict) => conflict.kind === 'contradiction'));
    const tram = (await getJson<Page<Conflict>>(app, `/api/conflicts?story=${tramStory.id}`)).body;
    assert.equal(tram.total, 0);
    const all = (await getJson<Page<Conflict>>(app, '/api/conflicts')).body;
    assert.equal(all.total, flood.total);
  });

  it('lists the timeline in date order, optionally of one story', async () => {
    const all = (await getJson<Page<TimelineEntry>>(app, '/api/timeline?limit=500')).body;
    assert.ok(all.total > 0);
    const dates = all.items.map((entry) => entry.date ?? '');
    assert.deepEqual(dates, [...dates].sort(), 'in date order');
    const tram = (await getJson<Page<TimelineEntry>>(app, `/api/timeline?story=${tramStory.id}`)).body;
    assert.ok(tram.items.every((entry) => entry.documents.includes(fixture.ids[2] ?? '')));
    assert.ok(tram.total < all.total);
    const limited = (await getJson<Page<TimelineEntry>>(app, '/api/timeline?limit=1')).body;
    assert.equal(limited.items.length, 1);
  });
});

describe('GET /api/search', () => {
  it('finds words across documents with a marked snippet', async () => {
    const { status, body } = await getJson<{ items: SearchHit[] }>(app, '/api/search?q=boats');
    assert.equal(status, 200);
    assert.deepEqual(new Set(body.items.map((hit) => hit.id)), new Set([fixture.ids[0], fixture.ids[1]]));
    assert.ok(body.items.every((hit) => hit.snippet.includes('[boats]')));
    const limited = (await getJson<{ items: SearchHit[] }>(app, '/api/search?q=boats&limit=1')).body;
    assert.equal(limited.items.length, 1);
    assert.deepEqual((await getJson<{ items: SearchHit[] }>(app, '/api/search?q=submarine')).body.items, []);
    assert.deepEqual((await getJson<{ items: SearchHit[] }>(app, `/api/search?q=${encodeURIComponent('"; DROP TABLE documents; --')}`)).body.items, []);
  });

  it('needs a query', async () => {
    assertError(await getJson(app, '/api/search'), 400, 'BAD_REQUEST');
    assertError(await getJson(app, '/api/search?q='), 400, 'BAD_REQUEST');
    assertError(await getJson(app, '/api/search?q=boats&limit=0'), 400, 'BAD_REQUEST');
  });
});

describe('GET /api/map/world', () => {
  it('serves the offline world map as TopoJSON', async () => {
    const { status, body } = await getJson<{ type: string; objects: Record<string, { geometries: unknown[] }> }>(app, '/api/map/world');
    assert.equal(status, 200);
    assert.equal(body.type, 'Topology');
    assert.ok((body.objects['countries']?.geometries.length ?? 0) > 100);
  });
});

describe('unknown routes', () => {
  it('answer 404 JSON, for the API and for pages', async () => {
    assertError(await getJson(app, '/api/nothing-here'), 404, 'NOT_FOUND');
    assertError(await getJson(app, '/no/such/page'), 404, 'NOT_FOUND');
    const wrongMethod = await app.inject({ method: 'DELETE', url: '/api/documents' });
    assert.equal(wrongMethod.statusCode, 404);
    assert.equal(wrongMethod.json<{ error: { code: string } }>().error.code, 'NOT_FOUND');
  });
});
