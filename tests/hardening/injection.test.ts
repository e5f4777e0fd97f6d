/**
 * Issue 11, injection: a corpus of markup, URL, entity and ECharts-template payloads in every
 * text field the widgets show, in both renderers, with tooltips opened by pointer and by
 * keyboard. Nothing runs, nothing becomes an element, and the text is shown as written.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { ChartElement } from '../../src/base/chart-element.js';
import { mount, unmountAll, untilState } from '../helpers.js';
import { PAYLOADS, dangerousIn, figureText, hostileDataset, shownByECharts, sleep, watchErrors, watchMutations } from './support.js';

type Widget = ChartElement<unknown> & HTMLElement;

/** The widgets of one page: every section, the segmented regions, and the heading attribute. */
function mountAll(payload: string, renderer: 'svg' | 'canvas'): Widget[] {
  const data = hostileDataset(payload);
  const widgets: Widget[] = [];
  const specs: [string, Record<string, string>][] = [
    ['deficit-trend', {}],
    ['deficit-trend', { type: 'line', heading: `heading ${payload}` }],
    ['driver-breakdown', {}],
    ['driver-breakdown', { view: 'change' }],
    ['region-split', {}],
    ['region-split', { section: 'segmented' }],
  ];
  for (const [tag, attrs] of specs) {
    const el = mount<Widget>(`<${tag}></${tag}>`);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.setAttribute('renderer', renderer);
    el.toggleAttribute('eager', true);
    // Attribute values are set with setAttribute: the test itself never parses the payload as markup.
    el.setAttribute('data', JSON.stringify(data));
    widgets.push(el);
  }
  return widgets;
}

/** Steps the keyboard through every item, collecting the tooltip each one shows. */
async function showEveryTip(el: Widget): Promise<string[]> {
  const region = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
  const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
  const shown: string[] = [];
  for (let step = 0; step < 40; step++) {
    region.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    const text = tip.hidden ? '' : (tip.textContent ?? '');
    if (shown.includes(text)) break; // back at the first item
    shown.push(text);
  }
  region.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  await sleep(30);
  return shown;
}

beforeEach(() => {
  delete window.__pwned;
});

for (const renderer of ['svg', 'canvas'] as const) {
  describe(`injection through every text field (${renderer})`, () => {
    afterEach(async () => {
      await resetMouse().catch(() => undefined);
      unmountAll();
    });

    PAYLOADS.forEach((payload, index) => {
      it(`payload #${index} is shown as text and never runs: ${payload.slice(0, 40)}`, async () => {
        const errors = watchErrors();
        const tips: string[][] = [];
        const mutations = watchMutations([document.body]);
        const widgets = mountAll(payload, renderer);
        const shadowWatch = watchMutations(widgets.map((el) => el.shadowRoot!));
        try {
          await Promise.all(widgets.map((el) => untilState(el, 'ready')));
          for (const el of widgets) tips.push(await showEveryTip(el));

          // Keyboard: focus the chart region and step through the items.
          const keyed = widgets[0]!;
          keyed.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
          await sendKeys({ press: 'ArrowRight' });
          await sendKeys({ press: 'ArrowRight' });
          await sendKeys({ press: 'End' });
          for (const el of widgets.slice(1)) {
            const region = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
            for (let i = 0; i < 3; i++) region.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
          }
          // A real pointer over the middle of each chart.
          for (const el of widgets) {
            el.scrollIntoView({ block: 'center' });
            const box = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
            await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
            await sleep(30);
          }
          await sleep(150); // an <img onerror> would fire by now
        } finally {
          mutations.stop();
          shadowWatch.stop();
          errors.stop();
        }

        expect(window.__pwned, 'a payload executed').to.equal(undefined);
        expect(errors.errors, 'uncaught errors').to.deep.equal([]);
        expect(mutations.found, 'elements created in the document').to.deep.equal([]);
        expect(shadowWatch.found, 'elements created in shadow roots').to.deep.equal([]);
        for (const el of widgets) expect(dangerousIn(el.shadowRoot!), `${el.localName} shadow root`).to.deep.equal([]);

        // Shown as text, literally.
        const [trend, trendHeading, drivers, bridge, regions, segmented] = widgets.map(figureText) as string[];
        const has = (text: string, field: string, where: string) =>
          expect(text, `${field} in ${where}`).to.contain(`${field} ${payload}`.replace(/\s+/g, ' '));
        has(trend!, 'title', 'trend figure');
        has(trend!, 'description', 'trend figure');
        has(trend!, 'notes', 'trend footer');
        has(trend!, 'source', 'trend footer');
        has(trend!, 'series-a', 'trend table');
        has(trend!, 'series-b', 'trend table');
        has(trendHeading!, 'heading', 'heading attribute');
        has(drivers!, 'category', 'drivers table');
        has(drivers!, 'child', 'drivers table');
        has(drivers!, 'category-2', 'drivers table');
        has(bridge!, 'category', 'bridge table');
        has(regions!, 'region', 'regions table');
        has(regions!, 'derived-region', 'regions table');
        has(regions!, 'derived-note', 'regions key');
        has(segmented!, 'segment-1', 'segments table');
        has(segmented!, 'segment-2', 'segments table');
        has(segmented!, 'seg-note', 'segments key');

        // Tooltips are text, written as the data has it (not through ECharts: no templates).
        const asWritten = (field: string) => `${field} ${payload}`;
        expect(tips[0]!.join('\n'), 'trend tooltips').to.contain(asWritten('series-b'));
        expect(tips[2]!.join('\n'), 'drivers tooltips').to.contain(asWritten('category'));
        expect(tips[4]!.join('\n'), 'regions tooltips').to.contain(asWritten('region'));
        for (const list of tips) expect(list.filter(Boolean).length, 'every widget showed tooltips').to.be.above(0);

        // javascript: and other non-http URLs are dropped; an http URL stays http.
        for (const el of widgets) {
          for (const a of el.shadowRoot!.querySelectorAll('a')) expect(new URL(a.href).protocol).to.match(/^https?:$/);
        }

        if (renderer === 'svg') {
          // ECharts draws data text as SVG text: the annotation and labels show literally (braces as look-alikes).
          const svgText = (widgets[0]!.shadowRoot!.querySelector('.chart svg')?.textContent ?? '').replace(/\s+/g, ' ');
          expect(svgText, 'annotation in the chart').to.contain(shownByECharts('annotation'));
          const regionSvg = widgets[4]!.shadowRoot!.querySelector('.chart svg')?.textContent ?? '';
          expect(regionSvg).to.contain('region');
        }
      });
    });

    it('a source URL with markup in it stays an escaped https link', async () => {
      const payload = PAYLOADS[0]!;
      const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
      el.setAttribute('renderer', renderer);
      el.data = hostileDataset(payload, `https://example.com/"><img src=x onerror="window.__pwned=1">?q=<script>`);
      await untilState(el, 'ready');
      const link = el.shadowRoot!.querySelector('a')!;
      expect(new URL(link.href).protocol).to.equal('https:');
      expect(link.textContent).to.equal(`source ${payload}`);
      expect(dangerousIn(el.shadowRoot!)).to.deep.equal([]);
      for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/x', 'java\tscript:alert(1)']) {
        el.data = hostileDataset('x', url);
        await untilState(el, 'ready');
        await el.updateComplete;
        for (const a of el.shadowRoot!.querySelectorAll('a')) expect(new URL(a.href).protocol, url).to.match(/^https?:$/);
      }
    });
  });
}

