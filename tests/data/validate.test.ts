import { expect } from '@esm-bundle/chai';
import { DataError, type ReadContext } from '../../src/data/types.js';
import { normaliseDataset, sectionCurrencies } from '../../src/data/validate.js';

const trendCtx: ReadContext = { currency: 'USD', scale: 1, section: 'trend' };
const driversCtx: ReadContext = { ...trendCtx, section: 'drivers' };
const regionsCtx: ReadContext = { ...trendCtx, section: 'regions' };

/** The DataError a call throws (fails the test when it throws nothing or something else). */
function errorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  expect.fail('expected a DataError');
}

function messageOf(raw: unknown, ctx: ReadContext = trendCtx): string {
  const error = errorOf(() => normaliseDataset(raw, ctx));
  expect(error.kind).to.equal('schema');
  return error.message;
}

const series = (values: unknown[], extra: object = {}) => ({ id: 's', label: 'S', values, ...extra });

describe('normaliseDataset: errors name the path and what they got', () => {
  const cases: [string, unknown, string, ReadContext?][] = [
    ['a string value in a full dataset',
      { trend: { periods: ['2024', '2025', '2026', '2027'], series: [series([1, 2, 3, 'n/a'])] } },
      'trend.series[0].values[3]: expected a number or null, got "n/a"'],
    ['a string value in a bare section (path starts at the section)',
      { periods: ['2024', '2025', '2026', '2027'], series: [series([1, 2, 3, 'n/a'])] },
      'trend.series[0].values[3]: expected a number or null, got "n/a"'],
    ['a length mismatch', { periods: ['2024', '2025'], series: [series([1])] },
      'trend.series[0].values: expected 2 values (one per period), got 1'],
    ['an infinite number', { periods: ['2024', '2025'], series: [series([1, Infinity])] },
      'trend.series[0].values[1]: expected a finite number or null, got Infinity'],
    ['an amount that overflows at its scale', { meta: { currencies: { USD: { scale: 1e8 } } }, trend: { periods: ['2025'], series: [series([1e301])] } },
      'trend.series[0].values[0]: expected an amount that stays finite at scale 100000000, got 1e+301'],
    ['an amount in a money object that overflows at its scale', { meta: { currencies: { USD: { scale: 1e8 } } }, trend: { periods: ['2025'], series: [series([{ USD: -1e301 }])] } },
      'trend.series[0].values[0].USD: expected an amount that stays finite at scale 100000000, got -1e+301'],
    ['NaN', { periods: ['2024', '2025'], series: [series([NaN, 1])] },
      'trend.series[0].values[0]: expected a number or null, got NaN'],
    ['a bad amount inside a money object', { periods: ['2025'], series: [series([{ USD: 'x' }])] },
      'trend.series[0].values[0].USD: expected a number, got "x"'],
    ['a currency not in meta', { meta: { currencies: { USD: { scale: 1e8 } } }, trend: { periods: ['2025'], series: [series([{ EUR: 3 }])] } },
      'trend.series[0].values[0]: expected only currencies listed in meta.currencies (USD), got "EUR"'],
    ['an unknown period format', { periods: ['2024', '2025/07'], series: [] },
      'trend.periods[1]: expected a period code (2025, 2025H1, 2025Q3 or 2025-07), got "2025/07"'],
    ['a period that is a number', { periods: [2025], series: [] },
      'trend.periods[0]: expected a period code (2025, 2025H1, 2025Q3 or 2025-07), got 2025'],
    ['mixed granularity', { periods: ['2024', '2025H1'], series: [] },
      'trend.periods[1]: expected a year period like "2024" (one granularity per section), got "2025H1"'],
    ['periods out of order', { periods: ['2024H1', '2025H1', '2024H2'], series: [] },
      'trend.periods[2]: expected a period after "2025H1" (periods strictly increasing), got "2024H2"'],
    ['a repeated period', { periods: ['2024', '2024'], series: [] },
      'trend.periods[1]: expected a period after "2024" (periods strictly increasing), got "2024"'],
    ['a missing required key', { periods: ['2025'] }, 'trend.series: required, got nothing'],
    ['a section that is no object', [1, 2], 'trend: expected an object, got an array'],
    ['a text of the wrong type', { periods: ['2025'], series: [series([1], { label: 5 })] },
      'trend.series[0].label: expected a string or {"en": "...", "ko": "..."}, got 5'],
    ['a text with a non-string language', { periods: ['2025'], series: [series([1], { label: { en: 'x', ko: 3 } })] },
      'trend.series[0].label.ko: expected a string, got 3'],
    ['duplicate series ids', { periods: ['2025'], series: [series([1]), series([2])] },
      'trend.series[1].id: expected a unique id, got "s"'],
    ['provisional naming an unlisted period', { periods: ['2025'], series: [], provisional: ['2026'] },
      'trend.provisional[0]: expected one of the listed periods, got "2026"'],
    ['an annotation on an unlisted period', { periods: ['2025'], series: [], annotations: [{ period: '2024', text: 'x' }] },
      'trend.annotations[0].period: expected one of the listed periods, got "2024"'],
    ['drivers.provisional naming a period not its own', { drivers: { period: '2025Q2', previous: '2025Q1', items: [], provisional: ['2025Q2', '2024Q4'] } },
      'drivers.provisional[1]: expected one of the listed periods ("2025Q1", "2025Q2"), got "2024Q4"'],
    ['regions.provisional naming a period not its own', { regions: { period: '2025Q3', items: [], provisional: ['2025Q2'] } },
      'regions.provisional[0]: expected one of the listed periods ("2025Q3"), got "2025Q2"'],
    ['regions.provisional that is no list', { regions: { period: '2025Q3', items: [], provisional: '2025Q3' } },
      'regions.provisional: expected an array of period codes, got "2025Q3"'],
    ['drivers.previous of another granularity', { drivers: { period: '2025H1', previous: '2024', items: [] } },
      'drivers.previous: expected a half-year period like drivers.period ("2025H1"), got "2024"'],
    ['drivers.previous not before the period', { drivers: { period: '2025H1', previous: '2025H2', items: [] } },
      'drivers.previous: expected a period before "2025H1", got "2025H2"'],
    ['ids made from labels colliding', { drivers: { period: '2025H1', items: [{ label: 'IP fees', value: 1 }, { label: 'ip  FEES', value: 2 }] } },
      'drivers.items[1]: expected a unique id, got "ip-fees"'],
    ['a child id used by a parent', { drivers: { period: '2025H1', items: [{ id: 'a', label: 'A', value: 1, children: [{ id: 'a', label: 'x' }] }] } },
      'drivers.items[0].children[0].id: expected a unique id, got "a"'],
    ['segment values without segments', { regions: { period: '2025H1', items: [{ label: 'Asia', values: { content: 1 } }] } },
      'regions.items[0].values: expected keys among the segment ids (none declared), got "content"'],
    ['derived not a boolean', { regions: { period: '2025H1', items: [{ label: 'Asia', derived: 'yes' }] } },
      'regions.items[0].derived: expected true or false, got "yes"'],
    ['a lower-case currency code', { meta: { currencies: { usd: { scale: 1 } } } },
      'meta.currencies.usd: expected an ISO 4217 currency code such as "USD", got "usd"'],
    ['a zero scale', { meta: { currencies: { USD: { scale: 0 } } } }, 'meta.currencies.USD.scale: expected a positive number, got 0'],
    ['a bare drivers section with a bad value', { period: '2025H1', items: [{ label: 'A', value: true }] },
      'drivers.items[0].value: expected a number or null, got true', { currency: 'USD', scale: 1, section: 'drivers' }],
  ];
  for (const [name, raw, message, ctx] of cases) {
    it(name, () => expect(messageOf(raw, ctx)).to.equal(message));
  }

  it('refuses a scale attribute that is no positive number, for data without meta', () => {
    const error = errorOf(() => normaliseDataset({ periods: [], series: [] }, { currency: 'USD', scale: NaN, section: 'trend' }));
    expect([error.kind, error.message]).to.deep.equal(['input', 'scale attribute: expected a positive number, got NaN']);
  });

  it('quotes long strings shortened', () => {
    const long = 'x'.repeat(100);
    expect(messageOf({ periods: ['2025'], series: [series([long])] }))
      .to.equal(`trend.series[0].values[0]: expected a number or null, got "${'x'.repeat(40)}…"`);
  });
});

