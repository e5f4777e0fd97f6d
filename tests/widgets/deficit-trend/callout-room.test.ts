/**
 * The callouts find room without stretching the axis: drawn, no text of the chart lies on a
 * bar or on a point of the balance, at phone and desktop widths, over datasets of many shapes.
 */
import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import { mount, nextEvent, settled, unmountAll } from '../../helpers.js';
import { chartTextBoxes, type TextBox } from '../../layout/text-boxes.js';
import { DATASETS } from '../../layout/datasets.js';

type Json = Record<string, unknown>;
type Layout = { x: number; y: number; width: number; height: number } | [number, number] | undefined;
interface SeriesData { count(): number; getItemLayout(i: number): Layout; getLayout(key: 'points'): ArrayLike<number> | undefined }
interface Scene { getModel(): { getSeriesByIndex(i: number): { getData(): SeriesData } } }

const seed = (await (await fetch('/data/knowledge-services-trade.json')).json()) as Json;
const cases: [string, Json][] = [['the story', seed], ...Object.entries(DATASETS)];

/** The balance's bars (or points, as 8 px squares), in page px. */
function marks(el: HTMLElement): TextBox[] {
  const box = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
  const origin = box.getBoundingClientRect();
  const data = (getInstanceByDom(box) as unknown as Scene).getModel().getSeriesByIndex(0).getData();
  const found: TextBox[] = [];
  // A line's points are one flat array, x and y by turns (NaN at a gap).
  const points = data.getLayout('points');
  for (let i = 0; i < data.count(); i++) {
    const layout = points ? ([points[2 * i]!, points[2 * i + 1]!] as [number, number]) : data.getItemLayout(i);
    if (!layout) continue;
    const [x, y, w, h] = Array.isArray(layout) ? [layout[0] - 4, layout[1] - 4, 8, 8] : [Math.min(layout.x, layout.x + layout.width), Math.min(layout.y, layout.y + layout.height), Math.abs(layout.width), Math.abs(layout.height)];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    found.push({ text: `mark ${i}`, left: origin.left + x, top: origin.top + y, right: origin.left + x + w, bottom: origin.top + y + h });
  }
  return found;
}

/**
 * Resolves once ECharts has finished drawing, animations included: `chart-ready` comes as the
 * bars start growing from zero, and a label rides its bar's end until then.
 */
function animated(el: HTMLElement): Promise<void> {
  const chart = getInstanceByDom(el.shadowRoot!.querySelector<HTMLElement>('.chart')!) as unknown as { on(type: string, fn: () => void): void; off(type: string, fn: () => void): void };
  return new Promise((resolve) => {
    const done = () => {
      chart.off('finished', done);
      clearTimeout(timer);
      resolve();
    };
    // Already still (no animation): no `finished` comes.
    const timer = setTimeout(done, 2500);
    chart.on('finished', done);
  });
}

const on = (a: TextBox, b: TextBox) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

describe('<deficit-trend> callouts: room found in the plot or over it, never on a bar or a point', () => {
  afterEach(unmountAll);

  for (const type of ['bar', 'line']) {
    for (const width of [320, 375, 1280]) {
      it(`${type}s at ${width} px`, async () => {
        for (const [name, data] of cases) {
          const el = mount<HTMLElement>(`<deficit-trend eager ${type === 'line' ? 'type="line"' : ''}></deficit-trend>`, width);
          (el as unknown as { data: Json }).data = data;
          await nextEvent(el, 'chart-ready', 30000);
          await settled(el);
          await animated(el);
          const texts = chartTextBoxes(el);
          const bars = marks(el);
          expect(bars.length, `${name}: marks drawn`).to.be.greaterThan(2);
          const hits = texts.flatMap((t) => bars.filter((b) => on(t, b)).map((b) => `"${t.text}" on ${b.text}`));
          expect(hits.join('; '), `${name} at ${width}px`).to.equal('');
          unmountAll();
        }
      });
    }
  }
});
