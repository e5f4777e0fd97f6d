/**
 * When a widget shows its `empty` state: each view's `isEmpty` is the one definition
 * (the controller asks it after validation). Gaps are not figures; zero is.
 */
import { expect } from '@esm-bundle/chai';
import { normaliseDataset } from '../../../src/data/validate.js';
import type { Dataset } from '../../../src/data/types.js';
import { figureCsv } from '../../../src/base/csv-export.js';
import { driversView } from '../../../src/widgets/driver-breakdown/view.js';
import { seed, settings } from './fixtures.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../korean.js';

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

/** The UK's services balance by category, in GBP bn, the latest quarter provisional (illustrative figures). */
const ukServices = (provisional: string[]) => normaliseDataset({
  period: '2025Q2', previous: '2025Q1', provisional,
  items: [
    { label: { en: 'Financial services', ko: '금융서비스' }, value: 21.4, previousValue: 20.9 },
    { label: { en: 'Travel', ko: '여행' }, value: -3.2, previousValue: -2.1 },
    { label: { en: 'Insurance', ko: '보험' }, value: 5.1, previousValue: 5.3 },
  ],
}, { currency: 'GBP', scale: 1e9, section: 'drivers' }).drivers!;

describe('driver-breakdown view: provisional periods', () => {
  const gbp = (lang: 'en' | 'ko') => settings({ lang, currency: 'GBP', sort: 'data' });

  it('marks the provisional quarter in the column head and the summary, and says so in the key', () => {
    const figure = driversView.describe(ukServices(['2025Q2']), gbp('en'));
    expect(figure.table.columns).to.deep.equal(['Category', 'Q2 2025 (provisional)', 'Q1 2025', 'Change']);
    expect(figure.summary).to.equal('Travel moved most in Q2 2025 (provisional): the deficit widened by £1.1B to £3.2B.');
    expect(figure.keyNotes!.at(-1)).to.equal('Q2 2025 figures are provisional.');
    expect(figure.keyNotes!.filter((note) => note.includes('provisional'))).to.have.length(1);
    // The CSV's headers are the column heads, so "Get the data" carries the mark too.
    expect(figureCsv(figure.table, 'GBP', 'en').split('\r\n')[0]).to.contain('Q2 2025 (provisional) (GBP');
  });

  it('says it in Korean', () => {
    const figure = driversView.describe(ukServices(['2025Q2']), gbp('ko'));
    expect(figure.table.columns).to.deep.equal(['항목', '2025년 2분기(잠정)', '2025년 1분기', '증감']);
    expect(figure.summary).to.contain('2025년 2분기(잠정)');
    expect(figure.keyNotes!.at(-1)).to.equal('2025년 2분기 수치는 잠정치다.');
  });

  it('names both periods when both are provisional, and nothing when none is', () => {
    const both = driversView.describe(ukServices(['2025Q2', '2025Q1']), gbp('en'));
    expect(both.table.columns.slice(1, 3)).to.deep.equal(['Q2 2025 (provisional)', 'Q1 2025 (provisional)']);
    expect(both.keyNotes!.at(-1)).to.equal('Q1 2025 and Q2 2025 figures are provisional.');
    expect(driversView.describe(ukServices(['2025Q2', '2025Q1']), gbp('ko')).keyNotes!.at(-1)).to.equal('2025년 1분기 및 2025년 2분기 수치는 잠정치다.');
    const none = driversView.describe(ukServices([]), gbp('en'));
    expect(none.table.columns).to.deep.equal(['Category', 'Q2 2025', 'Q1 2025', 'Change']);
    expect(none.summary).to.equal('Travel moved most in Q2 2025: the deficit widened by £1.1B to £3.2B.');
    expect(none.keyNotes!.join(' ')).to.not.contain('provisional');
  });

  it('marks the period in the bridge view\'s key too', () => {
    const figure = driversView.describe(ukServices(['2025Q2']), settings({ currency: 'GBP', view: 'change' }));
    expect(figure.keyNotes!.at(-1)).to.equal('Q2 2025 figures are provisional.');
  });
});
