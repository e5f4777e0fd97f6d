import { expect } from '@esm-bundle/chai';
import type { Settings, ThemeColors } from '../../../src/base/contracts.js';
import type { TrendSection } from '../../../src/data/types.js';
import { normaliseDataset } from '../../../src/data/validate.js';
import { axisPeriods, buildTrendOption } from '../../../src/widgets/deficit-trend/option.js';
import { textWidth, wrap } from '../../../src/widgets/text-measure.js';
import { changeCallout, latestChange, trendSummary } from '../../../src/widgets/deficit-trend/summary.js';
import { trendView } from '../../../src/widgets/deficit-trend/view.js';
import type { DeficitTrend } from '../../../src/widgets/deficit-trend/element.js';
import { drawnLines, drawnOfType, drawnTexts, gridRect, idsByKeyboard, mount, nextEvent, partText, quarterly, settled, unmountAll, untilState } from '../../helpers.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../../src/widgets/deficit-trend/ko.js';

const theme: ThemeColors = {
  deficit: '#c0392b',
  surplus: '#2471a3',
  text: '#1a1a1a',
  muted: '#6b6b6b',
  background: '#ffffff',
  grid: '#e0e0e0',
  fontFamily: 'sans-serif',
  dark: false,
};

function settings(over: Partial<Settings> = {}): Settings {
  return { lang: 'en', currency: 'USD', theme, variant: {}, width: 640, height: 360, animation: false, ...over };
}

/** A trend section through the real validator; values in USD 100 million unless `currencies` says otherwise. */
function trend(raw: Record<string, unknown>, currencies: Record<string, { scale: number }> = { USD: { scale: 1e8 } }): TrendSection {
  return normaliseDataset({ meta: { currencies }, trend: raw }, { currency: 'USD', scale: 1, section: 'trend' }).trend!;
}

const knowledge = () =>
  trend({
    periods: ['2023H1', '2023H2', '2024H1', '2024H2', '2025H1'],
    series: [{ id: 'balance', label: { en: 'Knowledge-services balance', ko: '지식서비스 수지' }, values: [-27.2, null, -35.0, -37.6, -45.3] }],
    provisional: ['2025H1'],
    annotations: [{ period: '2025H1', text: { en: 'Deficit widened by $770 million from H2 2024 (preliminary)', ko: '2024년 하반기보다 적자 7.7억 달러 확대(잠정)' } }],
  });

type Anyish = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const seriesOf = (option: unknown) => (option as Anyish)['series'] as Anyish[];
/** The first of one or more axes. */
const first = (axis: Anyish) => (Array.isArray(axis) ? axis[0] : axis) as Anyish;
/** The category axis (with gaps, a hidden slot axis follows it). */
const xAxisOf = (option: unknown) => first((option as Anyish)['xAxis']);
/** The value axis (with gaps, a hidden 0–1 axis follows it). */
const yAxisOf = (option: unknown) => first((option as Anyish)['yAxis']);

/**
 * The gap bands as drawn: the area of the series on the hidden axes, in slot units (slot i
 * spans [i, i + 1]), each with the label hung from its top.
 */
function bandsOf(option: unknown): { from: number; to: number; label: Anyish }[] {
  const o = option as Anyish;
  const helper = seriesOf(option).filter((s) => s['xAxisIndex'] === 1);
  if (!helper.length) return [];
  expect(helper).to.have.length(1);
  const band = helper[0]!;
  // On a hidden slot axis and a hidden 0–1 axis, shaded from the line at 1 down to 0: the plot's full height.
  expect(band['type']).to.equal('line');
  expect(band['yAxisIndex']).to.equal(1);
  expect(o['xAxis'][1]).to.deep.include({ type: 'value', show: false, min: 0, max: xAxisOf(option)['data'].length });
  expect(o['yAxis'][1]).to.deep.include({ type: 'value', show: false, min: 0, max: 1 });
  expect(band['areaStyle']['origin']).to.equal('start');
  expect(band['lineStyle']['width']).to.equal(0);
  // Scenery: never hovered, under the data.
  expect(band['silent']).to.equal(true);
  expect(band['z']).to.be.below(seriesOf(option)[0]!['z']);
  const bands: { from: number; to: number; label: Anyish }[] = [];
  const points = band['data'] as Anyish[];
  for (let i = 0; i < points.length; i += 4) {
    const [start, middle, end] = [points[i]!, points[i + 1]!, points[i + 2]!];
    expect([start[1], middle['value'][1], end[1]], 'along the top').to.deep.equal([1, 1, 1]);
    expect(middle['value'][0]).to.equal((start[0] + end[0]) / 2);
    if (i + 3 < points.length) expect(points[i + 3], 'a break between bands').to.deep.equal([null, null]);
    bands.push({ from: start[0], to: end[0], label: middle['label'] });
  }
  return bands;
}

