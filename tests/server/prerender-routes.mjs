// Koa middleware for the test server: prerendered markup made at test time by the built server
// entry (dist/server, `npm run build`), so the tests upgrade what renderFigure writes today.
// GET /prerender/<tag>?hydrate=interaction&lang=ko → the tag's HTML (knowledge-services-trade.json).
import { readFile } from 'node:fs/promises';

let server;

export async function prerenderRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const match = /^\/prerender\/([a-z-]+)$/.exec(url.pathname);
  if (!match) return next();
  try {
    server ??= import(new URL('../../dist/server/index.js', import.meta.url).href);
    const { renderFigure } = await server;
    const data = JSON.parse(await readFile(new URL('../../data/knowledge-services-trade.json', import.meta.url), 'utf8'));
    const option = (name) => url.searchParams.get(name) ?? undefined;
    ctx.type = 'text/html';
    ctx.body = await renderFigure({ tag: match[1], data, hydrate: option('hydrate'), lang: option('lang'), idPrefix: `t${match[1].replace(/-/g, '')}` });
  } catch (error) {
    server = undefined;
    ctx.status = 500;
    ctx.body = `prerender failed (is dist/ built? npm run build): ${error?.stack ?? error}`;
  }
  return undefined;
}
