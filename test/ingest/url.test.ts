import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { fetchUrl, isPublicAddress, isUrl } from '../../src/ingest/url.js';
import { collect } from './ingest-helpers.js';

test('public unicast addresses pass the address check', () => {
  for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) assert.equal(isPublicAddress(address), true, address);
});

test('negative: private, loopback, link-local, unspecified, mapped and invalid addresses fail it', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.9', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fe80::1', 'fc00::5', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '100.64.0.1', 'not-an-address']) {
    assert.equal(isPublicAddress(address), false, address);
  }
});

test('only http(s) sources count as URLs', () => {
  assert.equal(isUrl('https://news.example.org/a'), true);
  assert.equal(isUrl('HTTP://news.example.org/a'), true);
  assert.equal(isUrl('ftp://files.example.org/a'), false);
  assert.equal(isUrl('notes/https-guide.txt'), false);
});

test('a URL without --allow-urls is refused, and the rest of the batch goes on', async () => {
  const { inputs, errors } = await collect(['https://news.example.org/story', '-'], {}, () => Promise.resolve('A note from standard input.'));
  assert.equal(errors.length, 1);
  assert.equal(errors[0]?.code, 'URL_NOT_ALLOWED');
  assert.ok(errors[0]?.message.startsWith('https://news.example.org/story:'));
  assert.equal(inputs.length, 1);
});

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

test('with --allow-urls, a loopback server is refused before any request reaches it', async () => {
  let requests = 0;
  const server = createServer((_request, response) => {
    requests += 1;
    response.end('<html><body><p>Should never be served.</p></body></html>');
  });
  const port = await listen(server);
  try {
    for (const host of ['127.0.0.1', 'localhost', '[::ffff:127.0.0.1]']) {
      const { inputs, errors } = await collect([`http://${host}:${port}/page`], { allowUrls: true, urlTimeoutMs: 2000 });
      assert.equal(inputs.length, 0, host);
      assert.equal(errors[0]?.code, 'URL_FORBIDDEN_HOST', `${host}: ${errors[0]?.message ?? ''}`);
    }
    assert.equal(requests, 0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

function pageServer(routes: Record<string, (response: ServerResponse) => void>): { server: Server; hits: string[] } {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    const route = routes[request.url ?? ''];
    if (route === undefined) {
      response.statusCode = 404;
      response.end();
    } else route(response);
  });
  return { server, hits };
}

test('the address checked is the address connected to: a name re-pointed at loopback after the check is never reached', async () => {
  const { server, hits } = pageServer({ '/page': (response) => response.end('<p>private</p>') });
  const port = await listen(server);
  let calls = 0;
  // Note: the first answer is public, every later one loopback (a rebinding resolver).
  const resolver = (): Promise<string[]> => Promise.resolve((calls += 1) === 1 ? ['93.184.216.34'] : ['127.0.0.1']);
  try {
    await assert.rejects(fetchUrl(`http://news.example.org:${port}/page`, { timeoutMs: 800, maxBytes: 10_000, resolver }), (error: Error & { code?: string }) => error.code === 'URL_FETCH_FAILED');
    assert.equal(calls, 1, 'one resolution per connection');
    assert.deepEqual(hits, []);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('negative: a name that resolves to a private address is refused before any request', async () => {
  const { server, hits } = pageServer({ '/page': (response) => response.end('<p>private</p>') });
  const port = await listen(server);
  try {
    for (const answer of [['127.0.0.1'], ['10.0.0.7'], ['93.184.216.34', '127.0.0.1'], []]) {
      await assert.rejects(
        fetchUrl(`http://news.example.org:${port}/page`, { timeoutMs: 2000, maxBytes: 10_000, resolver: () => Promise.resolve(answer) }),
        (error: Error & { code?: string }) => error.code === 'URL_FORBIDDEN_HOST',
        JSON.stringify(answer),
      );
    }
    assert.deepEqual(hits, []);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a page is fetched through redirects, decoded by its charset, and refused past the size cap or on an error status', async () => {
  const body = 'Caf\u00e9 owners said the road reopened.';
  const { server, hits } = pageServer({
    '/moved': (response) => {
      response.statusCode = 302;
      response.setHeader('location', '/story');
      response.end();
    },
    '/story': (response) => {
      response.setHeader('content-type', 'text/plain; charset=iso-8859-1');
      response.end(Buffer.from(body, 'latin1'));
    },
    '/big': (response) => response.end('x'.repeat(5000)),
    '/gone': (response) => {
      response.statusCode = 410;
      response.end();
    },
  });
  const port = await listen(server);
  const options = { timeoutMs: 2000, maxBytes: 1000, resolver: (): Promise<string[]> => Promise.resolve(['127.0.0.1']), allowAddress: (): boolean => true };
  try {
    assert.equal(await fetchUrl(`http://news.example.org:${port}/moved`, options), body);
    assert.deepEqual(hits, ['/moved', '/story']);
    await assert.rejects(fetchUrl(`http://news.example.org:${port}/big`, options), (error: Error & { code?: string }) => error.code === 'FILE_TOO_LARGE');
    await assert.rejects(fetchUrl(`http://news.example.org:${port}/gone`, options), (error: Error & { code?: string }) => error.code === 'URL_FETCH_FAILED' && error.message.includes('410'));
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
