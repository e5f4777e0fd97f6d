/** Shared helpers for the browser tests. */
import '../src/index.js';
import { ChartElement, widgetRuntime } from '../src/base/chart-element.js';
import type { ChartState } from '../src/base/contracts.js';

export { until } from './wait.js';

type Widget = ChartElement<unknown> & HTMLElement;

const mounted: HTMLElement[] = [];

/** Puts `markup` in the document (in a 640 px wide container) and returns its first element. */
export function mount<T extends HTMLElement = Widget>(markup: string, width = 640): T {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.innerHTML = markup;
  document.body.append(host);
  mounted.push(host);
  return host.firstElementChild as T;
}

/** Removes everything `mount` added (call in afterEach). */
export function unmountAll(): void {
  for (const host of mounted.splice(0)) host.remove();
}

/** Resolves when `el` reaches `state` (or already is in it). */
export function untilState(el: Element, state: ChartState, timeout = 10000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (el.getAttribute('state') === state) return resolve();
    const observer = new MutationObserver(() => {
      if (el.getAttribute('state') === state) {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      const runtime = el instanceof ChartElement ? widgetRuntime(el) : undefined;
      reject(new Error(`${el.localName} stayed "${el.getAttribute('state')}", expected "${state}" (${runtime?.diagnostics ?? 'no runtime'})`));
    }, timeout);
    observer.observe(el, { attributes: true, attributeFilter: ['state'] });
  });
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string, timeout = 10000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    target.addEventListener(type, (event) => { clearTimeout(timer); resolve(event as CustomEvent<T>); }, { once: true });
  });
}

/**
 * Walks a drawn widget's items from the keyboard: `count` times `key` then Enter on its chart
 * region, and returns the ids `chart-select` reported, in order.
 */
export async function idsByKeyboard(el: Element, key: string, count: number): Promise<string[]> {
  const region = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
  region.focus();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    region.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    const selected = nextEvent<{ id: string }>(el, 'chart-select');
    region.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    ids.push((await selected).detail.id);
  }
  return ids;
}

/** Text of a part in the widget's shadow root (whitespace collapsed). */
export function partText(el: Element, part: string): string {
  const node = el.shadowRoot?.querySelector(`[part~="${part}"]`);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Waits for Lit to finish pending renders. Not with requestAnimationFrame: test pages run
 * two at a time, and a background tab gets no animation frames in Firefox.
 */
export async function settled(el: Element): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** A small dataset of the v1 shape that is not the shipped one: quarters, a gap, two currencies. */
export const quarterly = {
  meta: {
    title: { en: 'Services balance', ko: '서비스 수지' },
    currencies: { USD: { scale: 1e6 }, KRW: { scale: 1e9 } },
  },
  trend: {
    periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1'],
    series: [{ id: 'balance', label: { en: 'Balance', ko: '수지' }, values: [{ USD: -120, KRW: -160 }, null, { USD: -80, KRW: -110 }, { USD: 40, KRW: 55 }, { USD: -150, KRW: -210 }] }],
    provisional: ['2025Q1'],
  },
  drivers: {
    period: '2025Q1', previous: '2024Q4',
    items: [
      { id: 'a', label: 'Alpha', value: -90, previousValue: -50, children: [{ id: 'a1', label: 'Alpha one', value: -30, previousValue: -20 }] },
      { id: 'b', label: 'Beta', value: 20, previousValue: 60 },
      { id: 'c', label: 'Gamma', value: -80, previousValue: 30 },
    ],
  },
  regions: {
    period: '2025Q1', total: -150,
    items: [
      { id: 'n', label: 'North', value: 60 },
      { id: 's', label: 'South', value: -140 },
      { id: 'e', label: 'East', value: 10 },
      { id: 'w', label: 'West', value: -50 },
      { id: 'x', label: 'Elsewhere', value: -30, derived: true, note: 'total minus the rest' },
    ],
  },
};

/** What an ECharts instance drew, read from its zrender scene (the renderer's own shapes). */
interface Drawn {
  type: string;
  z: number;
  shape: Record<string, unknown>;
  style: { text?: string; x?: number; y?: number };
  transformCoordToGlobal(x: number, y: number): number[];
  getBoundingRect(): { x: number; y: number; width: number; height: number };
}
type Scene = { getZr(): { storage: { getDisplayList(update?: boolean): Drawn[] } }; getModel(): { getComponent(type: string, index: number): { coordinateSystem: { getRect(): { x: number; y: number; width: number; height: number } } } } };

/** The plot's rectangle in px. */
export function gridRect(chart: unknown): { x: number; y: number; width: number; height: number } {
  return (chart as Scene).getModel().getComponent('grid', 0).coordinateSystem.getRect();
}

/** Every straight line drawn (axis lines, split lines), in chart px, with its z. */
export function drawnLines(chart: unknown): { x1: number; y1: number; x2: number; y2: number; z: number }[] {
  return (chart as Scene)
    .getZr()
    .storage.getDisplayList(true)
    .filter((el) => el.type === 'line')
    .map((el) => {
      const s = el.shape as { x1: number; y1: number; x2: number; y2: number };
      const [x1, y1] = el.transformCoordToGlobal(s.x1, s.y1) as [number, number];
      const [x2, y2] = el.transformCoordToGlobal(s.x2, s.y2) as [number, number];
      return { x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2), z: el.z };
    });
}

/** Every element of a zrender type drawn ('ec-polygon' for line areas, 'tspan' for text). */
export function drawnOfType(chart: unknown, type: string): Drawn[] {
  return (chart as Scene).getZr().storage.getDisplayList(true).filter((el) => el.type === type);
}

/** Every piece of text drawn (a line of a label), where it starts, in chart px. */
export function drawnTexts(chart: unknown): { text: string; x: number; y: number }[] {
  return drawnOfType(chart, 'tspan').map((el) => {
    const [x, y] = el.transformCoordToGlobal(el.style.x ?? 0, el.style.y ?? 0) as [number, number];
    return { text: el.style.text ?? '', x, y };
  });
}
