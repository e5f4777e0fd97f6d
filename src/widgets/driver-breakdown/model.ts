import type { DriverItem, DriversSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { pickText } from '../../data/text.js';
import { amount } from '../common.js';

/** A category or sub-item as drawn, in the shown currency. */
export interface DriverRow {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly previous: number | null;
  readonly change: number | null;
  /** 0 for a category, 1 for an "of which" sub-item. */
  readonly depth: 0 | 1;
}

function row(item: DriverItem, depth: 0 | 1, settings: Settings): DriverRow {
  const value = amount(item.value, settings.currency);
  const previous = amount(item.previousValue, settings.currency);
  return {
    id: item.id,
    label: pickText(item.label, settings.lang),
    value,
    previous,
    change: value !== null && previous !== null ? value - previous : null,
    depth,
  };
}

/** Categories in the `sort` order, each followed by its sub-items (never summed). */
export function driverRows(section: DriversSection, settings: Settings): DriverRow[] {
  const sort = settings.variant['sort'] ?? 'value';
  const categories = section.items.map((item) => ({ item, row: row(item, 0, settings) }));
  const key = (r: DriverRow) => (sort === 'change' ? r.change : r.value);
  if (sort !== 'data') {
    // Most negative first (the largest deficit or the change that widened it most); gaps last.
    categories.sort((a, b) => (key(a.row) ?? Infinity) - (key(b.row) ?? Infinity));
  }
  return categories.flatMap(({ item, row: parent }) => [parent, ...item.children.map((child) => row(child, 1, settings))]);
}

/** A step of the bridge from the previous total to the current one. */
export interface BridgeStep {
  readonly id: string;
  readonly label: string;
  readonly kind: 'total' | 'change' | 'residual';
  /** Where the step starts and ends on the value axis. */
  readonly from: number;
  readonly to: number;
}

/**
 * Previous total → one step per category change → current total. The totals are the
 * published ones when given; what the categories do not explain (rounding, categories
 * without a previous value) is its own labelled step, never hidden. Sub-items are not steps.
 */
export function bridgeSteps(section: DriversSection, settings: Settings, labels: { previousTotal: string; total: string; residual: string }): BridgeStep[] {
  const rows = section.items.map((item) => row(item, 0, settings));
  const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);
  const start = amount(section.previousTotal, settings.currency) ?? sum(rows.map((r) => r.previous));
  const end = amount(section.total, settings.currency) ?? sum(rows.map((r) => r.value));
  const steps: BridgeStep[] = [{ id: 'previous-total', label: labels.previousTotal, kind: 'total', from: 0, to: start }];
  let level = start;
  for (const r of rows) {
    if (r.change === null) continue;
    steps.push({ id: r.id, label: r.label, kind: 'change', from: level, to: level + r.change });
    level += r.change;
  }
  const residual = end - level;
  // Float noise is not a residual; anything a reader could see at three digits is.
  if (Math.abs(residual) > Math.abs(end) * 1e-9) steps.push({ id: 'residual', label: labels.residual, kind: 'residual', from: level, to: end });
  steps.push({ id: 'total', label: labels.total, kind: 'total', from: 0, to: end });
  return steps;
}
