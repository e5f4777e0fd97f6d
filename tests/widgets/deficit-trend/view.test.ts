/**
 * When a widget shows its `empty` state: each view's `isEmpty` is the one definition
 * (the controller asks it after validation). Gaps are not figures; zero is.
 */
import { expect } from '@esm-bundle/chai';
import { normaliseDataset } from '../../../src/data/validate.js';
import type { Dataset } from '../../../src/data/types.js';
import { trendView } from '../../../src/widgets/deficit-trend/view.js';
import { knowledge, settings } from './fixtures.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../korean.js';

const read = (raw: unknown): Dataset => normaliseDataset(raw, { currency: 'USD', scale: 1, section: 'trend' });

describe('empty sections', () => {
  it('a trend of gaps only is empty; one zero is a figure', () => {
    expect(trendView.isEmpty(read({ trend: { periods: ['2024', '2025'], series: [{ values: [null, null] }] } }).trend!)).to.equal(true);
    expect(trendView.isEmpty(read({ trend: { periods: ['2024', '2025'], series: [{ values: [null, 0] }] } }).trend!)).to.equal(false);
  });
});

describe('deficit-trend view', () => {
  it('describes the figure: key notes for provisional and gaps, notes column', () => {
    const view = trendView.describe(knowledge(), settings());
    expect(view.keyNotes).to.deep.equal(['Hatched bars are provisional figures.', 'Shaded slots: no figure was published (not zero).']);
    expect(view.table.columns).to.deep.equal(['Period', 'Knowledge-services balance', 'Notes']);
    expect(view.table.rows[1]).to.deep.equal(['H2 2023', null, 'none']);
    expect(view.table.rows[4]![0]).to.equal('H1 2025 (provisional)');
    const ko = trendView.describe(knowledge(), settings({ lang: 'ko', variant: { type: 'line' } }));
    expect(ko.keyNotes).to.deep.equal(['속이 빈 점은 잠정치다.', '음영 구간은 발표된 수치가 없는 기간이다(0이 아님).']);
  });
});