describe('deficit-trend option builder', () => {
  it('draws a gap as a gap and keeps unlisted periods as empty slots', () => {
    const section = trend({
      periods: ['2023H1', '2024H1', '2024H2'], // 2023H2 is not listed
      series: [{ label: 'Balance', values: [-10, null, -12] }],
    });
    expect(axisPeriods(section).map((p) => p?.code ?? null)).to.deep.equal(['2023H1', null, '2024H1', '2024H2']);
    const { option, items } = buildTrendOption(section, settings());
    expect(xAxisOf(option)['data']).to.deep.equal(['H1 2023', 'H2 2023', 'H1 2024', 'H2 2024']);
    const data = seriesOf(option)[0]!['data'] as Anyish[];
    expect(data[1]).to.equal('-');
    expect(data[2]).to.equal('-', 'null is a gap, never zero');
    expect(data.map((d: unknown) => (d === '-' ? d : (d as Anyish)['value']))).to.deep.equal([-1e9, '-', '-', -1.2e9]);
    expect(items.map((i) => [i.id, i.dataIndex])).to.deep.equal([['2023H1', 0], ['2024H2', 3]]);
    // One shaded band over the whole of the two empty slots, labelled as unpublished.
    const bands = bandsOf(option);
    expect(bands.map((b) => [b.from, b.to])).to.deep.equal([[1, 3]]);
    expect(bands[0]!.label['formatter']).to.equal('not published');
    expect(bands[0]!.label['position']).to.equal('bottom', 'hung from the top of the plot');
    // The band is no item: the keyboard and chart-select reach the two bars only.
    expect(seriesOf(option).findIndex((s) => s['xAxisIndex'] === 1)).to.equal(1);
    expect(items.every((i) => i.seriesIndex === 0)).to.equal(true);
  });

  it('breaks a line at a gap (connectNulls false) and spans the band between published points', () => {
    const section = knowledge();
    const { option } = buildTrendOption(section, settings({ variant: { type: 'line' } }));
    const line = seriesOf(option)[0]!;
    expect(line['type']).to.equal('line');
    expect(line['connectNulls']).to.equal(false);
    expect(line['data'][1]).to.equal('-');
    // From the published point before the gap to the one after: slot centres 0 and 2.
    expect(bandsOf(option).map((b) => [b.from, b.to])).to.deep.equal([[0.5, 2.5]]);
    expect(line['color'], 'all deficit: one colour').to.equal(theme.deficit);
  });

  it('colours deficits and surpluses apart and a mixed line with a hard stop at zero', () => {
    const section = trend({ periods: ['2020', '2021', '2022', '2023'], series: [{ label: 'Balance', values: [-6, 2, -2, 1] }] });
    const bars = seriesOf(buildTrendOption(section, settings()).option)[0]!['data'] as Anyish[];
    expect(bars.map((d) => d['itemStyle']['color'])).to.deep.equal([theme.deficit, theme.surplus, theme.deficit, theme.surplus]);
    const line = seriesOf(buildTrendOption(section, settings({ variant: { type: 'line' } })).option)[0]!;
    const stops = line['lineStyle']['color']['colorStops'] as Anyish[];
    expect(stops.map((s) => s['color'])).to.deep.equal([theme.surplus, theme.surplus, theme.deficit, theme.deficit]);
    expect(stops[1]!['offset']).to.be.closeTo(2 / 8, 1e-9);
    expect(stops[2]!['offset']).to.be.closeTo(2 / 8, 1e-9);
  });

  it('marks provisional bars lighter and hatched', () => {
    const data = seriesOf(buildTrendOption(knowledge(), settings()).option)[0]!['data'] as Anyish[];
    expect(data[4]['itemStyle']['opacity']).to.equal(0.6);
    expect(data[4]['itemStyle']['decal']['color']).to.equal(theme.background);
    expect(data[3]['itemStyle']['opacity']).to.equal(1);
    expect(data[3]['itemStyle']).not.to.have.property('decal');
  });

  it('annotates the latest bar beyond its tip with the value and, once, the dataset note', () => {
    const { option } = buildTrendOption(knowledge(), settings());
    const series = seriesOf(option)[0]!;
    const latest = series['data'][4];
    expect(latest['label']['formatter']).to.equal('{v|−$4.53B}\n{c|Deficit widened by $770 million}\n{c|from H2 2024 (preliminary)}');
    expect(latest['label']['position']).to.deep.equal(['100%', '100%']);
    expect(latest['label']['align']).to.equal('right');
    expect(latest['label']['verticalAlign']).to.equal('top');
    // No vertical annotation line crossing the bar: the only rule is the zero line, the
    // category axis' line laid on zero of the value axis, over the bars.
    expect(seriesOf(option).map((s) => [s['type'], s['xAxisIndex'] ?? 0])).to.deep.equal([['bar', 0], ['line', 1]], 'the bars and the gap band');
    expect(bandsOf(option).map((b) => [b.from, b.to])).to.deep.equal([[1, 2]]);
    const x = xAxisOf(option);
    expect(x['axisLine']).to.deep.include({ show: true, onZero: true, onZeroAxisIndex: 0 });
    expect(x['z']).to.be.above(series['z']);
    expect(yAxisOf(option)['axisLine']['onZero']).to.equal(false);
    // Room for the label under the deepest bar.
    const y = yAxisOf(option);
    expect(y['min']).to.be.below(-4.53e9 - 0.5e9);
    expect(y['max']).to.equal(0);
    expect((y['max'] - y['min']) / y['interval']).to.be.within(3, 8);
    for (const width of [375, 640, 1200]) {
      const axis = yAxisOf(buildTrendOption(knowledge(), settings({ width })).option);
      expect(Number.isInteger(Math.round((axis['min'] / axis['interval']) * 1e6) / 1e6), `ticks from the end at ${width}px`).to.equal(true);
    }
    expect(seriesOf(option)[0]!['data'].filter((d: unknown) => d !== '-' && (d as Anyish)['label'])).to.have.length(1);
  });

  it('writes the computed change by the latest bar when the data has no note', () => {
    const section = trend({ periods: ['2024H2', '2025H1'], series: [{ label: 'Balance', values: [-37.6, -45.3] }] });
    const data = seriesOf(buildTrendOption(section, settings()).option)[0]!['data'] as Anyish[];
    expect(data[1]['label']['formatter']).to.equal('{v|−$4.53B}\n{c|Widened by $0.77B}\n{c|from H2 2024}');
    const ko = seriesOf(buildTrendOption(section, settings({ lang: 'ko' })).option)[0]!['data'] as Anyish[];
    expect(ko[1]['label']['formatter']).to.equal('{v|−45.3억 달러}\n{c|2024년 하반기보다}\n{c|적자 7.7억 달러 확대}');
  });

  it('shows annotations of earlier periods at their bars, and on a gap inside its band', () => {
    const section = trend({
      periods: ['2019', '2020', '2021', '2022'],
      series: [{ label: 'Balance', values: [-5, null, 3, -1] }],
      annotations: [
        { period: '2019', text: 'Rule {a} change' },
        { period: '2020', text: 'Survey paused' },
      ],
    });
    const series = seriesOf(buildTrendOption(section, settings()).option)[0]!;
    const label = series['data'][0]['label'];
    expect(label['formatter']).to.equal('{c|Rule ｛a｝ change}', 'braces from data cannot reach ECharts templates');
    expect(label['position']).to.deep.equal(['50%', '100%']);
    expect(bandsOf(buildTrendOption(section, settings()).option).map((b) => [b.from, b.to, b.label['formatter']])).to.deep.equal([[1, 2, 'Survey paused']]);
  });

  it('draws several series: the balance as bars, the others as named lines', () => {
    const section = trend({
      periods: ['2024H1', '2024H2', '2025H1'],
      series: [
        { id: 'balance', label: 'Balance', values: [-35.0, -37.6, -45.3] },
        { id: 'exports', label: 'Exports', values: [180, 190, 197.1] },
        { id: 'imports', label: 'Imports', values: [215, 227.6, 242.4] },
      ],
    });
    const { option, items } = buildTrendOption(section, settings());
    const series = seriesOf(option);
    expect(series.map((s) => s['type'])).to.deep.equal(['bar', 'line', 'line']);
    expect(series[1]!['endLabel']['formatter']).to.equal('Exports');
    expect(series[2]!['endLabel']['formatter']).to.equal('Imports');
    expect(series[1]!['lineStyle']['type']).to.equal('solid');
    expect(series[2]!['lineStyle']['type']).to.equal('dashed');
    expect((option as Anyish)['grid']['right']).to.be.above(40, 'room for the end labels');
    expect(items).to.have.length(9);
    for (const item of items) {
      const datum = series[item.seriesIndex]!['data'][item.dataIndex];
      expect(datum['value']).to.equal(item.value);
    }
    expect(items[3]!.label).to.equal('H1 2024, Exports');
    const view = trendView.describe(section, settings());
    expect(view.table.columns).to.deep.equal(['Period', 'Balance', 'Exports', 'Imports']);
    expect(view.keyNotes).to.deep.equal(['Bars: Balance (below zero a deficit, above zero a surplus). Lines: Exports (solid), Imports (dashed).']);
  });

  it('emphasises the highlighted period and labels its value', () => {
    const { option } = buildTrendOption(knowledge(), settings({ highlight: '2024H1' }));
    const data = seriesOf(option)[0]!['data'] as Anyish[];
    expect(data[2]['itemStyle']['opacity']).to.equal(1);
    expect(data[0]['itemStyle']['opacity']).to.equal(0.3);
    expect(data[4]['itemStyle']['opacity']).to.be.closeTo(0.18, 1e-9);
    expect(data[2]['label']['formatter']).to.equal('{v|−$3.5B}');
  });

  it('builds one point', () => {
    const section = trend({ periods: ['2025Q1'], series: [{ label: 'Balance', values: [12] }] });
    const { option, items } = buildTrendOption(section, settings());
    expect(xAxisOf(option)['data']).to.deep.equal(['Q1 2025']);
    expect(seriesOf(option)[0]!['data'][0]['label']['formatter']).to.equal('{v|$1.2B}');
    expect(items).to.have.length(1);
    expect(yAxisOf(option)['min']).to.equal(0);
  });

  it('speaks Korean on the axes and switches currency', () => {
    const section = trend(
      { periods: ['2024Q4', '2025Q1'], series: [{ label: { en: 'Balance', ko: '수지' }, values: [{ USD: -37.6, KRW: -5.2 }, { USD: -45.3, KRW: -6.26 }] }] },
      { USD: { scale: 1e8 }, KRW: { scale: 1e12 } },
    );
    const en = buildTrendOption(section, settings());
    expect(yAxisOf(en.option)['axisLabel']['formatter'](-4e9)).to.equal('−$4B');
    const ko = buildTrendOption(section, settings({ lang: 'ko', currency: 'KRW' }));
    expect(xAxisOf(ko.option)['data']).to.deep.equal(['2024년 4분기', '2025년 1분기']);
    expect(yAxisOf(ko.option)['name']).to.equal('조 원');
    expect(yAxisOf(ko.option)['axisLabel']['formatter'](-6e12)).to.equal('−6조');
    expect(ko.items[1]!.valueText).to.equal('−6.26조 원');
    expect(ko.tooltip.trigger).to.equal('slot');
    expect(ko.tooltip.text(0, 1)).to.equal('2025년 1분기\n−6.26조 원');
  });

  it('writes tooltips as plain text for every slot, naming gaps and provisional periods', () => {
    const { option, tooltip } = buildTrendOption(knowledge(), settings());
    expect((option as Anyish)['tooltip'], 'no ECharts tooltip: the widget draws its own').to.equal(undefined);
    expect(tooltip.trigger).to.equal('slot');
    expect(tooltip.text(-1, 1)).to.equal('H2 2023\nnot published');
    expect(tooltip.text(-1, 4)).to.equal('H1 2025 (provisional)\n−$4.53B\nDeficit widened by $770 million from H2 2024 (preliminary)');
    expect(tooltip.text(-1, 5)).to.equal('');
  });

  it('keeps 600 monthly periods readable: one label per few years', () => {
    const periods: string[] = [];
    const values: (number | null)[] = [];
    for (let i = 0; i < 600; i++) {
      periods.push(`${1975 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
      values.push(i % 97 === 50 ? null : Math.round(Math.sin(i / 20) * 100) / 10);
    }
    const section = trend({ periods, series: [{ label: 'Balance', values }] });
    const { option, items } = buildTrendOption(section, settings());
    const axisLabel = xAxisOf(option)['axisLabel'];
    const shown = periods.map((_, i) => i).filter((i) => axisLabel['interval'](i));
    expect(shown.length).to.be.within(4, 12);
    expect(axisLabel['formatter']('', shown[0])).to.match(/^\d{4}$/);
    expect(items).to.have.length(600 - values.filter((v) => v === null).length);
    const summary = trendSummary(section, settings());
    expect(summary).to.match(/ in Dec 2024, from .* in Nov 2024\. It was .* in Jan 1975, the earliest figure\.$/);
  });

  it('builds 5,000 periods (lines sampled)', () => {
    const periods = Array.from({ length: 5000 }, (_, i) => `${1500 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const values = periods.map((_, i) => (i % 500 === 7 ? null : Math.cos(i / 50) * 10));
    const section = trend({ periods, series: [{ label: 'Balance', values }] });
    const bars = buildTrendOption(section, settings());
    expect(seriesOf(bars.option)[0]!['data']).to.have.length(5000);
    const line = buildTrendOption(section, settings({ variant: { type: 'line' } }));
    expect(seriesOf(line.option)[0]!['sampling']).to.equal('lttb');
    expect(line.items).to.have.length(4990);
  });

  it('uses stacked labels (H1 over the year) when full names do not fit', () => {
    const section = trend({ periods: ['2022H1', '2022H2', '2023H1', '2023H2', '2024H1', '2024H2', '2025H1'], series: [{ label: 'B', values: [1, 2, 3, 4, 5, 6, 7] }] });
    const axisLabel = xAxisOf(buildTrendOption(section, settings({ width: 375, lang: 'ko' })).option)['axisLabel'];
    expect(axisLabel['formatter']('', 0)).to.equal('상반기\n2022년');
    expect(axisLabel['formatter']('', 1)).to.equal('하반기');
    expect(axisLabel['formatter']('', 2)).to.equal('상반기\n2023년');
  });

  it('wraps text by width', () => {
    expect(wrap('one two three four', textWidth('three four') + 1)).to.deep.equal(['one two', 'three four']);
  });
});

describe('deficit-trend summary', () => {
  it('states the latest change, the comparison period and the longer run (en, ko)', () => {
    const section = knowledge();
    expect(trendSummary(section, settings())).to.equal(
      'The knowledge-services deficit widened by $0.77B to $4.53B in H1 2025 (provisional), from $3.76B in H2 2024. ' +
        'It has widened in every half-year with a published figure since H1 2023, when it was $2.72B.',
    );
    expect(trendSummary(section, settings({ lang: 'ko' }))).to.equal(
      '지식서비스 수지 적자가 2025년 상반기(잠정) 45.3억 달러로 2024년 하반기(37.6억 달러)보다 7.7억 달러 커졌다. ' +
        '적자는 2023년 상반기(27.2억 달러) 이후 수치가 발표된 반기마다 커졌다.',
    );
  });

  it('compares with the previous published period across a gap and names it', () => {
    const section = trend({ periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'Balance', values: [-20, -30, null, -25] }] });
    expect(trendSummary(section, settings())).to.equal(
      'The deficit narrowed by $0.5B to $2.5B in Q4 2024, from $3B in Q2 2024, the last published figure. ' +
        'It was a deficit of $2B in Q1 2024, the earliest figure.',
    );
    expect(trendSummary(section, settings({ lang: 'ko' }))).to.equal(
      '적자가 2024년 4분기 25억 달러로 직전 발표치인 2024년 2분기(30억 달러)보다 5억 달러 줄었다. 첫 수치인 2024년 1분기에는 20억 달러 적자였다.',
    );
  });

  it('says every period when there is no gap', () => {
    const section = trend({ periods: ['2021', '2022', '2023'], series: [{ label: 'Trade balance', values: [-1, -2, -3] }] });
    expect(trendSummary(section, settings())).to.equal(
      'The trade deficit widened by $100M to $300M in 2023, from $200M in 2022. It has widened every year since 2021, when it was $100M.',
    );
    expect(trendSummary(section, settings({ lang: 'ko' }))).to.equal(
      '적자가 2023년 3억 달러로 2022년(2억 달러)보다 1억 달러 커졌다. 적자는 2021년(1억 달러) 이후 해마다 커졌다.',
    );
  });

  it('handles sign changes', () => {
    const toSurplus = trend({ periods: ['2022', '2023'], series: [{ label: { en: 'Intellectual-property trade balance', ko: '지식재산권 무역수지' }, values: [-11.1, 1.8] }] });
    expect(trendSummary(toSurplus, settings())).to.equal(
      'The intellectual-property trade balance turned to a surplus of $180M in 2023, from a deficit of $1.11B in 2022.',
    );
    expect(trendSummary(toSurplus, settings({ lang: 'ko' }))).to.equal('지식재산권 무역수지가 2023년 1.8억 달러 흑자로 돌아섰다(2022년 11.1억 달러 적자).');
    const toDeficit = trend({ periods: ['2022', '2023'], series: [{ label: 'Balance', values: [2, -3] }] });
    expect(trendSummary(toDeficit, settings())).to.equal('The balance turned to a deficit of $300M in 2023, from a surplus of $200M in 2022.');
    expect(changeCallout(latestChange(toDeficit, 'USD')!, settings())).to.deep.equal(['Turned to deficit', 'from 2022']);
  });

  it('handles all-surplus data', () => {
    const section = trend({ periods: ['2022', '2023', '2024'], series: [{ label: 'Services balance', values: [1, 2, 1.5] }] });
    expect(trendSummary(section, settings())).to.equal(
      'The services surplus shrank by $50M to $150M in 2024, from $200M in 2023. It was a surplus of $100M in 2022, the earliest figure.',
    );
    expect(trendSummary(section, settings({ lang: 'ko' }))).to.equal(
      '흑자가 2024년 1.5억 달러로 2023년(2억 달러)보다 0.5억 달러 줄었다. 첫 수치인 2022년에는 1억 달러 흑자였다.',
    );
  });

  it('handles one point and unchanged values', () => {
    const one = trend({ periods: ['2025H1'], series: [{ label: { en: 'Knowledge-services balance', ko: '지식서비스 수지' }, values: [-45.3] }] });
    expect(trendSummary(one, settings())).to.equal('The knowledge-services balance was a deficit of $4.53B in H1 2025.');
    expect(trendSummary(one, settings({ lang: 'ko' }))).to.equal('지식서비스 수지는 2025년 상반기 45.3억 달러 적자였다.');
    const same = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-5, -5] }] });
    expect(trendSummary(same, settings())).to.equal('The deficit was unchanged at $500M in 2025, as in 2024.');
    expect(trendSummary(same, settings({ lang: 'ko' }))).to.equal('적자가 2025년 5억 달러로 2024년과 같았다.');
  });

  it('keeps proper adjectives capitalised and writes won with 으로', () => {
    const section = trend(
      { periods: ['2024', '2025'], series: [{ label: { en: 'Korean services balance', ko: '서비스 수지' }, values: [-5, -6.26] }] },
      { KRW: { scale: 1e12 } },
    );
    expect(trendSummary(section, settings({ currency: 'KRW' }))).to.equal(
      'The Korean services deficit widened by ₩1.26T to ₩6.26T in 2025, from ₩5T in 2024.',
    );
    expect(trendSummary(section, settings({ lang: 'ko', currency: 'KRW' }))).to.equal(
      '서비스 수지 적자가 2025년 6.26조 원으로 2024년(5조 원)보다 1.26조 원 커졌다.',
    );
  });

  it('describes the figure: key notes for provisional and gaps, notes column', () => {
    const view = trendView.describe(knowledge(), settings());
    expect(view.keyNotes).to.deep.equal(['Hatched bars are provisional figures.', 'Shaded slots: no figure was published (not zero).']);
    expect(view.table.columns).to.deep.equal(['Period', 'Knowledge-services balance', 'Notes']);
    expect(view.table.rows[1]).to.deep.equal(['H2 2023', null, 'none']);
    expect(view.table.rows[4]![0]).to.equal('H1 2025 (provisional)');
    const ko = trendView.describe(knowledge(), settings({ lang: 'ko', variant: { type: 'line' } }));
    expect(ko.keyNotes).to.deep.equal(['속이 빈 점은 잠정치다.', '음영 구간은 발표된 수치가 없는 기간이다(0이 아님).']);
  });
});

