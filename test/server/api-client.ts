/**
 * Small helpers for the in-process API tests: GET a route through fastify's `inject` and read its
 * JSON, and check the error body every 4xx and 5xx must have.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';

/** A response as the tests read it. */
export interface JsonResponse<T> {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>;
  readonly body: T;
}

/** The error body of the API. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** Send a request and parse its JSON body. */
export async function requestJson<T>(app: FastifyInstance, options: InjectOptions): Promise<JsonResponse<T>> {
  const response = await app.inject(options);
  assert.match(String(response.headers['content-type'] ?? ''), /^application\/json/u, `${String(options.url)} answers JSON`);
  return { status: response.statusCode, headers: response.headers, body: response.json<T>() };
}

/** GET a route and parse its JSON body. */
export function getJson<T>(app: FastifyInstance, url: string, headers: Readonly<Record<string, string>> = {}): Promise<JsonResponse<T>> {
  return requestJson<T>(app, { method: 'GET', url, headers });
}

/** Assert a response is an API error with this status (and code, when given). */
export function assertError(response: JsonResponse<unknown>, status: number, code?: string): void {
  assert.equal(response.status, status, JSON.stringify(response.body));
  const body = response.body as Partial<ErrorBody>;
  assert.equal(typeof body.error?.code, 'string', 'the body has error.code');
  assert.equal(typeof body.error?.message, 'string', 'the body has error.message');
  assert.ok((body.error?.message ?? '').length > 0, 'the message says something');
  if (code !== undefined) assert.equal(body.error?.code, code);
}
