/**
 * The Korean pack's punctuation in the text shared code puts together (the pack's words,
 * money and sentences are tested in tests/widgets and tests/format).
 */
import { expect } from '@esm-bundle/chai';
import { languagePack } from '../../src/languages/index.js';
import { punctuation } from './punctuation.js';

describe('ko: shared punctuation', () => {
  before(async () => {
    await languagePack('ko');
  });
  // 「한글 맞춤법」 부록 문장 부호 (국립국어원, 2015): brackets close up to the word before,
  // a space after the colon and comma only.
  it('brackets the provisional mark and the currency, and punctuates keys, tooltips and item texts', () => {
    const p = punctuation('ko', {
      balance: '서비스수지',
      exports: '수출',
      transport: '운송',
      sea: '해상운송',
      travel: '여행',
      construction: '건설',
      asia: '아시아',
      europe: '유럽',
      rest: '기타 지역',
      restNote: '전체에서 위 지역을 뺀 값',
    });
    expect(p.provisionalRow).to.equal('2025년 상반기(잠정)');
    expect(p.trendCaption).to.equal('서비스수지, 수출(USD)');
    expect(p.trendTooltip).to.equal('2025년 상반기(잠정)\n서비스수지: \u221245.3억 달러\n수출: 12.0억 달러');
    expect(p.trendItem).to.equal('2025년 상반기, 수출');
    expect(p.otherKey).to.equal('* 기타(추산, 빗금): 발표 합계에서 표시된 유형을 뺀 값');
    expect(p.otherItem).to.equal('2025년 3월: \u22128억 달러, 2025년 2월: \u22126억 달러, 증감: \u22122억 달러, 추산: 발표 합계에서 표시된 유형을 뺀 값');
    expect(p.restKey).to.equal('* 기타 지역(추산, 빗금): 전체에서 위 지역을 뺀 값');
    expect(p.restItem).to.equal('\u221221.5억 달러; 추산: 전체에서 위 지역을 뺀 값');
  });
});
