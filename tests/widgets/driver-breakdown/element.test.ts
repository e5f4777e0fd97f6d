import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import type { DriverBreakdown } from '../../../src/widgets/driver-breakdown/element.js';
import { drawnLines, drawnTexts, gridRect, idsByKeyboard, mount, nextEvent, partText, quarterly, settled, unmountAll, untilState } from '../../helpers.js';

/** The unseen dataset: three quarterly categories, one with a child, mixed signs, no published totals. */
const data = JSON.stringify(quarterly);

type Datum = number | { value: number | string };
const valueOf = (d: Datum | undefined) => (typeof d === 'object' ? d.value : d);

function chartOf(el: Element) {
  return getInstanceByDom(el.shadowRoot!.querySelector<HTMLElement>('.chart')!)!;
}

function drawnSeries(el: Element): { id: string; data: Datum[] }[] {
  return (chartOf(el).getOption() as { series: { id: string; data: Datum[] }[] }).series;
}

/** The pixel rectangle ECharts laid out for a bar. */
function barLayout(el: Element, seriesIndex: number, dataIndex: number) {
  const model = (chartOf(el) as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): { x: number; width: number } } } } }).getModel();
  const rect = model.getSeriesByIndex(seriesIndex).getData().getItemLayout(dataIndex);
  return { left: Math.min(rect.x, rect.x + rect.width), right: Math.max(rect.x, rect.x + rect.width) };
}
/** Where the category label of Gamma is drawn, in chart px. */
const gammaLabel = (el: Element) => drawnTexts(chartOf(el)).find((t) => t.text === 'Gamma')!;
const xPixel = (el: Element, value: number) => chartOf(el).convertToPixel({ xAxisIndex: 0 }, value) as number;

