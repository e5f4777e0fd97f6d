import { expect } from '@esm-bundle/chai';
import { defineElement } from '../../src/base/define.js';
import { readTheme } from '../../src/base/theme.js';
import { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import { mount, nextEvent, quarterly, settled, unmountAll, untilState } from '../helpers.js';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme', () => {
  afterEach(unmountAll);

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text at 4.5:1 and marks at 3:1 against the background (${theme})`, async () => {
      const el = mount<DeficitTrend>(`<deficit-trend theme="${theme}" data='${JSON.stringify(quarterly)}'></deficit-trend>`);
      await settled(el);
      const colours = readTheme(el, theme === 'dark');
      for (const key of ['text', 'muted'] as const) expect(contrast(colours[key], colours.background), key).to.be.at.least(4.5);
      for (const key of ['deficit', 'surplus'] as const) expect(contrast(colours[key], colours.background), key).to.be.at.least(3);
    });
  }

  it('reads --tbc-* custom properties set by the page on an ancestor', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`);
    el.parentElement!.style.setProperty('--tbc-deficit', '#aa0000');
    const chart = await el.chartReady;
    const bars = chart.getOption() as { series: { data: { itemStyle?: { color?: string } }[] }[] };
    expect(bars.series[0]!.data.some((item) => item.itemStyle?.color === '#aa0000')).to.equal(true);
  });
});

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
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(el.chart!.getWidth()).to.equal(520);
  });
});