// Element tests live in this file too: pages of concurrently running test files are
// backgrounded, and a backgrounded page gets no ResizeObserver callbacks, so never draws.
const json = JSON.stringify(quarterly);

function barData(el: DeficitTrend): Anyish[] {
  const option = el.chart!.getOption() as Anyish;
  return option['series'][0]['data'] as Anyish[];
}

describe('<deficit-trend> with a dataset it has never seen', () => {
  afterEach(unmountAll);

  it('draws the gap as a gap, marks the provisional quarter and states the change', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${json}'></deficit-trend>`);
    await untilState(el, 'ready');
    const data = barData(el);
    expect(data).to.have.length(5);
    expect(data[1], 'Q2 2024 has no bar').to.equal('-');
    expect(data[0]['value']).to.equal(-120e6);
    expect(data[3]['itemStyle']['color']).to.not.equal(data[0]['itemStyle']['color'], 'surplus coloured apart');
    expect(data[4]['itemStyle']).to.have.property('decal');
    const option = el.chart!.getOption() as Anyish;
    expect(option['xAxis'][0]['data']).to.deep.equal(['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025']);
    expect(partText(el, 'summary')).to.equal(
      'The balance turned to a deficit of $150M in Q1 2025 (provisional), from a surplus of $40M in Q4 2024. It was a deficit of $120M in Q1 2024, the earliest figure.',
    );
    expect(partText(el, 'footer')).to.contain('Hatched bars are provisional figures.');
    expect(partText(el, 'footer')).to.contain('Shaded slots: no figure was published (not zero).');
  });

  it('speaks Korean', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager lang="ko" data='${json}'></deficit-trend>`);
    await untilState(el, 'ready');
    expect(partText(el, 'summary')).to.equal(
      '수지가 2025년 1분기(잠정) 1.5억 달러 적자로 돌아섰다(2024년 4분기 4,000만 달러 흑자). 첫 수치인 2024년 1분기에는 1.2억 달러 적자였다.',
    );
    const option = el.chart!.getOption() as Anyish;
    expect(option['xAxis'][0]['data'][0]).to.equal('2024년 1분기');
  });

  it('switches currency when the currency attribute changes', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${json}'></deficit-trend>`);
    await untilState(el, 'ready');
    const redrawn = nextEvent(el, 'chart-ready');
    el.setAttribute('currency', 'KRW');
    await redrawn;
    await el.updateComplete;
    expect(barData(el)[4]['value']).to.equal(-210e9);
    expect(partText(el, 'summary')).to.contain('₩210B in Q1 2025');
    expect(partText(el, 'table')).to.contain('(KRW)');
  });

  it('draws the zero line across the plot at zero, over the bars, for mixed and all-surplus data', async () => {
    const surplus = { periods: ['2022', '2023', '2024'], series: [{ id: 'b', label: 'Balance', values: [5, 3, 4] }] };
    for (const [data, type] of [[json, 'bar'], [json, 'line'], [JSON.stringify(surplus), 'bar']] as const) {
      const el = mount<DeficitTrend>(`<deficit-trend eager type="${type}" data='${data}'></deficit-trend>`);
      await untilState(el, 'ready');
      await settled(el);
      const chart = el.chart!;
      const zero = chart.convertToPixel({ yAxisIndex: 0 }, 0) as number;
      const rect = gridRect(chart);
      if (data !== json) expect(zero, 'all surplus: zero is the plot\'s bottom').to.be.closeTo(rect.y + rect.height, 1);
      const rules = drawnLines(chart).filter((l) => Math.abs(l.y1 - zero) <= 1 && Math.abs(l.y2 - zero) <= 1 && l.x1 <= rect.x + 1 && l.x2 >= rect.x + rect.width - 1);
      // The grid's own line at zero lies under the bars; the zero line is drawn over them (z 5, as the bars are z 3).
      expect(rules.some((l) => l.z > 3), `${type} ${data === json ? 'mixed' : 'surplus'}`).to.equal(true);
      // The category labels stay under the plot.
      const label = drawnTexts(chart).find((t) => t.text === (data === json ? 'Q1 2024' : '2022'))!;
      expect(label.y).to.be.above(rect.y + rect.height);
    }
  });

  it('shades the whole of a gap slot from the top of the plot to the bottom, labelled, under the bars', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${json}'></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    const chart = el.chart!;
    const rect = gridRect(chart);
    const slot = rect.width / 5;
    const areas = drawnOfType(chart, 'ec-polygon');
    expect(areas).to.have.length(1);
    const band = areas[0]!.getBoundingRect();
    expect(band.x, 'left edge of Q2 2024').to.be.closeTo(rect.x + slot, 1);
    expect(band.x + band.width, 'right edge of Q2 2024').to.be.closeTo(rect.x + 2 * slot, 1);
    expect(band.y).to.be.closeTo(rect.y, 1);
    expect(band.y + band.height).to.be.closeTo(rect.y + rect.height, 1);
    expect(areas[0]!.z).to.be.below(3);
    const label = drawnTexts(chart).find((t) => t.text === 'not published')!;
    expect(label, 'the band says why it is empty').to.not.equal(undefined);
    // Centred in the band (the text's anchor, centre-aligned), at its top.
    expect(label.x).to.be.closeTo(rect.x + 1.5 * slot, 1);
    expect(label.y).to.be.within(rect.y, rect.y + 30);
    // The band is no item: the keyboard walks the four published quarters only.
    expect(await idsByKeyboard(el, 'ArrowRight', 5)).to.deep.equal(['2024Q1', '2024Q3', '2024Q4', '2025Q1', '2024Q1']);
  });

  it('draws a line with a break at the gap', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager type="line" data='${json}'></deficit-trend>`);
    await untilState(el, 'ready');
    const series = (el.chart!.getOption() as Anyish)['series'][0];
    expect(series['type']).to.equal('line');
    expect(series['connectNulls']).to.equal(false);
    expect(series['data'][1]).to.equal('-');
    expect(partText(el, 'footer')).to.contain('Open circles are provisional figures.');
    // The band runs from the published point before the gap to the one after.
    await settled(el);
    const chart = el.chart!;
    const band = drawnOfType(chart, 'ec-polygon').map((a) => a.getBoundingRect()).find((r) => r.height >= gridRect(chart).height - 1)!;
    expect(band.x).to.be.closeTo(chart.convertToPixel({ xAxisIndex: 0 }, 'Q1 2024') as number, 1);
    expect(band.x + band.width).to.be.closeTo(chart.convertToPixel({ xAxisIndex: 0 }, 'Q3 2024') as number, 1);
  });
});
