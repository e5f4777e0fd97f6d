/**
 * Parts and wholes (issue 22): where the listed regions miss the published total beyond
 * rounding, a derived, hatched "Rest of the world" holds the difference; shares only when
 * every part has the total's sign, so that no label reads 187%.
 */
import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import type { Settings } from '../../../src/base/contracts.js';
import { normaliseDataset } from '../../../src/data/validate.js';
import { DERIVED_DECAL } from '../../../src/widgets/common.js';
import { buildRegionsOption } from '../../../src/widgets/region-split/option.js';
import { regionsSummary } from '../../../src/widgets/region-split/summary.js';
import { regionsView } from '../../../src/widgets/region-split/view.js';
import { drawnTexts, idsByKeyboard, mount, nextEvent, partText, settled, unmountAll } from '../../helpers.js';
import { settings as baseSettings } from './fixtures.js';
import { japanDeficits, japanPartners, japanRestTaken, japanRounded } from './parts.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../korean.js';

interface Datum { value: number | '-'; itemStyle?: { color?: string; decal?: unknown } }
interface Series { id: string; data: Datum[]; label: { formatter: (p: unknown) => string } }

const T = 1e12;
const settings = (over: Partial<Settings> = {}) => baseSettings({ currency: 'JPY', ...over });
const regionsOf = (raw: unknown) => normaliseDataset(raw, { currency: 'JPY', scale: 1, section: 'regions' }).regions!;

/** Every value label the option draws, series by series. */
function labelsOf(series: readonly Series[]): string[] {
  return series.flatMap((s, seriesIndex) => s.data.map((_, dataIndex) => s.label.formatter({ seriesIndex, dataIndex })));
}

/** Percentages in a text, as numbers. */
const percents = (text: string) => [...text.matchAll(/(\d+(?:\.\d+)?)\s?%/g)].map((m) => Number(m[1]));

