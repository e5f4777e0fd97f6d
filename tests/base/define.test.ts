import { expect } from '@esm-bundle/chai';
import { defineElement } from '../../src/base/define.js';
import { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';

describe('defineElement', () => {
  it('is a silent no-op for a second copy of this library', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('deficit-trend', class SecondCopy extends DeficitTrend {});
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
  });

  it('warns once when another library holds the tag', () => {
    customElements.define('someone-elses-chart', class extends HTMLElement {});
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('someone-elses-chart', class extends DeficitTrend {});
      defineElement('someone-elses-chart', class extends DeficitTrend {});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<someone-elses-chart> is already defined by another library');
    } finally {
      console.warn = original;
    }
  });
});
