/**
 * Issue 11, strict CSP: every demo page under `script-src 'self'; object-src 'none';
 * base-uri 'self'` with Trusted Types reported (`require-trusted-types-for 'script'`, report-only),
 * served by tests/server/csp-routes.mjs at /csp/demo/<page>.html. Readers scroll, switch
 * language and theme, export, and widgets leave the page: no violation, enforced or reported.
 * Needs the CDN build (`npx rollup -c`).
 */
import { expect } from '@esm-bundle/chai';
import { sleep, until } from './support.js';
import { TAGS } from '../../src/widgets/manifest.js';

type Frame = Window & typeof globalThis & { cspViolations: string[] };

async function openPage(path: string): Promise<HTMLIFrameElement> {
  const response = await fetch(path, { method: 'HEAD' });
  if (response.status === 404 || !response.headers.get('content-security-policy')) {
    throw new Error(`${path} is not served with a CSP: wire cspRoutes (tests/server/csp-routes.mjs) into web-test-runner.config.mjs middleware`);
  }
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:700px;border:0';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

const widgetsOf = (frame: HTMLIFrameElement) =>
  [...frame.contentDocument!.querySelectorAll<HTMLElement>(TAGS.join(', '))];
const violations = (frame: HTMLIFrameElement) => (frame.contentWindow as Frame).cspViolations;

/** Scrolls every widget into view and waits until it leaves `loading` (or stays there, when `slow`). */
async function readThrough(frame: HTMLIFrameElement, slow: (el: HTMLElement) => boolean = () => false): Promise<void> {
  for (const el of widgetsOf(frame)) {
    el.scrollIntoView();
    if (slow(el)) continue;
    await until(() => el.getAttribute('state') !== 'loading', () => `${el.localName}[src=${el.getAttribute('src')}] to leave loading (${violations(frame).join('; ')})`, 15000);
  }
}

/** Clicks the PNG and SVG export buttons of a drawn widget, without a download dialog. */
async function exportImages(frame: HTMLIFrameElement, el: HTMLElement): Promise<void> {
  const win = frame.contentWindow as Frame;
  const clicked: string[] = [];
  win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  };
  const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')];
  for (const button of buttons.slice(1)) button.click(); // "Get the data", PNG, SVG
  await until(() => clicked.length >= 3, () => `three downloads (${clicked.join()})`);
}

describe('demo pages under a strict CSP with Trusted Types reported', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('index.html: reading, switching language and theme, exporting, removing widgets', async () => {
    frame = await openPage('/csp/demo/index.html');
    const doc = frame.contentDocument!;
    await readThrough(frame);
    expect(widgetsOf(frame).map((el) => el.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready']);
    const choose = doc.getElementById('choose-lang') as HTMLSelectElement;
    choose.value = 'ar';
    choose.dispatchEvent(new Event('change'));
    doc.getElementById('toggle-theme')!.click();
    await sleep(300);
    await until(() => widgetsOf(frame!).every((el) => el.getAttribute('state') === 'ready'), 'redrawn');
    await exportImages(frame, widgetsOf(frame)[0]!);
    // Disposing the charts (a widget leaves the page) clears their boxes.
    for (const el of widgetsOf(frame)) el.remove();
    await sleep(100);
    expect(violations(frame)).to.deep.equal([]);
  });

  it('index.html with the policy names the README recommends (trusted-types lit-html)', async () => {
    frame = await openPage('/csp/demo/index.html?names=1');
    await readThrough(frame);
    await exportImages(frame, widgetsOf(frame)[1]!);
    for (const el of widgetsOf(frame)) el.setAttribute('renderer', 'canvas');
    await sleep(300);
    await until(() => widgetsOf(frame!).every((el) => el.getAttribute('state') === 'ready'), 'redrawn on canvas');
    for (const el of widgetsOf(frame)) el.remove();
    expect(violations(frame)).to.deep.equal([]);
  });

  it('gallery.html: every input path and every state', async () => {
    frame = await openPage('/csp/demo/gallery.html');
    await readThrough(frame, (el) => /slow\.json/.test(el.getAttribute('src') ?? ''));
    const states = widgetsOf(frame).map((el) => el.getAttribute('state'));
    expect(states.filter((state) => state === 'ready').length, states.join()).to.be.greaterThan(4);
    expect(states).to.include('error');
    expect(states).to.include('empty');
    expect(violations(frame)).to.deep.equal([]);
  });

  it('embed.html', async () => {
    frame = await openPage('/csp/demo/embed.html');
    await readThrough(frame);
    expect(widgetsOf(frame).every((el) => el.getAttribute('state') === 'ready')).to.equal(true);
    expect(violations(frame)).to.deep.equal([]);
  });
});
