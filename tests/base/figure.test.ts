/**
 * Readers and editors are told different things: a reader sees a short sentence in their
 * language and keeps the tag's own table; the editor (`debug`) sees the cause. Retry is
 * offered only where trying again may help.
 */
import { expect } from '@esm-bundle/chai';
import { mount, nextEvent, partText, settled, unmountAll, untilState } from '../helpers.js';

const badCell = JSON.stringify({ periods: ['2024Q1', '2024Q2'], series: [{ id: 'b', label: 'Balance', values: [-1.2, '-3,0'] }] });
let fresh = 0;

/** Collects what the widgets log with console.error while `run` runs. */
async function consoleErrors(run: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return logged;
}

describe('figure: what a failed widget shows', () => {
  afterEach(unmountAll);

  it('shows a reader a short sentence with no technical text and no retry for bad data; the cause goes to chart-error and the console', async () => {
    let message = '';
    const logged = await consoleErrors(async () => {
      const el = mount(`<deficit-trend data='${badCell}'></deficit-trend>`);
      message = (await nextEvent<{ message: string }>(el, 'chart-error')).detail.message;
      await settled(el);
      expect(partText(el, 'error')).to.equal('The chart could not be shown.');
      expect(el.shadowRoot!.querySelector('[part="error"] button'), 'no retry: bad data stays bad').to.equal(null);
    });
    expect(message).to.equal('trend.series[0].values[1]: expected a number or null, got "-3,0"');
    expect(logged).to.deep.equal([`trade-balance-charts: <deficit-trend> ${message}`]);
  });

  it("speaks the reader's language", async () => {
    const el = mount(`<region-split lang="ko" data='{"period": "2025H1", "items": [,]}'></region-split>`);
    await untilState(el, 'error');
    await settled(el);
    expect(partText(el, 'error')).to.equal('차트를 표시할 수 없습니다.');
  });

  it('shows the editor the cause with debug', async () => {
    const el = mount(`<deficit-trend debug data='${badCell}'></deficit-trend>`);
    await untilState(el, 'error');
    await settled(el);
    expect(partText(el, 'error')).to.equal('The chart could not be shown: trend.series[0].values[1]: expected a number or null, got "-3,0"');
  });

  it('collapses its box to what it shows: no empty chart region below the message', async () => {
    const el = mount(`<deficit-trend data='${badCell}'></deficit-trend>`);
    const ready = mount(`<deficit-trend data='${JSON.stringify({ periods: ['2024Q1'], series: [{ id: 'b', label: 'B', values: [-1] }] })}'></deficit-trend>`);
    await untilState(el, 'error');
    await settled(el);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.offsetHeight, 'chart region').to.equal(0);
    expect(el.getBoundingClientRect().height).to.be.below(200);
    expect(ready.getBoundingClientRect().height, 'a working widget keeps its reserved height').to.be.above(600);
  });

  it("keeps a child <table> visible as the readers' fallback when it cannot be read", async () => {
    const el = mount(`<deficit-trend>
      <table><caption>Goods balance (¥ trillion)</caption>
        <thead><tr><th>Quarter</th><th>Balance</th></tr></thead>
        <tbody><tr><th>2024Q1</th><td>-1.2</td></tr><tr><th>2024Q2</th><td>abc</td></tr></tbody>
      </table></deficit-trend>`);
    await untilState(el, 'error');
    await settled(el);
    const table = el.querySelector('table')!;
    expect(table.assignedSlot, 'slotted into the figure').to.not.equal(null);
    expect(table.getBoundingClientRect().height).to.be.above(20);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.compareDocumentPosition(table.assignedSlot!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  for (const [what, src, retry] of [
    ['HTTP 500', () => `/fault/500?f=${++fresh}`, true],
    ['a timeout', () => `/fault/ok?delay=3000&f=${++fresh}`, true],
    ['a network error', () => `http://127.0.0.1:9/none-${++fresh}.json`, true],
    ['HTTP 404', () => `/fault/404?f=${++fresh}`, false],
    ['an HTML page', () => `/fault/html?f=${++fresh}`, false],
  ] as const) {
    it(`${retry ? 'offers' : 'offers no'} retry after ${what}`, async () => {
      const el = mount(`<deficit-trend timeout="300" src="${src()}"></deficit-trend>`);
      await untilState(el, 'error');
      await settled(el);
      const button = el.shadowRoot!.querySelector('[part="error"] button');
      expect(Boolean(button)).to.equal(retry);
    });
  }
});

/** Japan's goods balance in trillion yen, by fiscal half-year: a bare trend with no unit scale. */
const yenTrillions = JSON.stringify({ periods: ['2023H2', '2024H1', '2024H2'], series: [{ id: 'b', label: 'Goods balance', values: [-2.2, -3.1, -0.9] }] });

describe('figure: warnings for the editor', () => {
  afterEach(unmountAll);

  it("lists the data's warnings in debug mode, in the warnings property and on the console", async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
    try {
      const el = mount(`<deficit-trend debug currency="JPY" data='${yenTrillions}'></deficit-trend>`);
      await untilState(el, 'ready');
      await settled(el);
      expect(el.warnings).to.have.length(1);
      expect(el.warnings[0]).to.match(/^values in JPY have no unit scale and are all below 1,000 \(largest 3\.1\).*set the scale attribute to 1e12/);
      expect(partText(el, 'warnings')).to.equal(el.warnings[0]);
      expect(warned).to.deep.equal([`trade-balance-charts: <deficit-trend> ${el.warnings[0]}`]);
    } finally {
      console.warn = original;
    }
  });

  it('shows readers no warnings, and has none once the scale is given', async () => {
    const reader = mount(`<deficit-trend currency="JPY" data='${yenTrillions}'></deficit-trend>`);
    const scaled = mount(`<deficit-trend debug currency="JPY" scale="1e12" data='${yenTrillions}'></deficit-trend>`);
    await untilState(reader, 'ready');
    await untilState(scaled, 'ready');
    await settled(reader);
    expect(reader.warnings).to.have.length(1);
    expect(reader.shadowRoot!.querySelector('[part="warnings"]')).to.equal(null);
    expect(scaled.warnings).to.deep.equal([]);
    expect(partText(scaled, 'summary'), 'trillions, not single yen').to.match(/¥3,100B|¥3\.1T/);
  });
});

describe('figure: each widget its own heading', () => {
  afterEach(unmountAll);

  it("takes the heading, description and source from its section, else from the dataset's meta", async () => {
    const dataset = {
      meta: { title: 'Japan: goods trade', source: { name: 'Ministry of Finance' }, currencies: { JPY: { scale: 1e12 } } },
      trend: { title: 'The balance by fiscal half-year', periods: ['2024H1', '2024H2'], series: [{ id: 'b', label: 'Balance', values: [{ JPY: -3.1 }, { JPY: -0.9 }] }] },
      regions: { title: 'Partners', source: { name: 'Customs' }, period: '2024H2', total: { JPY: -0.9 }, items: [{ id: 'us', label: 'United States', value: { JPY: 4.3 } }, { id: 'cn', label: 'China', value: { JPY: -5.2 } }] },
    };
    const trend = mount(`<deficit-trend data='${JSON.stringify(dataset)}'></deficit-trend>`);
    const regions = mount(`<region-split data='${JSON.stringify(dataset)}'></region-split>`);
    await untilState(trend, 'ready');
    await untilState(regions, 'ready');
    await settled(trend);
    await settled(regions);
    expect(partText(trend, 'heading')).to.equal('The balance by fiscal half-year');
    expect(partText(regions, 'heading')).to.equal('Partners');
    expect(partText(trend, 'source')).to.equal('Source: Ministry of Finance');
    expect(partText(regions, 'source')).to.equal('Source: Customs');
  });
});
