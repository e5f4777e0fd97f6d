/**
 * The built CDN files in a page of their own (an iframe), as a news site uses them:
 * one script, a strict CSP, widgets below the fold. Needs `npm run build` first.
 */
import { expect } from '@esm-bundle/chai';
import { until } from '../wait.js';
import { TAGS } from '../../src/widgets/manifest.js';

type Frame = Window & { cspViolations: string[] };

function openPage(query: string, height = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:900px;height:${height}px;border:0`;
  frame.src = `/tests/fixtures/cdn.html${query}`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

const widgets = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll(TAGS.join(', '))];
const states = (frame: HTMLIFrameElement) => widgets(frame).map((el) => el.getAttribute('state'));
const echartsLoaded = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').some((entry) => /chunks\/echarts-/.test(entry.name));

describe('CDN build', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const [name, query] of [['entry with chunks', ''], ['single-file bundle', '?bundle=1']] as const) {
    it(`draws the three tags under script-src 'self' with no violation (${name})`, async () => {
      frame = await openPage(query);
      // A reader scrolls through the article; each widget draws as it nears the viewport.
      for (const [index, widget] of widgets(frame).entries()) {
        widget.scrollIntoView();
        await until(() => states(frame!)[index] === 'ready', () => `${widget.localName} #${index} ready (${states(frame!).join()}; ${(frame!.contentWindow as Frame).cspViolations})`, 15000);
      }
      expect(widgets(frame).every((el) => el.shadowRoot!.querySelector('.chart svg'))).to.equal(true);
      expect((frame.contentWindow as Frame).cspViolations).to.deep.equal([]);
    });
  }

  it('starts loading ECharts for a widget in view beside its data, not after it', async () => {
    frame = await openPage('?slowdata=1');
    const resources = () => frame!.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    await until(() => echartsLoaded(frame!), 'the ECharts chunk', 7000);
    // A resource timing entry is written when the response has ended: the data has not.
    expect(resources().filter((name) => name.includes('/fault/slow.json')), 'data already loaded').to.deep.equal([]);
    expect(states(frame)).to.deep.equal(['loading', 'loading', 'loading', 'loading']);
  });

  it('loads no ECharts code until the reader scrolls near a widget', async () => {
    frame = await openPage('?far=1');
    await until(() => widgets(frame!).every((el) => el.shadowRoot?.querySelector('[part="summary"]')?.textContent), 'summaries', 15000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(echartsLoaded(frame), 'ECharts chunk requested before scrolling').to.equal(false);
    expect(states(frame)).to.deep.equal(['loading', 'loading', 'loading', 'loading']);
    frame.contentWindow!.scrollTo(0, 5800);
    await until(() => states(frame!)[0] === 'ready', 'first widget drawn after scrolling', 15000);
    expect(echartsLoaded(frame)).to.equal(true);
  });
});
