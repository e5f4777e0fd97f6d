import { expect } from '@esm-bundle/chai';
import { regionsSummary } from '../../../src/widgets/region-split/summary.js';
import { h1, section, settings } from './fixtures.js';
// The Korean wording, which the elements load for Korean widgets.
import '../../korean.js';

describe('region-split summary', () => {
  const en = settings();
  const ko = settings({ lang: 'ko' });

  it('names the largest surplus and the largest deficit', () => {
    expect(regionsSummary(h1(), en)).to.equal('Asia ran a $3.57B surplus while North America ran a $3.77B deficit in H1 2025.');
    expect(regionsSummary(h1(), ko)).to.equal('2025년 상반기에 아시아는 35.7억 달러 흑자, 북미는 37.7억 달러 적자를 냈다.');
    expect(regionsSummary(h1(), settings({ variant: { sort: 'data' } }))).to.equal(regionsSummary(h1(), en));
  });

  it('all surplus and all deficit', () => {
    const up = section([['a', { en: 'Asia', ko: '아시아' }, 12], ['b', { en: 'Europe', ko: '유럽' }, 3.4]], { period: '2023' });
    expect(regionsSummary(up, en)).to.equal('Every region ran a surplus in 2023; Asia had the largest, $1.20B.');
    expect(regionsSummary(up, ko)).to.equal('2023년에 모든 지역이 흑자였고, 아시아가 12.0억 달러로 가장 컸다.');
    const down = section([['na', { en: 'North America', ko: '북미' }, -37.7], ['eu', { en: 'Europe', ko: '유럽' }, -21.8]]);
    expect(regionsSummary(down, en)).to.equal('Every region ran a deficit in H1 2025; North America had the largest, $3.77B.');
    expect(regionsSummary(down, ko)).to.equal('2025년 상반기에 모든 지역이 적자였고, 북미가 37.7억 달러로 가장 컸다.');
    // 으로/로 follows the figure: 원 ends in a consonant.
    expect(regionsSummary(down, settings({ lang: 'ko', currency: 'KRW' }))).to.equal('2025년 상반기에 모든 지역이 적자였고, 북미가 5.20조 원으로 가장 컸다.');
  });

  it('one region', () => {
    const one = section([['asia', { en: 'Asia', ko: '아시아' }, 35.7]]);
    expect(regionsSummary(one, en)).to.equal('Asia ran a $3.57B surplus in H1 2025.');
    expect(regionsSummary(one, ko)).to.equal('2025년 상반기에 아시아는 35.7억 달러 흑자를 냈다.');
    const deficit = section([['na', { en: 'North America', ko: '북미' }, -37.7]]);
    expect(regionsSummary(deficit, ko)).to.equal('2025년 상반기에 북미는 37.7억 달러 적자를 냈다.');
  });

  it('ties name every tied region', () => {
    const tie = section([
      ['asia', { en: 'Asia', ko: '아시아' }, 10],
      ['eu', { en: 'Europe', ko: '유럽' }, 10],
      ['na', { en: 'North America', ko: '북미' }, -5],
      ['sa', { en: 'South America', ko: '남미' }, -1],
    ], { period: '2023' });
    expect(regionsSummary(tie, en)).to.equal('Asia and Europe each ran a $1.0B surplus while North America ran a $0.5B deficit in 2023.');
    expect(regionsSummary(tie, ko)).to.equal('2023년에 아시아와 유럽은 각각 10억 달러 흑자, 북미는 5억 달러 적자를 냈다.');
    const three = section([['a', { en: 'Asia', ko: '아시아' }, -2], ['b', { en: 'Oceania', ko: '오세아니아' }, -2], ['c', { en: 'Japan', ko: '일본' }, -2]], { period: '2023' });
    expect(regionsSummary(three, en)).to.equal('Asia, Oceania and Japan each ran a $200M deficit in 2023.');
    expect(regionsSummary(three, ko)).to.equal('2023년에 아시아, 오세아니아와 일본은 각각 2억 달러 적자를 냈다.');
    const topTie = section([['a', { en: 'Asia', ko: '아시아' }, 3], ['b', { en: 'Japan', ko: '일본' }, 3], ['c', { en: 'Europe', ko: '유럽' }, 1]], { period: '2023' });
    expect(regionsSummary(topTie, en)).to.equal('Every region ran a surplus in 2023; Asia and Japan had the largest, $300M each.');
    expect(regionsSummary(topTie, ko)).to.equal('2023년에 모든 지역이 흑자였고, 아시아와 일본이 각각 3억 달러로 가장 컸다.');
  });

  it('claims nothing about regions without a figure', () => {
    const s = section([['a', { en: 'Asia', ko: '아시아' }, 12], ['b', { en: 'Europe', ko: '유럽' }, null], ['c', { en: 'Americas', ko: '미주' }, 2]], { period: '2023' });
    expect(regionsSummary(s, en)).to.equal('Asia ran the largest surplus, $1.2B, in 2023.');
    expect(regionsSummary(s, ko)).to.equal('2023년에 아시아가 12억 달러로 가장 큰 흑자를 냈다.');
  });
});
