import { expect } from '@esm-bundle/chai';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import { trendView } from '../../src/widgets/deficit-trend/view.js';
import { mount, nextEvent, quarterly, settled, unmountAll, untilState } from '../helpers.js';

describe('linked widgets and highlight', () => {
  afterEach(unmountAll);

  it('a period stepped to in one widget highlights the same period in its group', async () => {
    const data = JSON.stringify(quarterly);
    const first = mount<DeficitTrend>(`<deficit-trend eager group="g" data='${data}'></deficit-trend>`);
    const second = mount<DeficitTrend>(`<deficit-trend eager group="g" type="line" data='${data}'></deficit-trend>`);
    const outsider = mount<DeficitTrend>(`<deficit-trend eager group="other" data='${data}'></deficit-trend>`);
    await Promise.all([first, second, outsider].map((el) => untilState(el, 'ready')));
    await settled(first);
    const actions = (el: DeficitTrend) => {
      const seen: Record<string, unknown>[] = [];
      const chart = el.chart!;
      const dispatch = chart.dispatchAction.bind(chart);
      chart.dispatchAction = (action: Record<string, unknown>) => {
        seen.push(action);
        dispatch(action as never);
      };
      return seen;
    };
    const secondActions = actions(second);
    const outsiderActions = actions(outsider);
    const region = first.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    region.focus();
    for (const key of ['Home', 'ArrowRight']) region.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    // The second item of `first` is 2024Q3 (2024Q2 is a gap): the same period is lit in `second`.
    const highlight = secondActions.filter((action) => action['type'] === 'highlight').at(-1);
    expect(highlight).to.deep.include({ seriesIndex: 0, dataIndex: 2 });
    expect(outsiderActions.filter((action) => action['type'] === 'highlight')).to.deep.equal([]);
  });

  it('highlight emphasises one period and changes with one chart-ready per step', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`);
    await untilState(el, 'ready');
    for (const step of ['2024Q3', '2025Q1']) {
      const ready = nextEvent(el, 'chart-ready');
      el.highlight = step;
      await ready;
      const option = el.chart!.getOption() as { series: { data: ({ itemStyle?: { opacity?: number } } | string)[] }[] };
      const opacities = option.series[0]!.data.map((item) => (typeof item === 'object' && item ? item.itemStyle?.opacity ?? 1 : null));
      const index = ['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1'].indexOf(step);
      const lit = opacities[index]!;
      for (const [i, opacity] of opacities.entries()) if (i !== index && opacity !== null) expect(opacity, `period ${i} dimmed`).to.be.below(lit);
    }
  });

  it('a highlight step redraws the chart only: the summary and table are not computed again', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    const describe = trendView.describe;
    let described = 0;
    trendView.describe = (...args) => (described++, describe(...args));
    try {
      for (const step of ['2024Q3', '2025Q1']) {
        const ready = nextEvent(el, 'chart-ready');
        el.highlight = step;
        await ready;
        await settled(el);
      }
      expect(described, 'describe() calls for two highlight steps').to.equal(0);
      el.currency = 'KRW';
      await nextEvent(el, 'chart-ready');
      expect(described, 'a currency change writes them again').to.be.above(0);
    } finally {
      trendView.describe = describe;
    }
  });
});
