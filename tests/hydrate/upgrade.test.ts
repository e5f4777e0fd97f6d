import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import '../../src/region-split.js';
import '../../src/deficit-trend.js';
import '../../src/driver-breakdown.js';
import type { ChartElement } from '../../src/base/chart-element.js';
import { nextEvent } from '../helpers.js';
import { counts, mountParsed, prerendered, unmountParsed, watchFrames } from './prerendered.js';

const box = (el: Element, selector: string) => {
  const { x, y, width, height } = el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
  return { x, y, width, height };
};

describe('hydrate="visible": the element takes over prerendered markup', () => {
  afterEach(unmountParsed);

  for (const tag of ['region-split', 'deficit-trend']) {
    it(`${tag}: one figure and one chart in every frame, the same boxes, no layout shift`, async () => {
      const markup = await prerendered(tag);
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries().map((entry) => (entry as unknown as { value: number }).value)));
      observer.observe({ type: 'layout-shift' });
      const el = mountParsed<ChartElement>(markup);
      const stop = watchFrames(el);
      const before = { figure: box(el, 'figure'), chart: box(el, '.chart-box') };
      expect(counts(el), 'the server figure shows at once').to.deep.equal({ figures: 1, svgs: 1 });
      await nextEvent(el, 'chart-ready');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const frames = stop();
      observer.disconnect();
      expect(counts(el)).to.deep.equal({ figures: 1, svgs: 1 });
      expect(frames.length).to.be.greaterThan(0);
      expect(frames.filter((frame) => frame.figures !== 1 || frame.svgs < 1), 'frames with no figure, two figures or no chart').to.deep.equal([]);
      const root = el.shadowRoot!;
      expect(root.querySelector('[data-tbc-prerendered], style'), 'no server node left').to.equal(null);
      expect(getInstanceByDom(root.querySelector<HTMLElement>('.chart')!), 'ECharts draws in the box').to.not.equal(undefined);
      expect({ figure: box(el, 'figure'), chart: box(el, '.chart-box') }).to.deep.equal(before);
      expect(shifts.reduce((sum, value) => sum + value, 0), 'CLS').to.equal(0);
    });
  }

  it('shows the server\'s phone chart in a box narrower than 480 px, its wide chart in a wider one', async () => {
    const shown = (width: number) => {
      const el = mountParsed<ChartElement>(markup, width);
      const svgs = [...el.shadowRoot!.querySelectorAll('.chart svg')].filter((svg) => svg.getClientRects().length > 0);
      expect(svgs, `one chart shows at ${width} px`).to.have.length(1);
      return svgs[0]!;
    };
    const markup = await prerendered('driver-breakdown', 'hydrate=never');
    const phone = shown(360);
    expect(phone.hasAttribute('data-narrow')).to.equal(true);
    expect(phone.getAttribute('width'), 'drawn for a phone: its text at its own size').to.equal('360');
    expect(phone.getBoundingClientRect().width / 360, 'at nearly its own size, not the wide chart at half of it').to.be.above(0.85);
    const wide = shown(640);
    expect(wide.hasAttribute('data-narrow')).to.equal(false);
    expect(wide.getAttribute('width')).to.equal('640');
  });

  it('fits the server\'s chart (drawn at 640 × 400) into a narrower chart box until ECharts draws at the box\'s size', async () => {
    const el = mountParsed<ChartElement>(await prerendered('region-split', 'hydrate=never'), 360);
    const chart = box(el, '.chart-box');
    const svg = box(el, '.chart svg');
    expect(chart.width).to.be.below(400);
    expect(svg.width, 'as wide as the box at most').to.be.at.most(chart.width + 0.5);
    expect(svg.height, 'as tall as the box at most').to.be.at.most(chart.height + 0.5);
    expect(svg.width).to.be.above(chart.width - 1, 'scaled to the box, not shrunk further');
  });

  it('redraws markup from another version, and markup without a chart box, as one working figure', async () => {
    const markup = await prerendered('region-split');
    const older = markup.replace('data-tbc-prerendered="0.1.0"', 'data-tbc-prerendered="0.0.1-old"');
    const broken = markup.replace(/<div class="chart" aria-hidden="true">[\s\S]*?<\/svg><\/div>/, '');
    expect(older).to.not.equal(markup);
    expect(broken).to.not.contain('class="chart"');
    for (const variant of [older, broken]) {
      const el = mountParsed<ChartElement>(variant);
      await nextEvent(el, 'chart-ready');
      expect(counts(el)).to.deep.equal({ figures: 1, svgs: 1 });
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('Asia');
    }
  });

  it('leaves the element to draw its own figure where no markup was prerendered', async () => {
    const el = mountParsed<ChartElement>('<region-split eager hydrate="visible"></region-split>');
    el.data = JSON.parse((await prerendered('region-split')).match(/<script type="application\/json">([\s\S]*)<\/script>/)![1]!);
    await nextEvent(el, 'chart-ready');
    expect(counts(el)).to.deep.equal({ figures: 1, svgs: 1 });
  });
});
