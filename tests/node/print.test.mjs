// Print, in Debian's Chromium: a widget never scrolled to prints its table instead of an
// empty chart box; a drawn one prints its vector (SVG) chart. Runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv' };

function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(process.cwd(), path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('printing shows the table of a widget never drawn and the SVG of a drawn one', async () => {
  const server = await serve();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(`http://127.0.0.1:${server.address().port}/demo/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('deficit-trend')?.getAttribute('state') === 'ready', { timeout: 15000 });
    await page.waitForFunction(() => document.querySelector('region-split')?.shadowRoot?.querySelector('table'), { timeout: 15000 });
    await page.emulateMediaType('print');
    const printed = await page.evaluate(() => {
      const shown = (el) => Boolean(el && el.getBoundingClientRect().height > 1 && getComputedStyle(el).display !== 'none');
      const first = document.querySelector('deficit-trend').shadowRoot;
      const last = document.querySelector('region-split');
      return {
        drawnChart: shown(first.querySelector('.chart svg')),
        drawnTable: shown(first.querySelector('.table-wrap')),
        undrawnState: last.getAttribute('state'),
        undrawnTable: shown(last.shadowRoot.querySelector('.table-wrap')),
        undrawnChartBox: shown(last.shadowRoot.querySelector('.chart-box')),
      };
    });
    assert.deepEqual(printed, { drawnChart: true, drawnTable: false, undrawnState: 'loading', undrawnTable: true, undrawnChartBox: false });
  } finally {
    await browser.close();
    server.close();
  }
});
