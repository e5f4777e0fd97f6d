import { expect } from '@esm-bundle/chai';
import type { DeficitTrend } from '../../../src/widgets/deficit-trend/element.js';
import { drawnLines, drawnOfType, drawnTexts, gridRect, idsByKeyboard, mount, nextEvent, partText, quarterly, settled, unmountAll, untilState } from '../../helpers.js';
import type { Anyish } from './fixtures.js';

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
      '수지가 2025년 1분기(잠정) 1.5억 달러 적자로 돌아섰다(2024년 4분기 0.4억 달러 흑자). 첫 수치인 2024년 1분기에는 1.2억 달러 적자였다.',
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

describe('<deficit-trend> reading a child table as a spreadsheet writes it', () => {
  afterEach(unmountAll);

  /** Japan's goods balance by fiscal half (JPY trillion): the latest half starred, the caption the heading. */
  const table = `<table>
      <caption>Japan's goods trade balance</caption>
      <thead><tr><th>Half</th><th>Balance</th></tr></thead>
      <tbody>
        <tr><td>2024H1</td><td>-2,9</td></tr>
        <tr><td>2024H2</td><td>-2,2</td></tr>
        <tr><td>2025H1*</td><td>-3,1</td></tr>
      </tbody>
    </table>`;

  it('draws the starred half hatched and provisional, and shows the caption as heading', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager currency="JPY" scale="1e12">${table}</deficit-trend>`);
    await untilState(el, 'ready');
    const data = barData(el);
    expect(data.map((d) => d['value'])).to.deep.equal([-2.9e12, -2.2e12, -3.1e12]);
    expect(data[2]['itemStyle'], 'H1 2025 hatched').to.have.property('decal');
    expect(data[1]['itemStyle'], 'H2 2024 not hatched').to.not.have.property('decal');
    expect(partText(el, 'heading')).to.equal("Japan's goods trade balance");
    expect(partText(el, 'summary')).to.contain('in H1 2025 (provisional)');
    expect(partText(el, 'footer')).to.contain('Hatched bars are provisional figures.');
  });

  it('lets the heading attribute win over the caption', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager currency="JPY" scale="1e12" heading="Goods, by half-year">${table}</deficit-trend>`);
    await untilState(el, 'ready');
    expect(partText(el, 'heading')).to.equal('Goods, by half-year');
  });

  it('names the row, the column and the cell as typed when a cell is no number (chart-error)', async () => {
    const typo = table.replace('-2,2', '-2,2 Bio.');
    const el = mount<DeficitTrend>(`<deficit-trend eager currency="JPY" scale="1e12">${typo}</deficit-trend>`);
    const event = await nextEvent<{ message: string }>(el, 'chart-error');
    expect(event.detail.message).to.equal('row 3 ("2024H2"), column "Balance": expected a number, got "-2,2 Bio."');
  });
});
