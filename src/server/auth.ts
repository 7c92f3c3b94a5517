/**
 * Access control. On 127.0.0.1 no token is needed. Bound to any other address, the server refuses
 * to start without a token; then every API call and page must present it, as
 * `Authorization: Bearer <token>` or as the session cookie the dashboard's sign-in sets (the
 * dashboard asks for the token once).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'sitrep_session';

const BEARER = /^Bearer\s+(\S+)$/iu;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Whether a host address is loopback only. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** Compare two secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request presents, from the Authorization header or the session cookie. */
export function presentedToken(headers: IncomingHttpHeaders): string | undefined {
  const bearer = BEARER.exec(headers.authorization ?? '');
  if (bearer?.[1] !== undefined) return bearer[1];
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
