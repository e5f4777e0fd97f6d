import { expect } from '@esm-bundle/chai';
import { buildDriversOption, fitAxis } from '../../../src/widgets/driver-breakdown/option.js';
import { textWidth } from '../../../src/widgets/text-measure.js';
import { driversSummary } from '../../../src/widgets/driver-breakdown/summary.js';
import { driversView } from '../../../src/widgets/driver-breakdown/view.js';
import { B, section, seed, settings } from './fixtures.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../korean.js';

type Datum = number | string | { value: number | string; label?: { show?: boolean; position?: string }; itemStyle?: { color?: string } };
type Series = { id: string; type: string; stack?: string; stackStrategy?: string; data: Datum[]; label?: { formatter?: (p: unknown) => string } };

function seriesOf(build: ReturnType<typeof buildDriversOption>): Series[] {
  return build.option.series as unknown as Series[];
}
const valueOf = (d: Datum | undefined): number | null => {
  const v = typeof d === 'object' && d !== null ? d.value : d;
  return typeof v === 'number' ? v : null;
};
function categories(build: ReturnType<typeof buildDriversOption>): string[] {
  const axis = build.option.yAxis as { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };
  return axis.data.map((v, i) => axis.axisLabel.formatter(v, i));
}
/** The numbers the bridge hands ECharts: the invisible base and the visible step per row. */
function bridgeNumbers(build: ReturnType<typeof buildDriversOption>) {
  const [base, step] = seriesOf(build);
  return base!.data.map((d, i) => ({ base: valueOf(d)!, step: valueOf(step!.data[i])! }));
}

/** A category label's text whole, its lines joined: where it wraps depends on the font's measured widths. */
const whole = (label: string) => label.replace(/\}\n\{\w+\|/g, ' ');

