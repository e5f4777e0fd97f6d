// A web-test-runner command that counts the objects still alive on the test page after a
// forced garbage collection, by prototype (CDP `HeapProfiler.collectGarbage` + puppeteer's
// `queryObjects`). The prototype is read from a global the test sets: `window[payload.global]`.
// Chromium only: Firefox (WebDriver BiDi) exposes no heap in puppeteer.
import { chromiumPage } from './chromium-page.mjs';

export function heapPlugin() {
  return {
    name: 'live-objects-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'live-objects') return undefined;
      const page = chromiumPage(session, command);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const prototype = await page.evaluateHandle((name) => window[name], payload.global);
        const found = await page.queryObjects(prototype);
        const count = await page.evaluate((list) => list.length, found);
        await Promise.all([found.dispose(), prototype.dispose()]);
        return count;
      } finally {
        await cdp.detach();
      }
    },
  };
}
