import { expect } from '@esm-bundle/chai';
import { buildRegionsOption, DERIVED_DECAL } from '../../../src/widgets/region-split/option.js';
import { regionsView } from '../../../src/widgets/region-split/view.js';
import { textWidth } from '../../../src/widgets/text-measure.js';
import { e8, h1, section, segments, settings, theme } from './fixtures.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../korean.js';

interface BarDatum {
  value: number | '-';
  label?: { show?: boolean; position?: string; opacity?: number };
  itemStyle?: { color?: string; opacity?: number; decal?: unknown; borderType?: string };
}
interface BarSeries {
  id: string;
  stack?: string;
  stackStrategy?: string;
  silent?: boolean;
  barGap?: string;
  data: BarDatum[];
  label: { show: boolean; formatter: (p: unknown) => string };
}

function parts(build: Omit<ReturnType<typeof buildRegionsOption>, 'tooltip'> & { tooltip?: ReturnType<typeof buildRegionsOption>['tooltip'] }) {
  const option = build.option as unknown as {
    series: BarSeries[];
    grid: { left: number; right: number; outerBoundsMode: string };
    xAxis: { min: number; max: number; axisLabel: { formatter: (v: number) => string; showMinLabel: boolean; showMaxLabel: boolean } };
    yAxis: { data: string[]; inverse: boolean; axisLine: { onZero: boolean } };
    tooltip?: unknown;
  };
  const label = (seriesIndex: number, dataIndex: number) => option.series[seriesIndex]!.label.formatter({ seriesIndex, dataIndex });
  const tip = (seriesIndex: number, dataIndex: number) => {
    if (!build.tooltip) throw new Error('pass the whole build to read its tooltip');
    return build.tooltip.text(seriesIndex, dataIndex);
  };
  return { ...option, label, tip };
}

/** Pixel x of a value on the plot of a 640 px chart. */
function pixel(o: ReturnType<typeof parts>, value: number, width = 640): number {
  const plot = width - o.grid.left - o.grid.right;
  return o.grid.left + ((value - o.xAxis.min) / (o.xAxis.max - o.xAxis.min)) * plot;
}

/** Every shown value label lies inside the plot: none reaches the category labels or the edge. */
function expectLabelsInsidePlot(o: ReturnType<typeof parts>, width = 640): void {
  o.series.forEach((series, seriesIndex) => {
    series.data.forEach((datum, dataIndex) => {
      if (!datum.label?.show) return;
      const text = o.label(seriesIndex, dataIndex);
      const widest = Math.max(...text.split('\n').map((line) => textWidth(line, 12, theme.fontFamily)));
      const stacked = o.series.filter((s) => s.stack && s.data[dataIndex]!.value !== '-').map((s) => s.data[dataIndex]!.value as number);
      const end = series.stack
        ? stacked.filter((v) => (datum.label!.position === 'left' ? v < 0 : v >= 0)).reduce((a, b) => a + b, 0)
        : (datum.value as number);
      const x = pixel(o, end, width);
      if (datum.label.position === 'left') expect(x - 5 - widest, `${text} inside on the left`).to.be.at.least(o.grid.left - 0.5);
      else expect(x + 5 + widest, `${text} inside on the right`).to.be.at.most(width - o.grid.right + 0.5);
    });
  });
}

