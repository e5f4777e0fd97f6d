import { expect } from '@esm-bundle/chai';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import type { RegionSplit } from '../../src/widgets/region-split/element.js';
import { trendView } from '../../src/widgets/deficit-trend/view.js';
import { mount, nextEvent, quarterly, settled, unmountAll, until, untilState } from '../helpers.js';

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

describe('linked widgets and highlight', () => {
  afterEach(unmountAll);

  it('a period stepped to in one widget highlights the same period in its group', async () => {
    const data = JSON.stringify(quarterly);
    const first = mount<DeficitTrend>(`<deficit-trend eager group="g" data='${data}'></deficit-trend>`);
    const second = mount<DeficitTrend>(`<deficit-trend eager group="g" type="line" data='${data}'></deficit-trend>`);
    const outsider = mount<DeficitTrend>(`<deficit-trend eager group="other" data='${data}'></deficit-trend>`);
    await Promise.all([first, second, outsider].map((el) => untilState(el, 'ready')));
    await settled(first);
    const actions = (el: DeficitTrend) => {
      const seen: Record<string, unknown>[] = [];
      const chart = el.chart!;
      const dispatch = chart.dispatchAction.bind(chart);
      chart.dispatchAction = (action: Record<string, unknown>) => {
        seen.push(action);
        dispatch(action as never);
      };
      return seen;
    };
    const secondActions = actions(second);
    const outsiderActions = actions(outsider);
    const region = first.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    region.focus();
    for (const key of ['Home', 'ArrowRight']) region.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    // The second item of `first` is 2024Q3 (2024Q2 is a gap): the same period is lit in `second`.
    const highlight = secondActions.filter((action) => action['type'] === 'highlight').at(-1);
    expect(highlight).to.deep.include({ seriesIndex: 0, dataIndex: 2 });
    expect(outsiderActions.filter((action) => action['type'] === 'highlight')).to.deep.equal([]);
  });

  it('highlight emphasises one period and changes with one chart-ready per step', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`);
    await untilState(el, 'ready');
    for (const step of ['2024Q3', '2025Q1']) {
      const ready = nextEvent(el, 'chart-ready');
      el.highlight = step;
      await ready;
      const option = el.chart!.getOption() as { series: { data: ({ itemStyle?: { opacity?: number } } | string)[] }[] };
      const opacities = option.series[0]!.data.map((item) => (typeof item === 'object' && item ? item.itemStyle?.opacity ?? 1 : null));
      const index = ['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1'].indexOf(step);
      const lit = opacities[index]!;
      for (const [i, opacity] of opacities.entries()) if (i !== index && opacity !== null) expect(opacity, `period ${i} dimmed`).to.be.below(lit);
    }
  });

  it('a highlight step redraws the chart only: the summary and table are not computed again', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${JSON.stringify(quarterly)}'></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    const describe = trendView.describe;
    let described = 0;
    trendView.describe = (...args) => (described++, describe(...args));
    try {
      for (const step of ['2024Q3', '2025Q1']) {
        const ready = nextEvent(el, 'chart-ready');
        el.highlight = step;
        await ready;
        await settled(el);
      }
      expect(described, 'describe() calls for two highlight steps').to.equal(0);
      el.currency = 'KRW';
      await nextEvent(el, 'chart-ready');
      expect(described, 'a currency change writes them again').to.be.above(0);
    } finally {
      trendView.describe = describe;
    }
  });
});
