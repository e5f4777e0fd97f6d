import { expect } from '@esm-bundle/chai';
import { readTheme } from '../../src/base/theme.js';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import { mount, quarterly, settled, unmountAll } from '../helpers.js';

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
