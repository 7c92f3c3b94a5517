/**
 * Read-only API routes: documents, stories, entities, claims, conflicts, timeline, search, map.
 * Every query is validated by its JSON Schema (which also feeds the OpenAPI document).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { CorpusFindings } from '../../export/analysis-export.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../http-error.js';
import { documentView, entityView, storyRows, storyView } from '../views.js';

/** What the read routes need from the server. */
export interface ReadContext {
  readonly store: Store;
  findings(): CorpusFindings;
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

interface PageQuery {
  limit: number;
  offset: number;
}

/** Register the read routes. */
export function registerReadRoutes(app: FastifyInstance, context: ReadContext): void {
  const { store } = context;
  const storyDocuments = (storyId: string | undefined): Set<string> | undefined => {
    if (storyId === undefined) return undefined;
    const story = context.findings().stories.find((candidate) => candidate.id === storyId);
    if (story === undefined) throw new ApiError('NOT_FOUND', `no story has the id ${storyId}`);
    return new Set(story.documents);
  };

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
      const inStory = storyDocuments(story);
      const all = store.listDocuments({ limit: 1_000_000, ...(outlet === undefined ? {} : { outlet }), ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
      return page(inStory === undefined ? all : all.filter((summary) => inStory.has(summary.id)), limit, offset);
    },
  );

  app.get<{ Params: { id: string } }>('/api/documents/:id', { schema: { summary: 'One document with its annotations and what cleaning removed', params: ID_PARAMS } }, (request) =>
    documentView(store, context.findings(), request.params.id),
  );

  app.get<{ Querystring: PageQuery }>('/api/stories', { schema: { summary: 'Stories with size, outlets, date span and open contradictions', querystring: { type: 'object', additionalProperties: false, properties: PAGE } } }, (request) =>
    page(storyRows(store, context.findings()), request.query.limit, request.query.offset),
  );

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
      const items = context
        .findings()
        .entities.filter((entity) => type === undefined || entity.type === type)
        .filter((entity) => needle === undefined || [entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes(needle)))
        .sort((a, b) => b.documents.length - a.documents.length || a.name.localeCompare(b.name));
      return page(items, limit, offset);
    },
  );

  app.get<{ Params: { id: string } }>('/api/entities/:id', { schema: { summary: 'An entity: aliases, role, documents, quotes, claims', params: ID_PARAMS } }, (request) =>
    entityView(store, context.findings(), request.params.id),
  );

  const storyQuery = { type: 'object', additionalProperties: false, properties: { story: { type: 'string' }, ...PAGE } } as const;
  app.get<{ Querystring: PageQuery & { story?: string } }>('/api/claims', { schema: { summary: 'Claimed numbers, optionally of one story', querystring: storyQuery } }, (request) => {
    const inStory = storyDocuments(request.query.story);
    const claims = context.findings().claims.filter((claim) => inStory === undefined || inStory.has(claim.document));
    return page(claims, request.query.limit, request.query.offset);
  });

  app.get<{ Querystring: PageQuery & { story?: string } }>('/api/conflicts', { schema: { summary: 'Agreements and contradictions between claims', querystring: storyQuery } }, (request) => {
    const findings = context.findings();
    const inStory = storyDocuments(request.query.story);
    const claimDocument = new Map(findings.claims.map((claim) => [claim.id, claim.document]));
    const conflicts = findings.conflicts.filter((conflict) => inStory === undefined || conflict.claims.some((id) => inStory.has(claimDocument.get(id) ?? '')));
    return page(conflicts, request.query.limit, request.query.offset);
  });

  app.get<{ Querystring: PageQuery & { story?: string } }>('/api/timeline', { schema: { summary: 'Dated events and statements in order', querystring: storyQuery } }, (request) => {
    const inStory = storyDocuments(request.query.story);
    const entries = context.findings().timeline.filter((entry) => inStory === undefined || entry.documents.some((id) => inStory.has(id)));
    return page(entries, request.query.limit, request.query.offset);
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
