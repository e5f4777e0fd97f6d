import { expect } from '@esm-bundle/chai';
import { DataError, type ReadContext } from '../../src/data/types.js';
import { normaliseDataset } from '../../src/data/validate.js';

/** What an editor would be told about Japan's goods trade, read as `ctx` reads it. */
const warningsOf = (raw: unknown, ctx: Partial<ReadContext> = {}): readonly string[] =>
  normaliseDataset(raw, { currency: 'JPY', section: 'trend', ...ctx }).warnings;

const japanTrend = { periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'Goods balance', values: [-1.9, -2.4, null, -3.1] }] };

describe('normaliseDataset: warnings', () => {
  it('says nothing about a clean dataset', () => {
    const clean = {
      meta: { title: 'Japan goods trade', source: { name: 'MOF', url: 'https://www.mof.go.jp/' }, currencies: { JPY: { scale: 1e12 } } },
      trend: japanTrend,
    };
    expect(warningsOf(clean)).to.deep.equal([]);
    expect(warningsOf(japanTrend, { scale: 1e12 })).to.deep.equal([]);
    // A scale of 1 that is said is a unit, not a slip.
    expect(warningsOf({ periods: ['2025-01'], series: [{ values: [3.5] }] }, { currency: 'EUR', scale: 1 })).to.deep.equal([]);
  });

  it('keeps the dataset keys to its data (warnings are not enumerable)', () => {
    const d = normaliseDataset({ trend: japanTrend }, { currency: 'JPY', section: 'trend' });
    expect(Object.keys(d)).to.deep.equal(['meta', 'trend']);
    expect(d.warnings).to.have.length(1);
  });

  it('warns when money has no unit scale and is all below 1,000, saying where to set it', () => {
    expect(warningsOf(japanTrend)).to.deep.equal([
      'values in JPY have no unit scale and are all below 1,000 (largest 3.1), so they are read as single units of JPY: '
      + 'if they are in trillions, set the scale attribute to 1e12 (1e9 for billions, 1e6 for millions)',
    ]);
    expect(warningsOf({ trend: japanTrend })[0]).to.match(/set the scale attribute \(or meta\.currencies\.JPY\.scale in the data\) to 1e12/);
    const declared = { meta: { currencies: { JPY: {}, EUR: { scale: 1e9 } } }, trend: { ...japanTrend, series: [{ values: [-1.9, { JPY: -2.4, EUR: -15 }, null, -3.1] }] } };
    expect(warningsOf(declared)).to.deep.equal([
      'values in JPY have no unit scale and are all below 1,000 (largest 3.1), so they are read as single units of JPY: '
      + 'if they are in trillions, set meta.currencies.JPY.scale to 1e12 (1e9 for billions, 1e6 for millions)',
    ]);
  });

  it('does not warn about units when some value is 1,000 or more, or all are zero or gaps', () => {
    expect(warningsOf({ periods: ['2024', '2025'], series: [{ values: [-850, -1200] }] })).to.deep.equal([]);
    expect(warningsOf({ periods: ['2024', '2025'], series: [{ values: [0, null] }] })).to.deep.equal([]);
  });

  it('looks at the widget\'s own section only', () => {
    const raw = { meta: { currencies: { GBP: { scale: 1e9 } } }, trend: { periods: ['2024Q1', '2024Q3'], series: [{ values: [1, 2] }] },
      regions: { period: '2024Q3', items: [{ label: 'EU', value: -4.2 }] } };
    expect(warningsOf(raw, { section: 'regions' })).to.deep.equal([]);
    expect(warningsOf(raw, { section: 'trend' })).to.have.length(1);
  });

  it('names the periods a list skips and says they are gaps', () => {
    const skipped = { meta: { currencies: { GBP: { scale: 1e9 } } }, trend: { periods: ['2024Q1', '2024Q3', '2024Q4'], series: [{ values: [-4.1, -3.8, -5.2] }] } };
    expect(warningsOf(skipped)).to.deep.equal([
      'trend.periods skips 2024Q2: it is drawn as a gap; if that is meant, list it with null values to say so, else add the missing figures',
    ]);
    const months = { periods: ['2024-11', '2025-02'], series: [{ values: [-410, -655] }] };
    expect(warningsOf(months, { scale: 1e9 })).to.deep.equal([
      'trend.periods skips 2024-12 and 2025-01: they are drawn as gaps; if that is meant, list them with null values to say so, else add the missing figures',
    ]);
    const years = { periods: ['2000', '2020'], series: [{ values: [5, 6] }] };
    expect(warningsOf(years, { scale: 1e9 })[0]).to.equal('trend.periods skips 2001, 2002, 2003, 2004, 2005, 2006 and 13 more (19 in all): '
      + 'they are drawn as gaps; if that is meant, list them with null values to say so, else add the missing figures');
  });

  it('warns about a currency code Intl does not know, in meta or in the currency attribute', () => {
    expect(warningsOf({ meta: { currencies: { JPN: { scale: 1e12 } } }, trend: japanTrend })).to.deep.equal([
      'the currency "JPN" in meta.currencies is not a currency code this browser knows, so amounts are shown with the code and no symbol: '
      + 'check it against ISO 4217 (JPY for yen, EUR for euro, GBP for pound sterling)',
    ]);
    expect(warningsOf(japanTrend, { currency: 'EUE', scale: 1e12 })[0]).to.match(/^the currency "EUE" of the currency attribute is not a currency code/);
  });

  it('warns when a source link is dropped, saying how to write it', () => {
    const raw = { meta: { source: { name: 'ONS', url: 'www.ons.gov.uk/economy' }, currencies: { GBP: { scale: 1e9 } } },
      trend: { periods: ['2025Q1'], series: [{ values: [-7.1] }], source: { url: 'javascript:alert(1)' } } };
    expect(warningsOf(raw)).to.deep.equal([
      'meta.source.url "www.ons.gov.uk/economy" is not an absolute http or https address, so the source is not linked: write it in full, "https://www.ons.gov.uk/economy"',
      'trend.source.url "javascript:alert(1)" is not an absolute http or https address, so the source is not linked: write it in full, starting with https://',
    ]);
  });

  it('warns about keys that are not read, such as a unit written in meta', () => {
    const raw = { meta: { currency: 'JPY', scale: 1e12, currencies: { JPY: { unit: 'trillion', scale: 1e12 } } },
      trend: { ...japanTrend, provisonal: ['2024Q4'] } };
    expect(warningsOf(raw)).to.deep.equal([
      'meta has a key "currency" that is not read, so it is ignored: the keys read there are title, description, source, notes, credit, currencies',
      'meta has a key "scale" that is not read, so it is ignored: the keys read there are title, description, source, notes, credit, currencies',
      'meta.currencies.JPY has a key "unit" that is not read, so it is ignored: the keys read there are scale',
      'trend has a key "provisonal" that is not read, so it is ignored: the keys read there are title, description, source, notes, periods, series, provisional, annotations',
    ]);
  });
});