describe('driver-breakdown balance view', () => {
  it('draws each row as a signed bar, the previous period as a tick, children paler', () => {
    const build = buildDriversOption(seed, settings());
    const [current, previous] = seriesOf(build);
    expect(current!.type).to.equal('bar');
    expect(previous!.type).to.equal('line');
    expect(current!.data.map((d) => valueOf(d)! / B)).to.deep.equal([-44.8, -30.9, -24.5, -17.5, -6, 4.4, 19.6]);
    expect(previous!.data.map((d) => (valueOf(d) === null ? null : valueOf(d)! / B))).to.deep.equal([-40.3, null, -14.4, -12.8, -0.9, 4.4, 12.8]);
    const colours = current!.data.map((d) => (d as { itemStyle: { color: string } }).itemStyle.color);
    expect(colours).to.deep.equal(['#c2410c', '#c2410c', '#c2410c', '#c2410c', '#c2410c', '#1d6fb8', '#1d6fb8']);
    // Categories indented and styled apart from their sub-items.
    expect(categories(build).map(whole)).to.deep.equal([
      '{parent|Professional & business services}', '{child|R&D services}', '{parent|IP royalties}',
      '{child|Industrial property (patents)}', '{child|Copyright}', '{parent|Culture & leisure}', '{parent|ICT services}',
    ]);
  });

  it('labels each value with its change, in the value\'s unit', () => {
    const build = buildDriversOption(seed, settings());
    const [current] = seriesOf(build);
    const label = (i: number) => current!.label!.formatter!({ dataIndex: i });
    expect(label(2)).to.equal('{value|−$2.45B} {change|(−$1.01B)}');
    expect(label(4)).to.equal('{childValue|−$0.60B} {change|(−$0.51B)}');
    expect(label(5)).to.equal('{value|$0.44B} {change|(no change)}');
    expect(label(1)).to.equal('{childValue|−$3.09B}');
    expect(label(6)).to.equal('{value|$1.96B} {change|(+$0.68B)}');
  });

  it('puts the label beside whichever is further out, the bar or the tick', () => {
    const s = section({ period: '2025Q1', previous: '2024Q4', items: [{ id: 'x', label: 'X', value: -10, previousValue: -30 }, { id: 'y', label: 'Y', value: -30, previousValue: -10 }] }, 1);
    const [current, previous] = seriesOf(buildDriversOption(s, settings({ sort: 'data' })));
    const shown = (d: Datum | undefined) => (d as { label: { show: boolean } }).label.show;
    expect([shown(current!.data[0]), shown(previous!.data[0])]).to.deep.equal([false, true]);
    expect([shown(current!.data[1]), shown(previous!.data[1])]).to.deep.equal([true, false]);
  });

  it('keeps category labels outside the plot and leaves room for every value label', () => {
    for (const [lang, width] of [['en', 640], ['en', 375], ['ko', 375], ['ko', 1280]] as const) {
      const build = buildDriversOption(seed, settings({ lang, width }));
      const grid = build.option.grid as { left: number; right: number };
      const yAxis = build.option.yAxis as { axisLabel: { align: string; margin: number } };
      const xAxis = build.option.xAxis as { min: number; max: number };
      expect(yAxis.axisLabel.align).to.equal('left');
      expect(grid.left - yAxis.axisLabel.margin, 'labels start at the left edge').to.be.within(0, 8);
      const plot = width - grid.left - grid.right;
      const px = (v: number) => ((v - xAxis.min) / (xAxis.max - xAxis.min)) * plot;
      const [current, previous] = seriesOf(build);
      current!.data.forEach((d, i) => {
        const value = valueOf(d);
        if (value === null) return;
        const ends = [0, value, valueOf(previous!.data[i]) ?? 0];
        const text = current!.label!.formatter!({ dataIndex: i }).replace(/\{\w+\||\}/g, '');
        const lines = text.split('\n');
        const need = Math.max(...lines.map((line) => textWidth(line, 12)));
        if (value < 0) expect(px(Math.min(...ends)), `${lang} ${width} row ${i} left`).to.be.at.least(need);
        else expect(plot - px(Math.max(...ends)), `${lang} ${width} row ${i} right`).to.be.at.least(need);
      });
      // Long labels wrap in the label column (wider than a phone), whole.
      for (const label of width < 480 ? [] : categories(build)) {
        for (const line of label.split('\n')) {
          const text = line.replace(/^\{\w+\|/, '').replace(/\}$/, '');
          expect(textWidth(text, 12, 'sans-serif'), text).to.be.at.most(grid.left);
        }
      }
    }
    // On a phone the names sit above their bars, whole, and the bars take the full width.
    const narrow = buildDriversOption(seed, settings({ width: 375 }));
    expect(whole(categories(narrow)[0]!)).to.equal('{parent|Professional & business services}');
    const narrowAxis = (narrow.option as { yAxis: { axisLabel: { verticalAlign: string } } }).yAxis.axisLabel;
    expect(narrowAxis.verticalAlign, 'names above bars').to.equal('bottom');
    const narrowGrid = narrow.option.grid as { left: number; right: number };
    expect(narrowGrid.left - (narrow.option.yAxis as { axisLabel: { margin: number } }).axisLabel.margin, 'names from the edge').to.be.within(0, 8);
    expect(375 - narrowGrid.left - narrowGrid.right, 'bars across the width').to.be.at.least(0.85 * 375);
  });

  it('hands ECharts items whose indices address the drawn bars, and dims all but the highlight and its sub-items', () => {
    const build = buildDriversOption(seed, settings({ highlight: 'ip-fees' }));
    const series = seriesOf(build);
    expect(build.items.map((i) => i.id)).to.deep.equal(['business-services', 'rnd', 'ip-fees', 'industrial-property', 'copyright', 'culture-leisure', 'ict']);
    for (const item of build.items) {
      const datum = series[item.seriesIndex]!.data[item.dataIndex];
      expect(valueOf(datum), item.id).to.equal(item.value);
    }
    const opacity = (i: number) => (series[0]!.data[i] as unknown as { itemStyle: { opacity: number } }).itemStyle.opacity;
    expect(opacity(2)).to.equal(1);
    expect(opacity(3)).to.equal(0.5);
    expect(opacity(0)).to.be.below(0.5);
  });

  it('writes each bar\'s tooltip as plain text: the whole label, both periods and the change', () => {
    const build = buildDriversOption(seed, settings());
    expect((build.option as Record<string, unknown>)['tooltip'], 'no ECharts tooltip: the widget draws its own').to.equal(undefined);
    expect(build.tooltip.trigger).to.equal('item');
    const rnd = build.items.find((i) => i.id === 'rnd')!;
    const ip = build.items.find((i) => i.id === 'ip-fees')!;
    expect(build.tooltip.text(ip.seriesIndex, ip.dataIndex)).to.equal('IP royalties\nH1 2025: −$2.45B\nH2 2024: −$1.44B\nChange: −$1.01B');
    expect(build.tooltip.text(rnd.seriesIndex, rnd.dataIndex)).to.equal('R&D services\nH1 2025: −$3.09B\nH2 2024: not published');
    expect(build.tooltip.text(5, 0), 'nothing for what is not an item').to.equal('');
  });

  it('draws a single category', () => {
    const s = section({ period: '2025', previous: '2024', items: [{ id: 'only', label: 'Only', value: -5, previousValue: -3 }] }, 1e9);
    const build = buildDriversOption(s, settings());
    expect(seriesOf(build)[0]!.data.map(valueOf)).to.deep.equal([-5e9]);
    expect(build.items).to.have.length(1);
    expect(driversSummary(s, settings())).to.equal('Only moved most in 2025: the deficit widened by $2B to $5B.');
  });

  it('speaks Korean: labels, items and the summary with particles', () => {
    const ko = settings({ lang: 'ko' });
    const build = buildDriversOption(seed, ko);
    expect(categories(build)[2]).to.equal('{parent|지식재산권 사용료}');
    expect(seriesOf(build)[0]!.label!.formatter!({ dataIndex: 2 })).to.equal('{value|−24.5억 달러} {change|(−10.1억)}');
    expect(build.items[2]!.valueText).to.equal('2025년 상반기: −24.5억 달러, 2024년 하반기: −14.4억 달러, 증감: −10.1억 달러');
    expect(driversSummary(seed, ko)).to.equal('지식재산권 사용료 적자가 2025년 상반기 24.5억 달러로 10.1억 달러 커져 가장 크게 움직였다.');
    expect(driversSummary(seed, settings())).to.equal('IP royalties moved most in H1 2025: the deficit widened by $1.01B to $2.45B.');
  });
});