describe('region-split option', () => {
  it('draws diverging bars with values and shares beside the bar ends, category labels outside the plot', () => {
    const build = buildRegionsOption(h1(), settings());
    const o = parts(build);
    expect(o.yAxis.data).to.deep.equal(['Asia', 'Rest of the world*', 'Europe', 'North America']);
    expect(o.yAxis.inverse).to.equal(true);
    expect(o.grid.outerBoundsMode).to.equal('none');
    // The category column is as wide as the longest label, and the plot starts after it.
    expect(o.grid.left).to.be.at.least(Math.ceil(textWidth('Rest of the world*', 12, theme.fontFamily)) + 8);
    const [bars] = o.series;
    expect(bars!.data.map((d) => d.value)).to.deep.equal(e8(35.7, -21.5, -21.8, -37.7));
    expect(bars!.data.map((d) => d.label!.position)).to.deep.equal(['right', 'left', 'left', 'left']);
    expect(bars!.data.map((d) => d.itemStyle!.color)).to.deep.equal([theme.surplus, theme.deficit, theme.deficit, theme.deficit]);
    // Asia's surplus offsets part of the deficit: no region has a share (it would add up past 100%).
    expect([0, 1, 2, 3].map((i) => o.label(0, i))).to.deep.equal(['$3.57B', '−$2.15B', '−$2.18B', '−$3.77B']);
    expectLabelsInsidePlot(o);
    // The axis range leaves room for the labels and hides its odd end ticks.
    expect(o.xAxis.min).to.be.below(-37.7e8);
    expect(o.xAxis.max).to.be.above(35.7e8);
    expect(o.xAxis.axisLabel.showMinLabel).to.equal(false);
    expect(o.xAxis.axisLabel.showMaxLabel).to.equal(false);
    expect(o.tooltip, 'no ECharts tooltip: the widget draws its own').to.equal(undefined);
  });

  it('returns items in reading order whose indices are the ECharts indices', () => {
    const { option, items } = buildRegionsOption(h1(), settings());
    expect(items.map((i) => [i.id, i.seriesIndex, i.dataIndex])).to.deep.equal([
      ['asia', 0, 0],
      ['rest', 0, 1],
      ['europe', 0, 2],
      ['north-america', 0, 3],
    ]);
    const series = option.series as BarSeries[];
    for (const item of items) expect((series[item.seriesIndex]!.data[item.dataIndex] as BarDatum).value).to.equal(item.value);
    expect(items[3]!.valueText).to.equal('−$3.77B');
    expect(items[1]!.valueText).to.equal('−$2.15B; Derived: Total minus the regions above');
  });

  it('hatches the derived region and shows its note in the tooltip and the key', () => {
    const o = parts(buildRegionsOption(h1(), settings()));
    expect(o.series[0]!.data[1]!.itemStyle!.decal).to.deep.equal(DERIVED_DECAL);
    expect(o.series[0]!.data[0]!.itemStyle!.decal).to.equal(undefined);
    expect(o.tip(0, 1)).to.equal('Rest of the world\n−$2.15B\nDerived: Total minus the regions above');
    expect(o.tip(0, 0)).to.equal('Asia\n$3.57B');
    const view = regionsView.describe(h1(), settings());
    expect(view.keyNotes).to.deep.equal([
      'No percentages: surpluses and deficits offset each other, so shares of the net total would not add up to 100%.',
      '* Rest of the world (derived, hatched): Total minus the regions above',
    ]);
  });

  it('all surplus: bars on one side, labels on the right, no shares without a total', () => {
    const s = section([['a', 'Asia', 12], ['b', 'Europe', 3.4], ['c', 'Americas', 0.5]], { period: '2023' });
    const o = parts(buildRegionsOption(s, settings()));
    expect(o.series[0]!.data.map((d) => d.label!.position)).to.deep.equal(['right', 'right', 'right']);
    expect([0, 1, 2].map((i) => o.label(0, i))).to.deep.equal(['$1.20B', '$0.34B', '$0.05B']);
    expect(o.xAxis.min).to.equal(0);
    expectLabelsInsidePlot(o);
    expect(regionsView.describe(s, settings()).keyNotes).to.deep.equal([]);
  });

  it('all deficit: labels on the left, inside the plot; shares add up to 100% with no offset note', () => {
    const s = section([['a', 'North America', -37.7], ['b', 'Europe', -21.8]], { total: -59.5 });
    const o = parts(buildRegionsOption(s, settings()));
    expect(o.yAxis.data).to.deep.equal(['Europe', 'North America']);
    expect(o.series[0]!.data.map((d) => d.label!.position)).to.deep.equal(['left', 'left']);
    expect(o.label(0, 1)).to.equal('−$3.77B (63.4%)');
    expect(o.xAxis.max).to.equal(0);
    expectLabelsInsidePlot(o);
    expect(regionsView.describe(s, settings()).keyNotes).to.deep.equal(['Percentages are shares of the total deficit of $5.95B.']);
  });

  it('one region', () => {
    const s = section([['asia', 'Asia', 35.7]]);
    const { option, items } = buildRegionsOption(s, settings());
    expect((option.series as BarSeries[])[0]!.data).to.have.length(1);
    expect(items).to.have.length(1);
    expectLabelsInsidePlot(parts({ option, items }));
  });

  it('a region with no figure is a gap with a "not published" note, not a zero bar', () => {
    const s = section([['a', 'A', 5], ['b', 'B', null], ['c', 'C', -2]]);
    const { option, items } = buildRegionsOption(s, settings());
    const o = parts({ option, items });
    expect(o.series[0]!.data[2]!.value).to.equal('-');
    const gap = o.series[1]!;
    expect(gap.id).to.equal('gap');
    expect(gap.silent).to.equal(true);
    expect(gap.barGap).to.equal('-100%');
    expect(gap.data.map((d) => d.value)).to.deep.equal(['-', '-', 0]);
    expect(o.label(1, 2)).to.equal('not published');
    expect(items.map((i) => i.id)).to.deep.equal(['a', 'c']);
  });

  it('wraps long labels whole (beside the plot, or above the bars on a phone) and keeps them whole in tooltip, items and table', () => {
    const long = 'Association of Southeast Asian Nations and the Pacific Islands';
    const s = section([['a', long, 51.1], ['b', 'United States of America including overseas territories', -56.1], ['c', 'Europe', -28.5]], { total: -72.6, period: '2024' });
    const text = (d: string) => d.replace(/\{name\||\}/g, '');
    for (const width of [640, 375]) {
      const o = parts(buildRegionsOption(s, settings({ width })));
      const lines = o.yAxis.data[0]!.split('\n').map(text);
      expect(lines.length).to.be.at.least(2);
      expect(lines.join(' ')).to.equal(long);
      // Beside the plot the names fit their column; above the bars, the plot's width.
      const room = width < 480 ? width - 4 : o.grid.left - 8;
      for (const line of o.yAxis.data.flatMap((d) => d.split('\n')).map(text)) expect(textWidth(line, 12, theme.fontFamily)).to.be.at.most(room);
      expect(o.tip(0, 0)).to.equal(`${long}\n$5.11B`);
      expectLabelsInsidePlot(o, width);
    }
    const narrow = parts(buildRegionsOption(s, settings({ width: 375 })));
    // Asia's surplus offsets part of the deficit: no shares, narrow or wide.
    expect(narrow.label(0, 2)).to.equal('−$5.61B');
    expect(buildRegionsOption(s, settings()).items[0]!.label).to.equal(long);
    expect(regionsView.describe(s, settings()).table.rows[0]![0]).to.equal(long);
  });

  it('dims every region but the highlighted one', () => {
    const o = parts(buildRegionsOption(h1(), settings({ highlight: 'europe' })));
    expect(o.series[0]!.data.map((d) => d.itemStyle!.opacity)).to.deep.equal([0.35, 0.35, 1, 0.35]);
  });

  it('stacks segments by sign, with a gap (dashed rest) for a missing segment, labels at the stack end', () => {
    const s = section(
      [
        ['asia', 'Asia', 35.7, { segs: { content: 28, core: 7.7 } }],
        ['na', 'North America', -37.7, { segs: { content: 6, core: -43.7 } }],
        ['eu', 'Europe', -21.8, { segs: { content: -4, core: null } }],
      ],
      { total: -45.3, segments },
    );
    const build = buildRegionsOption(s, settings());
    const { items } = build;
    const o = parts(build);
    expect(o.series.map((x) => x.id)).to.deep.equal(['segment-content', 'segment-core', 'unsplit']);
    for (const series of o.series) {
      expect(series.stack).to.equal('regions');
      expect(series.stackStrategy).to.equal('samesign');
    }
    // Sorted by value: Asia, Europe, North America.
    expect(o.yAxis.data).to.deep.equal(['Asia', 'Europe', 'North America', 'Rest of the world*']);
    expect(o.series[0]!.data.map((d) => d.value)).to.deep.equal([...e8(28, -4, 6), '-']);
    // The missing segment is not drawn (not a zero); the rest of Europe is a dashed outline.
    expect(o.series[1]!.data.map((d) => d.value)).to.deep.equal([7.7 * 1e8, '-', -43.7 * 1e8, '-']);
    expect(o.series[2]!.data[1]!.value).to.be.closeTo(-17.8e8, 1);
    expect(o.series[2]!.data[1]!.itemStyle!.borderType).to.equal('dashed');
    expect(o.series[2]!.data.map((d) => d.value === '-')).to.deep.equal([true, false, true, false]);
    // Mixed signs: North America's content sits right of zero, its core left; each part coloured by its sign.
    expect(o.series[0]!.data[2]!.itemStyle!.color).to.equal(theme.surplus);
    expect(o.series[1]!.data[2]!.itemStyle!.color).to.equal(theme.deficit);
    // One value label per region, on the outermost part of its side.
    expect(o.series[1]!.data[0]!.label).to.deep.include({ show: true, position: 'right' });
    expect(o.series[0]!.data[0]!.label).to.equal(undefined);
    expect(o.series[2]!.data[1]!.label).to.deep.include({ show: true, position: 'left' });
    expect(o.series[0]!.data[1]!.label).to.equal(undefined);
    expect(o.series[1]!.data[2]!.label).to.deep.include({ show: true, position: 'left' });
    expect(o.series[0]!.data[2]!.label).to.equal(undefined);
    expect(o.label(2, 1)).to.equal('−$2.18B');
    expect(o.label(1, 2)).to.equal('−$3.77B');
    expect(o.xAxis.min).to.be.below(-43.7e8);
    expectLabelsInsidePlot(o);
    // Items region by region, each index an ECharts index.
    expect(items.map((i) => [i.id, i.series, i.seriesIndex, i.dataIndex])).to.deep.equal([
      ['asia', 'content', 0, 0],
      ['asia', 'core', 1, 0],
      ['eu', 'content', 0, 1],
      ['eu', 'unsplit', 2, 1],
      ['na', 'content', 0, 2],
      ['na', 'core', 1, 2],
      ['rest', 'value', 2, 3],
    ]);
    for (const item of items) expect(o.series[item.seriesIndex]!.data[item.dataIndex]!.value).to.equal(item.value);
    expect(o.tip(1, 2)).to.equal('North America\nCore technology: −$4.37B\nTotal: −$3.77B');
    expect(o.tip(1, 1)).to.equal('Europe\nCore technology: not published\nTotal: −$2.18B');
    expect(o.tip(2, 1)).to.equal('Europe\nCore technology: not published (−$1.78B)\nTotal: −$2.18B');
    const view = regionsView.describe(s, settings());
    expect(view.keyNotes).to.include('Segments: Content (solid), Core technology (faded).');
    expect(view.keyNotes).to.include('Dashed outline: the part of a region’s figure whose segment was not published.');
    expect(view.table.columns).to.deep.equal(['Region', 'Value', 'Content', 'Core technology', 'Share']);
    expect(view.table.rows[1]).to.deep.equal(['Europe', '−$2.18B', '−$0.40B', null, 'not applicable']);
    expect(view.table.rows[0]).to.deep.equal(['Asia', '$3.57B', '$2.80B', '$0.77B', 'not applicable']);
  });

  it('keeps data text as written in labels and tooltips (no ECharts templates)', () => {
    const s = section([['x', 'Region {a|b}', 1]]);
    const o = parts(buildRegionsOption(s, settings()));
    // On the axis, ECharts reads braces as templates: look-alikes. The tooltip is HTML text: as written.
    expect(o.yAxis.data[0]).to.equal('Region \uFF5Ba|b\uFF5D');
    expect(o.tip(0, 0)).to.equal('Region {a|b}\n$100M');
  });

  it('speaks Korean: labels, tooltip, key and table', () => {
    const ko = settings({ lang: 'ko' });
    const o = parts(buildRegionsOption(h1(), ko));
    expect(o.yAxis.data).to.deep.equal(['아시아', '기타 지역*', '유럽', '북미']);
    expect(o.label(0, 3)).to.equal('−37.7억 달러');
    expect(o.tip(0, 1)).to.equal('기타 지역\n−21.5억 달러\n추산: 전체에서 위 지역을 뺀 값');
    const view = regionsView.describe(h1(), ko);
    expect(view.keyNotes).to.deep.equal([
      '흑자와 적자가 서로 상쇄해 순합계 대비 비중의 합이 100%가 되지 않으므로 비율은 표시하지 않았다.',
      '* 기타 지역(추산, 빗금): 전체에서 위 지역을 뺀 값',
    ]);
    expect(view.table.columns).to.deep.equal(['지역', '금액', '비중']);
    expect(view.table.rows[1]).to.deep.equal(['기타 지역(추산)', '−21.5억 달러', '해당 없음']);
  });
});
