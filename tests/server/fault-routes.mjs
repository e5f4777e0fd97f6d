// Koa middleware for the test server: routes that misbehave the way real servers do.
// /fault/<kind>?... lets browser tests reach every failure path of the data loader.
const hits = new Map();

export function faultRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/fault/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(Object.fromEntries(hits));
    return undefined;
  }
  if (!url.pathname.startsWith('/fault/')) return next();
  const kind = url.pathname.slice('/fault/'.length);
  const key = `${url.pathname}${url.search}`;
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const body = url.searchParams.get('body') ?? '{"periods":["2024","2025"],"series":[{"id":"b","label":"B","values":[-1,-2]}]}';
  const delay = Number(url.searchParams.get('delay') ?? 0);
  const respond = () => {
    switch (kind.replace(/\.(json|csv)$/, '')) {
      case '404': ctx.status = 404; ctx.body = 'not found'; break;
      case '500': ctx.status = 500; ctx.body = 'boom'; break;
      case 'html': ctx.status = 200; ctx.type = 'text/html'; ctx.body = '<!doctype html><title>Sign in</title><form></form>'; break;
      case 'empty': ctx.status = 200; ctx.type = 'application/json'; ctx.body = ''; break;
      case 'malformed': ctx.status = 200; ctx.type = 'application/json'; ctx.body = '{"periods": ["2024",'; break;
      case 'csv': ctx.status = 200; ctx.type = 'text/csv'; ctx.body = body; break;
      // Fails on the first request of a given query string, then serves the data.
      case 'flaky': {
        if (hits.get(key) === 1) { ctx.status = 503; ctx.body = 'busy'; } else { ctx.status = 200; ctx.type = 'application/json'; ctx.body = body; }
        break;
      }
      default: ctx.status = 200; ctx.type = 'application/json'; ctx.body = body;
    }
  };
  if (delay > 0) return new Promise((resolve) => setTimeout(() => { respond(); resolve(undefined); }, delay));
  respond();
  return undefined;
}
