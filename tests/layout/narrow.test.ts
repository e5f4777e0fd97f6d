/**
 * The layout rules, at phone and desktop widths, checked on what the browser drew: every
 * text the chart shows is whole (no ellipsis), inside the chart and clear of every other
 * text, and the value axis ends at most one tick step beyond the data.
 */
import { expect } from '@esm-bundle/chai';
import { getInstanceByDom } from 'echarts/core';
import { mount, nextEvent, settled, unmountAll } from '../helpers.js';
import { chartTextBoxes, cut, describeBoxes, outside, overlaps } from './text-boxes.js';
import { DATASETS } from './datasets.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const seed: Json = await (await fetch('/data/knowledge-services-trade.json')).json();
const WIDTHS = [320, 375, 1280];

interface Case {
  readonly tag: 'deficit-trend' | 'driver-breakdown' | 'region-split';
  readonly attrs?: string;
}
const WIDGETS: Case[] = [
  { tag: 'deficit-trend' },
  { tag: 'deficit-trend', attrs: 'type="line"' },
  { tag: 'driver-breakdown' },
  { tag: 'driver-breakdown', attrs: 'view="change"' },
  { tag: 'region-split' },
];

/** The amounts a widget's data spans (with zero, where bars start), in currency units. */
function dataExtent(c: Case, data: Json): [number, number] {
  const [currency, { scale }] = Object.entries(data['meta'].currencies as Record<string, { scale: number }>)[0]!;
  void currency;
  const n = (v: unknown) => (typeof v === 'number' ? v * scale : null);
  const known = (list: unknown[]) => list.map(n).filter((v): v is number => v !== null);
  const values: number[] = [0];
  if (c.tag === 'deficit-trend') values.push(...known(data['trend'].series.flatMap((s: Json) => s['values'])));
  if (c.tag === 'region-split') {
    const items = known(data['regions'].items.map((i: Json) => i['value']));
    values.push(...items);
    const total = n(data['regions'].total);
    if (total !== null) values.push(total - items.reduce((a, b) => a + b, 0));
  }
  if (c.tag === 'driver-breakdown') {
    const d = data['drivers'];
    const items = d.items as Json[];
    const now = known(items.map((i) => i['value']));
    const before = known(items.map((i) => i['previousValue']));
    if (c.attrs?.includes('change')) {
      let level = n(d.previousTotal) ?? before.reduce((a, b) => a + b, 0);
      values.push(level);
      // The bridge takes the categories in the balance view's order: by value, the most negative first.
      const byValue = items.map((item, index) => ({ item, index })).sort((x, y) => (x.item['value'] ?? Infinity) - (y.item['value'] ?? Infinity) || x.index - y.index);
      for (const { item: i } of byValue) {
        if (typeof i['value'] === 'number' && typeof i['previousValue'] === 'number') values.push((level += (i['value'] - i['previousValue']) * scale));
      }
      values.push(n(d.total) ?? now.reduce((a, b) => a + b, 0));
    } else {
      values.push(...now, ...before, ...known(items.flatMap((i) => (i['children'] ?? []).flatMap((ch: Json) => [ch['value'], ch['previousValue']]))));
      const total = n(d.total);
      const previousTotal = n(d.previousTotal);
      if (total !== null) values.push(total - now.reduce((a, b) => a + b, 0));
      if (previousTotal !== null) values.push(previousTotal - before.reduce((a, b) => a + b, 0));
    }
  }
  return [Math.min(...values), Math.max(...values)];
}

type ValueAxis = { scale: { getExtent(): [number, number]; getTicks(): { value: number }[] } };

async function drawn(c: Case, data: Json, width: number, extra = ''): Promise<HTMLElement> {
  const el = mount<HTMLElement>(`<${c.tag} eager ${c.attrs ?? ''} ${extra}></${c.tag}>`, width);
  // Measured where the labels end up: no animation (at chart-ready the bars would still be growing).
  (el as unknown as { options: Json }).options = { animation: false };
  (el as unknown as { data: Json }).data = data;
  await nextEvent(el, 'chart-ready', 30000);
  await settled(el);
  return el;
}

function check(el: HTMLElement, c: Case, data: Json, what: string): void {
  const boxes = chartTextBoxes(el);
  expect(boxes.length, `${what}: texts drawn`).to.be.greaterThan(2);
  expect(describeBoxes(cut(boxes)), `${what}: cut with an ellipsis`).to.equal('');
  expect(describeBoxes(overlaps(boxes)), `${what}: texts overlapping`).to.equal('');
  const frame = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
  expect(describeBoxes(outside(boxes, frame)), `${what}: texts outside the chart`).to.equal('');
  const chart = getInstanceByDom(el.shadowRoot!.querySelector<HTMLElement>('.chart')!) as unknown as { getModel(): { getComponent(type: string, i: number): { axis: ValueAxis } } };
  const axis = chart.getModel().getComponent(c.tag === 'deficit-trend' ? 'yAxis' : 'xAxis', 0).axis.scale;
  const [min, max] = axis.getExtent();
  const ticks = axis.getTicks().map((t) => t.value);
  // The step between two inner ticks (an end that is not a tick makes a shorter first or last one).
  const step = ticks.length > 2 ? ticks[2]! - ticks[1]! : ticks[1]! - ticks[0]!;
  const [low, high] = dataExtent(c, data);
  const slack = step * 1e-6;
  expect(low - min, `${what}: axis from ${min} for data from ${low} (tick ${step})`).to.be.at.most(step + slack);
  expect(max - high, `${what}: axis to ${max} for data to ${high} (tick ${step})`).to.be.at.most(step + slack);
}

const name = (c: Case) => `<${c.tag}${c.attrs ? ` ${c.attrs}` : ''}>`;

describe('layout: whole labels, no collisions, tight axes', () => {
  afterEach(unmountAll);

  for (const c of WIDGETS) {
    for (const width of WIDTHS) {
      it(`${name(c)} at ${width} px, the shipped story, English, Korean and Arabic`, async () => {
        for (const lang of ['en', 'ko', 'ar']) {
          const el = await drawn(c, seed, width, `lang="${lang}"`);
          check(el, c, seed, `${lang} ${width}px`);
          unmountAll();
        }
      });
      it(`${name(c)} at ${width} px, five datasets of other shapes`, async () => {
        for (const [key, data] of Object.entries(DATASETS)) {
          const el = await drawn(c, data, width, key === 'many' ? 'theme="dark"' : '');
          check(el, c, data, `${key} ${width}px`);
          unmountAll();
        }
      });
    }
    it(`${name(c)} in Arabic and German at 320 and 1280 px`, async () => {
      for (const lang of ['ar', 'de']) {
        for (const width of [320, 1280]) {
          const el = await drawn(c, DATASETS.longLabels, width, `lang="${lang}" theme="dark"`);
          check(el, c, DATASETS.longLabels, `${lang} ${width}px`);
          unmountAll();
        }
      }
    });
  }
});
