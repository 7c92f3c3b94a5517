/**
 * Read-only API routes: documents, stories, entities, claims, conflicts, timeline, search, map.
 * Every query is validated by its JSON Schema (which also feeds the OpenAPI document).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { FindingsReader } from '../../resolve/read-findings.js';
import type { Store } from '../../store/store.js';
import { documentView, entityView, storyOrFail, storyRow, storyView } from '../views.js';

/** What the read routes need from the server. */
export interface ReadContext {
  readonly store: Store;
  findings(): FindingsReader;
}

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 } } } as const;
const PAGE = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  offset: { type: 'integer', minimum: 0, default: 0 },
} as const;
const DATE = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;

/** A page of items with the total before paging. */
function page<T>(items: readonly T[], limit: number, offset: number): { items: T[]; total: number; limit: number; offset: number } {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

/**
 * A page of a stream: the items from `offset` on, `limit` of them, and the total. Note: with the
 * total known (a count of stored records), the stream is read only up to the page's end;
 * otherwise it is read through to count it, one item at a time.
 */
function streamPage<T>(items: Iterable<T>, limit: number, offset: number, known?: number): { items: T[]; total: number; limit: number; offset: number } {
  const kept: T[] = [];
  let total = 0;
  for (const item of items) {
    if (total >= offset && kept.length < limit) kept.push(item);
    total += 1;
    if (known !== undefined && kept.length >= limit) break;
  }
  return { items: kept, total: known ?? total, limit, offset };
}

interface PageQuery {
  limit: number;
  offset: number;
}

/** Register the read routes. */
export function registerReadRoutes(app: FastifyInstance, context: ReadContext): void {
  const { store } = context;
  const storyDocuments = (storyId: string | undefined): readonly string[] | undefined => (storyId === undefined ? undefined : storyOrFail(context.findings(), storyId).documents);

  app.get<{ Querystring: PageQuery & { story?: string; outlet?: string; from?: string; to?: string } }>(
    '/api/documents',
    {
      schema: {
        summary: 'List documents, filtered by story, outlet and publication date range',
        querystring: { type: 'object', additionalProperties: false, properties: { story: { type: 'string' }, outlet: { type: 'string' }, from: DATE, to: DATE, ...PAGE } },
      },
    },
    (request) => {
      const { story, outlet, from, to, limit, offset } = request.query;
      if (story !== undefined) storyOrFail(context.findings(), story);
      const filter = { ...(story === undefined ? {} : { story }), ...(outlet === undefined ? {} : { outlet }), ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
      return { items: store.listDocuments({ ...filter, limit, offset }), total: store.countDocuments(filter), limit, offset };
    },
  );

  app.get<{ Params: { id: string } }>('/api/documents/:id', { schema: { summary: 'One document with its annotations and what cleaning removed', params: ID_PARAMS } }, (request) =>
    documentView(store, context.findings(), request.params.id),
  );

  app.get<{ Querystring: PageQuery }>('/api/stories', { schema: { summary: 'Stories with size, outlets, date span and open contradictions', querystring: { type: 'object', additionalProperties: false, properties: PAGE } } }, (request) => {
    const findings = context.findings();
    const { limit, offset } = request.query;
    const stories = streamPage(findings.stories(offset), limit, 0, Math.max(0, findings.count('stories') - offset));
    return { items: stories.items.map((story) => storyRow(store, findings, story)), total: findings.count('stories'), limit, offset };
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', { schema: { summary: 'A story: timeline, claims and conflicts, quotes by speaker, places, coverage, copies', params: ID_PARAMS } }, (request) =>
    storyView(store, context.findings(), request.params.id),
  );

  app.get<{ Querystring: PageQuery & { type?: string; q?: string } }>(
    '/api/entities',
    {
      schema: {
        summary: 'Entities across the corpus, filtered by type or name',
        querystring: { type: 'object', additionalProperties: false, properties: { type: { enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'OTHER'] }, q: { type: 'string', maxLength: 200 }, ...PAGE } },
      },
    },
    (request) => {
      const { type, q, limit, offset } = request.query;
      const needle = q?.toLowerCase();
      const findings = context.findings();
      // Note: entities are ranked from summaries (no document lists); only the page's entities are read whole.
      const ranked: { id: string; name: string; documentCount: number }[] = [];
      for (const entity of findings.entitySummaries()) {
        if (type !== undefined && entity.type !== type) continue;
        if (needle !== undefined && ![entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes(needle))) continue;
        ranked.push({ id: entity.id, name: entity.name, documentCount: entity.documentCount });
      }
      ranked.sort((a, b) => b.documentCount - a.documentCount || a.name.localeCompare(b.name));
      const items = ranked.slice(offset, offset + limit).flatMap((entry) => findings.entity(entry.id) ?? []);
      return { items, total: ranked.length, limit, offset };
    },
  );

  app.get<{ Params: { id: string } }>('/api/entities/:id', { schema: { summary: 'An entity: aliases, role, documents, quotes, claims', params: ID_PARAMS } }, (request) =>
    entityView(store, context.findings(), request.params.id),
  );

  const storyQuery = { type: 'object', additionalProperties: false, properties: { story: { type: 'string' }, ...PAGE } } as const;
  app.get<{ Querystring: PageQuery & { story?: string } }>('/api/claims', { schema: { summary: 'Claimed numbers, optionally of one story', querystring: storyQuery } }, (request) => {
    const findings = context.findings();
    const { limit, offset } = request.query;
    const documents = storyDocuments(request.query.story);
    if (documents !== undefined) return page(findings.claimsOfDocuments(documents), limit, offset);
    const total = findings.count('claims');
    return { ...streamPage(findings.claims(offset), limit, 0, Math.max(0, total - offset)), total, offset };
  });

  app.get<{ Querystring: PageQuery & { story?: string } }>('/api/conflicts', { schema: { summary: 'Agreements and contradictions between claims', querystring: storyQuery } }, (request) => {
    const findings = context.findings();
    const { limit, offset } = request.query;
    const documents = storyDocuments(request.query.story);
    if (documents === undefined) return streamPage(findings.conflicts(), limit, offset);
    return page(findings.conflictsOfClaims(findings.claimsOfDocuments(documents).map((claim) => claim.id)), limit, offset);
  });

  app.get<{ Querystring: PageQuery & { story?: string } }>('/api/timeline', { schema: { summary: 'Dated events and statements in order', querystring: storyQuery } }, (request) => {
    const findings = context.findings();
    const { limit, offset } = request.query;
    const documents = storyDocuments(request.query.story);
    if (documents === undefined) return streamPage(findings.timeline(), limit, offset, findings.count('timeline'));
    return page(findings.timelineOfDocuments(documents), limit, offset);
  });

  app.get<{ Querystring: { q: string; limit: number } }>(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search across all documents',
        querystring: { type: 'object', additionalProperties: false, required: ['q'], properties: { q: { type: 'string', minLength: 1, maxLength: 200 }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } } },
      },
    },
    (request) => ({ items: store.search(request.query.q, request.query.limit) }),
  );

  const worldFile = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  let world: string | undefined;
  app.get('/api/map/world', { schema: { summary: 'Offline world map (Natural Earth 1:110m countries, TopoJSON)' } }, (_request, reply) => {
    world ??= readFileSync(worldFile, 'utf8');
    return reply.type('application/json').send(world);
  });
}
