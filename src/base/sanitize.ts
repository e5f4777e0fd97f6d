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
