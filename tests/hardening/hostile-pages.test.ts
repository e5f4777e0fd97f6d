/**
 * Issue 11, hostile pages and the real web's faults: aggressive global CSS, the bundle
 * included twice, a widget in a hidden tab, widgets moved, removed mid-fetch and re-added.
 * The fixture pages use the CDN build (`npx rollup -c`).
 */
import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import type { ChartElement } from '../../src/base/chart-element.js';
import { mount, nextEvent, quarterly, unmountAll, untilState } from '../helpers.js';
import { instanceOn, sleep, until, watchErrors } from './support.js';
import { TAGS } from '../../src/widgets/manifest.js';

type Widget = ChartElement<unknown> & HTMLElement;
type FixtureWindow = Window & typeof globalThis & { pageErrors: string[]; pageWarnings: string[]; cspViolations?: string[] };

async function openFixture(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:900px;border:0';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

const widgetsIn = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll<HTMLElement>(TAGS.join(', '))];

describe('hostile pages', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('aggressive global CSS does not break the chart or its text', async () => {
    frame = await openFixture('/tests/fixtures/hostile-css.html');
    const win = frame.contentWindow as FixtureWindow;
    await until(() => widgetsIn(frame!).every((el) => el.getAttribute('state') === 'ready'), () => `ready: ${widgetsIn(frame!).map((el) => el.getAttribute('state')).join()} ${win.pageErrors.join('; ')}`, 15000);
    for (const el of widgetsIn(frame)) {
      const root = el.shadowRoot!;
      const box = root.querySelector<HTMLElement>('.chart')!;
      expect(box.clientWidth, `${el.localName} chart width`).to.be.greaterThan(200);
      expect(box.clientHeight, `${el.localName} chart height`).to.be.at.least(200);
      expect(root.querySelector('.chart svg, .chart canvas'), `${el.localName} drawn`).to.not.equal(null);
      const figure = win.getComputedStyle(root.querySelector('figure')!);
      expect(figure.display).to.not.equal('none');
      expect(parseFloat(figure.fontSize), 'font size clamped').to.be.at.most(20);
      expect(figure.writingMode).to.equal('horizontal-tb');
      expect(figure.textTransform).to.equal('none');
      expect(figure.letterSpacing).to.equal('normal');
      expect(figure.color).to.not.equal('rgb(255, 0, 255)');
      const summary = win.getComputedStyle(root.querySelector('[part="summary"]')!);
      expect(parseFloat(summary.lineHeight) / parseFloat(summary.fontSize), 'line height').to.be.below(2);
      expect(summary.display).to.equal('block');
      // The chart's own size follows its box, not the page's font (the page's own copy of ECharts).
      const chart = (el as Widget).chart;
      expect(chart?.getWidth()).to.equal(box.clientWidth);
      expect(chart?.getHeight()).to.equal(box.clientHeight);
    }
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('two copies of the bundle (and the entry a third time) coexist: no error, every widget draws', async () => {
    frame = await openFixture('/tests/fixtures/hostile-two-bundles.html');
    const win = frame.contentWindow as FixtureWindow;
    await until(() => widgetsIn(frame!).every((el) => el.getAttribute('state') === 'ready'), () => `ready: ${widgetsIn(frame!).map((el) => el.getAttribute('state')).join()} ${win.pageErrors.join('; ')}`, 15000);
    expect(widgetsIn(frame).every((el) => el.shadowRoot!.querySelector('.chart svg'))).to.equal(true);
    // A widget added after both copies ran also works.
    const late = frame.contentDocument!.createElement('deficit-trend');
    late.setAttribute('eager', '');
    late.setAttribute('src', '/data/ip-trade-balance.json');
    frame.contentDocument!.body.append(late);
    await until(() => late.getAttribute('state') === 'ready', 'late widget ready');
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.pageWarnings.filter((w) => !/Lit is in dev mode|Multiple versions of Lit/.test(w))).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
  });
});

