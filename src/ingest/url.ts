/**
 * Fetch one http(s) URL, only when the user asked for it: a time-out, a size cap, no private,
 * loopback or link-local addresses (checked after DNS, and again on every redirect).
 */
import { lookup } from 'node:dns/promises';
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

async function checkHost(url: URL, label: string): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  const addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) throw createError('URL_FORBIDDEN_HOST', { file: label });
}

/** Options for {@link fetchUrl}. */
export interface FetchOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/** Fetch a URL's body as text within the limits. */
export async function fetchUrl(source: string, options: FetchOptions): Promise<string> {
  let url = new URL(source);
  const signal = AbortSignal.timeout(options.timeoutMs);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw createError('URL_FETCH_FAILED', { file: source, detail: `unsupported protocol ${url.protocol}` });
    await checkHost(url, source);
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': 'sitrep (+offline news analysis)' } });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw createError('URL_FETCH_FAILED', { file: source, detail: timedOut ? `no answer within ${options.timeoutMs} ms` : String(error), cause: error });
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      url = new URL(location, url);
      continue;
    }
    if (!response.ok) throw createError('URL_FETCH_FAILED', { file: source, detail: `the server answered ${response.status}` });
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > options.maxBytes) throw createError('FILE_TOO_LARGE', { file: source });
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); part !== undefined && !part.done; part = await reader?.read()) {
      size += part.value.length;
      if (size > options.maxBytes) {
        await reader?.cancel();
        throw createError('FILE_TOO_LARGE', { file: source });
      }
      chunks.push(part.value);
    }
    return decodeBody(Buffer.concat(chunks), response.headers.get('content-type'), source);
  }
  throw createError('URL_FETCH_FAILED', { file: source, detail: `more than ${MAX_REDIRECTS} redirects` });
}
