/** Marks our element classes so that two copies of the bundle recognise each other. */
export const LIBRARY_BRAND = Symbol.for('trade-balance-charts.element');

const warned = new Set<string>();

/**
 * Registers `tag` unless it is taken. A second copy of this library (the bundle included
 * twice) is a silent no-op; a tag held by another library is reported once.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  if (existing === element || LIBRARY_BRAND in existing) return;
  if (!warned.has(tag)) {
    warned.add(tag);
    console.warn(`trade-balance-charts: <${tag}> is already defined by another library; this copy does not redefine it.`);
  }
}
