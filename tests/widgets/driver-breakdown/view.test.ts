/**
 * When a widget shows its `empty` state: each view's `isEmpty` is the one definition
 * (the controller asks it after validation). Gaps are not figures; zero is.
 */
import { expect } from '@esm-bundle/chai';
import { normaliseDataset } from '../../../src/data/validate.js';
import type { Dataset } from '../../../src/data/types.js';
import { driversView } from '../../../src/widgets/driver-breakdown/view.js';
import { seed, settings } from './fixtures.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../../src/widgets/driver-breakdown/ko.js';

const read = (raw: unknown): Dataset => normaliseDataset(raw, { currency: 'USD', scale: 1, section: 'drivers' });

describe('empty sections', () => {
  it('drivers: a zero value or a previous value alone is a figure; published totals alone draw nothing', () => {
    expect(driversView.isEmpty(read({ drivers: { period: '2025', items: [{ label: 'A', value: 0 }] } }).drivers!)).to.equal(false);
    expect(driversView.isEmpty(read({ drivers: { period: '2025', previous: '2024', items: [{ label: 'A', value: null, previousValue: -1 }] } }).drivers!)).to.equal(false);
    expect(driversView.isEmpty(read({ drivers: { period: '2025', total: -45.3, items: [{ label: 'A', value: null }] } }).drivers!)).to.equal(true);
  });
});

describe('driver-breakdown view', () => {
  it('writes a table with "of which" rows and the published total, and a key', () => {
    const figure = driversView.describe(seed, settings({ sort: 'data' }));
    expect(figure.table.columns).to.deep.equal(['Category', 'H1 2025', 'H2 2024', 'Change']);
    expect(figure.table.rows[1]).to.deep.equal(['of which: Industrial property (patents)', '−$1.75B', '−$1.28B', '−$0.47B']);
    expect(figure.table.rows[6]).to.deep.equal(['of which: R&D services', '−$3.09B', null, null]);
    expect(figure.table.rows[7]).to.deep.equal(['Total', '−$4.53B', '−$3.76B', '−$0.77B']);
    expect(figure.keyNotes![0]).to.contain('Ticks: H2 2024');
    expect(driversView.describe(seed, settings({ lang: 'ko' })).table.rows.map((r) => r[0])).to.include('그중 연구개발');
  });
});
