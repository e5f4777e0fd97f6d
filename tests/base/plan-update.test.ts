import { expect } from '@esm-bundle/chai';
import { needsRebuild, planUpdate, type DrawInputs } from '../../src/base/plan-update.js';
import { NARROW_WIDTH } from '../../src/widgets/layout.js';

const section = { any: 'section' };
const drawn: DrawInputs = {
  section,
  lang: 'en',
  dir: 'ltr',
  currency: 'USD',
  amounts: undefined,
  theme: '{"dark":false}',
  highlight: undefined,
  variant: '{"type":"bar"}',
  overrides: undefined,
  renderer: 'svg',
};

describe('planUpdate', () => {
  it('draws the first chart whole (notMerge)', () => {
    expect(planUpdate(undefined, drawn, undefined)).to.deep.equal({ kind: 'draw', merge: false });
  });

  it('does nothing when nothing drawn changed', () => {
    expect(planUpdate(drawn, { ...drawn }, 'svg')).to.deep.equal({ kind: 'none' });
  });

  it('merges a new highlight alone into the drawn series, so ECharts animates between emphases', () => {
    expect(planUpdate(drawn, { ...drawn, highlight: '2025Q1' }, 'svg')).to.deep.equal({ kind: 'draw', merge: true });
  });

  it('replaces the whole option when anything else changes, with or without a highlight', () => {
    for (const change of [{ lang: 'ko' }, { dir: 'rtl' }, { currency: 'KRW' }, { amounts: { unit: 1e9, decimals: 2, style: 'long' } }, { theme: '{"dark":true}' }, { variant: '{"type":"line"}' }, { section: { ...section } }, { overrides: '{}' }] as const) {
      expect(planUpdate(drawn, { ...drawn, ...change }, 'svg'), JSON.stringify(change)).to.deep.equal({ kind: 'draw', merge: false });
      expect(planUpdate(drawn, { ...drawn, ...change, highlight: 'x' }, 'svg'), `${JSON.stringify(change)} + highlight`).to.deep.equal({ kind: 'draw', merge: false });
    }
  });

  it('draws whole after new data (nothing drawn is known) and for another renderer', () => {
    expect(planUpdate(undefined, drawn, 'svg')).to.deep.equal({ kind: 'draw', merge: false });
    expect(planUpdate(drawn, { ...drawn, renderer: 'canvas' }, 'svg')).to.deep.equal({ kind: 'draw', merge: false });
    // The chart on screen is still SVG though the last inputs asked for canvas (a draw in flight).
    expect(planUpdate({ ...drawn, renderer: 'canvas' }, { ...drawn, renderer: 'canvas' }, 'svg')).to.deep.equal({ kind: 'draw', merge: false });
  });
});

describe('needsRebuild', () => {
  it('rebuilds when the width crosses the narrow breakpoint, either way', () => {
    expect(needsRebuild(NARROW_WIDTH, NARROW_WIDTH - 1)).to.equal(true);
    expect(needsRebuild(NARROW_WIDTH - 1, NARROW_WIDTH)).to.equal(true);
  });

  it('rebuilds when the width changes by more than a tenth, and only resizes otherwise', () => {
    expect(needsRebuild(1000, 1101)).to.equal(true);
    expect(needsRebuild(1000, 899)).to.equal(true);
    expect(needsRebuild(1000, 1100)).to.equal(false);
    expect(needsRebuild(1000, 905)).to.equal(false);
    expect(needsRebuild(400, 420)).to.equal(false);
  });

  it('rebuilds a chart drawn before layout (width 0) once it has a width', () => {
    expect(needsRebuild(0, 640)).to.equal(true);
  });
});
