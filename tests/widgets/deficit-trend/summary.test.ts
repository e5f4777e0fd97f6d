import { expect } from '@esm-bundle/chai';
import { changeCallout, latestChange, trendSummary } from '../../../src/widgets/deficit-trend/summary.js';
import { knowledge, settings, trend } from './fixtures.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../korean.js';

describe('deficit-trend summary', () => {
  it('states the latest change, the comparison period and the longer run (en, ko)', () => {
    const section = knowledge();
    expect(trendSummary(section, settings())).to.equal(
      'The knowledge-services deficit widened by $0.77B to $4.53B in H1 2025 (provisional), from $3.76B in H2 2024. ' +
        'It has widened in every half-year with a published figure since H1 2023, when it was $2.72B.',
    );
    expect(trendSummary(section, settings({ lang: 'ko' }))).to.equal(
      '지식서비스 수지 적자가 2025년 상반기(잠정) 45.3억 달러로 2024년 하반기(37.6억 달러)보다 7.7억 달러 커졌다. ' +
        '적자는 2023년 상반기(27.2억 달러) 이후 수치가 발표된 반기마다 커졌다.',
    );
  });

  it('compares with the previous published period across a gap and names it', () => {
    const section = trend({ periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'Balance', values: [-20, -30, null, -25] }] });
    expect(trendSummary(section, settings())).to.equal(
      'The deficit narrowed by $0.5B to $2.5B in Q4 2024, from $3.0B in Q2 2024, the last published figure. ' +
        'It was a deficit of $2.0B in Q1 2024, the earliest figure.',
    );
    expect(trendSummary(section, settings({ lang: 'ko' }))).to.equal(
      '적자가 2024년 4분기 25억 달러로 직전 발표치인 2024년 2분기(30억 달러)보다 5억 달러 줄었다. 첫 수치인 2024년 1분기에는 20억 달러 적자였다.',
    );
  });

  it('says every period when there is no gap', () => {
    const section = trend({ periods: ['2021', '2022', '2023'], series: [{ label: 'Trade balance', values: [-1, -2, -3] }] });
    expect(trendSummary(section, settings())).to.equal(
      'The trade deficit widened by $100M to $300M in 2023, from $200M in 2022. It has widened every year since 2021, when it was $100M.',
    );
    expect(trendSummary(section, settings({ lang: 'ko' }))).to.equal(
      '적자가 2023년 3억 달러로 2022년(2억 달러)보다 1억 달러 커졌다. 적자는 2021년(1억 달러) 이후 해마다 커졌다.',
    );
  });

  it('handles sign changes', () => {
    const toSurplus = trend({ periods: ['2022', '2023'], series: [{ label: { en: 'Intellectual-property trade balance', ko: '지식재산권 무역수지' }, values: [-11.1, 1.8] }] });
    expect(trendSummary(toSurplus, settings())).to.equal(
      'The intellectual-property trade balance turned to a surplus of $0.18B in 2023, from a deficit of $1.11B in 2022.',
    );
    expect(trendSummary(toSurplus, settings({ lang: 'ko' }))).to.equal('지식재산권 무역수지가 2023년 1.8억 달러 흑자로 돌아섰다(2022년 11.1억 달러 적자).');
    const toDeficit = trend({ periods: ['2022', '2023'], series: [{ label: 'Balance', values: [2, -3] }] });
    expect(trendSummary(toDeficit, settings())).to.equal('The balance turned to a deficit of $300M in 2023, from a surplus of $200M in 2022.');
    expect(changeCallout(latestChange(toDeficit, 'USD')!, settings())).to.deep.equal(['Turned to deficit', 'from 2022']);
  });

  it('handles all-surplus data', () => {
    const section = trend({ periods: ['2022', '2023', '2024'], series: [{ label: 'Services balance', values: [1, 2, 1.5] }] });
    expect(trendSummary(section, settings())).to.equal(
      'The services surplus shrank by $50M to $150M in 2024, from $200M in 2023. It was a surplus of $100M in 2022, the earliest figure.',
    );
    expect(trendSummary(section, settings({ lang: 'ko' }))).to.equal(
      '흑자가 2024년 1.5억 달러로 2023년(2.0억 달러)보다 0.5억 달러 줄었다. 첫 수치인 2022년에는 1.0억 달러 흑자였다.',
    );
  });

  it('handles one point and unchanged values', () => {
    const one = trend({ periods: ['2025H1'], series: [{ label: { en: 'Knowledge-services balance', ko: '지식서비스 수지' }, values: [-45.3] }] });
    expect(trendSummary(one, settings())).to.equal('The knowledge-services balance was a deficit of $4.53B in H1 2025.');
    expect(trendSummary(one, settings({ lang: 'ko' }))).to.equal('지식서비스 수지는 2025년 상반기 45.3억 달러 적자였다.');
    const same = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-5, -5] }] });
    expect(trendSummary(same, settings())).to.equal('The deficit was unchanged at $500M in 2025, as in 2024.');
    expect(trendSummary(same, settings({ lang: 'ko' }))).to.equal('적자가 2025년 5억 달러로 2024년과 같았다.');
  });

  it('keeps proper adjectives capitalised and writes won with 으로', () => {
    const section = trend(
      { periods: ['2024', '2025'], series: [{ label: { en: 'Korean services balance', ko: '서비스 수지' }, values: [-5, -6.26] }] },
      { KRW: { scale: 1e12 } },
    );
    expect(trendSummary(section, settings({ currency: 'KRW' }))).to.equal(
      'The Korean services deficit widened by ₩1.26T to ₩6.26T in 2025, from ₩5.00T in 2024.',
    );
    expect(trendSummary(section, settings({ lang: 'ko', currency: 'KRW' }))).to.equal(
      '서비스 수지 적자가 2025년 6.26조 원으로 2024년(5.00조 원)보다 1.26조 원 커졌다.',
    );
  });
});
