import { expect } from '@esm-bundle/chai';
import { messages } from '../../src/format/index.js';
import '../korean.js';

describe('messages', () => {
  it('has the English strings', () => {
    const m = messages('en');
    expect([m.showTable, m.getData, m.downloadPng, m.retry, m.loading, m.noData, m.notPublished]).to.deep.equal([
      'Show table',
      'Get the data',
      'Download PNG',
      'Retry',
      'Loading chart…',
      'No data to show',
      'not published',
    ]);
    expect([m.provisional, m.source, m.notes, m.period, m.errorPrefix]).to.deep.equal([
      'provisional',
      'Source',
      'Notes',
      'Period',
      'The chart could not be shown',
    ]);
    expect([m.surplus, m.deficit, m.balance]).to.deep.equal(['surplus', 'deficit', 'balance']);
    expect(m.chartLabel('Knowledge services')).to.equal('Chart: Knowledge services');
    expect(m.selected('H1 2025', '−$4.53B')).to.equal('Selected H1 2025: −$4.53B');
  });

  it('has the Korean strings', () => {
    const m = messages('ko');
    expect([m.showTable, m.getData, m.downloadPng, m.retry, m.loading, m.noData, m.notPublished]).to.deep.equal([
      '표 보기',
      '데이터 받기',
      'PNG 저장',
      '다시 시도',
      '차트를 불러오는 중…',
      '표시할 데이터가 없습니다',
      '발표되지 않음',
    ]);
    expect([m.provisional, m.source, m.notes, m.period, m.errorPrefix]).to.deep.equal(['잠정', '출처', '주', '기간', '차트를 표시할 수 없습니다']);
    expect([m.surplus, m.deficit, m.balance]).to.deep.equal(['흑자', '적자', '수지']);
    expect(m.chartLabel('지식서비스 수지')).to.equal('차트: 지식서비스 수지');
    expect(m.selected('2025년 상반기', '−45.3억 달러')).to.equal('2025년 상반기: −45.3억 달러 선택됨');
  });

  it('gives both languages the same keys, every string non-empty and different', () => {
    const en = messages('en');
    const ko = messages('ko');
    expect(Object.keys(ko).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const [e, k] = [en[key], ko[key]];
      if (typeof e === 'function' || typeof k === 'function') {
        expect(typeof e, key).to.equal(typeof k);
        continue;
      }
      expect(e, key).to.be.a('string').and.not.equal('');
      expect(k, key).to.not.equal(e);
    }
  });
});
