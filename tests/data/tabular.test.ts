import { expect } from '@esm-bundle/chai';
import { parseCell, parseCsv, readTable, rowsToSection } from '../../src/data/tabular.js';
import { DataError, type SectionKey } from '../../src/data/types.js';
import { normaliseDataset } from '../../src/data/validate.js';

const ctx = (section: SectionKey) => ({ currency: 'USD', scale: 1e8, section });

describe('parseCell', () => {
  it('reads numbers as readers write them', () => {
    expect(parseCell('\u221245.3')).to.equal(-45.3);
    expect(parseCell('-45.3')).to.equal(-45.3);
    expect(parseCell('+12.8')).to.equal(12.8);
    expect(parseCell('1,234.5')).to.equal(1234.5);
    expect(parseCell('-1,234,567')).to.equal(-1234567);
    expect(parseCell('  19.6\u00a0')).to.equal(19.6);
    expect(parseCell('\u2212 45.3')).to.equal(-45.3);
    expect(parseCell('.5')).to.equal(0.5);
    expect(parseCell('0')).to.equal(0);
  });

  it('reads empty cells, dashes and n/a as gaps', () => {
    for (const gap of ['', '   ', '-', '–', '—', 'n/a', 'N/A', '..', '…']) expect(parseCell(gap), JSON.stringify(gap)).to.equal(null);
  });

  it('keeps anything else as text, for validation to report', () => {
    expect(parseCell(' abc ')).to.equal('abc');
    expect(parseCell('12,34')).to.equal('12,34');
    expect(parseCell('$4.5B')).to.equal('$4.5B');
    expect(parseCell('1.2.3')).to.equal('1.2.3');
  });
});

describe('rowsToSection', () => {
  it('maps a trend table: periods by code or printed name, a series per column', () => {
    const raw = rowsToSection([
      ['Period', 'Balance', ''],
      ['2024년 상반기', '−35.0', '1'],
      ['H2 2024', '-37.6', ''],
      ['', '', ''],
      ['2025H1 (prelim.)', '–', '2'],
    ], 'trend');
    expect(raw).to.deep.equal({
      periods: ['2024H1', '2024H2', '2025H1'],
      series: [{ label: 'Balance', values: [-35, -37.6, null] }, { values: [1, null, 2] }],
    });
    const d = normaliseDataset(raw, ctx('trend'));
    expect(d.trend!.series.map((s) => s.id)).to.deep.equal(['balance', 'series-2']);
    expect(d.trend!.series[0]!.values).to.deep.equal([{ USD: -3.5e9 }, { USD: -3.76e9 }, null]);
  });

  it('reports a bad cell with its path', () => {
    const raw = rowsToSection([['Period', 'Balance'], ['2024', '1'], ['2025', 'abc']], 'trend');
    expect(() => normaliseDataset(raw, ctx('trend'))).to.throw(DataError, 'trend.series[0].values[1]: expected a number or null, got "abc"');
    const badPeriod = rowsToSection([['Period', 'Balance'], ['Sometime', '1']], 'trend');
    expect(() => normaliseDataset(badPeriod, ctx('trend'))).to.throw(DataError, 'trend.periods[0]: expected a period code (2025, 2025H1, 2025Q3 or 2025-07), got "Sometime"');
  });

  it('maps a drivers table: periods from headers, marked rows as children, a total row', () => {
    const raw = rowsToSection([
      ['Category', 'H1 2025', 'H2 2024'],
      ['IP royalties', '−24.5', '−14.4'],
      ['· Patents', '−17.5', '−12.8'],
      ['  Copyright', '−6.0', '−0.9'],
      ['ICT services', '19.6', '12.8'],
      ['Total', '−45.3', '−37.6'],
    ], 'drivers');
    expect(raw).to.deep.equal({
      period: '2025H1', previous: '2024H2', total: -45.3, previousTotal: -37.6,
      items: [
        { label: 'IP royalties', value: -24.5, previousValue: -14.4, children: [
          { label: 'Patents', value: -17.5, previousValue: -12.8 },
          { label: 'Copyright', value: -6, previousValue: -0.9 },
        ] },
        { label: 'ICT services', value: 19.6, previousValue: 12.8 },
      ],
    });
    const d = normaliseDataset(raw, ctx('drivers'));
    expect(d.drivers!.items[0]!.children.map((c) => c.id)).to.deep.equal(['patents', 'copyright']);
  });

  it('maps a regions table with two columns, and with one column per segment', () => {
    expect(rowsToSection([['지역', '2025년 상반기'], ['아시아', '35.7'], ['북미', '−37.7'], ['합계', '−45.3']], 'regions')).to.deep.equal({
      period: '2025H1', total: -45.3, items: [{ label: '아시아', value: 35.7 }, { label: '북미', value: -37.7 }],
    });
    const raw = rowsToSection([['H1 2025', 'Content', 'Core technology'], ['Asia', '30', '5.7'], ['Europe', '', '-21.8']], 'regions');
    expect(raw).to.deep.equal({
      period: '2025H1',
      segments: [{ id: 'content', label: 'Content' }, { id: 'core-technology', label: 'Core technology' }],
      items: [{ label: 'Asia', values: { content: 30, 'core-technology': 5.7 } }, { label: 'Europe', values: { content: null, 'core-technology': -21.8 } }],
    });
    const d = normaliseDataset(raw, ctx('regions'));
    expect(d.regions!.items[1]!.values).to.deep.equal({ content: null, 'core-technology': { USD: -2.18e9 } });
  });
});

