// `npm run audit:pa11y` (after `npm run build`: the demo pages load dist/cdn): pa11y, a second
// engine beside the axe-core browser test, over every demo page with both of its runners
// (HTML_CodeSniffer and axe), WCAG 2 AA. Each page is audited once its widgets have drawn
// (demo/static.html's, prerendered and waiting for an interaction, as the server drew them).
// Errors are what pa11y rates an error plus every result axe confirms: pa11y rates axe's
// moderate and minor violations (a second main landmark, content outside landmarks) only a
// warning or a notice. axe's "needs review" results stay warnings. Prints each page's errors
// and exits 1 when any page has one. `--warnings` lists the warnings too.
import { existsSync, readdirSync } from 'node:fs';
import pa11y from 'pa11y';
import { launchChromium } from './chromium.mjs';
import { startDemoServer } from './serve.mjs';
import { TAGS } from '../src/widgets/manifest.js';

const ANY_WIDGET = TAGS.join(', ');
const VIEWPORT = { width: 1280, height: 1024 };
const SETTLE_MS = 15000;

/**
 * Loads the page, scrolls each widget into view (they draw when they near the viewport) and
 * waits until it is ready, empty or in error. The gallery's never-answering server stays
 * "loading" on purpose and is not waited for. Returns the widgets' states.
 */
async function loadAndDraw(page, url) {
  await page.setViewport(VIEWPORT);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction((tag) => customElements.get(tag), {}, TAGS[0]);
  return page.evaluate(
    async (selector, settleMs) => {
      // A prerendered widget waiting for the reader (demo/static.html) is audited as it is:
      // its server-rendered figure, asleep (scrolling is no interaction).
      const asleep = (el) => el.hasAttribute('data-tbc-prerendered') && el.getAttribute('hydrate') === 'interaction';
      const settled = (el) => asleep(el) || ['ready', 'empty', 'error'].includes(el.getAttribute('state') ?? '');
      const states = [];
      for (const el of document.querySelectorAll(selector)) {
        el.scrollIntoView({ block: 'center' });
        if (!(el.getAttribute('src') ?? '').includes('slow.json')) {
          const until = Date.now() + settleMs;
          while (!settled(el) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await el.updateComplete;
        states.push(`${el.localName}:${el.getAttribute('state')}`);
      }
      window.scrollTo(0, 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return states;
    },
    ANY_WIDGET,
    SETTLE_MS,
  );
}

const isError = (issue) => issue.type === 'error' || (issue.runner === 'axe' && !issue.runnerExtras?.needsFurtherReview);

/** pa11y's issues of one demo page (both runners), with the widgets' states. */
async function auditPage(browser, url) {
  const page = await browser.newPage();
  try {
    const states = await loadAndDraw(page, url);
    const result = await pa11y(url, {
      browser,
      page,
      ignoreUrl: true, // loaded and drawn above
      viewport: VIEWPORT,
      standard: 'WCAG2AA',
      runners: ['htmlcs', 'axe'],
      levelCapWhenNeedsReview: 'warning',
      includeWarnings: true,
      includeNotices: true, // axe's confirmed minor violations arrive as notices
      timeout: 60000,
    });
    return { states, issues: result.issues };
  } finally {
    await page.close();
  }
}

if (!existsSync('dist/cdn/trade-balance-charts.js')) {
  console.error('dist/cdn/ is missing: run `npm run build` first.');
  process.exit(1);
}
const pages = readdirSync('demo').filter((name) => name.endsWith('.html')).sort();
const started = performance.now();
const { server, url } = await startDemoServer();
const browser = await launchChromium();
let failed = 0;
try {
  for (const name of pages) {
    const pageStarted = performance.now();
    const { states, issues } = await auditPage(browser, `${url}/demo/${name}`);
    const pageSeconds = ((performance.now() - pageStarted) / 1000).toFixed(1);
    const errors = issues.filter(isError);
    const warnings = issues.filter((issue) => issue.type === 'warning' && !isError(issue));
    const rated = errors.filter((issue) => issue.type === 'error').length;
    console.log(`demo/${name}: ${errors.length} errors (${rated} rated errors by pa11y), ${warnings.length} warnings, ${pageSeconds} s  (${states.join(' ') || 'no widgets'})`);
    for (const { runner, code, type, selector, message } of errors) console.log(`  [${runner}, pa11y: ${type}] ${code}\n    at ${selector}\n    ${message}`);
    if (process.argv.includes('--warnings')) {
      for (const { runner, code, selector, message } of warnings) console.log(`  warning [${runner}] ${code}\n    at ${selector}\n    ${message}`);
    }
    if (errors.length) failed++;
  }
} finally {
  await browser.close();
  await server.stop();
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`pa11y (htmlcs + axe, WCAG2AA): ${pages.length - failed} of ${pages.length} demo pages without errors, ${seconds} s`);
process.exitCode = failed ? 1 : 0;
