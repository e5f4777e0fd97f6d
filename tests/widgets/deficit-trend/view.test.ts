/**
 * When a widget shows its `empty` state: each view's `isEmpty` is the one definition
 * (the controller asks it after validation). Gaps are not figures; zero is.
 */
import { expect } from '@esm-bundle/chai';
import { normaliseDataset } from '../../../src/data/validate.js';
import type { Dataset } from '../../../src/data/types.js';
import { trendView } from '../../../src/widgets/deficit-trend/view.js';
import { driversView } from '../../../src/widgets/driver-breakdown/view.js';
import { regionsView } from '../../../src/widgets/region-split/view.js';

const read = (raw: unknown): Dataset => normaliseDataset(raw, { currency: 'USD', scale: 1, section: 'trend' });

describe('empty sections', () => {
  it('a trend of gaps only is empty; one zero is a figure', () => {
    expect(trendView.isEmpty(read({ trend: { periods: ['2024', '2025'], series: [{ values: [null, null] }] } }).trend!)).to.equal(true);
    expect(trendView.isEmpty(read({ trend: { periods: ['2024', '2025'], series: [{ values: [null, 0] }] } }).trend!)).to.equal(false);
  });

  it('drivers: a zero value or a previous value alone is a figure; published totals alone draw nothing', () => {
    expect(driversView.isEmpty(read({ drivers: { period: '2025', items: [{ label: 'A', value: 0 }] } }).drivers!)).to.equal(false);
    expect(driversView.isEmpty(read({ drivers: { period: '2025', previous: '2024', items: [{ label: 'A', value: null, previousValue: -1 }] } }).drivers!)).to.equal(false);
    expect(driversView.isEmpty(read({ drivers: { period: '2025', total: -45.3, items: [{ label: 'A', value: null }] } }).drivers!)).to.equal(true);
  });

  it('regions: a segment value counts; a total alone draws nothing', () => {
    const segments = [{ id: 'c' }];
    expect(regionsView.isEmpty(read({ regions: { period: '2025', segments, items: [{ label: 'Asia', values: { c: 3 } }] } }).regions!)).to.equal(false);
    expect(regionsView.isEmpty(read({ regions: { period: '2025', total: -45.3, items: [{ label: 'Asia', value: null }] } }).regions!)).to.equal(true);
  });
});