describe('readTable', () => {
  it('reads text only, from thead and tbody, without touching the table', () => {
    const host = document.createElement('div');
    host.innerHTML = `<table>
      <caption>Balance</caption>
      <thead><tr><th>Period</th><th>Balance <b>(USD 100m)</b></th></tr></thead>
      <tbody>
        <tr><th scope="row">H1 2024</th><td>−35.0</td></tr>
        <tr><th scope="row">H2 2024</th><td><abbr title="minus">−</abbr>37.6</td></tr>
        <tr><th scope="row">H1 2025</th><td>  <span>−45.3</span>
        </td></tr>
      </tbody></table>`;
    document.body.append(host);
    const table = host.querySelector('table')!;
    const before = table.outerHTML;
    const raw = readTable(table, 'trend');
    expect(raw).to.deep.equal({ periods: ['2024H1', '2024H2', '2025H1'], series: [{ label: 'Balance (USD 100m)', values: [-35, -37.6, -45.3] }] });
    expect(table.outerHTML).to.equal(before);
    host.remove();
  });

  it('takes the first row as header without thead, and &nbsp; indents as children', () => {
    const table = document.createElement('table');
    table.innerHTML = `<tr><td>Type</td><td>2025H1</td><td>2024H2</td></tr>
      <tr><td>Business services</td><td>-44.8</td><td>-40.3</td></tr>
      <tr><td>&nbsp;&nbsp;R&amp;D</td><td>-30.9</td><td></td></tr>
      <tfoot><tr><td>Total</td><td>-45.3</td><td>-37.6</td></tr></tfoot>`;
    expect(readTable(table, 'drivers')).to.deep.equal({
      period: '2025H1', previous: '2024H2', total: -45.3, previousTotal: -37.6,
      items: [{ label: 'Business services', value: -44.8, previousValue: -40.3, children: [{ label: 'R&D', value: -30.9, previousValue: null }] }],
    });
  });
});

describe('parseCsv', () => {
  it('parses CSV through papaparse (quoted thousands, BOM, blank lines)', async () => {
    const raw = await parseCsv('\uFEFFperiod,balance\r\n2024,"-1,234.5"\r\n\r\n2025,\u221245.3\r\n', 'trend');
    expect(raw).to.deep.equal({ periods: ['2024', '2025'], series: [{ label: 'balance', values: [-1234.5, -45.3] }] });
  });

  it('detects semicolons and reads single-column files', async () => {
    expect(await parseCsv('region;H1 2025\nAsia;35.7', 'regions')).to.deep.equal({ period: '2025H1', items: [{ label: 'Asia', value: 35.7 }] });
    expect(await parseCsv('period\n2024\n2025', 'trend')).to.deep.equal({ periods: ['2024', '2025'], series: [] });
  });

  it('names the row of a CSV error, and calls blank text empty', async () => {
    const error = await parseCsv('period,balance\n2024,1\n"2025,2\n', 'trend', 'data.csv').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DataError);
    expect((error as DataError).kind).to.equal('parse');
    expect((error as DataError).message).to.equal('data.csv: invalid CSV at row 3 (Quoted field unterminated)');
    const empty = await parseCsv(' \n ', 'trend').catch((e: unknown) => e);
    expect((empty as DataError).kind).to.equal('empty');
    expect((empty as DataError).message).to.equal('CSV: no data (the text is empty)');
  });
});
