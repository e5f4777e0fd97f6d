import { expect } from '@esm-bundle/chai';
import { freeId, remainder } from '../../src/widgets/common.js';

const T = 1e12;

describe('remainder: what a total has beyond its parts, past rounding', () => {
  it('is total − Σ parts when rounding cannot explain it', () => {
    expect(remainder(-3.1 * T, [-5.8, -2.4, -2.1, 4.3, 0.9].map((v) => v * T))).to.be.closeTo(2 * T, 1);
  });

  it('allows (n + 1) half-units of the finest digit: two parts and a total at 0.1 may miss by 0.15', () => {
    expect(remainder(-3.1 * T, [-3.0 * T, -0.2 * T])).to.equal(null);
    expect(remainder(-3.1, [-3.0, -0.2])).to.equal(null);
    // Figures to two decimals may miss by 0.015: 0.01 is rounding, 0.12 is a part not listed.
    expect(remainder(-3.1, [-3.05, -0.06])).to.equal(null);
    expect(remainder(-3.1, [-3.02, -0.2])).to.be.closeTo(0.12, 1e-12);
    // Five parts and a total at 0.1: up to 0.3 is rounding, 0.4 is not.
    expect(remainder(2.7e9, [-4.3e9, 5.2e9, 12.6e9, -8.8e9, -2.1e9])).to.equal(null);
    expect(remainder(2.9e9, [-4.3e9, 5.2e9, 12.6e9, -8.8e9, -2.1e9])).to.equal(null);
    expect(remainder(3.0e9, [-4.3e9, 5.2e9, 12.6e9, -8.8e9, -2.1e9])).to.be.closeTo(0.4e9, 1);
  });

  it('is null without a total, without parts, or with a part that has no figure', () => {
    expect(remainder(null, [1, 2])).to.equal(null);
    expect(remainder(5, [])).to.equal(null);
    expect(remainder(5, [1, null])).to.equal(null);
    expect(remainder(0, [0])).to.equal(null);
    expect(remainder(Number.MAX_VALUE, [-Number.MAX_VALUE])).to.equal(null);
  });
});

describe('freeId', () => {
  it('takes the base id, else the first free numbered one', () => {
    expect(freeId('rest', ['asia'])).to.equal('rest');
    expect(freeId('rest', ['rest', 'rest-2'])).to.equal('rest-3');
  });
});
