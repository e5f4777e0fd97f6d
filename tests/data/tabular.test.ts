import { expect } from '@esm-bundle/chai';
import { decimalMarkOf, stripProvisionalMark } from '../../src/data/cells.js';
import { clearDataCache, loadDataset } from '../../src/data/load.js';
import { parseCell, parseCsv, readTable, readTableDataset, rowsToSection } from '../../src/data/tabular.js';
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

/** A `<table>` from markup (never attached: reading needs no layout). */
function tableOf(markup: string): HTMLTableElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return host.querySelector('table')!;
}

/** The message of what `fn` throws (a DataError) or rejects with. */
async function errorOf(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return (error as DataError).message;
  }
  return expect.fail('expected a DataError');
}

describe('stripProvisionalMark', () => {
  it('strips a star or a provisional word in parentheses, any case, with or without a space', () => {
    const marked = ['2025H1*', '2025H1 *', 'H1 2025 (provisional)', 'H1 2025(Provisional)', 'H1 2025 (p)', 'H1 2025 (P)',
      'H1 2025 (preliminary)', 'H1 2025 (PRELIMINARY)', '2025년 상반기 (잠정)', '2025年上期(速報)', '2025H1（速報）', 'H1 2025* (JPY tn)'];
    for (const text of marked) {
      const { text: rest, provisional } = stripProvisionalMark(text);
      expect(provisional, text).to.equal(true);
      expect(rest, text).to.not.match(/\*|provisional|preliminary|\(p\)|잠정|速報/i);
    }
    expect(stripProvisionalMark('2025H1*')).to.deep.equal({ text: '2025H1', provisional: true });
    expect(stripProvisionalMark('H1 2025 (USD 100m)')).to.deep.equal({ text: 'H1 2025 (USD 100m)', provisional: false });
    expect(stripProvisionalMark('2025H1 (prelim.)')).to.deep.equal({ text: '2025H1 (prelim.)', provisional: false });
    expect(stripProvisionalMark('Prices (pp)')).to.deep.equal({ text: 'Prices (pp)', provisional: false });
  });
});

describe('spreadsheet conventions: provisional marks', () => {
  it('lists starred and (p)-marked period cells of a trend as provisional, and strips the marks', async () => {
    const table = tableOf(`<table>
      <thead><tr><th>Month</th><th>Balance (GBP bn)</th></tr></thead>
      <tbody>
        <tr><td>Oct 2024</td><td>-2.1</td></tr>
        <tr><td>Nov 2024 (preliminary)</td><td>-1.6</td></tr>
        <tr><td>2024-12*</td><td>-2.4</td></tr>
        <tr><td>Jan 2025(P)</td><td>-1.9</td></tr>
      </tbody></table>`);
    expect(readTable(table, 'trend')).to.deep.equal({
      periods: ['2024-10', '2024-11', '2024-12', '2025-01'],
      series: [{ label: 'Balance (GBP bn)', values: [-2.1, -1.6, -2.4, -1.9] }],
      provisional: ['2024-11', '2024-12', '2025-01'],
    });
    const csv = await parseCsv('期間,収支\n2024H2,-3.1\n2025H1（速報）,-2.2\n', 'trend');
    const d = normaliseDataset(csv, { currency: 'JPY', scale: 1e12, section: 'trend' });
    expect(d.trend!.provisional).to.deep.equal(['2025H1']);
    expect(d.trend!.periods.map((p) => p.code)).to.deep.equal(['2024H2', '2025H1']);
  });

  it('reads (provisional) and (잠정) in headers of drivers and regions', async () => {
    expect(await parseCsv('Category,H1 2025 (provisional),H2 2024\nMachinery,1.2,1.0\n', 'drivers')).to.deep.equal({
      period: '2025H1', previous: '2024H2', provisional: ['2025H1'], items: [{ label: 'Machinery', value: 1.2, previousValue: 1 }],
    });
    expect(rowsToSection([['지역', '2025년 상반기 (잠정)'], ['아시아', '35.7']], 'regions')).to.deep.equal({
      period: '2025H1', provisional: ['2025H1'], items: [{ label: '아시아', value: 35.7 }],
    });
  });

  it('keeps a starred regions header provisional once normalised (the UK\'s services balance by partner, GBP bn)', () => {
    const table = tableOf(`<table>
      <thead><tr><th>Partner</th><th>H1 2025*</th></tr></thead>
      <tbody><tr><td>United States</td><td>19.6</td></tr><tr><td>EU</td><td>12.3</td></tr></tbody></table>`);
    const d = normaliseDataset(readTable(table, 'regions'), { currency: 'GBP', scale: 1e9, section: 'regions' });
    expect(d.regions!.provisional).to.deep.equal(['2025H1']);
    expect(d.regions!.period.code).to.equal('2025H1');
    expect(d.regions!.items.map((item) => item.value)).to.deep.equal([{ GBP: 19.6e9 }, { GBP: 12.3e9 }]);
  });
});

