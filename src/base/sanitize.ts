/** Keys that would let merged options reach Object.prototype. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** ECharts' HTML-injection points: dropped from options typed into a CMS attribute. */
export const HTML_INJECTION_KEYS = new Set(['formatter', 'extraCssText', 'link', 'sublink', 'appendTo', 'renderMode']);

/**
 * A deep copy of `value` without prototype keys and, for untrusted input, without the
 * keys ECharts turns into markup. Functions survive only from trusted input.
 */
export function sanitizeOptions(value: unknown, trusted: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => sanitizeOptions(item, trusted));
  if (typeof value === 'function') return trusted ? value : undefined;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key) || (!trusted && HTML_INJECTION_KEYS.has(key))) continue;
    const child = sanitizeOptions((value as Record<string, unknown>)[key], trusted);
    if (child !== undefined) out[key] = child;
  }
  return out;
}

/**
 * ECharts (zrender) empties the element it draws in with `innerHTML = ''` (the canvas renderer
 * on init, both renderers on dispose, the SVG renderer on clear). Under Trusted Types
 * (`require-trusted-types-for 'script'`) a string reaching `innerHTML` is a violation, even an
 * empty one, and an enforcing page throws. This gives `el` its own `innerHTML` setter that
 * empties it with `replaceChildren()` for `''` and `null`, and leaves any other value to the
 * platform (which still checks it). Only elements we create are guarded; nothing global changes.
 */
export function clearWithoutHtml(el: Element): void {
  // Read at call time: importing this module touches no DOM (server rendering).
  const platform = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  if (!platform?.set || !platform.get || Object.hasOwn(el, 'innerHTML')) return;
  const { get, set } = platform;
  Object.defineProperty(el, 'innerHTML', {
    configurable: true,
    enumerable: false,
    get(this: Element) {
      return get.call(this) as string;
    },
    set(this: Element, value: unknown) {
      if (value === '' || value === null) this.replaceChildren();
      else set.call(this, value);
    },
  });
}

/**
 * `init()` (ECharts' `init` on `box`) with no `innerHTML` string: guards `box` before ECharts
 * empties it, and the SVG root ECharts creates (its `clear()`, run by `dispose()`, sets
 * `innerHTML = null`).
 */
export function initWithoutHtml<T extends { getZr(): { painter: unknown } }>(box: HTMLElement, init: () => T): T {
  clearWithoutHtml(box);
  const chart = init();
  const svg = (chart.getZr().painter as { getSvgDom?: () => Element | undefined }).getSvgDom?.();
  if (svg) clearWithoutHtml(svg);
  return chart;
}
