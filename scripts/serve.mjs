// `npm start`: serves the repository (demo pages, data, dist) and prints the demo's URL.
// `startDemoServer` is also what `npm run screenshots` photographs.
//
// It answers as a CDN would, so that what is measured on the demo (Lighthouse, DevTools) is
// what readers get: brotli or gzip compressed, with a CDN's cache headers (`cdnResponses`).
import { startDevServer } from '@web/dev-server';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Text compresses; images and fonts are compressed already. '' is a directory's index.html.
const COMPRESSIBLE = new Set(['', '.html', '.js', '.mjs', '.css', '.json', '.map', '.csv', '.svg', '.txt', '.md', '.xml', '.webmanifest']);

// The levels scripts/sizes.mjs measures (the sizes in README and bench), and what a CDN
// serving precompressed static files sends.
const COMPRESS = {
  br: (body) => brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipAsync(body, { level: 9 }),
};

/** 'br' or 'gzip', whichever the request accepts (brotli first: smaller), else undefined. */
function preferredEncoding(acceptEncoding) {
  const quality = new Map();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    quality.set(name, q ? Number(q.slice(2)) : 1);
  }
  return ['br', 'gzip'].find((encoding) => (quality.get(encoding) ?? quality.get('*') ?? 0) > 0);
}

/**
 * Cache-Control for a URL path, as a CDN would send it:
 * - `dist/cdn/chunks/` names carry a hash of their content, so a name never changes meaning:
 *   cached for a year and never revalidated.
 * - HTML names the entry script and the data: always revalidated (a 304 when unchanged), so
 *   a new build shows at the next load.
 * - Everything else (the CDN entry, whose name stays the same across versions, other dist/
 *   files, data) changes in place: one minute in the cache, then revalidated with its ETag or
 *   Last-Modified. A minute, so that a rebuild while the server runs shows within a minute.
 */
function cacheControl(path) {
  if (path.startsWith('/dist/cdn/chunks/')) return 'public, max-age=31536000, immutable';
  if (['', '.html'].includes(extname(path))) return 'no-cache';
  return 'public, max-age=60, must-revalidate';
}

// Compressed bodies by file and encoding, kept while the file's mtime and size stay the same:
// brotli at quality 11 takes seconds for the ECharts chunk, once.
const compressed = new Map();

function compressedFile(file, stats, encoding) {
  const key = `${encoding}:${file}`;
  const cached = compressed.get(key);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.body;
  const body = readFile(file).then(COMPRESS[encoding]);
  compressed.set(key, { mtimeMs: stats.mtimeMs, size: stats.size, body });
  body.catch(() => compressed.delete(key));
  return body;
}

/**
 * Compresses, in both encodings, the files under `dir`, so that no reader waits for brotli.
 * bench/lighthouse.mjs calls it for the raw article it writes while the server runs.
 */
export async function precompress(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name))).map((e) => join(e.parentPath ?? e.path, e.name));
  await Promise.all(files.map(async (file) => {
    const stats = await stat(file);
    await Promise.all(Object.keys(COMPRESS).map((encoding) => compressedFile(file, stats, encoding)));
  }));
}

/**
 * Koa middleware, placed before @web/dev-server's own: it runs after them (`await next()`),
 * so its headers replace theirs (`cache-control: no-cache` on every file). Their ETag
 * (W/"size-mtime" of the file) and their 304 on If-None-Match / If-Modified-Since stay.
 */
function cdnResponses() {
  return async (ctx, next) => {
    await next();
    if (ctx.status !== 200 && ctx.status !== 304) return;
    ctx.set('Cache-Control', cacheControl(ctx.path));
    if (!COMPRESSIBLE.has(extname(ctx.path))) return;
    ctx.vary('Accept-Encoding');
    if (ctx.status !== 200) return;
    // A file from disk is a stream with a path (koa-send); nothing else is served here.
    const file = ctx.body?.path;
    if (typeof file !== 'string') return;
    const stats = await stat(file);
    // The dev server drops Last-Modified (its dev reloads are sub-second); a CDN sends it.
    ctx.lastModified = stats.mtime;
    const encoding = preferredEncoding(ctx.get('Accept-Encoding'));
    if (!encoding) return;
    const packed = await compressedFile(file, stats, encoding);
    if (packed.length >= stats.size) return; // a tiny file: sent as it is
    ctx.body = packed; // Koa closes the file stream it replaces
    // The ETag stays: it is weak (W/"size-mtime"), so it may name every encoding of the file.
    ctx.set('Content-Encoding', encoding);
  };
}

/** Serves the repository on `port` (a free one from 8000 when undefined); returns the server and its URL. */
export async function startDemoServer(port) {
  await precompress('dist/cdn');
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port,
      hostname: 'localhost',
      watch: false,
      middleware: [
        // The gallery's "loading" example: a server that answers only after ?ms= milliseconds.
        (ctx, next) => {
          if (!ctx.path.endsWith('/slow.json')) return next();
          const ms = Math.min(Number(ctx.query.ms) || 0, 600000);
          return new Promise((resolve) => {
            const timer = setTimeout(resolve, ms);
            // A client that goes away (a closed tab or browser) ends the wait: otherwise the
            // timer keeps Node running for up to 10 minutes after the server has stopped.
            ctx.res.on('close', () => {
              clearTimeout(timer);
              resolve();
            });
          }).then(() => {
            ctx.type = 'application/json';
            ctx.body = '{"periods":["2025"],"series":[{"id":"b","label":"Balance","values":[-1]}]}';
          });
        },
        cdnResponses(),
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, url: `http://localhost:${server.config.port}` };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startDemoServer(Number(process.env.PORT ?? 8000));
  console.log(`\n  Demo article:  ${url}/demo/index.html\n  CDN embed:     ${url}/demo/embed.html\n  Gallery:       ${url}/demo/gallery.html\n\n  Ctrl-C to stop.\n`);
}
