import { expect } from '@esm-bundle/chai';
import { fitLines, textWidth, truncate, wrap, warmChartFonts } from '../../src/widgets/text-measure.js';

describe('text-measure', () => {
  it('wraps text by width', () => {
    expect(wrap('one two three four', textWidth('three four') + 1)).to.deep.equal(['one two', 'three four']);
  });

  it('truncates with an ellipsis to a width', () => {
    expect(truncate('Short', 100, 12)).to.equal('Short');
    const cut = truncate('Professional & business services', 100, 12);
    expect(cut.endsWith('…')).to.equal(true);
    expect(textWidth(cut, 12)).to.be.at.most(100);
    expect(textWidth('지식재산권', 12)).to.be.greaterThan(textWidth('abcde', 12));
  });

  it('fitLines breaks at spaces and cuts the last line with an ellipsis', () => {
    const w = textWidth('Rest of the', 12, 'sans-serif') + 1;
    expect(fitLines('Rest of the world', w, 2, 12, 'sans-serif')).to.deep.equal(['Rest of the', 'world']);
    const cut = fitLines('Rest of the world and more places', w, 2, 12, 'sans-serif');
    expect(cut[0]).to.equal('Rest of the');
    expect(cut[1]!.endsWith('…')).to.equal(true);
    expect(fitLines('Asia', 200, 2, 12, 'sans-serif')).to.deep.equal(['Asia']);
  });
});

describe('warmChartFonts', () => {
  it('measures "国" (what zrender measures first in each font) in the chart fonts and zrender’s default', () => {
    const measured: string[] = [];
    const original = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push(`${this.font} ${text}`);
      return original.call(this, text);
    };
    let first: boolean;
    try {
      first = warmChartFonts('Georgia, serif');
    } finally {
      CanvasRenderingContext2D.prototype.measureText = original;
    }
    expect([first, warmChartFonts('Georgia, serif')], 'once a page, and says so').to.deep.equal([true, false]);
    expect(measured.every((entry) => entry.endsWith(' 国a')), measured.join(', ')).to.equal(true);
    const fonts = measured.map((entry) => entry.slice(0, -' 国a'.length));
    expect(fonts).to.include.members(['12px sans-serif', '11px Georgia, serif', '12px Georgia, serif', 'bold 13px Georgia, serif']);
  });
});
