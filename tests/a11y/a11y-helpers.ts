/** Helpers shared by the accessibility tests (tests/a11y). */
import { executeServerCommand } from '@web/test-runner-commands';
import type { ChartItem } from '../../src/base/contracts.js';
import { ChartElement, widgetRuntime } from '../../src/base/chart-element.js';

export const isChromium = /Chrome\//.test(navigator.userAgent) && !/Firefox\//.test(navigator.userAgent);

/** A node of Chromium's accessibility tree, as tests/a11y/ax-tree-plugin.mjs returns it. */
export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly description?: string;
  readonly children?: readonly AxNode[];
}

/** Chromium's accessibility tree under the element `selector` names (`>>>` pierces shadow roots). */
export async function axTree(selector: string): Promise<AxNode> {
  const node = await executeServerCommand<AxNode, { selector: string }>('ax-tree', { selector });
  if (!node) throw new Error(`no accessibility node for ${selector}`);
  return node;
}

/** Every node of `tree` (depth first) that passes `test`. */
export function findAll(tree: AxNode, test: (node: AxNode) => boolean, found: AxNode[] = []): AxNode[] {
  if (test(tree)) found.push(tree);
  for (const child of tree.children ?? []) findAll(child, test, found);
  return found;
}

/** The keyboard items the widget's runtime holds (in reading order). */
export function itemsOf(el: Element): readonly ChartItem[] {
  return (el instanceof ChartElement ? widgetRuntime(el)?.items : undefined) ?? [];
}

/** The element focused inside `el`'s shadow root, if any. */
export function shadowFocus(el: Element): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}

export { pause, until } from '../wait.js';
