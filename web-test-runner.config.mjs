// @web/test-runner 0.20.x, @web/test-runner-chrome 0.18.x, @web/dev-server-esbuild 1.0.x and
// puppeteer-core 24 are pinned on purpose: their 1.x / 25.x successors need Node >= 22 and
// this project supports Node 20 (see README). No tool downloads a browser: scripts/browsers.mjs
// finds them (CHROME_PATH / FIREFOX_PATH, else the usual install places).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteerCore from 'puppeteer-core';
import { browserPath, wantedBrowsers } from './scripts/browsers.mjs';
import { faultRoutes } from './tests/server/fault-routes.mjs';
import { cspRoutes } from './tests/server/csp-routes.mjs';
import { prerenderRoutes } from './tests/server/prerender-routes.mjs';
import { axTreePlugin } from './tests/a11y/ax-tree-plugin.mjs';
import { heapPlugin } from './tests/server/heap-plugin.mjs';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
  // Two test pages run at once; the one in the background must still lay out and observe.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

// Only the browsers a run wants (BROWSERS=chromium) are looked for.
const launchers = {
  chromium: () => {
    const chromium = chromeLauncher({
      launchOptions: { executablePath: browserPath('chromium'), headless: true, args: chromiumFlags },
    });
    chromium.name = 'Chromium';
    return chromium;
  },
  firefox: () => {
    const firefox = chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: browserPath('firefox'), headless: true },
    });
    firefox.name = 'Firefox';
    return firefox;
  },
};

/** Resolves bare ECharts and papaparse imports to the copies pre-bundled by scripts/prebundle-echarts.mjs. */
const prebundled = {
  name: 'prebundled-deps',
  resolveImport({ source }) {
    const m = /^echarts\/(core|charts|components|features|renderers)(\.js)?$/.exec(source);
    if (m) return `/.cache/prebundled/${m[1]}.js`;
    if (source === 'papaparse') return '/.cache/prebundled/papaparse.js';
    return undefined;
  },
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time per browser: a background tab gets no IntersectionObserver or animation
  // frames in Firefox, and the widgets' lifecycle is what these tests observe.
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  browsers: wantedBrowsers().map((name) => launchers[name]()),
  middleware: [faultRoutes, cspRoutes, prerenderRoutes],
  // ax-tree (tests/a11y): Chromium's accessibility tree under an element, through puppeteer.
  plugins: [prebundled, axTreePlugin(), heapPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
