/**
 * When a widget shows its `empty` state: each view's `isEmpty` is the one definition
 * (the controller asks it after validation). Gaps are not figures; zero is.
 */
import { expect } from '@esm-bundle/chai';
import { normaliseDataset } from '../../../src/data/validate.js';
import type { Dataset } from '../../../src/data/types.js';
import { regionsView } from '../../../src/widgets/region-split/view.js';

const read = (raw: unknown): Dataset => normaliseDataset(raw, { currency: 'USD', scale: 1, section: 'regions' });

describe('empty sections', () => {
  it('regions: a segment value counts; a total alone draws nothing', () => {
    const segments = [{ id: 'c' }];
    expect(regionsView.isEmpty(read({ regions: { period: '2025', segments, items: [{ label: 'Asia', values: { c: 3 } }] } }).regions!)).to.equal(false);
    expect(regionsView.isEmpty(read({ regions: { period: '2025', total: -45.3, items: [{ label: 'Asia', value: null }] } }).regions!)).to.equal(true);
  });
});
