import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { parseJson } from '../../src/data/json.js';
import { parseCell, rowsToSection } from '../../src/data/tabular.js';
import { DataError, type SectionKey } from '../../src/data/types.js';
import { normaliseDataset } from '../../src/data/validate.js';

const sections: SectionKey[] = ['trend', 'drivers', 'regions'];
const run = { seed: 42, numRuns: 1000 };

/** Runs `fn`; anything thrown must be a DataError. */
function onlyDataErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
  }
}

// Values shaped like datasets, so the property also reaches the deeper checks.
const period = fc.oneof(fc.constantFrom('2024', '2025', '2024H1', '2024H2', '2025H1', '2025Q3', '2025-07', '2025/07', 'H1 2025'), fc.string());
const money = fc.oneof(fc.double(), fc.constant(null), fc.dictionary(fc.constantFrom('USD', 'KRW', 'EUR', '__proto__'), fc.double()), fc.string());
const text = fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('en', 'ko', 'ko-KR', '__proto__', 'constructor'), fc.oneof(fc.string(), fc.integer())));
const item = fc.record({ id: fc.string(), label: text, value: money, previousValue: money, derived: fc.anything(), values: fc.dictionary(fc.string(), money) }, { requiredKeys: [] });
const datasetLike = fc.record({
  meta: fc.record({ title: text, source: fc.record({ url: fc.string(), name: text }, { requiredKeys: [] }), currencies: fc.dictionary(fc.constantFrom('USD', 'KRW', 'usd'), fc.record({ scale: fc.double() }, { requiredKeys: [] })) }, { requiredKeys: [] }),
  trend: fc.record({ periods: fc.array(period, { maxLength: 4 }), series: fc.array(fc.record({ id: fc.string(), label: text, values: fc.array(money, { maxLength: 4 }) }, { requiredKeys: [] }), { maxLength: 3 }), provisional: fc.array(period), annotations: fc.array(fc.record({ period, text })) }, { requiredKeys: [] }),
  drivers: fc.record({ period, previous: period, total: money, items: fc.array(fc.record({ label: text, value: money, children: fc.array(item, { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 3 }) }, { requiredKeys: [] }),
  regions: fc.record({ period, total: money, items: fc.array(item, { maxLength: 3 }), segments: fc.array(fc.record({ id: fc.string(), label: text }, { requiredKeys: [] }), { maxLength: 2 }) }, { requiredKeys: [] }),
}, { requiredKeys: [] });

describe('hostile input (property-based, fixed seed)', () => {
  it('normaliseDataset throws nothing but DataError for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom(...sections), (raw, section) => {
      onlyDataErrors(() => normaliseDataset(raw, { currency: 'USD', scale: 1e8, section }));
    }), run);
  });

  it('normaliseDataset throws nothing but DataError for anything (including non-JSON values)', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withDate: true }), fc.constantFrom(...sections), (raw, section) => {
      onlyDataErrors(() => normaliseDataset(raw, { currency: 'USD', scale: 1, section }));
    }), run);
  });

  it('normaliseDataset throws nothing but DataError for dataset-shaped values, and never pollutes prototypes', () => {
    fc.assert(fc.property(datasetLike, fc.constantFrom(...sections), (raw, section) => {
      onlyDataErrors(() => normaliseDataset(raw, { currency: 'USD', scale: 1e8, section }));
      onlyDataErrors(() => normaliseDataset(raw[section] ?? raw, { currency: 'USD', scale: 1e8, section }));
    }), run);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
  });

  it('parseJson rejects with nothing but DataError for any string, and agrees with JSON.parse on valid text', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.json().map((j) => j.slice(0, -1))), async (text) => {
      await parseJson(text, 'data').catch((error: unknown) => {
        if (!(error instanceof DataError)) throw error;
      });
    }), run);
    await fc.assert(fc.asyncProperty(fc.json(), async (text) => {
      expect(await parseJson(text, 'data')).to.deep.equal(JSON.parse(text));
    }), run);
  });

  it('rowsToSection and validation throw nothing but DataError for any rows of strings', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('2025H1', 'H1 2025', '2025년 상반기', '−45.3', '1,234.5', '–', 'Total', '· child', ' child'));
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 6 }), fc.constantFrom(...sections), (rows, section) => {
      onlyDataErrors(() => normaliseDataset(rowsToSection(rows, section), { currency: 'USD', scale: 1, section }));
    }), run);
  });

  it('parseCell returns a finite number, null or the trimmed text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const cell = parseCell(s);
      expect(cell === null || typeof cell === 'string' || Number.isFinite(cell)).to.equal(true);
    }), run);
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
      expect(parseCell(String(x).replace(/^-/, '\u2212'))).to.equal(x === 0 ? 0 : x);
    }), run);
  });
});