describe('normaliseDataset: normal form', () => {
  it('multiplies money by its currency scale, keeping null gaps', () => {
    const d = normaliseDataset({ periods: ['2024H2', '2025H1', '2025H2'], series: [{ label: 'B', values: [-37.6, -45.3, null] }] },
      { currency: 'USD', scale: 1e8, section: 'trend' });
    expect(d.trend!.series[0]!.values).to.deep.equal([{ USD: -3760000000 }, { USD: -4530000000 }, null]);
    expect(d.meta.currencies).to.deep.equal(['USD']);
  });

  it('reads plain numbers of a full dataset in the default (first) currency and objects per currency', () => {
    const d = normaliseDataset({
      meta: { currencies: { USD: { scale: 1e8 }, KRW: { scale: 1e12 } } },
      trend: { periods: ['2024', '2025'], series: [{ id: 'b', values: [-72.6, { USD: -45.3, KRW: -6.26 }] }] },
    }, trendCtx);
    expect(d.meta.currencies).to.deep.equal(['USD', 'KRW']);
    expect(d.trend!.series[0]!.values).to.deep.equal([{ USD: -7260000000 }, { USD: -4530000000, KRW: -6260000000000 }]);
  });

  it('uses the context currency and scale for a full dataset without meta.currencies', () => {
    const d = normaliseDataset({ trend: { periods: ['2025'], series: [{ values: [2] }] } }, { currency: 'KRW', scale: 1e12, section: 'trend' });
    expect(d.meta.currencies).to.deep.equal(['KRW']);
    expect(d.trend!.series[0]!.values).to.deep.equal([{ KRW: 2e12 }]);
    expect(d.drivers).to.equal(undefined);
  });

  it('fills defaults: ids from labels or positions, labels from ids, empty lists', () => {
    const d = normaliseDataset({ periods: ['2025'], series: [{ label: { en: 'Trade balance', ko: '무역수지' }, values: [1] }, { values: [2] }] }, trendCtx);
    const t = d.trend!;
    expect(t.series.map((s) => s.id)).to.deep.equal(['trade-balance', 'series-2']);
    expect(t.series[1]!.label).to.deep.equal({ und: 'series-2' });
    expect(t.provisional).to.deep.equal([]);
    expect(t.annotations).to.deep.equal([]);
    expect(t.periods[0]).to.deep.equal({ code: '2025', granularity: 'year', year: 2025, part: 1, ordinal: 2025 });
  });

  it('ignores unknown keys and never copies prototype keys', () => {
    const raw = JSON.parse(`{
      "version": 9, "__proto__": { "polluted": true },
      "meta": { "title": { "en": "T", "__proto__": { "polluted": true }, "constructor": "c" }, "extra": 1,
                "currencies": { "USD": { "scale": 1 }, "__proto__": { "scale": 2 } } },
      "regions": { "period": "2025H1", "segments": [{ "id": "content" }],
                   "items": [{ "label": "Asia", "value": { "USD": 1, "__proto__": 5, "prototype": 6 },
                               "values": { "content": 1, "__proto__": { "polluted": true } } }] }
    }`) as unknown;
    const d = normaliseDataset(raw, regionsCtx);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.keys(d)).to.deep.equal(['meta', 'regions']);
    expect(d.meta).to.deep.equal({ currencies: ['USD'], title: { en: 'T' } });
    const asia = d.regions!.items[0]!;
    expect(asia.value).to.deep.equal({ USD: 1 });
    expect(Object.getPrototypeOf(asia.value)).to.equal(Object.prototype);
    expect(asia.values).to.deep.equal({ content: { USD: 1 } });
    expect(Object.getPrototypeOf(asia.values)).to.equal(Object.prototype);
  });

  it('keeps only http(s) source links, dropping others without an error', () => {
    const url = (u: string) => normaliseDataset({ meta: { source: { name: 'BoK', url: u } }, trend: { periods: [], series: [] } }, trendCtx).meta.source;
    expect(url('https://www.bok.or.kr/')).to.deep.equal({ name: { und: 'BoK' }, url: 'https://www.bok.or.kr/' });
    expect(url('http://example.com/a b')).to.deep.equal({ name: { und: 'BoK' }, url: 'http://example.com/a%20b' });
    expect(url('javascript:alert(1)')).to.deep.equal({ name: { und: 'BoK' } });
    expect(url(' JavaScript:alert(1)')).to.deep.equal({ name: { und: 'BoK' } });
    expect(url('data:text/html,<script>alert(1)</script>')).to.deep.equal({ name: { und: 'BoK' } });
    expect(url('/relative')).to.deep.equal({ name: { und: 'BoK' } });
  });

  it('reads drivers with children and regions with derived items', () => {
    const d = normaliseDataset({
      drivers: { period: '2025H1', previous: '2024H2', total: -45.3, items: [
        { id: 'ip-fees', label: 'IP', value: -24.5, previousValue: -14.4, children: [{ id: 'industrial-property', label: 'Patents', value: -17.5 }] },
      ] },
      regions: { period: '2025H1', items: [{ id: 'rest', label: 'Rest', value: -21.5, derived: true, note: 'Total minus the rest' }] },
    }, { currency: 'USD', scale: 1e8, section: 'drivers' });
    const drivers = d.drivers!;
    expect(drivers.period.code).to.equal('2025H1');
    expect(drivers.previous!.code).to.equal('2024H2');
    expect(drivers.total).to.deep.equal({ USD: -4530000000 });
    expect(drivers.previousTotal).to.equal(null);
    expect(drivers.items[0]!.children[0]).to.deep.equal({
      id: 'industrial-property', label: { und: 'Patents' }, value: { USD: -1750000000 }, previousValue: null, children: [],
    });
    expect(d.regions!.items[0]).to.deep.equal({
      id: 'rest', label: { und: 'Rest' }, value: { USD: -2150000000 }, derived: true, note: { und: 'Total minus the rest' },
    });
    expect(drivers.provisional, 'none listed').to.deep.equal([]);
    expect(d.regions!.provisional, 'none listed').to.deep.equal([]);
  });

  it('keeps the provisional periods of drivers and regions (the UK\'s services balance, GBP bn)', () => {
    const gbp = { currency: 'GBP', scale: 1e9 } as const;
    const drivers = normaliseDataset({
      period: '2025Q2', previous: '2025Q1', provisional: ['2025Q2', '2025Q1', '2025Q2'],
      items: [{ label: 'Financial services', value: 21.4, previousValue: 20.9 }],
    }, { ...gbp, section: 'drivers' }).drivers!;
    expect(drivers.provisional, 'in the order given, once each').to.deep.equal(['2025Q2', '2025Q1']);
    const regions = normaliseDataset({
      period: '2025Q3', provisional: ['2025Q3'], items: [{ label: 'United States', value: 9.8 }, { label: 'EU', value: 6.1 }],
    }, { ...gbp, section: 'regions' }).regions!;
    expect(regions.provisional).to.deep.equal(['2025Q3']);
    expect(regions.items[0]!.value).to.deep.equal({ GBP: 9.8e9 });
  });
});

