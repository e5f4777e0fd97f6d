/**
 * The tooltip the widget draws itself (ECharts' tooltip component is not loaded): plain
 * text beside a real pointer, for every category of the trend (gaps too) and for the bars
 * of the other widgets, kept inside the chart, hidden when the pointer leaves; from the
 * keyboard, beside the chosen item wherever `options` put the plot.
 */
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EChartsType } from '../../src/echarts-registry.js';
import { gridRect, mount, quarterly, settled, unmountAll, until, untilState } from '../helpers.js';
import { itemsOf } from '../a11y/a11y-helpers.js';

type Widget = HTMLElement & { chart?: EChartsType };

const tipOf = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;

/**
 * Moves the real mouse to chart pixel (x, y) of `el`. The page scrolls only when that pixel is
 * out of view: content moving under a still pointer makes the browser update the hover on its
 * own schedule, which a test cannot order against its own move.
 */
async function pointAt(el: Widget, x: number, y: number): Promise<void> {
  const region = el.shadowRoot!.querySelector('[part="chart"]')!;
  const top = region.getBoundingClientRect().top + y;
  if (top < 20 || top > innerHeight - 20) {
    window.scrollBy(0, top - innerHeight / 2);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  const box = region.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + x), Math.round(box.top + y)] });
}

async function drawn(markup: string): Promise<Widget> {
  const el = mount<Widget>(markup);
  await untilState(el, 'ready');
  await settled(el);
  el.scrollIntoView({ block: 'center' });
  // Pixels are read from the chart before the pointer moves: wait until no resize is pending
  // (a late font or the summary's wrapping can change the box after the first draw).
  const box = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
  await until(() => el.chart!.getWidth() === box.clientWidth && el.chart!.getHeight() === box.clientHeight, 'the chart to fill its box');
  await settled(el);
  return el;
}

