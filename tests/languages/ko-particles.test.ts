import { expect } from '@esm-bundle/chai';
import { hasFinalConsonant, withParticle } from '../../src/languages/ko/particles.js';

describe('withParticle', () => {
  it('chooses by the final consonant of a Hangul syllable', () => {
    expect(withParticle('적자', '이/가')).to.equal('적자가');
    expect(withParticle('흑자', '은/는')).to.equal('흑자는');
    expect(withParticle('수지', '은/는')).to.equal('수지는');
    expect(withParticle('서비스', '을/를')).to.equal('서비스를');
    expect(withParticle('북미', '은/는')).to.equal('북미는');
    expect(withParticle('6.26조 원', '이/가')).to.equal('6.26조 원이');
    expect(withParticle('45.3억 달러', '이/가')).to.equal('45.3억 달러가');
  });
  it('has both forms of every pair', () => {
    const after = (word: string) =>
      (['이/가', '은/는', '을/를', '과/와', '으로/로', '이다/다'] as const).map((pair) => withParticle(word, pair));
    expect(after('수입')).to.deep.equal(['수입이', '수입은', '수입을', '수입과', '수입으로', '수입이다']);
    expect(after('수지')).to.deep.equal(['수지가', '수지는', '수지를', '수지와', '수지로', '수지다']);
  });
  it('takes 로 after a final ㄹ but keeps the consonant form elsewhere', () => {
    expect(withParticle('서울', '으로/로')).to.equal('서울로');
    expect(withParticle('서울', '이/가')).to.equal('서울이');
    expect(withParticle('달러', '으로/로')).to.equal('달러로');
    expect(withParticle('원', '으로/로')).to.equal('원으로');
  });
  it('reads a final digit in Korean', () => {
    expect(withParticle('2025', '이/가')).to.equal('2025가'); // 오
    expect(withParticle('2021', '으로/로')).to.equal('2021로'); // 일: ㄹ
    expect(withParticle('2023', '은/는')).to.equal('2023은'); // 삼
    expect(withParticle('16', '을/를')).to.equal('16을'); // 육
    expect(withParticle('10', '과/와')).to.equal('10과'); // 십
    expect(withParticle('4', '이다/다')).to.equal('4다'); // 사
    expect(
      Array.from('0123456789', (d) => withParticle(d, '으로/로')).join(' '),
    ).to.equal('0으로 1로 2로 3으로 4로 5로 6으로 7로 8로 9로');
  });
  it('reads a final Latin letter by its English name', () => {
    expect(withParticle('USD', '이/가')).to.equal('USD가'); // 디
    expect(withParticle('EU', '은/는')).to.equal('EU는'); // 유
    expect(withParticle('CHF', '을/를')).to.equal('CHF를'); // 에프
    expect(withParticle('OECD', '과/와')).to.equal('OECD와');
    expect(withParticle('IBM', '이/가')).to.equal('IBM이'); // 엠
    expect(withParticle('CNN', '은/는')).to.equal('CNN은'); // 엔
    expect(withParticle('URL', '으로/로')).to.equal('URL로'); // 엘
    expect(withParticle('HR', '으로/로')).to.equal('HR로'); // 알
    expect(withParticle('ATM', '으로/로')).to.equal('ATM으로');
    expect(withParticle('gdp', '이다/다')).to.equal('gdp다');
  });
  it('looks past closing brackets, quotes and spaces', () => {
    expect(withParticle('지식재산권(IP)', '이/가')).to.equal('지식재산권(IP)가');
    expect(withParticle('사용료(특허)', '은/는')).to.equal('사용료(특허)는');
    expect(withParticle('“연구개발”', '을/를')).to.equal('“연구개발”을');
    expect(withParticle('‘북미’ ', '과/와')).to.equal('‘북미’ 와');
  });
});

describe('hasFinalConsonant', () => {
  it('reports the last read sound', () => {
    expect(['원', '달러', '2023', '2025', 'M', 'F', '(억)', '', '%'].map(hasFinalConsonant)).to.deep.equal([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});