describe('region-split parts and wholes', () => {
  afterEach(unmountAll);

  it('draws the rest of the world, hatched and derived, in the chart, the table, the key and the sentence; no shares', async () => {
    const el = mount(`<region-split eager data='${JSON.stringify(japanPartners)}'></region-split>`);
    await nextEvent(el, 'chart-ready', 30000);
    await settled(el);
    const chart = getInstanceByDom(el.shadowRoot!.querySelector<HTMLElement>('.chart')!)!;
    const option = chart.getOption() as unknown as { series: Series[]; yAxis: { data: string[] }[] };
    const bars = option.series[0]!;
    expect(option.yAxis[0]!.data).to.deep.equal(['United States', 'ASEAN', 'Australia', 'China', 'Middle East', 'Rest of the world*']);
    const rest = bars.data.at(-1)!;
    expect(rest.value as number).to.be.closeTo(2 * T, 1);
    // ECharts adds its defaults to the decal it was handed.
    expect(rest.itemStyle!.decal).to.deep.include(DERIVED_DECAL);
    expect(rest.itemStyle!.color, 'a surplus, coloured as the United States').to.equal(bars.data[0]!.itemStyle!.color);
    expect(bars.data.slice(0, -1).every((d) => d.itemStyle!.decal === undefined), 'only the rest is hatched').to.equal(true);
    // No share anywhere: surpluses offset deficits, so −¥5.8T would read 187% of −¥3.1T.
    const drawn = drawnTexts(chart).map((t) => t.text);
    expect(drawn).to.include('−¥5.8T');
    expect(drawn.join(' ')).to.not.contain('%');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    expect(rows.at(-1)).to.deep.equal(['Rest of the world (derived)', '¥2.0T', 'not applicable']);
    expect(rows.flat().join(' ')).to.not.contain('%');
    expect(partText(el, 'summary')).to.equal(
      // Sentences use each region's `inSentence` ("the United States"); the axis keeps its label.
      'The United States ran a ¥4.3T surplus while the Middle East ran a ¥5.8T deficit in H2 2024.' +
        ' The regions listed add up to a ¥5.1T deficit and the total is a ¥3.1T deficit, so the rest of the world, a ¥2.0T surplus, is derived as the difference.',
    );
    const footer = partText(el, 'footer');
    expect(footer).to.contain('* Rest of the world (derived, hatched): the total minus the regions listed');
    expect(footer).to.contain('No percentages: surpluses and deficits offset each other');
    // The rest is an item like the others: the keyboard reaches it, last.
    expect(await idsByKeyboard(el, 'End', 1)).to.deep.equal(['rest']);
  });

  it('gives the rest its tooltip and item, and speaks Korean', () => {
    const section = regionsOf(japanPartners);
    const { items, tooltip } = buildRegionsOption(section, settings());
    const rest = items.at(-1)!;
    expect([rest.id, rest.label, rest.series, rest.seriesIndex, rest.dataIndex]).to.deep.equal(['rest', 'Rest of the world', 'value', 0, 5]);
    expect(rest.valueText).to.equal('¥2.0T; Derived: the total minus the regions listed');
    expect(tooltip.text(0, 5)).to.equal('Rest of the world\n¥2.0T\nDerived: the total minus the regions listed');
    const ko = settings({ lang: 'ko' });
    const option = buildRegionsOption(section, ko).option as unknown as { yAxis: { data: string[] } };
    expect(option.yAxis.data.at(-1)).to.equal('그 밖의 지역*');
    expect(regionsView.describe(section, ko).table.rows.at(-1)).to.deep.equal(['그 밖의 지역(추산)', '2.0조 엔', '해당 없음']);
    expect(regionsSummary(section, ko)).to.equal(
      '2024년 하반기에 미국은 4.3조 엔 흑자, 중동은 5.8조 엔 적자를 냈다. 표시된 지역의 합(5.1조 엔 적자)과 전체(3.1조 엔 적자)의 차이인 그 밖의 지역(2.0조 엔 흑자)은 추산값이다.',
    );
  });

  it('shows shares when every part, the rest included, has the total’s sign: none above 100%, together 100%', () => {
    const section = regionsOf(japanDeficits);
    const build = buildRegionsOption(section, settings());
    const series = build.option.series as unknown as Series[];
    const labels = labelsOf(series);
    expect(labels).to.deep.equal(['−¥0.5T (16.1%)', '−¥0.8T (25.8%)', '−¥1.2T (38.7%)', '−¥0.6T (19.4%)']);
    expect((build.option as unknown as { yAxis: { data: string[] } }).yAxis.data).to.deep.equal(['Australia', 'China', 'Middle East', 'Rest of the world*']);
    const shares = labels.flatMap(percents);
    for (const share of shares) expect(share).to.be.at.most(100);
    expect(shares.reduce((a, b) => a + b, 0)).to.be.closeTo(100, 0.1);
    const view = regionsView.describe(section, settings());
    expect(view.table.rows[3]).to.deep.equal(['Rest of the world (derived)', '−¥0.6T', '19.4%']);
    expect(view.keyNotes).to.deep.equal(['Percentages are shares of the total deficit of ¥3.1T.', '* Rest of the world (derived, hatched): the total minus the regions listed']);
    // "Every region ran a deficit" would claim the listed ones are all: with a rest, it is not said.
    expect(regionsSummary(section, settings())).to.equal(
      'Middle East ran the largest deficit, ¥1.2T, in H2 2024. The regions listed add up to a ¥2.5T deficit and the total is a ¥3.1T deficit, so the rest of the world, a ¥0.6T deficit, is derived as the difference.',
    );
  });

  it('adds no rest when the parts add up within rounding, and no share above 100%', () => {
    const section = regionsOf(japanRounded);
    const build = buildRegionsOption(section, settings());
    expect(build.items.map((i) => i.id)).to.deep.equal(['china', 'middle-east']);
    expect(labelsOf(build.option.series as unknown as Series[])).to.deep.equal(['−¥0.2T (6.45%)', '−¥3.0T (96.8%)']);
    expect(regionsSummary(section, settings())).to.equal('Every region ran a deficit in Q1 2025; Middle East had the largest, ¥3.0T.');
    // One part alone, rounded past its total (−3.2 against −3.1): it would read 103%, so no share.
    const over = regionsOf({ ...japanRounded, regions: { ...japanRounded.regions, items: [{ id: 'all', label: 'All partners', value: -3.2 }] } });
    const labels = labelsOf(buildRegionsOption(over, settings()).option.series as unknown as Series[]);
    expect(labels).to.deep.equal(['−¥3.2T']);
  });

  it('gives the rest an id no data id has', () => {
    const section = regionsOf(japanRestTaken);
    const { items } = buildRegionsOption(section, settings());
    expect(items.map((i) => [i.id, i.label])).to.deep.equal([['china', 'China'], ['rest', 'Rest of Asia'], ['rest-2', 'Rest of the world']]);
    expect(items[2]!.value).to.be.closeTo(-0.3 * T, 1);
  });

  it('with segments, draws the rest whole and hatched after them, not as an unpublished part', () => {
    const segmented = regionsOf({
      meta: japanPartners.meta,
      regions: {
        period: '2024H2', total: -3.1,
        segments: [{ id: 'fuel', label: 'Fuel' }, { id: 'other-goods', label: 'Other goods' }],
        items: [
          { id: 'middle-east', label: 'Middle East', values: { fuel: -5.5, 'other-goods': -0.3 } },
          { id: 'united-states', label: 'United States', values: { fuel: -0.4, 'other-goods': 4.7 } },
        ],
      },
    });
    const build = buildRegionsOption(segmented, settings());
    const series = build.option.series as unknown as Series[];
    expect(series.map((s) => s.id)).to.deep.equal(['segment-fuel', 'segment-other-goods', 'unsplit']);
    const rest = series[2]!.data.at(-1)!;
    expect(rest.value as number).to.be.closeTo(-1.6 * T, 1);
    expect(rest.itemStyle).to.deep.include({ decal: DERIVED_DECAL, color: baseSettings().theme.deficit });
    expect(build.tooltip.text(2, 2)).to.equal('Rest of the world\n−¥1.6T\nDerived: the total minus the regions listed');
    expect(build.items.at(-1)).to.deep.include({ id: 'rest', seriesIndex: 2, dataIndex: 2 });
    const view = regionsView.describe(segmented, settings());
    expect(view.keyNotes!.join(' ')).to.not.contain('Dashed outline');
    expect(view.table.rows.at(-1)).to.deep.equal(['Rest of the world (derived)', '−¥1.6T', null, null, 'not applicable']);
  });
});
