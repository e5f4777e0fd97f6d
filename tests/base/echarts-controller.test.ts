import { expect } from '@esm-bundle/chai';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import { mount, nextEvent, quarterly, settled, unmountAll, untilState, until } from '../helpers.js';

describe('sizing', () => {
  afterEach(unmountAll);

  it('waits in a hidden tab and draws at the right size when shown', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`, 500);
    el.parentElement!.style.display = 'none';
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.state).to.equal('loading');
    expect(el.chart).to.equal(undefined);
    const ready = nextEvent(el, 'chart-ready');
    el.parentElement!.style.display = 'block';
    await ready;
    expect(el.chart!.getWidth()).to.equal(500);
  });

  it('resizes at most once per frame, skipping zero sizes', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`, 600);
    await untilState(el, 'ready');
    await settled(el);
    const before = el.resizeCount;
    for (let width = 300; width < 600; width += 30) {
      el.parentElement!.style.width = `${width}px`;
      el.getBoundingClientRect();
    }
    el.parentElement!.style.width = '0px';
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(el.resizeCount - before).to.be.at.most(1);
    el.parentElement!.style.width = '520px';
    // Eventually, not within a set time: a loaded machine's frames come late (Firefox in CI).
    await until(() => el.chart!.getWidth() === 520, () => `the chart at 520 px (it is ${el.chart!.getWidth()})`);
  });
});