describe('sectionCurrencies', () => {
  const meta = { currencies: { USD: { scale: 1e8 }, KRW: { scale: 1e12 } } };

  it('offers a currency only when every non-null amount has it', () => {
    const both = normaliseDataset({ meta, trend: { periods: ['2024', '2025'], series: [{ values: [null, { USD: -45.3, KRW: -6.26 }] }] } }, trendCtx);
    expect(sectionCurrencies(both, 'trend')).to.deep.equal(['USD', 'KRW']);
    const one = normaliseDataset({ meta, trend: { periods: ['2024', '2025'], series: [{ values: [-37.6, { USD: -45.3, KRW: -6.26 }] }] } }, trendCtx);
    expect(sectionCurrencies(one, 'trend')).to.deep.equal(['USD']);
    const krwOnly = normaliseDataset({ meta, drivers: { period: '2025', total: { KRW: -6.26 }, items: [{ label: 'A', value: { KRW: 1, USD: 1 } }] } }, driversCtx);
    expect(sectionCurrencies(krwOnly, 'drivers')).to.deep.equal(['KRW']);
  });

  it('counts segment values of regions', () => {
    const d = normaliseDataset({ meta, regions: { period: '2025', segments: [{ id: 'c' }], items: [{ label: 'Asia', value: { USD: 1, KRW: 1 }, values: { c: 3 } }] } }, regionsCtx);
    expect(sectionCurrencies(d, 'regions')).to.deep.equal(['USD']);
  });
});
