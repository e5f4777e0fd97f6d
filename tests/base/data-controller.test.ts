import { expect } from '@esm-bundle/chai';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import type { RegionSplit } from '../../src/widgets/region-split/element.js';
import { TAGS } from '../../src/widgets/manifest.js';
import { mount, nextEvent, partText, quarterly, settled, unmountAll, untilState } from '../helpers.js';

const monthly = {
  periods: ['2025-01', '2025-02', '2025-03', '2025-05'],
  series: [{ id: 'b', label: 'Goods balance', values: [-1.5, 2.25, null, -3] }],
};

let unique = 0;
const fresh = () => `t=${Date.now()}-${++unique}`;

async function hits(): Promise<Record<string, number>> {
  return (await fetch('/fault/hits')).json();
}

describe('data inputs of the element', () => {
  afterEach(unmountAll);

  it('reads the data property (an object) before everything else', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='{"periods":["2020"],"series":[{"id":"x","label":"X","values":[1]}]}'></deficit-trend>`);
    el.data = monthly;
    await untilState(el, 'ready');
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(4);
    expect(partText(el, 'table')).to.contain('May 2025');
  });

  it('reads a JSON <script> child (for CMSs that mangle attribute quotes)', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager scale="1e9"><script type="application/json">${JSON.stringify(monthly)}</script></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    // One magnitude and decimals for the chart: 3 beside 2.25 is written $3.00B.
    expect(partText(el, 'summary')).to.contain('$3.00B');
  });

  it('reads a <table> child as a reader writes it, and leaves it untouched in the light DOM', async () => {
    const table = `<table><thead><tr><th>Period</th><th>Balance</th></tr></thead><tbody>
      <tr><td>Q1 2024</td><td>−1,234.5</td></tr><tr><td>Q2 2024</td><td></td></tr><tr><td>2024년 3분기</td><td>-80</td></tr></tbody></table>`;
    const el = mount<DeficitTrend>(`<deficit-trend eager currency="KRW" scale="1e8">${table}</deficit-trend>`);
    const before = el.innerHTML;
    await untilState(el, 'ready');
    await settled(el);
    expect(el.innerHTML).to.equal(before);
    const cells = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells).to.deep.equal(['Q1 2024 −₩123B', 'Q2 2024 not published', 'Q3 2024 −₩8B']);
  });

  it('reads CSV from src (by extension) with a real CSV parser', async () => {
    const csv = 'period,Balance\n2024Q1,"-1,200"\n2024Q2,\n2024Q3,300\n';
    const el = mount<DeficitTrend>(`<deficit-trend eager src="/fault/csv.csv?${fresh()}&body=${encodeURIComponent(csv)}"></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    expect(partText(el, 'table')).to.contain('−$1.2K');
  });

  it('makes one request for every widget naming one src', async () => {
    const url = `/fault/ok?${fresh()}&body=${encodeURIComponent(JSON.stringify(quarterly))}`;
    const widgets = TAGS.map((tag) => mount(`<${tag} eager src="${url}"></${tag}>`));
    await Promise.all(widgets.map((el) => untilState(el, 'ready')));
    expect((await hits())[url]).to.equal(1);
  });

  it('uses section to pick a differently named section of a full dataset', async () => {
    const data = { meta: quarterly.meta, other: quarterly.regions };
    const el = mount<RegionSplit>(`<region-split eager section="other"></region-split>`);
    el.data = data;
    await untilState(el, 'ready');
  });

  for (const [fault, message] of [
    ['404', /HTTP 404/],
    ['500', /HTTP 500/],
    ['html', /HTML page/],
    ['empty', /empty/],
    ['malformed', /invalid JSON at line 1, column/],
  ] as const) {
    it(`shows a named error for a ${fault} response, fires chart-error, and a neighbour still draws`, async () => {
      const good = mount<DeficitTrend>(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`);
      const el = mount<DeficitTrend>(`<deficit-trend eager debug src="/fault/${fault}?${fresh()}"></deficit-trend>`);
      const event = await nextEvent<{ message: string }>(el, 'chart-error');
      expect(event.detail.message).to.match(message);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(partText(el, 'error')).to.match(message);
      await untilState(good, 'ready');
    });
  }

  it('times out with a message naming the wait', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager timeout="200" src="/fault/ok?delay=3000&${fresh()}"></deficit-trend>`);
    const event = await nextEvent<{ message: string }>(el, 'chart-error');
    expect(event.detail.message).to.match(/timed out after 200 ms/);
  });

  it('retries from the error part and recovers', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager src="/fault/flaky?${fresh()}"></deficit-trend>`);
    await untilState(el, 'error');
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await untilState(el, 'ready');
  });

  it('never lets a stale response overwrite a newer src', async () => {
    const slow = `/fault/ok?delay=800&${fresh()}&body=${encodeURIComponent(JSON.stringify({ periods: ['2001'], series: [{ id: 's', label: 'Slow', values: [-1] }] }))}`;
    const fast = `/fault/ok?${fresh()}&body=${encodeURIComponent(JSON.stringify({ periods: ['2002'], series: [{ id: 'f', label: 'Fast', values: [-2] }] }))}`;
    const el = mount<DeficitTrend>(`<deficit-trend eager src="${slow}"></deficit-trend>`);
    await settled(el);
    el.src = fast;
    await untilState(el, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await settled(el);
    expect(partText(el, 'table')).to.contain('2002').and.not.contain('2001');
  });

  it('reports invalid JSON in the data attribute with its position', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='{"periods": [2024,]}'></deficit-trend>`);
    const event = await nextEvent<{ message: string }>(el, 'chart-error');
    expect(event.detail.message).to.match(/^data attribute: invalid JSON at line 1, column 1\d/);
  });
});
