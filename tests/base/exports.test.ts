import { expect } from '@esm-bundle/chai';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import type { RegionSplit } from '../../src/widgets/region-split/element.js';
import { mount, quarterly, settled, unmountAll, until, untilState } from '../helpers.js';
import { figureCsv } from '../../src/base/csv-export.js';
import { japanGoods } from './exports-fixtures.js';

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

/** Records what is written on any canvas (text, font, colour, width) while a PNG is made. */
function recordCanvasText() {
  const calls: { text: string; font: string; fill: string; y: number; width: number }[] = [];
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    calls.push({ text, font: this.font, fill: String(this.fillStyle), y, width: this.measureText(text).width });
    if (maxWidth === undefined) fillText.call(this, text, x, y);
    else fillText.call(this, text, x, y, maxWidth);
  };
  return { calls, restore: () => void (CanvasRenderingContext2D.prototype.fillText = fillText) };
}

/** Clicks "Download PNG" and returns what its canvas wrote, once the download is there. */
async function downloadPng(el: Element, capture: ReturnType<typeof captureDownloads>) {
  const drawn = recordCanvasText();
  try {
    button(el, /PNG/).click();
    await until(() => capture.downloads.length === 1, 'the PNG download', 5000);
  } finally {
    drawn.restore();
  }
  return drawn.calls;
}

type Rgb = readonly [number, number, number];
const hex = (colour: string): Rgb => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as unknown as Rgb;

/** How many pixels of rows [top, bottom) of the image are within 40 of `colour` on each channel. */
function pixelsNear(image: HTMLImageElement, top: number, bottom: number, colour: Rgb): number {
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, top, canvas.width, bottom - top);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - colour[0]) < 40 && Math.abs(data[i + 1]! - colour[1]) < 40 && Math.abs(data[i + 2]! - colour[2]) < 40) count++;
  }
  return count;
}

