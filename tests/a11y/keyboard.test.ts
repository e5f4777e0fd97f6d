/**
 * Real key presses (sendKeys): Tab reaches each chart, Home / ArrowRight step with a polite
 * announcement in the widget's language, Enter fires chart-select and announces it; every
 * control is reachable by Tab and shows a focus ring.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { ChartSelectDetail } from '../../src/base/contracts.js';
import { messages } from '../../src/format/messages.js';
import { mount, nextEvent, quarterly, settled, unmountAll, untilState } from '../helpers.js';
import { itemsOf, pause, shadowFocus } from './a11y-helpers.js';
import { TAGS } from '../../src/widgets/manifest.js';

const json = JSON.stringify(quarterly);

/** The widget preceded by a button, so a single Tab from that button lands on the chart. */
async function mountAfterButton(tag: string, lang: string): Promise<{ el: HTMLElement; before: HTMLButtonElement }> {
  const wrap = mount<HTMLDivElement>(
    `<div><button type="button">before</button><${tag} lang="${lang}" eager data='${json}'></${tag}><button type="button">after</button></div>`,
  );
  const el = wrap.querySelector<HTMLElement>(tag)!;
  await untilState(el, 'ready');
  await settled(el);
  return { el, before: wrap.querySelector('button')! };
}

