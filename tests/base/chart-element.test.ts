import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import { mount, nextEvent, partText, quarterly, settled, unmountAll, untilState } from '../helpers.js';

const trendJson = JSON.stringify(quarterly);

function instanceOf(el: Element) {
  const box = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
  return getInstanceByDom(box);
}

describe('ChartElement lifecycle', () => {
  afterEach(unmountAll);

  it('draws from the data attribute and fires chart-ready once', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${trendJson}'></deficit-trend>`);
    let readyCount = 0;
    el.addEventListener('chart-ready', () => readyCount++);
    const ready = await nextEvent<{ chart: unknown }>(el, 'chart-ready');
    expect(el.state).to.equal('ready');
    expect(ready.detail.chart).to.equal(instanceOf(el));
    expect(await el.chartReady).to.equal(ready.detail.chart);
    el.style.width = '500px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readyCount, 'no chart-ready on resize').to.equal(1);
  });

  it('writes its summary and table without reading computed styles (no forced style recalculation between widgets)', async () => {
    mount('<div style="height:5000px"></div>');
    const reads: Element[] = [];
    const original = window.getComputedStyle;
    window.getComputedStyle = (element: Element, pseudo?: string | null) => (reads.push(element), original.call(window, element, pseudo));
    try {
      const el = mount<DeficitTrend>(`<deficit-trend data='${trendJson}'></deficit-trend>`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settled(el);
      expect(partText(el, 'summary')).to.contain('2025');
      expect(el.state, 'not drawn: far below the viewport').to.equal('loading');
      expect(reads.filter((read) => read === el || el.shadowRoot!.contains(read))).to.deep.equal([]);
    } finally {
      window.getComputedStyle = original;
    }
  });

  it('renders summary and table before ECharts, and draws only near the viewport', async () => {
    const spacer = mount('<div style="height:5000px"></div>');
    const el = mount<DeficitTrend>(`<deficit-trend data='${trendJson}'></deficit-trend>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settled(el);
    expect(el.state).to.equal('loading');
    expect(partText(el, 'summary')).to.contain('2025');
    expect(el.shadowRoot!.querySelectorAll('table tbody tr')).to.have.length(5);
    expect(instanceOf(el), 'no ECharts instance off-screen').to.equal(undefined);
    const ready = nextEvent(el, 'chart-ready');
    el.scrollIntoView();
    await ready;
    expect(instanceOf(el)).to.not.equal(undefined);
    spacer.remove();
  });

  it('disposes its chart when removed and draws again when re-attached', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${trendJson}'></deficit-trend>`);
    await untilState(el, 'ready');
    const box = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const parent = el.parentElement!;
    el.remove();
    expect(getInstanceByDom(box), 'disposed').to.equal(undefined);
    const again = nextEvent(el, 'chart-ready');
    parent.append(el);
    await again;
    expect(getInstanceByDom(el.shadowRoot!.querySelector<HTMLElement>('.chart')!)).to.not.equal(undefined);
  });

  it('shows a named error, fires chart-error, and keeps neighbours working', async () => {
    const good = mount<DeficitTrend>(`<deficit-trend eager data='${trendJson}'></deficit-trend>`);
    const bad = mount<DeficitTrend>(`<deficit-trend eager debug data='{"periods": ["2024"], "series": [{"id": "b", "label": "B", "values": ["n/a"]}]}'></deficit-trend>`);
    const error = await nextEvent<{ message: string }>(bad, 'chart-error');
    expect(error.detail.message).to.equal('trend.series[0].values[0]: expected a number or null, got "n/a"');
    await settled(bad);
    expect(bad.state).to.equal('error');
    expect(partText(bad, 'error')).to.contain('trend.series[0].values[0]: expected a number or null, got "n/a"');
    await untilState(good, 'ready');
  });

  it('reports an empty dataset as empty, without a chart', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='{"periods": ["2024", "2025"], "series": [{"id": "b", "label": "B", "values": [null, null]}]}'></deficit-trend>`);
    await untilState(el, 'empty');
    await settled(el);
    expect(instanceOf(el)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.placeholder')!.textContent).to.equal('No data to show');
  });

  it('redraws with one chart-ready per change of language, currency and theme', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${trendJson}'></deficit-trend>`);
    await untilState(el, 'ready');
    for (const [name, value, check] of [
      ['lang', 'ko', () => expect(partText(el, 'summary')).to.contain('2025년 1분기')],
      ['currency', 'KRW', () => expect(partText(el, 'summary')).to.contain('원')],
      ['theme', 'dark', () => expect(getComputedStyle(el).getPropertyValue('--_background').trim()).to.equal('#16181c')],
    ] as const) {
      let count = 0;
      const listener = () => count++;
      el.addEventListener('chart-ready', listener);
      const ready = nextEvent(el, 'chart-ready');
      el.setAttribute(name, value);
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 50));
      el.removeEventListener('chart-ready', listener);
      expect(count, `${name} → one chart-ready`).to.equal(1);
      check();
    }
  });

  it('follows <html lang> changes', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${trendJson}'></deficit-trend>`);
    await untilState(el, 'ready');
    const ready = nextEvent(el, 'chart-ready');
    document.documentElement.lang = 'ko';
    try {
      await ready;
      await settled(el);
      expect(partText(el, 'summary')).to.match(/적자/);
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('steps through items with the arrow keys, announces them, and selects with Enter', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${trendJson}'></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    const region = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(region.tabIndex).to.equal(0);
    region.focus();
    for (const key of ['ArrowRight', 'ArrowRight']) region.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await settled(el);
    expect(el.shadowRoot!.querySelector('.live')!.textContent).to.equal('Q3 2024: −$80M');
    const selected = nextEvent<{ id: string; value: number }>(el, 'chart-select');
    region.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const { detail } = await selected;
    expect(detail.id).to.equal('2024Q3');
    expect(detail.value).to.equal(-80e6);
  });
});
