/**
 * When a widget shows its `empty` state: each view's `isEmpty` is the one definition
 * (the controller asks it after validation). Gaps are not figures; zero is.
 */
import { expect } from '@esm-bundle/chai';
import { normaliseDataset } from '../../../src/data/validate.js';
import type { Dataset } from '../../../src/data/types.js';
import { regionsView } from '../../../src/widgets/region-split/view.js';
import { settings } from './fixtures.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../korean.js';

const read = (raw: unknown): Dataset => normaliseDataset(raw, { currency: 'USD', scale: 1, section: 'regions' });

describe('empty sections', () => {
  it('regions: a segment value counts; a total alone draws nothing', () => {
    const segments = [{ id: 'c' }];
    expect(regionsView.isEmpty(read({ regions: { period: '2025', segments, items: [{ label: 'Asia', values: { c: 3 } }] } }).regions!)).to.equal(false);
    expect(regionsView.isEmpty(read({ regions: { period: '2025', total: -45.3, items: [{ label: 'Asia', value: null }] } }).regions!)).to.equal(true);
  });
});

/** The UK's services balance by partner, in GBP bn, the quarter provisional (illustrative figures). */
const ukPartners = (provisional: string[]) => normaliseDataset({
  period: '2025Q3', provisional,
  items: [
    { label: { en: 'United States', ko: '미국' }, value: 9.8 },
    { label: { en: 'EU', ko: 'EU' }, value: 6.1 },
    { label: { en: 'China', ko: '중국' }, value: -0.7 },
  ],
}, { currency: 'GBP', scale: 1e9, section: 'regions' }).regions!;

describe('region-split view: a provisional period', () => {
  const gbp = (lang: 'en' | 'ko') => settings({ lang, currency: 'GBP' });

  it('marks the quarter in the caption and the summary, and says so in the key', () => {
    const figure = regionsView.describe(ukPartners(['2025Q3']), gbp('en'));
    expect(figure.table.caption).to.equal('Q3 2025 (provisional) (GBP)');
    expect(figure.summary).to.equal('United States ran a £9.8B surplus while China ran a £0.7B deficit in Q3 2025 (provisional).');
    expect(figure.keyNotes!.at(-1)).to.equal('Q3 2025 figures are provisional.');
    expect(figure.table.provisionalRows, 'the CSV flags every row').to.deep.equal([true, true, true]);
  });

  it('says it in Korean', () => {
    const figure = regionsView.describe(ukPartners(['2025Q3']), gbp('ko'));
    expect(figure.table.caption).to.equal('2025년 3분기(잠정)(GBP)');
    expect(figure.summary).to.match(/^2025년 3분기\(잠정\)에 /);
    expect(figure.keyNotes!.at(-1)).to.equal('2025년 3분기 수치는 잠정치다.');
  });

  it('says nothing of it when the quarter is not listed', () => {
    const figure = regionsView.describe(ukPartners([]), gbp('en'));
    expect(figure.table.caption).to.equal('Q3 2025 (GBP)');
    expect(figure.summary).to.equal('United States ran a £9.8B surplus while China ran a £0.7B deficit in Q3 2025.');
    expect(figure.keyNotes!.join(' ')).to.not.contain('provisional');
    expect(figure.table.provisionalRows, 'no provisional column').to.equal(undefined);
  });
});
