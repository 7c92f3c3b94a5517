import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { isPublicAddress, isUrl } from '../../src/ingest/url.js';
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
