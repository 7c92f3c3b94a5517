/**
 * POST /api/ingest: add articles as plain text, Markdown, HTML, JSON or JSONL (the content type
 * says which), or a URL when the server was started with --allow-urls. Each document is stored in
 * its own transaction; a bad record is reported and the rest are kept.
 */
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { readDecoded, type IngestItem } from '../../ingest/ingest.js';
import type { ReaderInput } from '../../ingest/reader.js';
import { READERS } from '../../ingest/readers/index.js';
import { fetchUrl } from '../../ingest/url.js';
import type { InputFormat } from '../../model/news-doc.js';
import { isSitrepError } from '../../pipeline/errors.js';
import { createContext, createPipeline } from '../../pipeline/pipeline.js';
import { processItem } from '../../cli/process-sources.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../http-error.js';

/** What the ingest route needs. */
export interface IngestContext {
  readonly store: Store;
  readonly allowUrls: boolean;
  /** Called after documents were added, to bring the findings up to date. */
  afterAdd(): void;
}

const FORMAT_BY_TYPE: Readonly<Record<string, InputFormat>> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/html': 'html',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
};

interface JsonBody {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
}

function readAs(format: InputFormat, text: string): IngestItem[] {
  const input: ReaderInput = { text, path: null, url: null, label: 'upload' };
  const reader = READERS[format];
  if (reader === undefined) return readDecoded(input);
  const result = reader.read(input);
  return [...result.inputs.map((raw): IngestItem => ({ kind: 'input', input: raw })), ...result.errors.map((error): IngestItem => ({ kind: 'error', error }))];
}

/** Register the ingest route. */
export function registerIngestRoute(app: FastifyInstance, context: IngestContext): void {
  for (const type of Object.keys(FORMAT_BY_TYPE)) {
    app.addContentTypeParser(type, { parseAs: 'string' }, (_request, body, done) => done(null, body));
  }
  const pipeline = createPipeline();
  const stageContext = createContext();

  app.post<{ Body: string | JsonBody }>(
    '/api/ingest',
    {
      schema: {
        summary: 'Add articles: text/plain, text/markdown, text/html, application/x-ndjson, or application/json {text|html|url, title, outlet, author, published}',
        response: {
          200: {
            type: 'object',
            properties: {
              added: { type: 'array', items: { type: 'string' } },
              known: { type: 'array', items: { type: 'string' } },
              errors: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
            },
          },
        },
      },
    },
    async (request) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      let items: IngestItem[];
      if (type === 'application/json') {
        const body = request.body;
        if (typeof body !== 'object' || body === null) throw new ApiError('BAD_REQUEST', 'the JSON body must be an object');
        if (body.url !== undefined) {
          if (!context.allowUrls) throw new ApiError('URL_INGEST_DISABLED', 'URL ingest is off; start the server with --allow-urls');
          try {
            items = readDecoded({ text: await fetchUrl(body.url, { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024 }), path: null, url: body.url, label: body.url });
          } catch (error) {
            throw new ApiError('UNPROCESSABLE', isSitrepError(error) ? error.message : 'the URL could not be fetched');
          }
        } else {
          const content = body.html ?? body.text;
          if (typeof content !== 'string' || content.trim() === '') throw new ApiError('BAD_REQUEST', 'give "text", "html" or "url"');
          const hints = { title: body.title ?? null, outlet: body.outlet ?? null, author: body.author ?? null, published: body.published ?? null };
          items = readAs(body.html === undefined ? 'text' : 'html', content).map((item) =>
            item.kind === 'input' ? { kind: 'input', input: { ...item.input, hints: { ...item.input.hints, ...Object.fromEntries(Object.entries(hints).filter(([, value]) => value !== null)) }, hintBasis: 'upload' } } : item,
          );
        }
      } else {
        const format = FORMAT_BY_TYPE[type];
        if (format === undefined) throw new ApiError('UNSUPPORTED_MEDIA_TYPE', `content type "${type}" is not accepted`);
        if (typeof request.body !== 'string' || request.body.trim() === '') throw new ApiError('BAD_REQUEST', 'the body is empty');
        items = readAs(format, request.body);
      }
      const added: string[] = [];
      const known: string[] = [];
      const errors: { code: string; message: string }[] = [];
      for (const item of items) {
        const processed = processItem(item, pipeline, stageContext);
        if (processed.kind === 'error') {
          errors.push({ code: processed.error.code, message: processed.error.message });
          continue;
        }
        if (context.store.putDocument(processed.doc).inserted) added.push(processed.doc.id);
        else known.push(processed.doc.id);
      }
      if (added.length > 0) context.afterAdd();
      if (added.length === 0 && known.length === 0) throw new ApiError('UNPROCESSABLE', errors.map((error) => error.message).join('; ') || 'no article found');
      return { added, known, errors };
    },
  );
}