describe('normaliseDataset: the widget\'s section, stated', () => {
  const full = {
    meta: { currencies: { JPY: { scale: 1e12 } } },
    trend: japanTrend,
    drivers: { period: '2024Q4', items: [{ label: 'Energy', value: -6.1 }] },
    partners: { period: '2024Q4', items: [{ label: 'China', value: -1.2 }] },
  };
  const errorOf = (raw: unknown, ctx: ReadContext): DataError => {
    try {
      normaliseDataset(raw, ctx);
    } catch (error) {
      expect(error).to.be.instanceOf(DataError);
      return error as DataError;
    }
    expect.fail('expected a DataError');
  };

  it('is an error, listing the sections there, when the section attribute names a missing key', () => {
    const error = errorOf({ ...full, regions: { period: '2024Q4', items: [] } }, { currency: 'JPY', section: 'regions', name: 'partner' });
    expect([error.kind, error.message]).to.deep.equal(['schema', 'the dataset has no "partner" section; it has: trend, drivers, partners, regions']);
  });

  it('is an error, listing the sections there, when the widget\'s own section is missing', () => {
    const error = errorOf(full, { currency: 'JPY', section: 'regions' });
    expect([error.kind, error.message]).to.deep.equal(['schema', 'the dataset has no "regions" section; it has: trend, drivers, partners']);
    expect(errorOf({ meta: { title: 'Japan' }, version: 2 }, { currency: 'JPY', section: 'trend' }).message)
      .to.equal('the dataset has no "trend" section; it has none');
  });

  it('reads the named section when it is there', () => {
    const d = normaliseDataset(full, { currency: 'JPY', section: 'regions', name: 'partners' });
    expect(d.regions!.items.map((it) => [it.id, it.value])).to.deep.equal([['china', { JPY: -1.2e12 }]]);
    // A document of named sections only (no meta, no standard key) is read alike.
    const named = normaliseDataset({ partners: full.partners }, { currency: 'JPY', scale: 1e12, section: 'regions', name: 'partners' });
    expect(named.regions!.items[0]!.value).to.deep.equal({ JPY: -1.2e12 });
  });

  it('reads a bare section, a table or CSV as the widget\'s section whatever the section attribute says', () => {
    const d = normaliseDataset(japanTrend, { currency: 'JPY', scale: 1e12, section: 'trend', name: 'goods' });
    expect(d.trend!.periods).to.have.length(4);
  });
});
