/**
 * The built CDN entry (minified, as readers get it): a widget removed from the page leaves
 * no ECharts instance behind. Minification matters here: the leak this guards against only
 * existed in the built code, where the shared observers' callbacks were inlined into a
 * widget's method and kept the first widget alive. Needs `npm run build` first. Chromium only.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { TAGS } from '../../src/widgets/manifest.js';

const isChromium = /Chrome\//.test(navigator.userAgent);

type ChartHost = HTMLElement & { data: unknown; eager: boolean; chartReady: Promise<object> };
type Page = Window & { echartsPrototype?: object };

async function createDrawRemove(tag: string, data: unknown): Promise<void> {
  const el = document.createElement(tag) as ChartHost;
  el.eager = true;
  el.data = data;
  el.style.width = '640px';
  document.body.append(el);
  const chart = await el.chartReady;
  (window as Page).echartsPrototype ??= Object.getPrototypeOf(chart) as object;
  el.remove();
}

describe('CDN build: memory', () => {
  it('leaves no ECharts instance alive after widgets are created, drawn and removed', async function () {
    if (!isChromium) this.skip();
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/trade-balance-charts.js`);
    const data = await (await fetch('/data/knowledge-services-trade.json')).json();
    for (let cycle = 0; cycle < 3; cycle++) {
      for (const tag of TAGS) await createDrawRemove(tag, data);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const live = await executeServerCommand<number, { global: string }>('live-objects', { global: 'echartsPrototype' });
    expect(live).to.equal(0);
  });
});
