// Headless-Chromium screenshots of a page, to look at what we build:
//   node scripts/screenshot.mjs <url> <out.png> [width] [height]   (WIDGETS=1: one PNG per widget too)
import { launchChromium } from './chromium.mjs';
import { TAGS } from '../src/widgets/manifest.js';

const ANY_WIDGET = TAGS.join(', ');

const [url, out, width = '1280', height = '900'] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.setViewport({ width: Number(width), height: Number(height), deviceScaleFactor: 1 });
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
    (anyWidget) => [...document.querySelectorAll(anyWidget)].map((el) => `${el.localName}:${el.getAttribute('state')}`),
    ANY_WIDGET,
  );
  console.log(states.join(' '));
  await page.screenshot({ path: out, fullPage: true });
  // WIDGETS=1: also one picture per widget (out-1.png, ...), big enough to read.
  if (process.env.WIDGETS) {
    const widgets = await page.$$(ANY_WIDGET);
    for (const [index, widget] of widgets.entries()) await widget.screenshot({ path: out.replace(/\.png$/, `-${index + 1}.png`) });
  }
} finally {
  await browser.close();
}
