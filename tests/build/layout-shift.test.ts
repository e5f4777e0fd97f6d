/**
 * The demo article, built, in an iframe: from the tags appearing to every chart drawn,
 * nothing on the page moves (cumulative layout shift 0). Chromium only: Firefox has no
 * layout-shift entries.
 */
import { expect } from '@esm-bundle/chai';
import { until } from '../wait.js';
import { TAGS } from '../../src/widgets/manifest.js';

const chromium = /Chrome\//.test(navigator.userAgent);

(chromium ? describe : describe.skip)('demo article layout', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const width of [1280, 375]) {
    it(`does not shift while the widgets load and draw (${width} px)`, async () => {
      frame = document.createElement('iframe');
      frame.style.cssText = `width:${width}px;height:700px;border:0;position:absolute;top:0;left:0`;
      frame.src = '/demo/index.html';
      document.body.append(frame);
      await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & typeof globalThis;
      const widgets = [...frame.contentDocument!.querySelectorAll(TAGS.join(', '))];
      for (const widget of widgets) {
        widget.scrollIntoView();
        await until(() => widget.getAttribute('state') === 'ready', () => `${widget.localName} ready`, 15000);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const shifts = await new Promise<{ value: number; sources: string[] }[]>((resolve) => {
        new win.PerformanceObserver((list: PerformanceObserverEntryList) => {
          resolve(
            (list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[])
              .filter((entry) => !entry.hadRecentInput)
              .map((entry) => ({ value: entry.value, sources: (entry.sources ?? []).map((s) => (s.node as Element | undefined)?.localName ?? '?') })),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 500);
      });
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts)).to.equal(0);
    });
  }
});