describe('spreadsheet conventions: the caption is the title', () => {
  it('gives the bare section its own title, in the attributes\' currency and scale', () => {
    const table = tableOf(`<table><caption> Japan\u2019s goods balance,
      <i>JPY trillion</i> </caption>
      <tr><th>Half</th><th>Balance</th></tr><tr><td>2025H1</td><td>-2.2</td></tr></table>`);
    const raw = readTableDataset(table, 'trend');
    expect(raw).to.deep.equal({ title: 'Japan\u2019s goods balance, JPY trillion', periods: ['2025H1'], series: [{ label: 'Balance', values: [-2.2] }] });
    const d = normaliseDataset(raw, { currency: 'JPY', scale: 1e12, section: 'trend' });
    expect(d.trend!.title).to.deep.equal({ und: 'Japan\u2019s goods balance, JPY trillion' });
    expect(d.trend!.series[0]!.values).to.deep.equal([{ JPY: -2.2e12 }]);
    // Still a bare section: a `section` attribute naming another key does not make it an error.
    const named = normaliseDataset(raw, { currency: 'JPY', scale: 1e12, section: 'trend', name: 'goods' });
    expect(named.trend!.title).to.deep.equal({ und: 'Japan\u2019s goods balance, JPY trillion' });
    expect(readTableDataset(tableOf('<table><caption> </caption><tr><th>Half</th></tr><tr><td>2025H1</td></tr></table>'), 'trend')).to.deep.equal({ periods: ['2025H1'], series: [] });
  });
});

describe('spreadsheet conventions: column order of categories', () => {
  it('reads the later period as the value, whatever the column order', async () => {
    const expected = {
      period: '2025H1', previous: '2024H2', total: -3.1, previousTotal: -2.2,
      items: [{ label: 'Energy', value: -4.5, previousValue: -4.9 }, { label: 'Cars', value: 2.0, previousValue: 2.7 }],
    };
    const spreadsheetOrder = await parseCsv('Category,2024H2,2025H1\nEnergy,-4.9,-4.5\nCars,2.7,2.0\nTotal,-2.2,-3.1\n', 'drivers');
    expect(spreadsheetOrder).to.deep.equal(expected);
    expect(await parseCsv('Category,2025H1,2024H2\nEnergy,-4.5,-4.9\nCars,2.0,2.7\nTotal,-3.1,-2.2\n', 'drivers')).to.deep.equal(expected);
    const d = normaliseDataset(spreadsheetOrder, { currency: 'JPY', scale: 1e12, section: 'drivers' });
    expect(d.drivers!.period.code).to.equal('2025H1');
    expect(d.drivers!.previous!.code).to.equal('2024H2');
    expect(d.drivers!.items[0]!.value).to.deep.equal({ JPY: -4.5e12 });
  });
});