const THEMES = {
  light: { background: '#ffffff', text: '#1a1a1a', muted: '#595959' },
  dark: { background: '#16181c', text: '#eceff1', muted: '#a9b1b9' },
} as const;

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
    // In the unit its header names (억 달러), no longer raw dollars (-120000000).
    expect(lines[0]).to.equal('기간,수지(억 달러),잠정');
    expect(lines[1]).to.match(/^2024Q1,-1\.2\b/);
    expect(lines[2]).to.match(/^2024Q2,(,|$)/);
    expect(lines[5]).to.equal('2025Q1,-1.5,예');
  });

  it('"Get the data" writes money in the unit its header names, a provisional column, and formulas as text', async () => {
    const el = mount<DeficitTrend>(`<deficit-trend eager data='${JSON.stringify(japanGoods).replace(/'/g, '&#39;')}'></deficit-trend>`);
    await untilState(el, 'ready');
    await settled(el);
    button(el, /Get the data/).click();
    await until(() => capture.downloads.length === 1, 'the CSV download', 5000);
    const [download] = capture.downloads;
    expect(download!.name).to.equal('japan-s-goods-trade-balance-2023H1-2025H1.csv');
    const blob = capture.blobs.get(download!.href)!;
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark, for Excel').to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = (await blob.text()).replace(/^\ufeff/, '');
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.include('\n');
    expect(text.split('\r\n')).to.deep.equal([
      'Period,Balance (JPY trillions),Notes,Provisional',
      '2023H1,-3.1,,',
      '2023H2,-2.45,,',
      '2024H1,,,',
      // The formula is quoted and led by an apostrophe: a spreadsheet shows it, never runs it.
      `2024H2,-1.9,"'=HYPERLINK(""https://example.test"",""click"")",`,
      '2025H1,-3.05,"Energy imports fell, exports rose",yes',
      '',
    ]);
  });

  it('the CSV writes every amount in the table\'s one unit as a plain decimal, never in exponent form', () => {
    const table = {
      caption: 'Balance (EUR)',
      columns: ['Month', 'Balance'],
      rows: [],
      raw: [['2025-01', -2.5e12], ['2025-02', 5e3], ['2025-03', null], ['2025-04', 1.1e12 + 2.2e12]],
      moneyColumns: [false, true],
      provisionalRows: [false, false, false, true],
    };
    expect(figureCsv(table, 'EUR', 'en')).to.equal(
      'Month,Balance (EUR trillions),Provisional\r\n2025-01,-2.5,\r\n2025-02,0.000000005,\r\n2025-03,,\r\n2025-04,3.3,yes\r\n',
    );
    // Korean counts in myriads: the unit is 조 (10¹²), named as the axis names it.
    expect(figureCsv(table, 'EUR', 'ko').split('\r\n')[0]).to.equal('Month,Balance(조 유로),잠정');
  });

  it('"Get the data" of partners writes their values in the unit their header names', async () => {
    const el = mount<RegionSplit>(`<region-split eager data='${JSON.stringify(japanGoods).replace(/'/g, '&#39;')}'></region-split>`);
    await untilState(el, 'ready');
    await settled(el);
    button(el, /Get the data/).click();
    await until(() => capture.downloads.length === 1, 'the CSV download', 5000);
    const text = (await capture.blobs.get(capture.downloads[0]!.href)!.text()).replace(/^\ufeff/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).to.match(/^Region,Value \(JPY trillions\)(,|$)/);
    expect(lines.find((line) => line.startsWith('China,')), lines.join(' | ')).to.match(/^China,-2\.1(,|$)/);
    expect(lines.find((line) => line.startsWith('United States,')), lines.join(' | ')).to.match(/^United States,2\.9(,|$)/);
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

  for (const theme of ['light', 'dark'] as const) {
    it(`"Download PNG" frames the chart for publishing: heading, source and credit at 2×, in the ${theme} theme`, async () => {
      const colours = THEMES[theme];
      const el = mount<DeficitTrend>(`<deficit-trend eager theme="${theme}" style="--tbc-font-family: Georgia, serif" data='${JSON.stringify(japanGoods).replace(/'/g, '&#39;')}'></deficit-trend>`);
      await untilState(el, 'ready');
      await settled(el);
      const calls = await downloadPng(el, capture);
      const png = capture.downloads[0]!;
      expect(png.name).to.equal('japan-s-goods-trade-balance-2023H1-2025H1.png');
      const image = await loadImage(png.href);
      const chartWidth = el.chart!.getWidth();
      const chartHeight = el.chart!.getHeight();
      expect(image.naturalWidth).to.equal(2 * chartWidth);
      // The chart, and above and below it the heading and the footer: taller than the bare chart.
      expect(image.naturalHeight).to.be.greaterThan(2 * chartHeight + 2 * 40);
      const ours = calls.filter((call) => call.text === "Japan's goods trade balance" || call.text.startsWith('Source') || call.text.startsWith('Graphic'));
      expect(ours.map((call) => call.text)).to.deep.equal(["Japan's goods trade balance", 'Source: Ministry of Finance, Japan', 'Graphic: The Harbour Gazette']);
      expect(ours[0]!.font).to.match(/^(700|bold) 18px Georgia, serif$/);
      expect(ours[0]!.fill).to.equal(colours.text);
      expect(ours[1]!.fill).to.equal(colours.muted);
      expect(ours[2]!.y).to.be.greaterThan(ours[1]!.y);
      // The pixels: the theme's background at the corner, the heading's text in the top band
      // (24–60 px at 2×), the footer's at the bottom, and nothing but background between the top and the heading.
      const background = hex(colours.background);
      expect(pixelsNear(image, 0, 2, background)).to.equal(image.naturalWidth * 2);
      expect(pixelsNear(image, 24, 60, hex(colours.text)), 'heading pixels').to.be.greaterThan(100);
      const bottom = image.naturalHeight;
      expect(pixelsNear(image, bottom - 80, bottom - 20, hex(colours.muted)), 'footer pixels').to.be.greaterThan(50);
    });
  }

  it('"Download PNG" speaks the widget\'s language and wraps a long heading to the width, as text', async () => {
    const heading = 'Japan <b>goods</b> trade: the deficit narrowed for a year, then widened again as energy imports rose';
    const el = mount<DeficitTrend>(`<deficit-trend eager lang="ko" heading="${heading}" data='${JSON.stringify(japanGoods).replace(/'/g, '&#39;')}'></deficit-trend>`, 320);
    await untilState(el, 'ready');
    await settled(el);
    const calls = await downloadPng(el, capture);
    const texts = calls.map((call) => call.text);
    expect(texts).to.include('출처: 일본 재무성');
    expect(texts).to.include('그래픽: 하버 가제트');
    const lines = calls.filter((call) => /^(700|bold) 18px/.test(call.font));
    expect(lines.length, texts.join(' | ')).to.be.greaterThan(2);
    // Every word once, in order, the markup as plain characters; each line within the width less the margins.
    expect(lines.map((line) => line.text).join(' ')).to.equal(heading);
    for (const line of lines) expect(line.width).to.be.at.most(el.chart!.getWidth() - 24);
  });
});
