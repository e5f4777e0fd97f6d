import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import type { EChartsType } from '../../../src/echarts-registry.js';
import type { RegionSplit } from '../../../src/widgets/region-split/element.js';
import { mount, nextEvent, partText, quarterly, settled, unmountAll, untilState } from '../../helpers.js';

/** The unseen five regions (mixed signs, one derived), as a bare section. */
const regionsJson = JSON.stringify({ meta: quarterly.meta, regions: quarterly.regions });

function chartOf(el: RegionSplit): EChartsType {
  return getInstanceByDom(el.shadowRoot!.querySelector<HTMLElement>('.chart')!)! as unknown as EChartsType;
}

interface DrawnSeries {
  data: ({ value: number | string } | number | string)[];
}

function values(chart: EChartsType): (number | string)[] {
  const series = (chart.getOption() as { series: DrawnSeries[] }).series;
  return series[0]!.data.map((d) => (typeof d === 'object' ? d.value : d));
}

async function drawn(markup: string): Promise<RegionSplit> {
  const el = mount<RegionSplit>(markup);
  // A generous first draw: ECharts is imported on first use, on a shared machine.
  await nextEvent(el, 'chart-ready', 30000);
  await settled(el);
  return el;
}

describe('<region-split> element', () => {
  afterEach(unmountAll);

  it('draws surplus and deficit regions on both sides of zero, sorted', async () => {
    const el = await drawn(`<region-split eager data='${regionsJson}'></region-split>`);
    expect(el.state).to.equal('ready');
    const chart = chartOf(el);
    expect(el.chart).to.equal(chart);
    expect(values(chart)).to.deep.equal([60e6, 10e6, -30e6, -50e6, -140e6]);
    const yAxis = (chart.getOption() as { yAxis: { data: string[] }[] }).yAxis[0]!;
    expect(yAxis.data).to.deep.equal(['North', 'East', 'Elsewhere*', 'West', 'South']);
    // Both sides drawn: the zero line falls inside the plot, bars left and right of it.
    const zero = chart.convertToPixel({ xAxisIndex: 0 }, 0) as number;
    const north = chart.convertToPixel({ xAxisIndex: 0 }, 60e6) as number;
    const south = chart.convertToPixel({ xAxisIndex: 0 }, -140e6) as number;
    expect(south).to.be.below(zero);
    expect(north).to.be.above(zero);
    expect(partText(el, 'footer')).to.contain('* Elsewhere (derived, hatched): total minus the rest');
    expect(el.shadowRoot!.querySelectorAll('table tbody tr')).to.have.length(5);
  });

  it('keeps data order with sort="data"', async () => {
    const el = await drawn(`<region-split eager sort="data" data='${regionsJson}'></region-split>`);
    expect(values(chartOf(el))).to.deep.equal([60e6, -140e6, 10e6, -50e6, -30e6]);
  });

  it('names the largest surplus and the largest deficit, in English and Korean', async () => {
    const en = await drawn(`<region-split eager data='${regionsJson}'></region-split>`);
    expect(partText(en, 'summary')).to.equal('North ran a $60M surplus while South ran a $140M deficit in Q1 2025.');
    const ko = await drawn(`<region-split eager lang="ko" data='${regionsJson}'></region-split>`);
    expect(partText(ko, 'summary')).to.equal('2025년 1분기에 North는 0.6억 달러 흑자, South는 1.4억 달러 적자를 냈다.');
  });

  it('fires chart-select with the region id from the keyboard and from a click', async () => {
    const el = await drawn(`<region-split eager data='${regionsJson}'></region-split>`);
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    box.focus();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    const fromKeyboard = nextEvent<{ id: string; label: string; value: number; series: string }>(el, 'chart-select');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await fromKeyboard).detail).to.deep.equal({ id: 's', label: 'South', value: -140e6, series: 'value' });

    // A click on the middle of East's bar (the second row).
    const chart = chartOf(el);
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [5e6, 1]) as number[];
    const root = chart.getZr().painter.getViewportRoot() as HTMLElement;
    const rect = root.getBoundingClientRect();
    const at = { clientX: rect.left + x!, clientY: rect.top + y!, bubbles: true, composed: true };
    const fromClick = nextEvent<{ id: string }>(el, 'chart-select');
    root.dispatchEvent(new MouseEvent('mousemove', at));
    root.dispatchEvent(new MouseEvent('mousedown', at));
    root.dispatchEvent(new MouseEvent('mouseup', at));
    root.dispatchEvent(new MouseEvent('click', at));
    expect((await fromClick).detail.id).to.equal('e');
  });

  it('emphasises the highlighted region', async () => {
    const el = await drawn(`<region-split eager highlight="w" data='${regionsJson}'></region-split>`);
    const series = (chartOf(el).getOption() as { series: { data: { itemStyle: { opacity: number } }[] }[] }).series;
    expect(series[0]!.data.map((d) => d.itemStyle.opacity)).to.deep.equal([0.35, 0.35, 0.35, 1, 0.35]);
  });

  it('keeps its chart when moved to another parent', async () => {
    const el = await drawn(`<region-split eager data='${regionsJson}'></region-split>`);
    const other = mount('<div></div>');
    const again = nextEvent(el, 'chart-ready', 30000);
    other.append(el);
    await again;
    await untilState(el, 'ready');
    expect(el.chart).to.not.equal(undefined);
    expect(el.chart!.isDisposed(), 'not disposed').to.not.equal(true);
    expect(el.chart).to.equal(chartOf(el));
    expect(values(el.chart!)).to.deep.equal([60e6, 10e6, -30e6, -50e6, -140e6]);
  });
});