describe('spreadsheet conventions: decimal marks, decided per file', () => {
  it('reads comma decimals and point thousands when the file\'s mark is a comma', () => {
    expect(parseCell('-3,0', ',')).to.equal(-3);
    expect(parseCell('1.234,5', ',')).to.equal(1234.5);
    expect(parseCell('\u22121.234.567', ',')).to.equal(-1234567);
    expect(parseCell(',5', ',')).to.equal(0.5);
    expect(parseCell('1,234.5', ',')).to.equal('1,234.5');
    expect(parseCell('-3,0')).to.equal('-3,0');
  });

  it('takes the mark that the cells show, else the fallback', () => {
    expect(decimalMarkOf(['-3,0', '1.234', 'x'], '.')).to.equal(',');
    expect(decimalMarkOf(['45.3', '1,234'], ',')).to.equal('.');
    expect(decimalMarkOf(['1.234', '12'], ',')).to.equal(',');
    expect(decimalMarkOf(['1.234', '12'], '.')).to.equal('.');
  });

  it('reads a CSV exactly as German Excel writes it (BOM, semicolons, CRLF, -3,0, 1.234,5), also over HTTP', async () => {
    const text = '\uFEFFQuartal;Saldo;Ausfuhr;Einfuhr\r\n2024Q1;-3,0;1.234,5;1.237,5\r\n2024Q2;2,5;1.240,0;1.237,5\r\n'
      + '2024Q3;;1.198,2;\r\n2024Q4;12,4;1.250,1;1.237,7\r\n2025Q1*;-0,8;1.230,0;1.230,8\r\n';
    const expected = {
      periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1'],
      series: [
        { label: 'Saldo', values: [-3, 2.5, null, 12.4, -0.8] },
        { label: 'Ausfuhr', values: [1234.5, 1240, 1198.2, 1250.1, 1230] },
        { label: 'Einfuhr', values: [1237.5, 1237.5, null, 1237.7, 1230.8] },
      ],
      provisional: ['2025Q1'],
    };
    expect(await parseCsv(text, 'trend')).to.deep.equal(expected);
    // The same bytes as a file (next to this test), served as text/csv and read by the widget's loader.
    const url = new URL('./fixtures/exports-de-excel.csv', import.meta.url).href;
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a UTF-8 byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(text);
    clearDataCache();
    const d = await loadDataset(url, {}, { currency: 'EUR', scale: 1e9, section: 'trend' });
    expect(d.trend!.series[1]!.values[0]).to.deep.equal({ EUR: 1.2345e12 });
    expect(d.trend!.provisional).to.deep.equal(['2025Q1']);
  });

  it('reads quoted thousands in a comma file, and a comma-decimal semicolon file whose numbers are all ambiguous', async () => {
    expect(await parseCsv('Partner,H1 2025\r\nChina,"-1,234.5"\r\nUSA,"4,321"\r\n', 'regions')).to.deep.equal({
      period: '2025H1', items: [{ label: 'China', value: -1234.5 }, { label: 'USA', value: 4321 }],
    });
    expect(await parseCsv('Partner;H1 2025\nChina;-1.234\nUSA;12\n', 'regions')).to.deep.equal({
      period: '2025H1', items: [{ label: 'China', value: -1234 }, { label: 'USA', value: 12 }],
    });
    expect(await parseCsv('Partner;H1 2025\nChina;-1,234.5\nUSA;0.5\n', 'regions')).to.deep.equal({
      period: '2025H1', items: [{ label: 'China', value: -1234.5 }, { label: 'USA', value: 0.5 }],
    });
  });

  it('keeps a semicolon file whose header has a comma a semicolon file', async () => {
    expect(await parseCsv('Quartal;Saldo, Mrd. EUR\r\n2024Q1;-3,0\r\n2024Q2;2,5\r\n', 'trend')).to.deep.equal({
      periods: ['2024Q1', '2024Q2'], series: [{ label: 'Saldo, Mrd. EUR', values: [-3, 2.5] }],
    });
  });

  it('reads a table with decimal commas', () => {
    const table = tableOf('<table><tr><th>Partner</th><th>2025-06</th></tr><tr><td>Frankreich</td><td>\u22121,7</td></tr><tr><td>Polen</td><td>0,4</td></tr></table>');
    expect(readTable(table, 'regions')).to.deep.equal({ period: '2025-06', items: [{ label: 'Frankreich', value: -1.7 }, { label: 'Polen', value: 0.4 }] });
  });
});

