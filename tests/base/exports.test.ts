import { expect } from '@esm-bundle/chai';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import type { RegionSplit } from '../../src/widgets/region-split/element.js';
import { mount, quarterly, settled, unmountAll, until, untilState } from '../helpers.js';

/** Captures what the widget downloads: the anchor's file name and its URL (blob or data). */
function captureDownloads() {
  const downloads: { name: string; href: string }[] = [];
  const blobs = new Map<string, Blob>();
  const click = HTMLAnchorElement.prototype.click;
  const createObjectURL = URL.createObjectURL;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  return {
    downloads,
    blobs,
    restore() {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    },
  };
}

function button(el: Element, label: RegExp): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`not an image: ${src.slice(0, 40)}`));
    image.src = src;
  });
}

describe('exports', () => {
  let capture: ReturnType<typeof captureDownloads>;
  beforeEach(() => (capture = captureDownloads()));
  afterEach(() => {
    capture.restore();
    unmountAll();
  });

  it('"Get the data" downloads the drawn numbers as CSV with the reader\'s headers, named after dataset and period', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager lang="ko" data='${JSON.stringify(quarterly)}'></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    button(el, /데이터 받기/).click();
    await until(() => capture.downloads.length === 1, 'the CSV download', 5000);
    const [download] = capture.downloads;
    expect(download!.name).to.equal('서비스-수지-2024Q1-2025Q1.csv');
    const text = await capture.blobs.get(download!.href)!.text();
    const lines = text.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).to.match(/^기간,수지/);
    expect(lines[1]).to.match(/^2024Q1,-120000000\b/);
    expect(lines[2]).to.match(/^2024Q2,(,|$)/);
  });

  for (const renderer of ['svg', 'canvas'] as const) {
    it(`downloads PNG and SVG that open as images (${renderer} renderer)`, async () => {
      const el = mount<RegionSplit>(`<region-split eager renderer="${renderer}" data='${JSON.stringify(quarterly)}'></region-split>`);
      await untilState(el, 'ready');
      await settled(el);
      button(el, /PNG/).click();
      button(el, /SVG/).click();
      await until(() => capture.downloads.length === 2, 'the PNG and SVG downloads', 5000);
      const png = capture.downloads.find((d) => d.name.endsWith('.png'))!;
      const svg = capture.downloads.find((d) => d.name.endsWith('.svg'))!;
      expect(png.name).to.equal('services-balance-2025Q1.png');
      expect(png.href).to.match(/^data:image\/png;base64,/);
      expect(svg.href).to.match(/^data:image\/svg\+xml/);
      const pngImage = await loadImage(png.href);
      expect(pngImage.naturalWidth).to.equal(2 * el.chart!.getWidth());
      const svgImage = await loadImage(svg.href);
      expect(svgImage.naturalWidth).to.be.greaterThan(0);
    });
  }
});
