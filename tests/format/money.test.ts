import { expect } from '@esm-bundle/chai';
import { formatAxisMoney, formatMoney, formatPercent, moneyUnit, unitLabel } from '../../src/format/index.js';
import { warmNumberFormats } from '../../src/format/money.js';
import '../korean.js';

const M = '\u2212'; // the minus sign readers see

describe('moneyUnit', () => {
  it('picks the largest English unit not above the value', () => {
    expect([0, 950, 1000, 4.53e6, -4.53e9, 6.26e12].map((v) => moneyUnit(v, 'en'))).to.deep.equal([1, 1, 1e3, 1e6, 1e9, 1e12]);
  });
  it('counts Korean in 만, 억 and 조', () => {
    expect([0, 9990, 1e4, 4.53e9, -4.53e9, 6.26e12].map((v) => moneyUnit(v, 'ko'))).to.deep.equal([1, 1, 1e4, 1e8, 1e8, 1e12]);
  });
  it('moves up a unit when rounding reaches it', () => {
    expect(moneyUnit(999.5e6, 'en')).to.equal(1e9);
    expect(moneyUnit(999.4e6, 'en')).to.equal(1e6);
    expect(moneyUnit(9999.5e8, 'ko')).to.equal(1e12);
    expect(moneyUnit(9999, 'ko')).to.equal(1e4);
    expect(moneyUnit(999.5e6, 'en', 4)).to.equal(1e6);
  });
});

describe('formatMoney in English', () => {
  it('writes symbol, three significant digits and unit', () => {
    expect(formatMoney(-4530000000, 'USD', 'en')).to.equal(`${M}$4.53B`);
    expect(formatMoney(4.534e9, 'USD', 'en')).to.equal('$4.53B');
    expect(formatMoney(6.26e12, 'KRW', 'en')).to.equal('₩6.26T');
    expect(formatMoney(12.3e6, 'EUR', 'en')).to.equal('€12.3M');
    expect(formatMoney(950, 'USD', 'en')).to.equal('$950');
    expect(formatMoney(1234, 'USD', 'en')).to.equal('$1.23K');
  });
  it('takes the symbol of any currency from Intl', () => {
    expect(formatMoney(1e9, 'GBP', 'en')).to.equal('£1B');
    expect(formatMoney(1e9, 'JPY', 'en')).to.equal('¥1B');
    expect(formatMoney(-12.3e6, 'CHF', 'en')).to.equal(`${M}CHF\u00a012.3M`);
  });
  it('shows zero, tiny values and rounding at a unit boundary', () => {
    expect(formatMoney(0, 'USD', 'en')).to.equal('$0');
    expect(formatMoney(-0, 'USD', 'en')).to.equal('$0');
    expect(formatMoney(0.004567, 'USD', 'en')).to.equal('$0.00457');
    expect(formatMoney(999.5e6, 'USD', 'en')).to.equal('$1B');
    expect(formatMoney(-999.5e6, 'USD', 'en')).to.equal(`${M}$1B`);
    expect(formatMoney(999.4e6, 'USD', 'en')).to.equal('$999M');
    expect(formatMoney(999.6, 'USD', 'en')).to.equal('$1K');
    expect(formatMoney(4.5e9, 'USD', 'en')).to.equal('$4.5B');
  });
  it('writes a change in the unit of the value it changes', () => {
    expect(formatMoney(7.7e8, 'USD', 'en', { unit: 1e9 })).to.equal('$0.77B');
    expect(formatMoney(-7.7e8, 'USD', 'en', { unit: moneyUnit(-4.53e9, 'en') })).to.equal(`${M}$0.77B`);
    expect(formatMoney(4.53e9, 'USD', 'en', { unit: 1e6 })).to.equal('$4,530M');
    expect(formatMoney(0, 'USD', 'en', { unit: 1e9 })).to.equal('$0');
  });
  it('ignores a unit English does not use', () => {
    expect(formatMoney(7.7e8, 'USD', 'en', { unit: 1e8 })).to.equal('$770M');
  });
  it('honours signDisplay and digits', () => {
    expect(formatMoney(7.7e8, 'USD', 'en', { unit: 1e9, signDisplay: 'always' })).to.equal('+$0.77B');
    expect(formatMoney(-7.7e8, 'USD', 'en', { signDisplay: 'never' })).to.equal('$770M');
    expect(formatMoney(0, 'USD', 'en', { signDisplay: 'exceptZero' })).to.equal('$0');
    expect(formatMoney(-1e6, 'USD', 'en', { signDisplay: 'exceptZero' })).to.equal(`${M}$1M`);
    expect(formatMoney(4.5349e9, 'USD', 'en', { digits: 2 })).to.equal('$4.5B');
    expect(formatMoney(4.5349e9, 'USD', 'en', { digits: 4 })).to.equal('$4.535B');
    expect(formatMoney(4.53e9, 'USD', 'en', { digits: 5 })).to.equal('$4.53B');
  });
});

