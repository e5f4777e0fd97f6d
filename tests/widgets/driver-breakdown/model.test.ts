import { expect } from '@esm-bundle/chai';
import { driverBridge, driverRows } from '../../../src/widgets/driver-breakdown/model.js';
import { bridgeLabels } from '../../../src/widgets/driver-breakdown/labels.js';
import { B, seed, settings } from './fixtures.js';

describe('driver-breakdown model', () => {
  it('keeps signs and never sums "of which" items into their parent', () => {
    const rows = driverRows(seed, settings({ sort: 'data' }), 'Other');
    expect(rows.map((r) => [r.id, r.depth, r.value && r.value / B])).to.deep.equal([
      ['ip-fees', 0, -24.5], ['industrial-property', 1, -17.5], ['copyright', 1, -6], ['ict', 0, 19.6],
      ['culture-leisure', 0, 4.4], ['business-services', 0, -44.8], ['rnd', 1, -30.9],
    ]);
    expect(rows.find((r) => r.id === 'rnd')!.change).to.equal(null);
    expect(rows.find((r) => r.id === 'copyright')!.parentId).to.equal('ip-fees');
  });

  it('sorts by value (default), by change and in data order, children always under their parent', () => {
    const order = (sort?: string) => driverRows(seed, settings({ sort }), 'Other').map((r) => r.id);
    expect(order()).to.deep.equal(['business-services', 'rnd', 'ip-fees', 'industrial-property', 'copyright', 'culture-leisure', 'ict']);
    expect(order('nonsense')).to.deep.equal(order('value'));
    // changes: IP −10.1, ICT +6.8, culture 0, business −4.5; copyright −5.1 before patents −4.7
    expect(order('change')).to.deep.equal(['ip-fees', 'copyright', 'industrial-property', 'business-services', 'rnd', 'culture-leisure', 'ict']);
    expect(order('data')).to.deep.equal(['ip-fees', 'industrial-property', 'copyright', 'ict', 'culture-leisure', 'business-services', 'rnd']);
  });

  it('bridges the published totals with one step per category and labels the rounding residual', () => {
    const bridge = driverBridge(seed, settings({ sort: 'data' }), bridgeLabels(seed, settings()));
    expect(bridge.steps.map((s) => [s.id, s.kind, s.label])).to.deep.equal([
      ['previous-total', 'start', 'H2 2024 total'],
      ['ip-fees', 'change', 'IP royalties'],
      ['ict', 'change', 'ICT services'],
      ['culture-leisure', 'change', 'Culture & leisure'],
      ['business-services', 'change', 'Professional & business services'],
      ['residual', 'residual', 'Rounding'],
      ['total', 'end', 'H1 2025 total'],
    ]);
    const deltas = bridge.steps.slice(1, -1).map((s) => (s.to - s.from) / B);
    [-10.1, 6.8, 0, -4.5, 0.1].forEach((want, i) => expect(deltas[i]).to.be.closeTo(want, 1e-9));
    expect(bridge.categorySums.previous / B).to.be.closeTo(-37.5, 1e-9);
    expect(bridge.start / B).to.equal(-37.6);
    expect(bridge.end / B).to.equal(-45.3);
  });
});