describe('driver-breakdown change view (bridge)', () => {
  it('hands ECharts steps that add up from the previous total to the total', () => {
    const build = buildDriversOption(seed, settings({ view: 'change', sort: 'data' }));
    const [base, step] = seriesOf(build);
    expect([base!.stack, step!.stack, base!.stackStrategy, step!.stackStrategy]).to.deep.equal(['bridge', 'bridge', 'all', 'all']);
    const numbers = bridgeNumbers(build);
    expect(numbers[0]).to.deep.equal({ base: 0, step: -37.6 * B });
    expect(numbers.at(-1)).to.deep.equal({ base: 0, step: -45.3 * B });
    let level = -37.6 * B;
    for (const { base: from, step: delta } of numbers.slice(1, -1)) {
      expect(from).to.be.closeTo(level, 1);
      level += delta;
    }
    expect(level).to.be.closeTo(-45.3 * B, 1);
    expect(numbers.slice(1, -1).map((n) => Number((n.step / B).toFixed(6)))).to.deep.equal([-10.1, 6.8, 0, -4.5, 0.1]);
    expect(categories(build).map(whole)).to.deep.equal([
      '{total|H2 2024 total}', '{parent|IP royalties}', '{parent|ICT services}', '{parent|Culture & leisure}',
      '{parent|Professional & business services}', '{parent|Rounding}', '{total|H1 2025 total}',
    ]);
    const label = (i: number) => step!.label!.formatter!({ dataIndex: i });
    expect([0, 1, 2, 3, 5, 6].map(label)).to.deep.equal([
      '{total|−$3.76B}', '{value|−$1.01B}', '{value|+$0.68B}', '{value|no change}', '{value|+$0.01B}', '{total|−$4.53B}',
    ]);
    expect(build.items.map((i) => [i.id, i.seriesIndex, i.dataIndex])).to.deep.equal([
      ['previous-total', 1, 0], ['ip-fees', 1, 1], ['ict', 1, 2], ['culture-leisure', 1, 3], ['business-services', 1, 4], ['residual', 1, 5], ['total', 1, 6],
    ]);
    const key = driversView.describe(seed, settings({ view: 'change' })).keyNotes!;
    expect(key[1]).to.equal('Residual step: H2 2024: the categories add up to −$3.75B, the published total is −$3.76B.');
  });

  it('writes each step\'s tooltip; the invisible base bars have none', () => {
    const build = buildDriversOption(seed, settings({ view: 'change', sort: 'data' }));
    const ip = build.items.find((i) => i.id === 'ip-fees')!;
    expect(build.tooltip.text(ip.seriesIndex, ip.dataIndex)).to.equal('IP royalties\n−$1.01B\nH2 2024 −$1.44B → H1 2025 −$2.45B');
    expect(build.tooltip.text(0, ip.dataIndex)).to.equal('');
  });

  it('never makes steps of "of which" items, and follows the sort', () => {
    const build = buildDriversOption(seed, settings({ view: 'change', sort: 'change' }));
    expect(build.items.map((i) => i.id)).to.deep.equal(['previous-total', 'ip-fees', 'business-services', 'culture-leisure', 'ict', 'residual', 'total']);
  });

  it('draws a step that crosses zero as one bar from its start to its end', () => {
    const s = section({ period: '2025Q1', previous: '2024Q4', total: -20, previousTotal: 10, items: [{ id: 'a', label: 'A', value: -25, previousValue: 5 }, { id: 'b', label: 'B', value: 5, previousValue: 5 }] }, 1);
    const numbers = bridgeNumbers(buildDriversOption(s, settings({ view: 'change', sort: 'data' })));
    expect(numbers).to.deep.equal([{ base: 0, step: 10 }, { base: 10, step: -30 }, { base: -20, step: 0 }, { base: 0, step: -20 }]);
  });

  it('puts categories without a previous value into an honestly labelled residual', () => {
    const s = section({ period: '2025Q1', previous: '2024Q4', items: [
      { id: 'a', label: 'Alpha', value: -10, previousValue: -4 },
      { id: 'b', label: 'Beta', value: 3, previousValue: null },
    ] }, 1);
    const build = buildDriversOption(s, settings({ view: 'change', sort: 'data' }));
    expect(build.items.map((i) => [i.id, i.label])).to.deep.equal([
      ['previous-total', 'Q4 2024 total'], ['a', 'Alpha'], ['residual', 'No change known: Beta'], ['total', 'Q1 2025 total'],
    ]);
    expect(bridgeNumbers(build)).to.deep.equal([{ base: 0, step: -4 }, { base: -4, step: -6 }, { base: -10, step: 3 }, { base: 0, step: -7 }]);
    expect(driversView.describe(s, settings({ view: 'change' })).keyNotes![1]).to.equal('Residual step: Beta: no figure for one of the two periods, so no change to show.');
    const ko = buildDriversOption(s, settings({ view: 'change', sort: 'data', lang: 'ko' }));
    expect(ko.items.map((i) => i.label)).to.deep.equal(['2024년 4분기 합계', 'Alpha', '증감 미상: Beta', '2025년 1분기 합계']);
    expect(driversView.describe(s, settings({ view: 'change', lang: 'ko' })).keyNotes![1]).to.equal('차이 단계: Beta는 두 기간 중 한쪽 수치가 없어 증감을 나눌 수 없다.');
  });

  it('has no residual step when the categories add up, and bridges a single category', () => {
    const s = section({ period: '2025', previous: '2024', items: [{ id: 'only', label: 'Only', value: -5, previousValue: 2 }] }, 1);
    const build = buildDriversOption(s, settings({ view: 'change' }));
    expect(build.items.map((i) => i.id)).to.deep.equal(['previous-total', 'only', 'total']);
    expect(bridgeNumbers(build)).to.deep.equal([{ base: 0, step: 2 }, { base: 2, step: -7 }, { base: 0, step: -5 }]);
  });

  it('speaks Korean', () => {
    const build = buildDriversOption(seed, settings({ view: 'change', sort: 'data', lang: 'ko' }));
    expect(categories(build)[0]).to.equal('{total|2024년 하반기 합계}');
    expect(categories(build)[5]).to.equal('{parent|반올림 차이}');
    expect(seriesOf(build)[1]!.label!.formatter!({ dataIndex: 1 })).to.equal('{value|−10.1억}');
    expect(seriesOf(build)[1]!.label!.formatter!({ dataIndex: 0 })).to.equal('{total|−37.6억 달러}');
  });
});

describe('driver-breakdown layout helpers', () => {
  it('fits the axis to the labels, ending at most one tick step beyond the data', () => {
    const axis = fitAxis([{ lo: -100, hi: 0, side: 'left', label: 80 }, { lo: 0, hi: 50, side: 'right', label: 80 }], 400, 5);
    expect(axis.min).to.be.below(-100);
    expect(axis.max).to.be.above(50);
    expect(axis.interval).to.be.oneOf([10, 20, 30, 50, 100]);
    expect(-100 - axis.min, 'beyond the data on the left').to.be.at.most(axis.interval);
    expect(axis.max - 50, 'beyond the data on the right').to.be.at.most(axis.interval);
    const perPx = (axis.max - axis.min) / 400;
    expect((-100 - axis.min) / perPx).to.be.at.least(80);
    expect((axis.max - 50) / perPx).to.be.at.least(80);
  });
});