describe('<driver-breakdown>', () => {
  afterEach(unmountAll);

  it('draws the balance view: bars, ticks, children under their parent, and a summary naming the biggest mover', async () => {
    const el = mount<DriverBreakdown>(`<driver-breakdown eager data='${data}'></driver-breakdown>`);
    await untilState(el, 'ready');
    await settled(el);
    const [current, previous] = drawnSeries(el);
    // sort by value: Alpha −90 (and its child), Gamma −80, Beta +20
    expect(current!.data.map(valueOf)).to.deep.equal([-90e6, -30e6, -80e6, 20e6]);
    expect(previous!.data.map(valueOf)).to.deep.equal([-50e6, -20e6, 30e6, 60e6]);
    expect(partText(el, 'summary')).to.equal('Gamma moved most in Q1 2025: it swung from a surplus of $30M to a deficit of $80M.');
    expect([...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Alpha', 'of which: Alpha one', 'Gamma', 'Beta']);
    expect(partText(el, 'footer')).to.contain('Ticks: Q4 2024');
  });

  it('draws the bridge from the previous total to the total, the crossing step as one bar', async () => {
    const el = mount<DriverBreakdown>(`<driver-breakdown eager view="change" sort="data" data='${data}'></driver-breakdown>`);
    await untilState(el, 'ready');
    const [base, step] = drawnSeries(el);
    const steps = step!.data.map((d) => valueOf(d) as number);
    const bases = base!.data.map((d) => valueOf(d) as number);
    // 40 (sum of previous) → Alpha −40 → Beta −40 → Gamma −110 → −150; no children, no residual
    expect(steps).to.deep.equal([40e6, -40e6, -40e6, -110e6, -150e6]);
    expect(bases).to.deep.equal([0, 40e6, 0, -40e6, 0]);
    expect(steps.slice(0, -1).reduce((a, b) => a + b, 0), 'the steps add up to the total').to.equal(steps.at(-1));
    // What ECharts drew: each step spans its start and end in pixels.
    for (const [i, from, to] of [[0, 0, 40e6], [1, 40e6, 0], [3, -40e6, -150e6], [4, 0, -150e6]] as const) {
      const drawn = barLayout(el, 1, i);
      expect(drawn.left, `step ${i} left`).to.be.closeTo(xPixel(el, Math.min(from, to)), 1);
      expect(drawn.right, `step ${i} right`).to.be.closeTo(xPixel(el, Math.max(from, to)), 1);
    }
  });

  it('draws the zero line top to bottom at zero, over the bars, in both views', async () => {
    for (const view of ['balance', 'change']) {
      const el = mount<DriverBreakdown>(`<driver-breakdown eager view="${view}" data='${data}'></driver-breakdown>`);
      await untilState(el, 'ready');
      await settled(el);
      const rect = gridRect(chartOf(el));
      const zero = xPixel(el, 0);
      const rules = drawnLines(chartOf(el)).filter((l) => Math.abs(l.x1 - zero) <= 1 && Math.abs(l.x2 - zero) <= 1 && l.y1 <= rect.y + 1 && l.y2 >= rect.y + rect.height - 1);
      expect(rules.some((l) => l.z > 2), view).to.equal(true);
      // The category labels stay at the chart's left edge.
      expect(gammaLabel(el).x, view).to.be.below(10);
    }
  });

  it('joins each bridge step\'s end to the next step\'s start with a connector, row centre to row centre', async () => {
    const el = mount<DriverBreakdown>(`<driver-breakdown eager view="change" sort="data" data='${data}'></driver-breakdown>`);
    await untilState(el, 'ready');
    await settled(el);
    const chart = chartOf(el);
    const option = chart.getOption() as { series: { id: string; silent?: boolean }[] };
    const index = option.series.findIndex((s) => s.id === 'connectors');
    expect(index).to.equal(2, 'after the steps: the items keep their series index');
    expect(option.series[index]!.silent).to.equal(true);
    // A line series keeps its points' px in one array: x, y, x, y...
    type Points = { getLayout(key: 'points'): ArrayLike<number>; count(): number };
    const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): Points } } }).getModel();
    const layout = model.getSeriesByIndex(index).getData();
    const xy = layout.getLayout('points');
    const point = (i: number) => [xy[2 * i]!, xy[2 * i + 1]!] as const;
    const row = (i: number) => chart.convertToPixel({ yAxisIndex: 0 }, i) as number;
    // Steps 40 → 0 → −40 → −150 (Alpha −40, Beta −40, Gamma −110), then the total: 4 connectors, broken in between.
    expect(layout.count()).to.equal(4 * 3 - 1);
    for (let i = 0; i < 4; i++) {
      const [a, b] = [point(i * 3), point(i * 3 + 1)];
      const end = barLayout(el, 1, i);
      const next = barLayout(el, 1, i + 1);
      // At the value where step i ends and step i + 1 starts.
      expect(a[0], `connector ${i}`).to.be.closeTo(b[0], 0.5);
      expect([Math.abs(a[0] - end.left), Math.abs(a[0] - end.right)].some((d) => d < 1), `connector ${i} at the end of step ${i}`).to.equal(true);
      expect([Math.abs(a[0] - next.left), Math.abs(a[0] - next.right)].some((d) => d < 1), `connector ${i} at the start of step ${i + 1}`).to.equal(true);
      expect(a[1]).to.be.closeTo(row(i), 1);
      expect(b[1]).to.be.closeTo(row(i + 1), 1);
      if (i < 3) expect(Number.isNaN(point(i * 3 + 2)[0]), 'a break').to.equal(true);
    }
  });

  it('draws a step that crosses zero from its start to its end', async () => {
    const crossing = { period: '2025Q1', previous: '2024Q4', total: -20, previousTotal: 10, items: [{ id: 'a', label: 'A', value: -25, previousValue: 5 }, { id: 'b', label: 'B', value: 5, previousValue: 5 }] };
    const el = mount<DriverBreakdown>(`<driver-breakdown eager view="change" sort="data" data='${JSON.stringify(crossing)}'></driver-breakdown>`);
    await untilState(el, 'ready');
    const drawn = barLayout(el, 1, 1);
    expect(drawn.left).to.be.closeTo(xPixel(el, -20), 1);
    expect(drawn.right).to.be.closeTo(xPixel(el, 10), 1);
  });

  it('writes the summary in Korean with particles', async () => {
    const el = mount<DriverBreakdown>(`<driver-breakdown eager lang="ko" data='${data}'></driver-breakdown>`);
    await untilState(el, 'ready');
    await settled(el);
    expect(partText(el, 'summary')).to.equal('Gamma가 2025년 1분기 3,000만 달러 흑자에서 8,000만 달러 적자로 돌아서 가장 크게 움직였다.');
  });

  it('fires chart-select with the category id, from the keyboard, in both views', async () => {
    for (const [view, want] of [['balance', ['a', 'a1']], ['change', ['previous-total', 'a']]] as const) {
      const el = mount<DriverBreakdown>(`<driver-breakdown eager view="${view}" data='${data}'></driver-breakdown>`);
      await untilState(el, 'ready');
      await settled(el);
      expect(await idsByKeyboard(el, 'ArrowDown', 2), view).to.deep.equal(want);
    }
  });

  it('fires chart-select with the category id on a click on its bar', async () => {
    const el = mount<DriverBreakdown>(`<driver-breakdown eager data='${data}'></driver-breakdown>`);
    await untilState(el, 'ready');
    const chart = chartOf(el);
    const rect = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): { x: number; y: number; width: number; height: number } } } } })
      .getModel().getSeriesByIndex(0).getData().getItemLayout(2);
    const selected = nextEvent<{ id: string; value: number }>(el, 'chart-select');
    const at = { zrX: rect.x + rect.width / 2, zrY: rect.y + rect.height / 2 };
    // zrender counts a click only after a mousedown and mouseup on the same element.
    for (const type of ['mousemove', 'mousedown', 'mouseup', 'click'] as const) chart.getZr().handler.dispatch(type, { ...at });
    const { detail } = await selected;
    expect(detail.id).to.equal('c');
    expect(detail.value).to.equal(-80e6);
  });
});