const live = (el: HTMLElement) => el.shadowRoot!.querySelector('.live')!;
const drawing = (el: HTMLElement) => el.shadowRoot!.querySelector('.chart svg')!.outerHTML;

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('keyboard', () => {
  afterEach(unmountAll);
  // Load ECharts once before the first timed wait (a cold import is slow on a busy machine).
  before(async function () {
    this.timeout(60000);
    await import('../../src/echarts-registry.js');
  });

  for (const lang of ['en', 'ko'] as const) {
    for (const tag of TAGS) {
      it(`${tag} (${lang}): Tab to the chart, Home, ArrowRight twice, Enter selects the third item and announces it`, async () => {
        const { el, before } = await mountAfterButton(tag, lang);
        const text = messages(lang);
        before.focus();
        await sendKeys({ press: 'Tab' });
        const region = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
        expect(shadowFocus(el), 'Tab reaches the chart region').to.equal(region);
        expect(region.getAttribute('role')).to.equal('img');
        expect(getComputedStyle(region).outlineStyle, 'visible focus ring').to.equal('solid');
        expect(parseFloat(getComputedStyle(region).outlineWidth)).to.be.at.least(2);

        const items = itemsOf(el);
        expect(items.length, 'at least three items').to.be.at.least(3);
        await sendKeys({ press: 'Home' });
        await settled(el);
        expect(live(el).textContent).to.equal(text.current(items[0]!.label, items[0]!.valueText));
        await pause(50);
        const atFirst = drawing(el);
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'ArrowRight' });
        await settled(el);
        const third = items[2]!;
        expect(live(el).getAttribute('aria-live')).to.equal('polite');
        expect(live(el).textContent).to.equal(text.current(third.label, third.valueText));

        // The visible highlight: the drawing changes (emphasis), and the tooltip shows the
        // active item as text, hidden from screen readers (the live region speaks).
        await pause(50);
        expect(drawing(el), 'the drawing shows the active item').to.not.equal(atFirst);
        const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
        expect(tip.hidden, 'tooltip shown').to.equal(false);
        expect(tip.getAttribute('aria-hidden')).to.equal('true');
        expect(tip.textContent).to.contain(third.label.slice(0, 6));
        const [tipBox, chartBox] = [tip.getBoundingClientRect(), region.getBoundingClientRect()];
        expect(tipBox.width, 'tooltip has a size').to.be.above(20);
        expect(tipBox.left >= chartBox.left && tipBox.right <= chartBox.right + 0.5 && tipBox.top >= chartBox.top, 'tooltip inside the chart').to.equal(true);

        const selected = nextEvent<ChartSelectDetail>(el, 'chart-select');
        await sendKeys({ press: 'Enter' });
        const { detail } = await selected;
        expect(detail.id).to.equal(third.id);
        expect(detail.label).to.equal(third.label);
        expect(detail.value).to.equal(third.value);
        await settled(el);
        expect(live(el).textContent).to.equal(text.selected(third.label, third.valueText));
      });
    }
  }

  it('the trend steps to the published periods in order: the third is Q4 2024', async () => {
    const { el, before } = await mountAfterButton('deficit-trend', 'en');
    before.focus();
    await sendKeys({ press: 'Tab' });
    for (const key of ['Home', 'ArrowRight', 'ArrowRight']) await sendKeys({ press: key });
    const selected = nextEvent<ChartSelectDetail>(el, 'chart-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('2024Q4');
    await settled(el);
    expect(live(el).textContent).to.equal('Selected Q4 2024: $40M');
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(live(el).textContent).to.equal('Q1 2025: −$150M (provisional)');
  });

  it('Korean announcements', async () => {
    const { el, before } = await mountAfterButton('deficit-trend', 'ko');
    before.focus();
    await sendKeys({ press: 'Tab' });
    for (const key of ['Home', 'ArrowRight', 'ArrowRight']) await sendKeys({ press: key });
    const selected = nextEvent<ChartSelectDetail>(el, 'chart-select');
    await sendKeys({ press: 'Enter' });
    await selected;
    await settled(el);
    expect(live(el).textContent).to.match(/^2024년 4분기: .+ 선택됨$/);
  });

  it('every control is reachable by Tab, named, with a visible focus ring, and the table toggles by keyboard', async () => {
    const { el, before } = await mountAfterButton('region-split', 'en');
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = shadowFocus(el) as HTMLElement | null;
      if (!focused) break;
      const style = getComputedStyle(focused);
      expect(style.outlineStyle, `${focused.textContent?.trim() || focused.getAttribute('part')} shows a focus ring`).to.equal('solid');
      reached.push(focused.getAttribute('part') === 'chart' ? 'chart' : (focused.textContent ?? '').trim());
    }
    expect(reached).to.deep.equal(['chart', 'Show table', 'Get the data', 'Download PNG', 'Download SVG']);

    // Back to "Show table", Enter: the table shows, the button says so, the wrapper can be scrolled by keyboard.
    for (let i = 0; i < 4; i++) await shiftTab();
    expect((shadowFocus(el) as HTMLElement).textContent!.trim()).to.equal('Show table');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.classList.contains('visually-hidden')).to.equal(false);
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(50);
    expect((shadowFocus(el) as HTMLElement).textContent!.trim()).to.equal('Hide table');
    await shiftTab();
    expect(shadowFocus(el), 'the shown table is a tab stop (it may scroll sideways)').to.equal(wrap);
    expect(getComputedStyle(wrap).outlineStyle).to.equal('solid');
    expect(wrap.getAttribute('aria-labelledby')).to.equal('table-caption');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await settled(el);
    expect(wrap.classList.contains('visually-hidden')).to.equal(true);
    expect(wrap.hasAttribute('tabindex'), 'the hidden table takes no focus').to.equal(false);
  });

  it('the retry button is reachable and operable by keyboard', async () => {
    const wrap = mount<HTMLDivElement>(`<div><button type="button">before</button><deficit-trend src="/fault/500?kb=${Date.now()}"></deficit-trend></div>`);
    const el = wrap.querySelector<HTMLElement>('deficit-trend')!;
    await untilState(el, 'error');
    await settled(el);
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await settled(el);
    const focused = shadowFocus(el) as HTMLElement;
    expect(focused.textContent!.trim()).to.equal('Retry');
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    const again = nextEvent(el, 'chart-error');
    await sendKeys({ press: 'Enter' });
    await again;
  });
});
