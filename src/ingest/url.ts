/**
 * Fetch one http(s) URL, only when the user asked for it: a time-out, a size cap, no private,
 * loopback or link-local addresses: the address the socket connects to is the address that was
 * checked (no second resolution), on the first request and on every redirect.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { createError } from '../pipeline/errors.js';
import { decodeText } from './read-file.js';

const URL_PATTERN = /^https?:\/\//iu;
const MAX_REDIRECTS = 5;
const CHARSET = /charset\s*=\s*"?([\w.:-]+)/iu;

/**
 * Decode a response body: UTF-8 with the same checks as a file (empty, binary, invalid), or the
 * charset the server declares when it is another one.
 */
function decodeBody(bytes: Uint8Array, contentType: string | null, source: string): string {
  const charset = CHARSET.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset === undefined || charset === 'utf-8' || charset === 'utf8') return decodeText(bytes, source);
  try {
    return decodeText(new TextEncoder().encode(new TextDecoder(charset).decode(bytes)), source);
  } catch (error) {
    if (error instanceof RangeError) throw createError('URL_FETCH_FAILED', { file: source, detail: `the server declares an unknown charset "${charset}"`, cause: error });
    throw error;
  }
}

/** Whether a source string is an http(s) URL. */
export function isUrl(source: string): boolean {
  return URL_PATTERN.test(source);
}

/** Whether an IP address is a public unicast address (not private, loopback, link-local, reserved...). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && 'isIPv4MappedAddress' in parsed && parsed.isIPv4MappedAddress()) parsed = parsed.toIPv4Address();
  return parsed.range() === 'unicast';
}

/** Resolves a host name to its addresses (injectable for tests; default: the system resolver). */
export type HostResolver = (host: string) => Promise<readonly string[]>;

const systemResolver: HostResolver = async (host) => (await dnsLookup(host, { all: true })).map((entry) => entry.address);

/**
 * The `lookup` of the request's socket: resolve once, refuse unless every address is public, and
 * connect to the address that was checked. Note: checking a name and then letting the HTTP client
 * resolve it again would leave a window in which the name can be re-pointed at a private address
 * (DNS rebinding); here the address checked is the address used.
 */
function checkedLookup(resolver: HostResolver, allowed: (address: string) => boolean, refused: { host: string | null }): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then(
      (addresses) => {
        const first = addresses[0];
        if (first === undefined || !addresses.every(allowed)) {
          refused.host = hostname;
          callback(Object.assign(new Error(`${hostname} resolves to a non-public address`), { code: 'EFORBIDDEN' }), '', 4);
          return;
        }
        const family = isIP(first);
        if (options.all === true) callback(null, addresses.map((address) => ({ address, family: isIP(address) })));
        else callback(null, first, family);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), '', 4),
    );
  };
}

/** Options for {@link fetchUrl}. */
export interface FetchOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Host name resolver (optional; default: the system resolver). */
  readonly resolver?: HostResolver;
  /** Which addresses may be connected to (optional; default: public unicast only, {@link isPublicAddress}). */
  readonly allowAddress?: (address: string) => boolean;
}

interface FetchedPage {
  readonly status: number;
  readonly location: string | null;
  readonly contentType: string | null;
  readonly body: Buffer;
}

function literalHost(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  return isIP(host) === 0 ? null : host;
}

/** One request, no redirect followed: the status, the redirect target and the body within the cap. */
function requestOnce(url: URL, source: string, options: FetchOptions, signal: AbortSignal): Promise<FetchedPage> {
  const refused: { host: string | null } = { host: null };
  const lookup = checkedLookup(options.resolver ?? systemResolver, options.allowAddress ?? isPublicAddress, refused);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown): void => {
      if (refused.host !== null) reject(createError('URL_FORBIDDEN_HOST', { file: source }));
      else if (signal.aborted) reject(createError('URL_FETCH_FAILED', { file: source, detail: `no answer within ${options.timeoutMs} ms`, cause: error }));
      else reject(createError('URL_FETCH_FAILED', { file: source, detail: String(error), cause: error }));
    };
    const request = send(url, { method: 'GET', lookup, signal, headers: { 'user-agent': 'sitrep (+offline news analysis)' } }, (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location ?? null;
      if ((status >= 300 && status < 400 && location !== null) || status < 200 || status >= 300) {
        response.resume();
        resolve({ status, location, contentType: null, body: Buffer.alloc(0) });
        return;
      }
      if (Number(response.headers['content-length'] ?? '0') > options.maxBytes) {
        response.destroy();
        reject(createError('FILE_TOO_LARGE', { file: source }));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          response.destroy();
          reject(createError('FILE_TOO_LARGE', { file: source }));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('end', () => resolve({ status, location, contentType: response.headers['content-type'] ?? null, body: Buffer.concat(chunks) }));
    });
    request.on('error', fail);
    request.end();
  });
}

/** Fetch a URL's body as text within the limits. */
export async function fetchUrl(source: string, options: FetchOptions): Promise<string> {
  let url = new URL(source);
  const signal = AbortSignal.timeout(options.timeoutMs);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw createError('URL_FETCH_FAILED', { file: source, detail: `unsupported protocol ${url.protocol}` });
    // Note: a literal address never goes through the socket's lookup, so it is checked here.
    const literal = literalHost(url);
    if (literal !== null && !(options.allowAddress ?? isPublicAddress)(literal)) throw createError('URL_FORBIDDEN_HOST', { file: source });
    const page = await requestOnce(url, source, options, signal);
    if (page.status >= 300 && page.status < 400 && page.location !== null) {
      url = new URL(page.location, url);
      continue;
    }
    if (page.status < 200 || page.status >= 300) throw createError('URL_FETCH_FAILED', { file: source, detail: `the server answered ${page.status}` });
    return decodeBody(page.body, page.contentType, source);
  }
  throw createError('URL_FETCH_FAILED', { file: source, detail: `more than ${MAX_REDIRECTS} redirects` });
}
