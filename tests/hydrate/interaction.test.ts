import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import '../../src/region-split.js';
import '../../src/deficit-trend.js';
import type { ChartElement } from '../../src/base/chart-element.js';
import { nextEvent } from '../helpers.js';
import { pause } from '../wait.js';
import { counts, mountParsed, prerendered, requestsSince, unmountParsed } from './prerendered.js';

// One page for this file: the first test sees the module loader empty (no runtime, no ECharts yet).
describe('hydrate="interaction"', () => {
  afterEach(unmountParsed);

  it('loads nothing but the hover texts before the reader points at the widget, then takes over', async () => {
    const markup = await prerendered('region-split', 'hydrate=interaction');
    const since = performance.now();
    const el = mountParsed<ChartElement>(markup);
    await pause(800);
    const before = requestsSince(since).map((entry) => new URL(entry.name).pathname);
    expect(before, 'requests before an interaction').to.deep.equal(['/src/base/prerender-tips.ts']);
    expect(counts(el)).to.deep.equal({ figures: 1, svgs: 1 });

    // The prerendered chart answers the pointer with the live tooltip's text.
    const bar = el.shadowRoot!.querySelector('.chart svg [ecmeta_data_index="0"]')!;
    bar.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 100, clientY: 100 }));
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tip')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain('Asia').and.contain('$3.57B');

    const ready = nextEvent(el, 'chart-ready');
    el.dispatchEvent(new PointerEvent('pointerenter'));
    await ready;
    const after = requestsSince(since).map((entry) => entry.name);
    expect(after.some((name) => /echarts/.test(name)), 'ECharts after the interaction').to.equal(true);
    expect(after.some((name) => /widget-runtime/.test(name)), 'the runtime after the interaction').to.equal(true);
    expect(counts(el)).to.deep.equal({ figures: 1, svgs: 1 });
    expect(getInstanceByDom(el.shadowRoot!.querySelector<HTMLElement>('.chart')!)).to.not.equal(undefined);
  });

  it('focusing the prerendered chart region draws at once, keeps the focus there, and the keyboard reads the items', async () => {
    const el = mountParsed<ChartElement>(await prerendered('deficit-trend', 'hydrate=interaction'));
    await pause(300);
    expect(el.state).to.equal('loading');
    const ready = nextEvent(el, 'chart-ready');
    el.shadowRoot!.querySelector<HTMLElement>('.chart-box')!.focus();
    await ready;
    const region = el.shadowRoot!.activeElement as HTMLElement;
    expect(region?.classList.contains('chart-box'), 'the focus is on the new chart region').to.equal(true);
    expect(region.isConnected).to.equal(true);
    region.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await pause(50);
    expect(el.shadowRoot!.querySelector('.live')!.textContent!.trim()).to.not.equal('');
    expect(counts(el)).to.deep.equal({ figures: 1, svgs: 1 });
  });

  it('a changed attribute (the page switched the language) brings the live widget, in that language', async () => {
    const el = mountParsed<ChartElement>(await prerendered('region-split', 'hydrate=interaction'));
    await pause(300);
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('Asia');
    const ready = nextEvent(el, 'chart-ready');
    el.setAttribute('lang', 'ko');
    await ready;
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('아시아');
    expect(counts(el)).to.deep.equal({ figures: 1, svgs: 1 });
  });

  it('without prerendered markup, renders the figure at once and draws only on interaction', async () => {
    const data = JSON.parse((await prerendered('region-split')).match(/<script type="application\/json">([\s\S]*)<\/script>/)![1]!);
    const el = mountParsed<ChartElement>('<region-split hydrate="interaction" eager></region-split>');
    el.data = data;
    await pause(800);
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('Asia');
    expect(el.chart, 'no chart before an interaction, even eager and in view').to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.chart-box')!.getAttribute('tabindex'), 'the region takes the focus that brings the chart').to.equal('0');
    const ready = nextEvent(el, 'chart-ready');
    el.dispatchEvent(new PointerEvent('pointerdown'));
    await ready;
    expect(counts(el)).to.deep.equal({ figures: 1, svgs: 1 });
  });
});
