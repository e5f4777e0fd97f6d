// Koa middleware for the test server: the demo pages under the CSP a strict news site runs.
//
//   /csp/demo/<page>.html             the bytes of demo/<page>.html, served with
//     Content-Security-Policy:             script-src 'self'; object-src 'none'; base-uri 'self'
//     Content-Security-Policy-Report-Only: require-trusted-types-for 'script'
//   /csp/demo/<page>.html?names=1     also reports policies other than Lit's (the policy the
//                                     README recommends: `trusted-types lit-html 'allow-duplicates'`)
//
// A <meta> tag cannot carry a report-only policy, hence headers. Two tags are injected at the
// top of <head>: <base href="/demo/"> so the page's relative URLs (scripts, styles, data) load
// from where they live (which is why base-uri is 'self', not 'none'), and
// /tests/fixtures/csp-watch.js, which records every `securitypolicyviolation` (report-only
// violations fire the event too) in `window.cspViolations`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const PAGES = new Set(['index', 'gallery', 'embed']);
const DEMO_DIR = path.resolve(process.cwd(), 'demo');

export const CSP_ENFORCED = "script-src 'self'; object-src 'none'; base-uri 'self'";
export const CSP_REPORT_ONLY = "require-trusted-types-for 'script'";
export const CSP_REPORT_ONLY_NAMES = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export async function cspRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const match = /^\/csp\/demo\/([a-z]+)\.html$/.exec(url.pathname);
  if (!match || !PAGES.has(match[1])) return next();
  const html = await readFile(path.join(DEMO_DIR, `${match[1]}.html`), 'utf8');
  const inject = '<base href="/demo/" /><script src="/tests/fixtures/csp-watch.js"></script>';
  ctx.status = 200;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Security-Policy', CSP_ENFORCED);
  ctx.set('Content-Security-Policy-Report-Only', url.searchParams.has('names') ? CSP_REPORT_ONLY_NAMES : CSP_REPORT_ONLY);
  ctx.body = html.replace(/<head>/i, `<head>${inject}`);
  return undefined;
}
