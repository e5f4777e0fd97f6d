import { expect } from '@esm-bundle/chai';
import '../../src/region-split.js';
import type { ChartElement } from '../../src/base/chart-element.js';
import { pause } from '../wait.js';
import { untilState } from '../helpers.js';
import { counts, mountParsed, prerendered, requestsSince, unmountParsed } from './prerendered.js';

// One page for this file: nothing has loaded ECharts in it.
describe('hydrate="never"', () => {
  afterEach(unmountParsed);

  it('with prerendered markup, loads nothing, even when the reader points at it or focuses it', async () => {
    const markup = await prerendered('region-split', 'hydrate=never');
    const since = performance.now();
    const el = mountParsed<ChartElement>(markup);
    el.dispatchEvent(new PointerEvent('pointerenter'));
    el.dispatchEvent(new FocusEvent('focusin'));
    await pause(800);
    expect(requestsSince(since).map((entry) => entry.name)).to.deep.equal([]);
    expect(counts(el)).to.deep.equal({ figures: 1, svgs: 1 });
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('Asia');
  });

  it('without prerendered markup, shows the figure (text and table) and no chart, and never loads ECharts', async () => {
    const data = JSON.parse((await prerendered('region-split')).match(/<script type="application\/json">([\s\S]*)<\/script>/)![1]!);
    const since = performance.now();
    const el = mountParsed<ChartElement>('<region-split hydrate="never" eager></region-split>');
    el.data = data;
    await untilState(el, 'ready');
    el.dispatchEvent(new PointerEvent('pointerenter'));
    await pause(500);
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('Asia');
    expect(el.shadowRoot!.querySelectorAll('table tbody tr').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.chart-box')!.hidden).to.equal(true);
    expect(counts(el).svgs).to.equal(0);
    expect(requestsSince(since).filter((entry) => /echarts-registry|prebundled/.test(entry.name)).map((entry) => entry.name)).to.deep.equal([]);
  });
});
