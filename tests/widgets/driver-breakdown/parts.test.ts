/**
 * Parts and wholes (issue 22): where the categories miss a published total beyond
 * rounding, a derived, hatched "Other" holds the difference, in both views, the table,
 * the key and the sentence.
 */
import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import { normaliseDataset } from '../../../src/data/validate.js';
import { DERIVED_DECAL } from '../../../src/widgets/common.js';
import { buildDriversOption } from '../../../src/widgets/driver-breakdown/option.js';
import { driversSummary } from '../../../src/widgets/driver-breakdown/summary.js';
import { driversView } from '../../../src/widgets/driver-breakdown/view.js';
import { idsByKeyboard, mount, nextEvent, partText, settled, unmountAll } from '../../helpers.js';
import { settings as baseSettings } from './fixtures.js';
import { euroPartial, euroRounded } from './parts.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../korean.js';

type Datum = { value: number | string; itemStyle?: { decal?: unknown; color?: string } };
type Series = { id: string; data: Datum[] };

const B = 1e9;
const settings = (over: Parameters<typeof baseSettings>[0] = {}) => baseSettings({ currency: 'EUR', ...over });
const driversOf = (raw: unknown) => normaliseDataset(raw, { currency: 'EUR', scale: 1, section: 'drivers' }).drivers!;
function categories(build: ReturnType<typeof buildDriversOption>): string[] {
  const axis = build.option.yAxis as { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };
  return axis.data.map((v, i) => axis.axisLabel.formatter(v, i));
}

describe('driver-breakdown parts and wholes', () => {
  afterEach(unmountAll);

  it('draws "Other", hatched and derived, in the chart, the table, the key and the sentence', async () => {
    const el = mount(`<driver-breakdown eager data='${JSON.stringify(euroPartial)}'></driver-breakdown>`);
    await nextEvent(el, 'chart-ready', 30000);
    await settled(el);
    const chart = getInstanceByDom(el.shadowRoot!.querySelector<HTMLElement>('.chart')!)!;
    const [current, previous] = (chart.getOption() as unknown as { series: Series[] }).series;
    // By value: Transport (and its sea freight), Construction, Travel; then Other, last.
    const other = current!.data.at(-1)!;
    expect(other.value as number).to.be.closeTo(-0.8 * B, 1);
    expect(previous!.data.at(-1)!.value as number).to.be.closeTo(-0.6 * B, 1);
    expect(other.itemStyle!.decal, 'hatched (ECharts adds its defaults)').to.deep.include(DERIVED_DECAL);
    expect(current!.data.slice(0, -1).every((d) => d.itemStyle!.decal === undefined), 'only Other is hatched').to.equal(true);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    expect(rows.map((r) => r[0])).to.deep.equal(['Transport', 'of which: Sea freight', 'Construction', 'Travel', 'Other (derived)', 'Total']);
    expect(rows[4]).to.deep.equal(['Other (derived)', '−€0.8B', '−€0.6B', '−€0.2B']);
    expect(partText(el, 'footer')).to.contain('* Other (derived, hatched): the published total minus the categories listed');
    expect(partText(el, 'summary')).to.equal(
      'Transport moved most in Mar 2025: the deficit widened by €0.4B to €2.4B.' +
        ' In Mar 2025 the categories listed add up to a €1.5B deficit and the published total is a €2.3B deficit, so Other, a €0.8B deficit, is derived as the difference.',
    );
    expect(await idsByKeyboard(el, 'End', 1), 'an item with an id no category has ("other" is Construction)').to.deep.equal(['other-2']);
  });

  it('labels "Other" with a star, its tooltip says what it is, and the bridge steps through it instead of a residual', () => {
    const section = driversOf(euroPartial);
    const balance = buildDriversOption(section, settings());
    expect(categories(balance).at(-1)).to.equal('{parent|Other*}');
    const item = balance.items.at(-1)!;
    expect(item.id).to.equal('other-2');
    expect(balance.tooltip.text(item.seriesIndex, item.dataIndex)).to.equal(
      'Other\nMar 2025: −€0.8B\nFeb 2025: −€0.6B\nChange: −€0.2B\nDerived: the published total minus the categories listed',
    );
    const bridge = buildDriversOption(section, settings({ view: 'change', sort: 'data' }));
    expect(bridge.items.map((i) => i.id)).to.deep.equal(['previous-total', 'transport', 'travel', 'other', 'other-2', 'total']);
    expect(categories(bridge)[4]).to.equal('{parent|Other*}');
    const step = (bridge.option.series as unknown as Series[])[1]!.data[4]!;
    expect(step.value as number).to.be.closeTo(-0.2 * B, 1);
    expect(step.itemStyle!.decal).to.deep.equal(DERIVED_DECAL);
    expect(driversView.describe(section, settings({ view: 'change' })).keyNotes!.join(' ')).to.not.contain('Residual');
  });

  it('speaks Korean', () => {
    const section = driversOf(euroPartial);
    const ko = settings({ lang: 'ko' });
    expect(categories(buildDriversOption(section, ko)).at(-1)).to.equal('{parent|기타*}');
    expect(driversView.describe(section, ko).table.rows.at(-2)![0]).to.equal('기타(추산)');
    expect(driversSummary(section, ko)).to.contain('2025년 3월 표시된 유형의 합(15억 유로 적자)과 발표 합계(23억 유로 적자)의 차이인 기타(8억 유로 적자)는 추산값이다.');
  });

  it('adds no "Other" when the categories add up within rounding: the bridge keeps its rounding step', () => {
    const section = driversOf(euroRounded);
    const balance = buildDriversOption(section, settings());
    expect(balance.items.map((i) => i.id)).to.not.include('other');
    expect(balance.items).to.have.length(5);
    const view = driversView.describe(section, settings());
    expect(view.table.rows.flat().join(' ')).to.not.contain('derived');
    expect(view.table.rows.at(-1)).to.deep.equal(['Total', '€2.7B', '€1.8B', '+€0.9B']);
    expect(driversSummary(section, settings())).to.equal('Telecom & IT moved most in Q1 2025: the surplus grew by €0.7B to €12.6B.');
    const bridge = buildDriversOption(section, settings({ view: 'change' }));
    expect(bridge.items.map((i) => i.id)).to.include('residual');
    expect(bridge.items.find((i) => i.id === 'residual')!.label).to.equal('Rounding');
  });
});