describe('spreadsheet conventions: errors name the row, the column and the cell as typed', () => {
  it('in a table', async () => {
    const table = tableOf(`<table><caption>Goods, EUR bn</caption>
      <thead><tr><th>Category</th><th>2024H2</th><th>2025H1</th></tr></thead>
      <tbody>
        <tr><td>Machinery</td><td>4,1</td><td>3,9</td></tr>
        <tr><td>Energy</td><td>-2,0</td><td>-2,2</td></tr>
        <tr><td>· Patents</td><td>-1,0</td><td> 3,O </td></tr>
      </tbody></table>`);
    expect(await errorOf(() => readTable(table, 'drivers'))).to.equal('row 4 ("· Patents"), column "2025H1": expected a number, got "3,O"');
    const trend = tableOf('<table><tr><th>Quarter</th><th>Balance</th></tr><tr><td>2025Q1</td><td>1</td></tr><tr><td>Spring 2025</td><td>2</td></tr></table>');
    expect(await errorOf(() => readTable(trend, 'trend'))).to.equal(
      'row 3, column "Quarter": expected a period such as 2025, 2025H1, H1 2025, 2025Q3 or 2025-07, got "Spring 2025"',
    );
    const unordered = tableOf('<table><tr><th>Quarter</th><th>Balance</th></tr><tr><td>Q4 2024</td><td>1</td></tr><tr><td>Q3 2024</td><td>2</td></tr></table>');
    expect(await errorOf(() => readTable(unordered, 'trend'))).to.equal(
      'row 3, column "Quarter": expected a period after "Q4 2024" (periods increasing down the rows), got "Q3 2024"',
    );
    const mixed = tableOf('<table><tr><th>Period</th><th>Balance</th></tr><tr><td>2024Q4</td><td>1</td></tr><tr><td>2025-01</td><td>2</td></tr></table>');
    expect(await errorOf(() => readTable(mixed, 'trend'))).to.equal(
      'row 3, column "Period": expected a quarter period like the first row\'s (one granularity per table), got "2025-01"',
    );
    const noPeriod = tableOf('<table><tr><th>Partner</th><th>Balance</th></tr><tr><td>China</td><td>1</td></tr></table>');
    expect(await errorOf(() => readTable(noPeriod, 'regions'))).to.equal(
      'row 1 (the header), column 2: expected a period such as 2025, 2025H1, H1 2025, 2025Q3 or 2025-07 in this header or the first, got "Balance"',
    );
  });

  it('in a CSV, with its name, counting rows as the file does (blank lines too)', async () => {
    const csv = '\uFEFFQuartal;Saldo\r\n2024Q1;-3,0\r\n\r\n2024Q2;2,5 Mrd.\r\n';
    expect(await errorOf(() => parseCsv(csv, 'trend', 'saldo.csv'))).to.equal('saldo.csv: row 4 ("2024Q2"), column "Saldo": expected a number, got "2,5 Mrd."');
    // Decided per file: in a comma file the decimal mark is a point, so a quoted "3,0" is no number.
    expect(await errorOf(() => parseCsv('Partner,2025Q1\nItaly,"3,0"\n', 'regions', 'q1.csv'))).to.equal('q1.csv: row 2 ("Italy"), column "2025Q1": expected a number, got "3,0"');
    expect(await errorOf(() => parseCsv('Partner,2025Q1\nItaly,1e999\n', 'regions'))).to.equal('CSV: row 2 ("Italy"), column "2025Q1": expected a number, got "1e999"');
  });
});
