import { expect } from '@esm-bundle/chai';
import { fitLines, textWidth, truncate, wrap } from '../../src/widgets/text-measure.js';

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