describe('formatMoney in Korean', () => {
  it('writes the figure in 억/조 and then the currency word', () => {
    expect(formatMoney(4.53e9, 'USD', 'ko')).to.equal('45.3억 달러');
    expect(formatMoney(-4.53e9, 'USD', 'ko')).to.equal(`${M}45.3억 달러`);
    expect(formatMoney(6.26e12, 'KRW', 'ko')).to.equal('6.26조 원');
    expect(formatMoney(950, 'USD', 'ko')).to.equal('950 달러');
    expect(formatMoney(1234, 'USD', 'ko')).to.equal('1,230 달러');
    expect(formatMoney(12345, 'USD', 'ko')).to.equal('1.23만 달러');
  });
  it('has a word for each common currency and the code for others', () => {
    const words = ['USD', 'KRW', 'EUR', 'JPY', 'CNY', 'GBP', 'CHF'].map((c) => formatMoney(1.23e9, c, 'ko'));
    expect(words).to.deep.equal(['12.3억 달러', '12.3억 원', '12.3억 유로', '12.3억 엔', '12.3억 위안', '12.3억 파운드', '12.3억 CHF']);
  });
  it('rounds up across 억 to 조 and shows zero', () => {
    expect(formatMoney(9999.5e8, 'KRW', 'ko')).to.equal('1조 원');
    expect(formatMoney(0, 'USD', 'ko')).to.equal('0 달러');
    expect(formatMoney(9999, 'USD', 'ko')).to.equal('1만 달러');
  });
  it('writes a change in the unit of the value it changes', () => {
    expect(formatMoney(7.7e8, 'USD', 'ko', { unit: 1e8 })).to.equal('7.7억 달러');
    expect(formatMoney(7.7e8, 'USD', 'ko', { unit: 1e12 })).to.equal('0.00077조 달러');
    expect(formatMoney(7.7e8, 'USD', 'ko', { unit: 1e9 })).to.equal('7.7억 달러');
  });
});

describe('formatAxisMoney', () => {
  it('labels English ticks in the axis unit', () => {
    const unit = moneyUnit(-4e9, 'en');
    expect([-4e9, 0, 2.5e9, 5e8].map((v) => formatAxisMoney(v, 'USD', 'en', unit))).to.deep.equal([`${M}$4B`, '$0', '$2.5B', '$0.5B']);
  });
  it('labels Korean ticks without the currency word', () => {
    const unit = moneyUnit(-4e9, 'ko');
    expect([-4e9, 0, 2e9, 5e7].map((v) => formatAxisMoney(v, 'USD', 'ko', unit))).to.deep.equal([`${M}40억`, '0', '20억', '0.5억']);
  });
  it('defaults to the value’s own unit', () => {
    expect(formatAxisMoney(2.5e6, 'EUR', 'en')).to.equal('€2.5M');
    expect(formatAxisMoney(3e12, 'KRW', 'ko')).to.equal('3조');
  });
});

describe('unitLabel', () => {
  it('names unit and currency for an axis title', () => {
    expect(unitLabel(1e9, 'USD', 'en')).to.equal('USD billions');
    expect(unitLabel(1e6, 'EUR', 'en')).to.equal('EUR millions');
    expect(unitLabel(1, 'USD', 'en')).to.equal('USD');
    expect(unitLabel(1e8, 'USD', 'ko')).to.equal('억 달러');
    expect(unitLabel(1e12, 'KRW', 'ko')).to.equal('조 원');
    expect(unitLabel(1, 'KRW', 'ko')).to.equal('원');
  });
});

describe('formatPercent', () => {
  it('shows at most three significant digits', () => {
    expect(formatPercent(0.7734, 'en')).to.equal('77.3%');
    expect(formatPercent(0.7734, 'ko')).to.equal('77.3%');
    expect(formatPercent(1, 'en')).to.equal('100%');
    expect(formatPercent(0, 'en')).to.equal('0%');
    expect(formatPercent(-0, 'en')).to.equal('0%');
    expect(formatPercent(0.00123, 'en')).to.equal('0.123%');
    expect(formatPercent(-0.05, 'en')).to.equal(`${M}5%`);
  });
});

describe('warmNumberFormats', () => {
  it('makes the page\'s first number format once, and says so only that time', () => {
    // The data controller yields after a true: the first figure's task is spared ICU's load.
    expect([warmNumberFormats(), warmNumberFormats()]).to.deep.equal([true, false]);
  });
});
