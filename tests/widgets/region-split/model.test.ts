import { expect } from '@esm-bundle/chai';
import { regionsModel } from '../../../src/widgets/region-split/model.js';
import { h1, section, segments, settings } from './fixtures.js';

const rest = { label: 'Rest of the world', note: 'the total minus the regions listed' };

describe('region-split model', () => {
  it('sorts largest surplus first, largest deficit last, gaps at the end; sort="data" keeps data order', () => {
    const s = section([
      ['a', 'A', -5],
      ['b', 'B', null],
      ['c', 'C', 7],
      ['d', 'D', -9],
      ['e', 'E', 0],
    ]);
    expect(regionsModel(s, settings(), rest).rows.map((r) => r.id)).to.deep.equal(['c', 'e', 'a', 'd', 'b']);
    expect(regionsModel(s, settings({ variant: { sort: 'data' } }), rest).rows.map((r) => r.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('shares are value / total only when every region has the total’s sign; none when regions offset each other', () => {
    const model = regionsModel(h1(), settings(), rest);
    expect(model.rows.map((r) => r.share)).to.deep.equal([null, null, null, null]);
    expect(model.sharesOffset).to.equal(true);
    const noTotal = regionsModel(section([['a', 'A', 1]]), settings(), rest);
    expect(noTotal.rows[0]!.share).to.equal(null);
    const oneSided = regionsModel(section([['a', 'A', -1], ['b', 'B', -3]], { total: -4 }), settings(), rest);
    expect(oneSided.rows.map((r) => r.share)).to.deep.equal([0.25, 0.75]);
    expect(oneSided.sharesOffset).to.equal(false);
  });

  it('a region without a value takes the sum of complete segments; a missing segment leaves the rest unsplit', () => {
    const s = section(
      [
        ['full', 'Full', null, { segs: { content: 2, core: -5 } }],
        ['gap', 'Gap', -4, { segs: { content: -1, core: null } }],
        ['unknown', 'Unknown', null, { segs: { content: 3 } }],
      ],
      { segments },
    );
    const rows = Object.fromEntries(regionsModel(s, settings(), rest).rows.map((r) => [r.id, r]));
    expect(rows['full']!.value).to.be.closeTo(-3e8, 1e-3);
    expect(rows['full']!.unsplit).to.equal(null);
    expect(rows['gap']!.segments).to.deep.equal([-1e8, null]);
    expect(rows['gap']!.unsplit).to.be.closeTo(-3e8, 1e-3);
    expect(rows['unknown']!.value).to.equal(null);
    expect(rows['unknown']!.unsplit).to.equal(null);
  });
});