describe('the real web: hidden, moved, removed mid-fetch, re-added', () => {
  afterEach(unmountAll);

  it('a widget in a hidden tab draws at its real size when the tab is shown', async () => {
    const tab = mount<HTMLElement>('<section hidden><deficit-trend eager></deficit-trend></section>');
    const el = tab.querySelector<Widget>('deficit-trend')!;
    el.data = quarterly;
    await sleep(400);
    expect(el.state, 'no size, no draw').to.equal('loading');
    expect(instanceOn(el)).to.equal(undefined);
    const ready = nextEvent(el, 'chart-ready');
    tab.hidden = false;
    await ready;
    const box = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(el.chart!.getWidth()).to.equal(box.clientWidth);
    expect(el.chart!.getHeight()).to.equal(box.clientHeight);
    expect(box.clientWidth).to.be.greaterThan(500);
  });

  it('a drawn widget hidden (display: none) and shown again keeps its size right', async () => {
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    el.data = quarterly;
    await untilState(el, 'ready');
    el.parentElement!.style.display = 'none';
    await sleep(100);
    el.parentElement!.style.width = '500px';
    el.parentElement!.style.display = '';
    await until(() => el.chart?.getWidth() === el.shadowRoot!.querySelector<HTMLElement>('.chart')!.clientWidth, 'resized after being shown');
  });

  it('moved to another container: draws again and leaves one instance', async () => {
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    el.data = quarterly;
    await untilState(el, 'ready');
    const other = mount<HTMLElement>('<aside></aside>', 500);
    const again = nextEvent(el, 'chart-ready');
    other.append(el); // disconnect + connect in one step
    await again;
    const box = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(getInstanceByDom(box)).to.equal(el.chart);
    expect(box.querySelectorAll(':scope > div').length, 'one ECharts root in the box').to.equal(1);
  });

  it('removed mid-fetch: no instance, no error, no late state change; re-added: draws', async () => {
    const errors = watchErrors();
    const src = `/fault/ok?delay=1500&n=${Math.random()}`;
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    el.setAttribute('src', src);
    const box = () => el.shadowRoot!.querySelector<HTMLElement>('.chart');
    let events = 0;
    el.addEventListener('chart-ready', () => events++);
    el.addEventListener('chart-error', () => events++);
    await sleep(200);
    const parent = el.parentElement!;
    el.remove();
    await sleep(1800); // the response arrives while the widget is away
    expect(events, 'no event while detached').to.equal(0);
    expect(box() ? getInstanceByDom(box()!) : undefined).to.equal(undefined);
    expect(el.state).to.not.equal('error');
    parent.append(el);
    await untilState(el, 'ready');
    expect(getInstanceByDom(box()!)).to.equal(el.chart);
    el.remove();
    expect(getInstanceByDom(box()!), 'disposed on removal').to.equal(undefined);
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
  });

  it('removed and re-added many times in a row: one live instance at the end', async () => {
    const el = mount<Widget>('<region-split eager></region-split>');
    el.data = quarterly;
    const parent = el.parentElement!;
    const errors = watchErrors();
    for (let i = 0; i < 30; i++) {
      el.remove();
      parent.append(el);
      if (i % 7 === 0) await sleep(0);
    }
    await untilState(el, 'ready');
    await sleep(200);
    errors.stop();
    const box = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(getInstanceByDom(box)).to.equal(el.chart);
    expect(box.querySelectorAll(':scope > div').length).to.equal(1);
    expect(errors.errors).to.deep.equal([]);
  });
});

describe('churn', () => {
  afterEach(unmountAll);

  it('src changed 50 times in quick succession ends showing the last one', async () => {
    const errors = watchErrors();
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    const run = Math.random();
    for (let i = 0; i < 50; i++) {
      const body = JSON.stringify({ periods: ['2024', '2025'], series: [{ id: 's', label: `Series ${i}`, values: [-1, -i - 1] }] });
      // Earlier requests answer later than later ones: a stale response must never win.
      el.setAttribute('src', `/fault/ok?delay=${(50 - i) * 8}&run=${run}&i=${i}&body=${encodeURIComponent(body)}`);
      if (i % 5 === 0) await sleep(1);
    }
    await untilState(el, 'ready');
    await sleep(600); // every earlier response has arrived by now
    await el.updateComplete;
    const text = el.shadowRoot!.querySelector('table')!.textContent!;
    expect(text).to.contain('Series 49');
    expect(text).to.not.match(/Series (?:[0-9]|[1-3][0-9]|4[0-8])\b/);
    expect(el.state).to.equal('ready');
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
  });

  it('attributes toggled rapidly in a loop never throw', async () => {
    const errors = watchErrors();
    const trend = mount<Widget>('<deficit-trend eager></deficit-trend>');
    const drivers = mount<Widget>('<driver-breakdown eager></driver-breakdown>');
    const regions = mount<Widget>('<region-split eager></region-split>');
    const all = [trend, drivers, regions];
    for (const el of all) el.setAttribute('data', JSON.stringify(quarterly));
    await Promise.all(all.map((el) => untilState(el, 'ready')));
    const values: Record<string, string[]> = {
      theme: ['light', 'dark', 'auto', 'bogus'],
      lang: ['en', 'ko', 'ko-KR', 'fr', ''],
      currency: ['USD', 'KRW', 'EUR', ''],
      highlight: ['2025Q1', 'a', 'n', '', '__proto__'],
      renderer: ['svg', 'canvas', 'svg', 'webgl'],
      type: ['bar', 'line', 'x'],
      view: ['balance', 'change', 'x'],
      sort: ['value', 'data', 'change', 'x'],
      options: ['{"grid":{"left":30}}', '{bad', '', '{"tooltip":{"formatter":"<b>x</b>"}}', '{"__proto__":{"polluted":1}}'],
      data: [JSON.stringify(quarterly), '{"periods":[]}', '{bad json', JSON.stringify({ ...quarterly, trend: { ...quarterly.trend, series: [] } })],
    };
    const names = Object.keys(values);
    for (let step = 0; step < 400; step++) {
      const el = all[step % 3]!;
      const name = names[(step * 7) % names.length]!;
      const list = values[name]!;
      const value = list[(step * 13) % list.length]!;
      if (value === '' && step % 2) el.removeAttribute(name);
      else el.setAttribute(name, value);
      if (step % 25 === 0) await sleep(5);
      if (step % 40 === 0) el.options = step % 80 ? { grid: { top: 30 } } : undefined;
    }
    for (const el of all) {
      el.setAttribute('data', JSON.stringify(quarterly));
      el.setAttribute('renderer', 'svg');
      el.removeAttribute('options');
      el.options = undefined;
    }
    await Promise.all(all.map((el) => untilState(el, 'ready')));
    await sleep(300);
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    for (const el of all) expect(instanceOn(el)).to.equal(el.chart);
  });
});
