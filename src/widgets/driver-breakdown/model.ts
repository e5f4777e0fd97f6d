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
  /** `value − previous`; `null` when either is missing. */
  readonly change: number | null;
  /** 0 for a category, 1 for an "of which" sub-item. */
  readonly depth: 0 | 1;
  /** The category an "of which" item belongs to. */
  readonly parentId?: string;
}

/** How the categories are ordered: `value` (default), `change` or `data` (as in the dataset). */
export type DriverSort = 'value' | 'change' | 'data';

/** The `sort` variant, unknown values read as the default. */
export function sortOf(settings: Settings): DriverSort {
  const sort = settings.variant['sort'];
  return sort === 'change' || sort === 'data' ? sort : 'value';
}

function row(item: DriverItem, depth: 0 | 1, settings: Settings, parentId?: string): DriverRow {
  const value = amount(item.value, settings.currency);
  const previous = amount(item.previousValue, settings.currency);
  return {
    id: item.id,
    label: pickText(item.label, settings.lang),
    value,
    previous,
    change: value !== null && previous !== null ? value - previous : null,
    depth,
    ...(parentId === undefined ? {} : { parentId }),
  };
}

/**
 * Sorts by `value` or `change`, most negative first (the largest deficit, or the change
 * that widened a deficit most); gaps last; ties and `data` keep the dataset's order.
 */
function ordered<T>(list: readonly T[], rowOf: (entry: T) => DriverRow, sort: DriverSort): T[] {
  if (sort === 'data') return [...list];
  const key = (r: DriverRow) => (sort === 'change' ? r.change : r.value);
  return list
    .map((entry, index) => ({ entry, index, key: key(rowOf(entry)) }))
    .sort((a, b) => (a.key ?? Infinity) - (b.key ?? Infinity) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Categories in the `sort` order, each followed by its sub-items (sorted alike, never summed). */
export function driverRows(section: DriversSection, settings: Settings): DriverRow[] {
  const sort = sortOf(settings);
  const categories = section.items.map((item) => ({ item, row: row(item, 0, settings) }));
  return ordered(categories, (c) => c.row, sort).flatMap(({ item, row: parent }) => [
    parent,
    ...ordered(
      item.children.map((child) => row(child, 1, settings, parent.id)),
      (r) => r,
      sort,
    ),
  ]);
}

/** A step of the bridge from the previous total to the current one. */
export interface BridgeStep {
  readonly id: string;
  readonly label: string;
  /** `start` and `end` are the totals, drawn from zero; `change` is a category's change. */
  readonly kind: 'start' | 'change' | 'residual' | 'end';
  /** Where the step starts and ends on the value axis. */
  readonly from: number;
  readonly to: number;
}

/** The bridge and what a reader needs to trust it. */
export interface Bridge {
  readonly steps: readonly BridgeStep[];
  /** The previous and current totals: the published ones when given, else the sums of the categories. */
  readonly start: number;
  readonly end: number;
  /** Whether `start` / `end` are the published totals. */
  readonly publishedStart: boolean;
  readonly publishedEnd: boolean;
  /** The sums of the categories that have a value (previous, current). */
  readonly categorySums: { readonly previous: number; readonly current: number };
  /** Categories with no change (a missing value): their part is in the residual. */
  readonly missing: readonly DriverRow[];
  /** What the category changes do not explain: `end − start − Σ changes` (0 when none). */
  readonly residual: number;
}

/** Labels of the bridge's own steps. */
export interface BridgeLabels {
  readonly start: string;
  readonly end: string;
  /** The residual when every category has a change: rounding in the published figures. */
  readonly rounding: string;
  /** The residual when some categories have no change. */
  readonly missing: (labels: readonly string[]) => string;
}

/**
 * Previous total → one step per category change → current total, categories in the
 * same order as the balance view. The totals are the published ones when given; what
 * the categories do not explain (rounding, categories without a previous or current
 * value) is its own labelled step, never hidden. Sub-items are never steps.
 */
export function driverBridge(section: DriversSection, settings: Settings, labels: BridgeLabels): Bridge {
  const rows = driverRows(section, settings).filter((r) => r.depth === 0);
  const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);
  const categorySums = { previous: sum(rows.map((r) => r.previous)), current: sum(rows.map((r) => r.value)) };
  const publishedStart = amount(section.previousTotal, settings.currency);
  const publishedEnd = amount(section.total, settings.currency);
  const start = publishedStart ?? categorySums.previous;
  const end = publishedEnd ?? categorySums.current;
  const steps: BridgeStep[] = [{ id: 'previous-total', label: labels.start, kind: 'start', from: 0, to: start }];
  let level = start;
  let moved = 0;
  for (const r of rows) {
    if (r.change === null) continue;
    steps.push({ id: r.id, label: r.label, kind: 'change', from: level, to: level + r.change });
    level += r.change;
    moved += Math.abs(r.change);
  }
  const missing = rows.filter((r) => r.change === null && (r.value !== null || r.previous !== null));
  let residual = end - level;
  // Float noise is not a residual; anything a reader could see at three digits is.
  if (Math.abs(residual) <= Math.max(Math.abs(start), Math.abs(end), moved) * 1e-9) residual = 0;
  if (residual !== 0) {
    const label = missing.length ? labels.missing(missing.map((r) => r.label)) : labels.rounding;
    steps.push({ id: 'residual', label, kind: 'residual', from: level, to: end });
  }
  steps.push({ id: 'total', label: labels.end, kind: 'end', from: 0, to: end });
  return { steps, start, end, publishedStart: publishedStart !== null, publishedEnd: publishedEnd !== null, categorySums, missing, residual };
}
