// `npm run screenshots` (after `npm run build`): serves the demo and writes PNGs of its pages
// into screenshots/: the article in light, dark and Korean, and the pages on phones
// (375 and 320 px wide). Look at them before a release; they are not committed.
import { existsSync, mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { screenshotPage } from './screenshot.mjs';
import { startDemoServer } from './serve.mjs';

const OUT_DIR = 'screenshots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
const SMALL_PHONE = { width: 320, height: 640 };

/** One PNG each: the file name, the demo page with its query, the viewport. */
const SHOTS = [
  ['article-light', 'index.html', DESKTOP],
  ['article-dark', 'index.html?theme=dark', DESKTOP],
  ['article-ko', 'index.html?lang=ko', DESKTOP],
  ['article-375', 'index.html', PHONE],
  ['article-ko-375', 'index.html?lang=ko', PHONE],
  ['article-dark-320', 'index.html?theme=dark', SMALL_PHONE],
  ['article-320', 'index.html', SMALL_PHONE],
  ['story', 'story.html', DESKTOP],
  ['story-375', 'story.html', PHONE],
  ['gallery', 'gallery.html', DESKTOP],
  ['gallery-320', 'gallery.html', SMALL_PHONE],
  ['embed', 'embed.html', DESKTOP],
  ['embed-320', 'embed.html', SMALL_PHONE],
];

if (!existsSync('dist/cdn/trade-balance-charts.js')) {
  console.error('dist/cdn/ is missing: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(OUT_DIR, { recursive: true });
const { server, url } = await startDemoServer();
const browser = await launchChromium();
try {
  for (const [name, path, viewport] of SHOTS) {
    const out = `${OUT_DIR}/${name}.png`;
    const { states, logged } = await screenshotPage(browser, `${url}/demo/${path}`, out, viewport);
    console.log(`${out}  ${states}`);
    for (const line of logged.filter((entry) => /^\[(pageerror|console\.error)/.test(entry))) console.log(`  ${line}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
