/**
 * Every widget's data table, in English and Korean: always in the DOM (visually hidden until
 * "Show table"), with a caption, scoped headers, formatted numbers with units, gaps written
 * "not published" / "발표되지 않음", and no blank header or cell.
 */
import { expect } from '@esm-bundle/chai';
import { mount, quarterly, settled, unmountAll, untilState } from '../helpers.js';
import { WIDGETS } from '../../src/widgets/manifest.js';
import { until } from './a11y-helpers.js';

/** The quarterly dataset with a gap in each section and an annotation, so every kind of cell shows. */
const data = JSON.parse(JSON.stringify(quarterly)) as typeof quarterly & Record<string, unknown>;
Object.assign(data.trend, { annotations: [{ period: '2024Q4', text: { en: 'Back to surplus', ko: '흑자 전환' } }] });
data.drivers.items.push({ id: 'd', label: 'Delta', value: -10, previousValue: null } as never);
data.regions.items.push({ id: 'z', label: 'Zed', value: null } as never);
const json = JSON.stringify(data);

const words = {
  en: { gap: 'not published', first: { trend: 'Period', drivers: 'Category', regions: 'Region' }, unit: /\$\d/ },
  ko: { gap: '발표되지 않음', first: { trend: '기간', drivers: '항목', regions: '지역' }, unit: /\d(억|조|만)? ?(달러|원)|\d+(\.\d+)?%/ },
} as const;

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('data tables', () => {
  afterEach(unmountAll);

  for (const lang of ['en', 'ko'] as const) {
    for (const { tag, section } of WIDGETS) {
      it(`${tag} (${lang}): caption, scoped headers, units, gaps named, nothing blank`, async () => {
        // Not eager, far below the fold: the table is there before (and without) the chart.
        mount('<div style="height:4000px"></div>');
        const el = mount(`<${tag} lang="${lang}" data='${json}'></${tag}>`);
        const table = await until(() => el.shadowRoot?.querySelector('table'), 'the table, before the chart');
        await settled(el);
        expect(el.getAttribute('state'), 'not drawn').to.equal('loading');
        const wrap = table.closest('.table-wrap')!;
        expect(wrap.classList.contains('visually-hidden')).to.equal(true);
        expect(wrap.getBoundingClientRect().width, 'visually hidden').to.be.at.most(1);
        expect(wrap.getBoundingClientRect().height, 'visually hidden').to.be.at.most(1);

        const caption = table.querySelector('caption');
        expect(cellText(caption!)).to.match(/\((USD|KRW)\)$/);
        const columnHeads = [...table.querySelectorAll('thead th')];
        expect(columnHeads.length).to.be.at.least(2);
        for (const th of columnHeads) {
          expect(th.getAttribute('scope')).to.equal('col');
          expect(cellText(th), 'no blank column header').to.not.equal('');
        }
        expect(cellText(columnHeads[0]!)).to.equal(words[lang].first[section]);
        const rows = [...table.querySelectorAll('tbody tr')];
        expect(rows.length).to.be.at.least(4);
        const cells: string[] = [];
        for (const row of rows) {
          const head = row.querySelector('th')!;
          expect(head.getAttribute('scope')).to.equal('row');
          expect(cellText(head)).to.not.equal('');
          for (const td of row.querySelectorAll('td')) cells.push(cellText(td));
        }
        for (const cell of cells) expect(cell, 'no blank cell').to.not.equal('');
        expect(cells, 'a gap is written out').to.include(words[lang].gap);
        const numbers = cells.filter((cell) => cell !== words[lang].gap && /\d/.test(cell));
        expect(numbers.length).to.be.at.least(3);
        for (const cell of numbers) expect(cell, 'a number with its unit').to.match(lang === 'en' ? /\$\d|\d%$/ : words[lang].unit);
        for (const cell of numbers) expect(cell, 'a minus sign, not a hyphen').to.not.match(/-\d/);
      });
    }
  }

  it('the trend notes column and the regions share column say "none" / "not applicable", not blank', async () => {
    const trend = mount(`<deficit-trend data='${json}'></deficit-trend>`);
    const regions = mount(`<region-split lang="ko" data='${json}'></region-split>`);
    await until(() => trend.shadowRoot?.querySelector('table') && regions.shadowRoot?.querySelector('table'), 'both tables');
    const trendCells = [...trend.shadowRoot!.querySelectorAll('tbody tr')].map((row) => cellText(row.lastElementChild!));
    expect(trendCells).to.deep.equal(['none', 'none', 'none', 'Back to surplus', 'none']);
    const shares = [...regions.shadowRoot!.querySelectorAll('tbody tr')].map((row) => cellText(row.lastElementChild!));
    expect(shares).to.include('해당 없음');
  });

  it('"Show table" shows the same table, and the drivers table reads "of which" rows', async () => {
    const el = mount(`<driver-breakdown eager data='${json}'></driver-breakdown>`);
    await untilState(el, 'ready');
    await settled(el);
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show table')!;
    expect(button.getAttribute('aria-controls')).to.equal('data-table');
    button.click();
    await settled(el);
    const table = el.shadowRoot!.querySelector('#data-table table')!;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
    expect([...table.querySelectorAll('tbody th')].map(cellText)).to.include('of which: Alpha one');
    expect(button.textContent!.trim()).to.equal('Hide table');
  });
});