describe('tooltip', () => {
  afterEach(async () => {
    await resetMouse();
    unmountAll();
  });

  it('<deficit-trend>: anywhere over a period shows it, a gap says "not published"; leaving hides it', async () => {
    const el = await drawn(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`);
    const chart = el.chart!;
    const tip = tipOf(el);
    expect(tip.hidden, 'hidden before any pointer').to.equal(true);
    const grid = gridRect(chart);
    const slotX = (slot: number) => chart.convertToPixel({ xAxisIndex: 0 }, slot) as number;

    // The gap: no bar at all, the pointer high in the plot.
    await pointAt(el, slotX(1), grid.y + 10);
    await until(() => !tip.hidden, 'the tooltip', 5000);
    expect(tip.textContent).to.equal('Q2 2024\nnot published');

    await pointAt(el, slotX(3), grid.y + grid.height - 10);
    await until(() => tip.textContent === 'Q4 2024\n$40M', 'the Q4 2024 tooltip', 5000);
    // Beside the pointer, inside the chart.
    const region = el.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    expect(box.left).to.be.at.least(region.left);
    expect(box.right).to.be.at.most(region.right + 0.5);
    expect(box.bottom).to.be.at.most(region.bottom + 0.5);
    expect(getComputedStyle(tip).whiteSpace).to.equal('pre-line');

    await sendMouse({ type: 'move', position: [2, 2] });
    await until(() => tip.hidden === true, 'the tooltip to hide', 5000);
  });

  it('<region-split>: over a bar shows its region whole, with its note; between bars nothing', async () => {
    const el = await drawn(`<region-split eager data='${JSON.stringify(quarterly)}'></region-split>`);
    const chart = el.chart!;
    const tip = tipOf(el);
    const rows = (chart.getOption() as { yAxis: { data: string[] }[] }).yAxis[0]!.data;
    const south = rows.findIndex((row) => row.includes('South'));
    expect(south).to.be.at.least(0);
    // Near the bar's base: its value label sits at the other end.
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [-20e6, south]) as number[];
    await pointAt(el, x!, y!);
    await until(() => !tip.hidden, 'the tooltip', 5000);
    expect(tip.textContent).to.match(/^South\n−\$140M/);

    const elsewhere = rows.findIndex((row) => row.includes('Elsewhere'));
    // Measured again at each try: on a busy machine the chart may still be settling its height
    // (the rows layout grows it), as a reader would move the pointer again.
    for (let tries = 1; ; tries++) {
      const [ex, ey] = chart.convertToPixel({ seriesIndex: 0 }, [-5e6, elsewhere]) as number[];
      await pointAt(el, ex!, ey!);
      try {
        await until(() => (tip.textContent ?? '').startsWith('Elsewhere'), () => `the Elsewhere tooltip (shown: ${tip.hidden ? 'none' : JSON.stringify(tip.textContent)})`, 2000);
        break;
      } catch (error) {
        if (tries === 3) throw error;
      }
    }
    expect(tip.textContent).to.contain('total minus the rest');

    // Half-way between two rows: no bar, no tooltip.
    const [, above] = chart.convertToPixel({ seriesIndex: 0 }, [-20e6, south - 1]) as number[];
    await pointAt(el, x!, (above! + y!) / 2);
    await until(() => tip.hidden === true, 'the tooltip to hide', 5000);
  });

  describe('from the keyboard, beside the item where `options` moved the plot', () => {
    /** Focuses the chart, presses Home, and returns the first item, the tooltip's box and the chart's, in chart pixels. */
    async function firstItemByKeyboard(el: Widget) {
      const region = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
      region.focus();
      await sendKeys({ press: 'Home' });
      const tip = tipOf(el);
      await until(() => !tip.hidden, 'the keyboard tooltip', 5000);
      const chartBox = region.getBoundingClientRect();
      const box = tip.getBoundingClientRect();
      const item = itemsOf(el)[0]!;
      return { item, tip, left: box.left - chartBox.left, right: box.right - chartBox.left, top: box.top - chartBox.top, bottom: box.bottom - chartBox.top };
    }

    it('<deficit-trend>: at the top, beside the period\'s column, with the plot pushed right', async () => {
      const el = await drawn(`<deficit-trend eager options='{"grid":{"left":"55%"}}' data='${JSON.stringify(quarterly)}'></deficit-trend>`);
      const chart = el.chart!;
      const { item, tip, left, right, top } = await firstItemByKeyboard(el);
      const x = chart.convertToPixel({ xAxisIndex: 0 }, item.dataIndex) as number;
      expect(x, 'the override moved the plot').to.be.above(chart.getWidth() / 2);
      expect(tip.textContent).to.match(/^Q1 2024\n/);
      // 14 px to the right of the column's centre, or turned back to its left at the edge.
      const beside = Math.abs(left - (x + 14)) < 1.5 || Math.abs(right - (x - 14)) < 1.5;
      expect(beside, `tooltip ${left.toFixed(1)}–${right.toFixed(1)} px beside the column at ${x.toFixed(1)} px`).to.equal(true);
      expect(top).to.be.closeTo(8, 1.5);
    });

    it('<driver-breakdown>: at the right, below the item\'s row, with the plot pushed down', async () => {
      const el = await drawn(`<driver-breakdown eager options='{"grid":{"top":"45%"}}' data='${JSON.stringify(quarterly)}'></driver-breakdown>`);
      const chart = el.chart!;
      const { item, tip, right, top, bottom } = await firstItemByKeyboard(el);
      const y = chart.convertToPixel({ yAxisIndex: 0 }, item.dataIndex) as number;
      expect(y, 'the override moved the plot').to.be.above(chart.getHeight() * 0.45);
      expect(tip.textContent!.split('\n')[0]).to.equal(item.label);
      const beside = Math.abs(top - (y + 14)) < 1.5 || Math.abs(bottom - (y - 14)) < 1.5;
      expect(beside, `tooltip ${top.toFixed(1)}–${bottom.toFixed(1)} px by the row at ${y.toFixed(1)} px`).to.equal(true);
      expect(right).to.be.closeTo(chart.getWidth() - 8, 1.5);
    });
  });

  it('keeps data text as written: no markup, no ECharts templates', async () => {
    const data = structuredClone(quarterly);
    data.trend.series[0]!.label = { en: '<b>Balance</b> {a|x}', ko: '수지' };
    const hostile = { ...data, trend: { ...data.trend, series: [data.trend.series[0]!, { id: 'other', label: '<img src=x onerror=alert(1)>', values: [1, 2, 3, 4, 5] }] } };
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    // Set as a property: the test itself never parses the payload as markup.
    (el as unknown as { data: unknown }).data = hostile;
    await untilState(el, 'ready');
    await settled(el);
    const chart = el.chart!;
    const grid = gridRect(chart);
    await pointAt(el, chart.convertToPixel({ xAxisIndex: 0 }, 0) as number, grid.y + 10);
    const tip = tipOf(el);
    await until(() => !tip.hidden && (tip.textContent ?? '').includes('<img'), 'the tooltip with the payload', 5000);
    expect(tip.children.length, 'text only').to.equal(0);
    expect(tip.textContent).to.contain('<b>Balance</b> {a|x}: −$120M');
    expect(tip.textContent).to.contain('<img src=x onerror=alert(1)>: $1M');
  });
});
