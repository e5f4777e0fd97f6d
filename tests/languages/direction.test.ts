import { expect } from '@esm-bundle/chai';
import { mount, partText, quarterly, settled, unmountAll, untilState } from '../helpers.js';
import { buildDriversOption } from '../../src/widgets/driver-breakdown/option.js';
import { buildRegionsOption } from '../../src/widgets/region-split/option.js';
import { seed, settings as driverSettings } from '../widgets/driver-breakdown/fixtures.js';
import { h1, settings as regionSettings } from '../widgets/region-split/fixtures.js';

const json = JSON.stringify(quarterly);
const direction = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).direction;

describe('direction and languages on one page', () => {
  afterEach(unmountAll);

  it('an Arabic widget reads right to left, an English one beside it left to right', async () => {
    const arabic = mount(`<deficit-trend lang="ar" eager data='${json}'></deficit-trend>`);
    const english = mount(`<deficit-trend eager data='${json}'></deficit-trend>`);
    await Promise.all([untilState(arabic, 'ready'), untilState(english, 'ready')]);
    await settled(arabic);
    expect(direction(arabic, 'figure')).to.equal('rtl');
    expect(direction(arabic, 'table')).to.equal('rtl');
    expect(direction(english, 'figure')).to.equal('ltr');
    expect(partText(arabic, 'summary')).to.match(/[\u0600-\u06FF]/);
  });

  it('an English heading and description over an Arabic chart run left to right, their full stop at their end', async () => {
    const el = mount(`<deficit-trend lang="ar" eager heading="Trade balance, by quarter." data='${json}'></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    // Where the first letter and the full stop are drawn: left to right puts the stop after the text.
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    let node: Node | null = walker.nextNode();
    while (node && !node.textContent?.includes('Trade')) node = walker.nextNode();
    expect(node, 'the heading text').to.not.equal(null);
    const at = (index: number) => {
      const range = document.createRange();
      range.setStart(node!, index);
      range.setEnd(node!, index + 1);
      return range.getBoundingClientRect().left;
    };
    const content = node!.textContent!;
    expect(at(content.indexOf('.')), 'the full stop after "quarter"').to.be.above(at(content.indexOf('T')));
  });

  it('a dir on the widget wins; an English widget inside an Arabic page stays left to right', async () => {
    const page = document.createElement('section');
    page.setAttribute('lang', 'ar');
    page.setAttribute('dir', 'rtl');
    document.body.append(page);
    try {
      page.innerHTML = `<deficit-trend eager data='${json}'></deficit-trend><deficit-trend lang="en" eager data='${json}'></deficit-trend><deficit-trend lang="ar" dir="ltr" eager data='${json}'></deficit-trend>`;
      const [inherits, english, forced] = [...page.children];
      await Promise.all([...page.children].map((el) => untilState(el, 'ready')));
      await settled(forced!);
      expect(direction(inherits!, 'figure')).to.equal('rtl');
      expect(direction(english!, 'figure')).to.equal('ltr');
      expect(direction(forced!, 'figure')).to.equal('ltr');
    } finally {
      page.remove();
    }
  });

  it('three widgets in three languages on one page each speak their own', async () => {
    const widgets = ['ja', 'de', 'es'].map((lang) => mount(`<region-split lang="${lang}" eager data='${JSON.stringify({ regions: { period: '2025H1', items: [{ label: 'Asia', value: 3.57 }, { label: 'North America', value: -3.77 }] } })}'></region-split>`));
    await Promise.all(widgets.map((el) => untilState(el, 'ready')));
    await settled(widgets[2]!);
    const [ja, de, es] = widgets.map((el) => partText(el, 'summary'));
    expect(ja).to.match(/2025年1〜6月/);
    expect(de).to.match(/1\. Halbjahr 2025/);
    expect(es).to.match(/primer semestre de 2025/);
  });

  it('uses inSentence only in its own language: a Japanese sentence never borrows "the United States"', async () => {
    const regions = {
      regions: {
        period: '2025H1',
        items: [
          { label: { en: 'Asia', ja: 'アジア' }, value: 3.57 },
          { label: { en: 'United States', ja: '米国' }, inSentence: { en: 'the United States' }, value: -3.77 },
        ],
      },
    };
    const [english, japanese] = ['en', 'ja'].map((lang) => mount(`<region-split lang="${lang}" eager data='${JSON.stringify(regions)}'></region-split>`));
    await Promise.all([untilState(english!, 'ready'), untilState(japanese!, 'ready')]);
    await settled(japanese!);
    expect(partText(english!, 'summary')).to.contain('while the United States ran');
    expect(partText(japanese!, 'summary')).to.contain('米国');
    expect(partText(japanese!, 'summary')).not.to.contain('United');
  });

  it('mirrors the bar charts right to left: labels on the right, positive bars growing left', () => {
    type Opt = { grid: { left: number; right: number }; xAxis: { inverse?: boolean }; yAxis: { position?: string; axisLabel: { align: string } }; series: { label?: { position?: string } }[] };
    for (const [ltr, rtl] of [
      [buildDriversOption(seed, driverSettings()), buildDriversOption(seed, driverSettings({ dir: 'rtl' }))],
      [buildRegionsOption(h1(), regionSettings()), buildRegionsOption(h1(), regionSettings({ dir: 'rtl' }))],
    ]) {
      const [a, b] = [ltr!.option as unknown as Opt, rtl!.option as unknown as Opt];
      expect([b.grid.left, b.grid.right]).to.deep.equal([a.grid.right, a.grid.left]);
      expect(Boolean(b.xAxis.inverse)).to.equal(!a.xAxis.inverse);
      expect(b.yAxis.position).to.equal('right');
      expect(b.yAxis.axisLabel.align).to.equal(a.yAxis.axisLabel.align === 'left' ? 'right' : 'left');
      const sides = (o: Opt) => JSON.stringify(o.series).match(/"position":"(left|right)"/g) ?? [];
      expect(sides(b).length).to.equal(sides(a).length);
      expect(sides(b)).to.deep.equal(sides(a).map((p) => (p.includes('left') ? p.replace('left', 'right') : p.replace('right', 'left'))));
    }
  });
});
