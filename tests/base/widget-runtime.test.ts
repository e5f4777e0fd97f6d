/**
 * Each controller undoes what it starts: a widget connected and disconnected many times
 * leaves no listener, observer, timer or ECharts instance behind.
 */
import { expect } from '@esm-bundle/chai';
import type { EChartsType } from '../../src/echarts-registry.js';
import { mount, nextEvent, quarterly, unmountAll } from '../helpers.js';
import { pause } from '../wait.js';

type Restore = () => void;

/** Counts what is set up and not yet torn down, by patching the platform's own methods. */
function track() {
  const restores: Restore[] = [];
  const patch = <T extends object, K extends keyof T>(target: T, key: K, wrap: (original: T[K]) => T[K]) => {
    const original = target[key];
    target[key] = wrap(original);
    restores.push(() => (target[key] = original));
  };
  // Listeners on window and on media queries (the page's, not the figure's own elements).
  const listeners = new Set<string>();
  const keyOf = (target: EventTarget, type: string, listener: unknown) => `${target === window ? 'window' : target.constructor.name}:${type}:${String(ids.get(listener) ?? ids.set(listener, ids.size).get(listener))}`;
  const ids = new Map<unknown, number>();
  const watched = (target: EventTarget) => target === window || target instanceof MediaQueryList;
  patch(EventTarget.prototype, 'addEventListener', (original) =>
    function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      if (watched(this) && listener) listeners.add(keyOf(this, type, listener));
      return (original as (...args: unknown[]) => void).call(this, type, listener, options);
    } as EventTarget['addEventListener'],
  );
  patch(EventTarget.prototype, 'removeEventListener', (original) =>
    function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      if (watched(this) && listener) listeners.delete(keyOf(this, type, listener));
      return (original as (...args: unknown[]) => void).call(this, type, listener, options);
    } as EventTarget['removeEventListener'],
  );
  // Mutation observers observing, and elements under the shared resize and intersection observers.
  const mutationObservers = new Set<MutationObserver>();
  patch(MutationObserver.prototype, 'observe', (original) =>
    function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
      mutationObservers.add(this);
      return original.apply(this, args);
    },
  );
  patch(MutationObserver.prototype, 'disconnect', (original) =>
    function (this: MutationObserver) {
      mutationObservers.delete(this);
      return original.apply(this);
    },
  );
  const observed = new Set<Element>();
  for (const Observer of [ResizeObserver, IntersectionObserver]) {
    patch(Observer.prototype, 'observe', (original) =>
      function (this: ResizeObserver, target: Element, ...rest: unknown[]) {
        observed.add(target);
        return (original as (...args: unknown[]) => void).call(this, target, ...rest);
      },
    );
    patch(Observer.prototype, 'unobserve', (original) =>
      function (this: ResizeObserver, target: Element) {
        observed.delete(target);
        return (original as (...args: unknown[]) => void).call(this, target);
      },
    );
  }
  // Animation frames asked for and not yet run or cancelled.
  const frames = new Set<number>();
  patch(window, 'requestAnimationFrame', (original) => (callback) => {
    const id: number = original.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  });
  patch(window, 'cancelAnimationFrame', (original) => (id) => {
    frames.delete(id);
    original.call(window, id);
  });
  return { listeners, mutationObservers, observed, frames, restore: () => restores.reverse().forEach((restore) => restore()) };
}

describe('widget runtime: teardown', () => {
  afterEach(unmountAll);

  it('leaves no listener, observer, frame or ECharts instance behind after 12 connects and disconnects', async () => {
    const tracked = track();
    try {
      const el = mount(`<deficit-trend theme="auto" group="g" data='${JSON.stringify(quarterly)}'></deficit-trend>`);
      const parent = el.parentElement!;
      const charts: EChartsType[] = [];
      for (let round = 0; round < 12; round++) {
        const ready = nextEvent<{ chart: EChartsType }>(el, 'chart-ready');
        if (round > 0) parent.append(el);
        charts.push((await ready).detail.chart);
        // A resize in flight at removal: its frame must be cancelled too.
        el.style.width = `${500 + round}px`;
        el.remove();
      }
      await pause(50);
      expect(charts.every((chart) => chart.isDisposed()), 'every ECharts instance disposed').to.equal(true);
      expect([...tracked.listeners], 'window and media-query listeners').to.deep.equal([]);
      expect(tracked.mutationObservers.size, 'mutation observers still observing').to.equal(0);
      const ours = [...tracked.observed].filter((target) => target === el || el.shadowRoot!.contains(target));
      expect(ours.length, 'elements still observed for size or visibility').to.equal(0);
      expect(tracked.frames.size, 'animation frames pending').to.equal(0);
    } finally {
      tracked.restore();
    }
  });
});
