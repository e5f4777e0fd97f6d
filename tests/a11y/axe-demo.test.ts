/**
 * axe-core over the demo pages, loaded in an iframe as a reader gets them (the BUILT CDN
 * bundle, dist/cdn: run `npx rollup -c` first), light and dark, English and Korean, with the
 * tables hidden and shown. axe goes inside each widget's open shadow root by itself.
 * axe is added as a <script src> (no eval: the page may run under a strict CSP).
 */
import { expect } from '@esm-bundle/chai';
import { pause, until } from './a11y-helpers.js';
import { TAGS } from '../../src/widgets/manifest.js';

interface AxeRule {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
interface AxeResult {
  violations: AxeRule[];
  passes: AxeRule[];
}
type AxeWindow = Window & { axe?: { run(context: unknown, options: unknown): Promise<AxeResult> } };

const ANY_WIDGET = TAGS.join(', ');

async function loadFrame(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Scrolls each widget into view and waits until it settles (the gallery's never-answering server excepted). */
async function drawAll(doc: Document): Promise<string[]> {
  await until(() => doc.defaultView && (doc.defaultView as Window).customElements.get('region-split'), 'the bundle to define the tags');
  const states: string[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>(ANY_WIDGET)) {
    el.scrollIntoView({ block: 'center' });
    const slow = (el.getAttribute('src') ?? '').includes('slow.json');
    if (!slow) await until(() => ['ready', 'empty', 'error'].includes(el.getAttribute('state') ?? ''), `${el.localName} to settle`, 15000);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    states.push(`${el.localName}:${el.getAttribute('state')}`);
  }
  doc.defaultView!.scrollTo(0, 0);
  await pause(100);
  return states;
}

/** axe's violations as readable lines, and how many checked nodes were inside shadow roots. */
async function runAxe(frame: HTMLIFrameElement): Promise<{ violations: string[]; inShadow: number }> {
  const win = frame.contentWindow as AxeWindow;
  const doc = frame.contentDocument!;
  if (!win.axe) {
    const script = doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(doc, {});
  const violations = result.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(node.target)}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  );
  // A target inside a shadow root is a path: [host selector, selector in the shadow root].
  const inShadow = result.passes.flatMap((rule) => rule.nodes).filter((node) => Array.isArray(node.target[0])).length;
  return { violations, inShadow };
}

/** Clicks "Show table" (or "표 보기") in every widget's shadow root. */
async function showTables(doc: Document): Promise<number> {
  let shown = 0;
  for (const el of doc.querySelectorAll<HTMLElement>(ANY_WIDGET)) {
    const button = el.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-controls="data-table"]');
    if (!button) continue;
    button.click();
    shown++;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  return shown;
}

const pages = [
  { page: 'index', lang: 'en', theme: 'light' },
  { page: 'index', lang: 'ko', theme: 'light' },
  { page: 'index', lang: 'en', theme: 'dark' },
  { page: 'index', lang: 'ko', theme: 'dark' },
  { page: 'gallery', lang: 'en', theme: 'light' },
  { page: 'gallery', lang: 'ko', theme: 'light' },
  { page: 'gallery', lang: 'en', theme: 'dark' },
  { page: 'gallery', lang: 'ko', theme: 'dark' },
] as const;

describe('axe-core over the demo pages (built bundle)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  for (const { page, lang, theme } of pages) {
    it(`${page}.html, ${lang}, ${theme}: no violations with tables hidden and shown`, async function () {
      this.timeout(120000);
      frame = await loadFrame(`/demo/${page}.html?lang=${lang}&theme=${theme}`);
      const doc = frame.contentDocument!;
      if (page === 'gallery') {
        // The gallery has no switches: do what the article's demo.js does.
        doc.documentElement.lang = lang;
        doc.documentElement.classList.toggle('dark', theme === 'dark');
        for (const el of doc.querySelectorAll(ANY_WIDGET)) el.setAttribute('theme', theme);
      }
      expect(doc.documentElement.lang).to.equal(lang);
      const states = await drawAll(doc);
      expect(states.filter((s) => s.endsWith(':ready')).length, states.join(' ')).to.be.at.least(page === 'index' ? 5 : 4);
      const first = doc.querySelector<HTMLElement>(ANY_WIDGET)!;
      const heading = first.shadowRoot!.querySelector('figcaption')!.textContent!;
      if (lang === 'ko') expect(heading, 'Korean heading').to.match(/[가-힣]/);

      const hidden = await runAxe(frame);
      expect(hidden.inShadow, 'axe checked nodes inside the shadow roots').to.be.greaterThan(50);
      expect(hidden.violations, `tables hidden:\n${hidden.violations.join('\n')}`).to.deep.equal([]);
      expect(await showTables(doc)).to.be.at.least(4);
      await pause(50);
      const shown = await runAxe(frame);
      expect(shown.violations, `tables shown:\n${shown.violations.join('\n')}`).to.deep.equal([]);
      expect(shown.inShadow).to.be.greaterThan(hidden.inShadow);
    });
  }
});
