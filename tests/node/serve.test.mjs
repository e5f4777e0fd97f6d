// `npm start` answers as a CDN would: brotli or gzip, a year's immutable cache for the hashed
// chunks, revalidated HTML, 304 for an unchanged file. Needs `npm run build` (dist/cdn).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startDemoServer } from '../../scripts/serve.mjs';

const CHUNKS = 'dist/cdn/chunks';
// Each test skips with this reason (a skipped suite would count no skipped tests).
const needsBuild = { skip: !existsSync(CHUNKS) && 'dist/cdn is missing: run `npm run build` first' };

/** The largest chunk: the ECharts one, what compression matters most for. */
const largestChunk = () => readdirSync(CHUNKS).map((name) => `${CHUNKS}/${name}`).sort((a, b) => statSync(b).size - statSync(a).size)[0];

/** A port the system says is free now. */
const freePort = () => new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

/** GET with these headers; the body as sent, not decompressed (unlike fetch). */
const get = (url, headers = {}) => new Promise((resolve, reject) => {
  request(url, { headers }, (response) => {
    const parts = [];
    response.on('data', (part) => parts.push(part));
    response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(parts) }));
  }).on('error', reject).end();
});

describe('npm start serves like a CDN', () => {
  let server;
  let url;
  before(async () => {
    if (!needsBuild.skip) ({ server, url } = await startDemoServer(await freePort()));
  });
  after(() => server?.stop());

  it('sends a chunk brotli-compressed, cached for a year as immutable', needsBuild, async () => {
    const chunk = largestChunk();
    const file = readFileSync(chunk);
    const response = await get(`${url}/${chunk}`, { 'accept-encoding': 'br, gzip' });
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-encoding'], 'br');
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(response.headers.vary, /accept-encoding/i);
    assert.ok(response.body.length < file.length / 2, `${chunk}: ${response.body.length} B brotli of ${file.length} B`);
    assert.ok(brotliDecompressSync(response.body).equals(file), 'decompresses to the file');
  });

  it('prefers brotli even when a browser lists gzip first, as Chromium does', needsBuild, async () => {
    const response = await get(`${url}/${largestChunk()}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(response.headers['content-encoding'], 'br');
  });

  it('sends gzip when only gzip is accepted, and the file as it is when nothing is', needsBuild, async () => {
    const chunk = largestChunk();
    const file = readFileSync(chunk);
    const gzipped = await get(`${url}/${chunk}`, { 'accept-encoding': 'gzip' });
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.ok(gunzipSync(gzipped.body).equals(file), 'decompresses to the file');
    const plain = await get(`${url}/${chunk}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(file));
  });

  it('has the article revalidated at every load, and answers 304 when it has not changed', needsBuild, async () => {
    const page = await get(`${url}/demo/index.html`, { 'accept-encoding': 'br' });
    assert.equal(page.status, 200);
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.ok(page.headers.etag, 'an ETag to revalidate with');
    assert.ok(brotliDecompressSync(page.body).equals(readFileSync('demo/index.html')));
    const again = await get(`${url}/demo/index.html`, { 'accept-encoding': 'br', 'if-none-match': page.headers.etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers['cache-control'], 'no-cache');
  });

  it('keeps the CDN entry and the data briefly, then revalidates them', needsBuild, async () => {
    for (const path of ['dist/cdn/trade-balance-charts.js', 'data/knowledge-services-trade.json']) {
      const response = await get(`${url}/${path}`, { 'accept-encoding': 'gzip' });
      assert.equal(response.headers['cache-control'], 'public, max-age=60, must-revalidate', path);
      assert.ok(response.headers['last-modified'] && response.headers.etag, `${path} has validators`);
      const again = await get(`${url}/${path}`, { 'if-modified-since': response.headers['last-modified'] });
      assert.equal(again.status, 304, `${path} unchanged since its Last-Modified`);
    }
  });
});
