// Headless-Chromium screenshots of a page, to look at what we build:
//   node scripts/screenshot.mjs <url> <out.png> [width] [height]   (WIDGETS=1: one PNG per widget too)
// `screenshotPage` is what `npm run screenshots` (scripts/screenshots.mjs) takes of each demo page.
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { TAGS } from '../src/widgets/manifest.js';

const ANY_WIDGET = TAGS.join(', ');

/**
 * Loads `url` at `width` x `height`, scrolls through so every widget draws, and writes a
 * full-page PNG to `out` (with `widgets`, also out-1.png, ... one per widget). Returns the
 * widgets' states ("deficit-trend:ready ...") and what the page logged.
 */
export async function screenshotPage(browser, url, out, { width = 1280, height = 900, widgets = false } = {}) {
  const page = await browser.newPage();
  const logged = [];
  try {
    page.on('console', (message) => logged.push(`[console.${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => logged.push(`[pageerror] ${error.message}`));
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Scroll through so every widget nears the viewport and draws, then back up.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      window.scrollTo(0, 0);
    });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1200)));
    const states = await page.evaluate(
      (selector) => [...document.querySelectorAll(selector)].map((el) => `${el.localName}:${el.getAttribute('state')}`),
      ANY_WIDGET,
    );
    await page.screenshot({ path: out, fullPage: true });
    if (widgets) {
      const elements = await page.$$(ANY_WIDGET);
      for (const [index, widget] of elements.entries()) await widget.screenshot({ path: out.replace(/\.png$/, `-${index + 1}.png`) });
    }
    return { states: states.join(' '), logged };
  } finally {
    await page.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, out, width = '1280', height = '900'] = process.argv.slice(2);
  const browser = await launchChromium();
  try {
    const { states, logged } = await screenshotPage(browser, url, out, { width: Number(width), height: Number(height), widgets: Boolean(process.env.WIDGETS) });
    for (const line of logged) console.log(line);
    console.log(states);
  } finally {
    await browser.close();
  }
}
