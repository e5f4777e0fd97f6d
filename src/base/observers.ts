/**
 * One IntersectionObserver and one ResizeObserver shared by every widget on the page:
 * an article with 30 charts should not run 60 observers.
 */
type SizeCallback = (width: number, height: number) => void;

// Several callers may wait for one element (the entry's ECharts preload and the figure's idle
// wait both watch the host): each keeps its callback.
const nearCallbacks = new Map<Element, Set<() => void>>();
const sizeCallbacks = new Map<Element, SizeCallback>();

// Both observers are made when this module is evaluated, not on a widget's first call: a
// callback created inside that call (the minifier inlines these functions into the
// controller's methods) would share the first widget's scope and keep that widget, its
// chart and its data alive after removal, for as long as the page lives.
const intersection = typeof IntersectionObserver === 'function'
  ? new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const callbacks = nearCallbacks.get(entry.target);
          nearCallbacks.delete(entry.target);
          intersection!.unobserve(entry.target);
          callbacks?.forEach((callback) => callback());
        }
      },
      // Generous: the chart is drawn before the reader gets there.
      { rootMargin: '100% 0px 100% 0px' },
    )
  : undefined;

const resize = typeof ResizeObserver === 'function'
  ? new ResizeObserver((entries) => {
      for (const entry of entries) {
        const box = entry.contentBoxSize?.[0];
        const width = box ? box.inlineSize : entry.contentRect.width;
        const height = box ? box.blockSize : entry.contentRect.height;
        sizeCallbacks.get(entry.target)?.(Math.round(width), Math.round(height));
      }
    })
  : undefined;

/** Calls `onNear` once, when `element` comes within a viewport's height of being seen. */
export function observeNearViewport(element: Element, onNear: () => void): void {
  const callbacks = nearCallbacks.get(element) ?? new Set();
  callbacks.add(onNear);
  nearCallbacks.set(element, callbacks);
  intersection?.observe(element);
}

/** Stops waiting for `element` to near the viewport: for `onNear` only, or for every caller. */
export function unobserveNear(element: Element, onNear?: () => void): void {
  const callbacks = nearCallbacks.get(element);
  if (!callbacks) return;
  if (onNear) callbacks.delete(onNear);
  if (onNear && callbacks.size) return;
  nearCallbacks.delete(element);
  intersection?.unobserve(element);
}

/** Reports `element`'s content-box size on every change. */
export function observeSize(element: Element, onSize: SizeCallback): void {
  sizeCallbacks.set(element, onSize);
  resize?.observe(element);
}

/** Stops both observations of `element`. */
export function unobserve(element: Element): void {
  unobserveNear(element);
  if (sizeCallbacks.delete(element)) resize?.unobserve(element);
}