describe('injection through the other input paths', () => {
  afterEach(unmountAll);

  it('a <table> child with markup-looking cells reads them as text and leaves the table untouched', async () => {
    const payload = PAYLOADS[0]!;
    const el = mount<Widget>('<region-split eager scale="1e8"></region-split>');
    const table = document.createElement('table');
    const row = (cells: string[], tag = 'td') => {
      const tr = table.insertRow();
      for (const text of cells) {
        const cell = document.createElement(tag);
        cell.textContent = text; // text, never markup
        tr.append(cell);
      }
    };
    row(['H1 2025', `Balance ${payload}`], 'th');
    for (const p of PAYLOADS) row([`region ${p}`, '-1.5']);
    const before = table.outerHTML;
    const mutations = watchMutations([document.body]);
    el.append(table);
    await untilState(el, 'ready');
    await sleep(100);
    mutations.stop();
    expect(table.outerHTML, 'table untouched').to.equal(before);
    expect(window.__pwned).to.equal(undefined);
    expect(mutations.found.filter((found) => !found.includes('<table'))).to.deep.equal([]);
    const text = figureText(el);
    for (const p of PAYLOADS) expect(text).to.contain(`region ${p}`.replace(/\s+/g, ' '));
  });

  it('CSV cells from src are text', async () => {
    const rows = [['period', 'balance "quoted" <b>x</b>'], ...['2024', '2025'].map((p, i) => [p, String(-i - 1)])];
    const csv = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
    const el = mount<Widget>(`<deficit-trend eager></deficit-trend>`);
    el.setAttribute('src', `/fault/csv?body=${encodeURIComponent(csv)}&n=${Math.random()}`);
    await untilState(el, 'ready');
    expect(figureText(el)).to.contain('balance "quoted" <b>x</b>');
    expect(dangerousIn(el.shadowRoot!)).to.deep.equal([]);
  });

  it('a JSON <script> child with "</script>" inside its strings is text', async () => {
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    const script = document.createElement('script');
    script.type = 'application/json';
    // "<\/script>" in JSON is the escaped form a CMS writes; it reads back as "</script>".
    script.textContent = JSON.stringify({ periods: ['2024', '2025'], series: [{ id: 'b', label: '</script><img src=x onerror=window.__pwned=1>', values: [-1, -2] }] }).replace(/\//g, '\\/');
    el.append(script);
    await untilState(el, 'ready');
    expect(figureText(el)).to.contain('</script><img src=x onerror=window.__pwned=1>');
    expect(dangerousIn(el.shadowRoot!)).to.deep.equal([]);
    await sleep(100);
    expect(window.__pwned).to.equal(undefined);
  });

  it('the error message shows a hostile value as text', async () => {
    const payload = PAYLOADS[0]!;
    const el = mount<Widget>('<deficit-trend eager debug></deficit-trend>');
    el.setAttribute('data', JSON.stringify({ periods: ['2024'], series: [{ id: 'b', values: [payload] }] }));
    await untilState(el, 'error');
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('<img src=x');
    expect(dangerousIn(el.shadowRoot!)).to.deep.equal([]);
  });
});
