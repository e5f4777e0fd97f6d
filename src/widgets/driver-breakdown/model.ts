import type { DriverItem, DriversSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { pickText } from '../../data/text.js';
import { amount, difference, freeId, inSentenceOf, moneyAxisLabels, remainder } from '../common.js';
import { AXIS_LINE_HEIGHT, chartWidth, FONT_SIZE, isNarrow, LABEL_DISTANCE, niceStep, SMALL_FONT_SIZE, tickCount } from '../layout.js';
import { halfLabel, rowsLayout, type RowName, type RowsLayout } from '../rows.js';
import { textWidth } from '../text-measure.js';

/** A category or sub-item as drawn, in the shown currency. */
export interface DriverRow {
  readonly id: string;
  readonly label: string;
  /** The label as sentences write it (the data's `inSentence`, else the label). */
  readonly inSentence?: string;
  readonly value: number | null;
  readonly previous: number | null;
  /** `value − previous`; `null` when either is missing. */
  readonly change: number | null;
  /** 0 for a category, 1 for an "of which" sub-item. */
  readonly depth: 0 | 1;
  /** The category an "of which" item belongs to. */
  readonly parentId?: string;
  /** The derived "Other" row: the published total minus the categories listed (see {@link driverRows}). */
  readonly derived: boolean;
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
    ...inSentenceOf(item, settings.lang),
    value,
    previous,
    change: value !== null && previous !== null ? value - previous : null,
    depth,
    ...(parentId === undefined ? {} : { parentId }),
    derived: false,
  };
}

/**
 * The derived "Other" row, when the categories miss a published total by more than
 * rounding in either period (see `remainder` in common.ts): in each period the total
 * minus the categories, where both are known.
 */
function otherRow(section: DriversSection, settings: Settings, categories: readonly DriverRow[], label: string): DriverRow | null {
  const total = amount(section.total, settings.currency);
  const previousTotal = amount(section.previousTotal, settings.currency);
  const values = categories.map((r) => r.value);
  const previousValues = categories.map((r) => r.previous);
  if (remainder(total, values) === null && remainder(previousTotal, previousValues) === null) return null;
  const value = difference(total, values);
  const previous = difference(previousTotal, previousValues);
  const ids = section.items.flatMap((item) => [item.id, ...item.children.map((child) => child.id)]);
  return { id: freeId('other', ids), label, value, previous, change: value !== null && previous !== null ? value - previous : null, depth: 0, derived: true };
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

/**
 * Categories in the `sort` order, each followed by its sub-items (sorted alike, never
 * summed), then the derived "Other" row (`other`, labelled `otherLabel`) when the
 * categories do not add up to a published total.
 */
export function driverRows(section: DriversSection, settings: Settings, otherLabel: string): DriverRow[] {
  const sort = sortOf(settings);
  const categories = section.items.map((item) => ({ item, row: row(item, 0, settings) }));
  const other = otherRow(section, settings, categories.map((c) => c.row), otherLabel);
  const rows = ordered(categories, (c) => c.row, sort).flatMap(({ item, row: parent }) => [
    parent,
    ...ordered(
      item.children.map((child) => row(child, 1, settings, parent.id)),
      (r) => r,
      sort,
    ),
  ]);
  return other ? [...rows, other] : rows;
}

/** A step of the bridge from the previous total to the current one. */
export interface BridgeStep {
  readonly id: string;
  readonly label: string;
  /** `start` and `end` are the totals, drawn from zero; `change` is a category's change. */
  readonly kind: 'start' | 'change' | 'residual' | 'end';
  /** The step of the derived "Other" row: hatched. */
  readonly derived: boolean;
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
  /** The derived row of what the categories do not cover. */
  readonly other: string;
}

/**
 * Previous total → one step per category change → current total, categories in the
 * same order as the balance view. The totals are the published ones when given; what
 * the categories do not explain (rounding, categories without a previous or current
 * value) is its own labelled step, never hidden. Sub-items are never steps.
 */
export function driverBridge(section: DriversSection, settings: Settings, labels: BridgeLabels): Bridge {
  const rows = driverRows(section, settings, labels.other).filter((r) => r.depth === 0);
  const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);
  const categorySums = { previous: sum(rows.map((r) => r.previous)), current: sum(rows.map((r) => r.value)) };
  const publishedStart = amount(section.previousTotal, settings.currency);
  const publishedEnd = amount(section.total, settings.currency);
  const start = publishedStart ?? categorySums.previous;
  const end = publishedEnd ?? categorySums.current;
  const steps: BridgeStep[] = [{ id: 'previous-total', label: labels.start, kind: 'start', from: 0, to: start, derived: false }];
  let level = start;
  let moved = 0;
  for (const r of rows) {
    if (r.change === null) continue;
    steps.push({ id: r.id, label: r.label, kind: 'change', from: level, to: level + r.change, derived: r.derived });
    level += r.change;
    moved += Math.abs(r.change);
  }
  const missing = rows.filter((r) => r.change === null && (r.value !== null || r.previous !== null));
  let residual = end - level;
  // Float noise is not a residual; anything a reader could see at three digits is.
  if (Math.abs(residual) <= Math.max(Math.abs(start), Math.abs(end), moved) * 1e-9) residual = 0;
  if (residual !== 0) {
    const label = missing.length ? labels.missing(missing.map((r) => r.label)) : labels.rounding;
    steps.push({ id: 'residual', label, kind: 'residual', from: level, to: end, derived: false });
  }
  steps.push({ id: 'total', label: labels.end, kind: 'end', from: 0, to: end, derived: false });
  return { steps, start, end, publishedStart: publishedStart !== null, publishedEnd: publishedEnd !== null, categorySums, missing, residual };
}

// ---- the chart's model ---------------------------------------------------------------

/**
 * The formatting the chart's labels use. The wording module provides it; it is passed
 * in, so that this module (which the wording imports) imports none of the wording.
 */
export interface DriverFormat {
  unitOf(value: number, settings: Settings): number;
  valueText(value: number, settings: Settings, unit?: number): string;
  changeText(change: number, settings: Settings, unit: number, short?: boolean): string;
}

/** Margins of the plot; category labels sit in `edge` + label + `gap` at its left. */
export const GRID = { top: 8, right: 16, bottom: 28, edge: 4, gap: 10 };
/** Indent of an "of which" item under its category. */
export const INDENT = 12;

/** The plot's place in the chart box and the rows' names (see rows.ts). */
export type Layout = RowsLayout;

/** The rows' layout for these names; a value label `valueLines` lines tall sits beside each bar. */
function layoutOf(settings: Settings, names: readonly RowName[], valueLines: number, barShare: number, ends = { left: 0, right: GRID.right }): Layout {
  const width = chartWidth(settings);
  return rowsLayout(names, settings, {
    margins: { ...GRID, right: ends.right },
    column: Math.min(230, Math.round(width * 0.3)),
    barMax: 24,
    barShare,
    valueHeight: valueLines * AXIS_LINE_HEIGHT,
    plotLeft: ends.left,
  });
}

/**
 * The rows and the value axis that fits their labels. With names above the bars the plot
 * reaches the chart's edges: it gives way for half of an end tick's label, which ECharts
 * centres on the tick.
 */
function laidOut(settings: Settings, names: readonly RowName[], valueLines: number, barShare: number, spans: readonly Span[]): { box: Layout; axis: AxisFit } {
  let box = layoutOf(settings, names, valueLines, barShare);
  let axis = fitAxis(spans, box.plotWidth, box.above ? 3 : 5);
  if (box.above) {
    // Whether or not an end is a tick, the tick nearest it may sit within half a label of it.
    const half = (fit: AxisFit, value: number) => {
      const tick = Math.round(value / fit.interval) * fit.interval;
      return halfLabel(moneyAxisLabels([fit.min, fit.max], settings).format(tick), settings.theme.fontFamily);
    };
    const ends = { left: 0, right: GRID.right };
    for (let pass = 0; pass < 2; pass++) {
      ends.left = Math.max(ends.left, half(axis, axis.min));
      ends.right = Math.max(ends.right, half(axis, axis.max));
      box = layoutOf(settings, names, valueLines, barShare, ends);
      axis = fitAxis(spans, box.plotWidth, 3);
    }
  }
  return { box, axis };
}

/** A row's name as drawn: sub-items smaller and indented, the derived row starred. */
function nameOf(label: string, depth: 0 | 1, derived: boolean): RowName {
  return { text: label, size: depth ? SMALL_FONT_SIZE : FONT_SIZE, indent: depth ? INDENT : 0, ...(derived ? { mark: '*' } : {}) };
}

/** A row's extent on the value axis and the label beside one of its ends. */
export interface Span {
  readonly lo: number;
  readonly hi: number;
  readonly side: 'left' | 'right' | null;
  /** Width of the label in px. */
  readonly label: number;
}

/** The value axis as {@link fitAxis} fits it. */
export interface AxisFit {
  readonly min: number;
  readonly max: number;
  readonly interval: number;
  readonly ticks: number;
  readonly minIsTick: boolean;
  readonly maxIsTick: boolean;
}

/**
 * The value axis' extent and tick interval, wide enough that every value label fits
 * beside its bar inside the plot (ECharts reserves no room for bar labels): the extent
 * is grown until each label's width in px fits between its bar's end and the plot's
 * edge. The extent is not rounded out to whole ticks (that wastes a fifth of a narrow
 * chart): ECharts puts its ticks on multiples of its nice interval inside it, and an
 * edge that is not one of them gets no tick label (`showMinLabel` / `showMaxLabel`).
 * No `interval` is handed to ECharts: with one, its ticks would start at the odd edge.
 */
export function fitAxis(spans: readonly Span[], plotWidth: number, ticks: number): AxisFit {
  const a = Math.min(0, ...spans.map((s) => s.lo));
  let b = Math.max(0, ...spans.map((s) => s.hi));
  if (a === b) b = 1;
  let min = a;
  let max = b;
  // Labels wider than a third of the plot could never fit beside both ends: cap them (they may overlap the bar a little).
  const room = (label: number) => Math.min(label, plotWidth / 3) + LABEL_DISTANCE + 2;
  for (let round = 0; round < 12; round++) {
    const perPx = (max - min) / plotWidth;
    let wantMin = a;
    let wantMax = b;
    for (const s of spans) {
      if (s.side === 'left') wantMin = Math.min(wantMin, s.lo - room(s.label) * perPx);
      if (s.side === 'right') wantMax = Math.max(wantMax, s.hi + room(s.label) * perPx);
    }
    const stable = Math.abs(wantMin - min) + Math.abs(wantMax - max) <= (max - min) * 1e-6;
    min = wantMin;
    max = wantMax;
    if (stable) break;
  }
  let interval = niceStep((max - min) / ticks);
  // An edge within 4% of a tick snaps to it, so the axis ends on a labelled tick when it can.
  const snap = (v: number, direction: 1 | -1) => {
    const tick = (direction < 0 ? Math.floor(v / interval) : Math.ceil(v / interval)) * interval;
    return Math.abs(tick - v) <= (max - min) * 0.04 || v === 0 ? Number(tick.toPrecision(12)) : v;
  };
  min = snap(min, -1);
  max = snap(max, 1);
  const fitted = tickCount(min, max, a, b, ticks);
  interval = fitted.interval;
  const isTick = (v: number) => Math.abs(v / interval - Math.round(v / interval)) < 1e-9;
  return { min, max, interval, ticks: fitted.ticks, minIsTick: isTick(min), maxIsTick: isTick(max) };
}

/** A value label: ECharts rich text and its width in px. */
export interface ValueLabel {
  readonly text: string;
  readonly width: number;
}

/** The balance view's model: rows, their value labels, and the axis that fits them. */
export interface BalanceModel {
  readonly rows: readonly DriverRow[];
  readonly box: Layout;
  /** By row; `null` for a row with no value. */
  readonly labels: readonly (ValueLabel | null)[];
  readonly axis: AxisFit;
}

/** The value label of a row: value and change side by side, or stacked when that is too wide for a phone's plot. */
function balanceLabel(r: DriverRow, stacked: boolean, settings: Settings, format: DriverFormat): ValueLabel | null {
  if (r.value === null) return null;
  const unit = format.unitOf(r.value, settings);
  const value = format.valueText(r.value, settings);
  const change = r.change === null ? null : `(${format.changeText(r.change, settings, unit)})`;
  const style = r.depth ? 'childValue' : 'value';
  const size = r.depth ? SMALL_FONT_SIZE : FONT_SIZE;
  const joiner = stacked ? '\n' : ' ';
  const width = stacked || !change ? Math.max(textWidth(value, size), change ? textWidth(change, SMALL_FONT_SIZE) : 0) : textWidth(`${value} ${change}`, size);
  return { text: `{${style}|${value}}${change ? `${joiner}{change|${change}}` : ''}`, width };
}

export function balanceModel(section: DriversSection, settings: Settings, format: DriverFormat, otherLabel: string): BalanceModel {
  const rows = driverRows(section, settings, otherLabel);
  const width = chartWidth(settings);
  // Beside a bar on a phone, value and change share a line while the widest fits a third of the plot.
  const oneLine = rows.map((r) => balanceLabel(r, false, settings, format));
  const stacked = isNarrow(width) && oneLine.some((l) => l && l.width > (width - GRID.edge - GRID.right) / 3);
  const labels = stacked ? rows.map((r) => balanceLabel(r, true, settings, format)) : oneLine;
  const spans: Span[] = rows.map((r, i) => {
    const values = [0, r.value ?? 0, r.previous ?? 0];
    return { lo: Math.min(...values), hi: Math.max(...values), side: r.value === null ? null : r.value < 0 ? 'left' : 'right', label: labels[i]?.width ?? 0 };
  });
  const { box, axis } = laidOut(settings, rows.map((r) => nameOf(r.label, r.depth, r.derived)), stacked ? 2 : 1, 0.56, spans);
  return { rows, box, labels, axis };
}

/** The change view's model: the bridge's steps, their labels and sides, and the axis that fits them. */
export interface BridgeModel {
  readonly bridge: Bridge;
  /** The categories, for their previous and current values. */
  readonly rowOf: ReadonlyMap<string, DriverRow>;
  readonly box: Layout;
  /** The unit every step's label shares. */
  readonly unit: number;
  /** By step: the total, or the signed change. */
  readonly labelTexts: readonly string[];
  /** By step: the side of its label. */
  readonly sides: readonly ('left' | 'right')[];
  readonly axis: AxisFit;
}

export function bridgeModel(section: DriversSection, settings: Settings, format: DriverFormat, labels: BridgeLabels): BridgeModel {
  const bridge = driverBridge(section, settings, labels);
  const { steps } = bridge;
  const rows = driverRows(section, settings, labels.other).filter((r) => r.depth === 0);
  const unit = format.unitOf(Math.max(Math.abs(bridge.start), Math.abs(bridge.end)), settings);
  const labelTexts = steps.map((step) =>
    step.kind === 'start' || step.kind === 'end' ? format.valueText(step.to, settings, unit) : format.changeText(step.to - step.from, settings, unit),
  );
  // A label goes on the side of its step with more room before the axis' end.
  const low = Math.min(0, ...steps.map((s) => Math.min(s.from, s.to)));
  const high = Math.max(0, ...steps.map((s) => Math.max(s.from, s.to)));
  const spans = steps.map((step, i): Span & { side: 'left' | 'right' } => {
    const lo = Math.min(step.from, step.to);
    const hi = Math.max(step.from, step.to);
    // Equal room both ways (a total from zero): the label goes on the side away from zero.
    const side = lo - low === high - hi ? (step.to < 0 ? 'left' : 'right') : lo - low > high - hi ? 'left' : 'right';
    return { lo, hi, side, label: textWidth(labelTexts[i]!, FONT_SIZE) };
  });
  const { box, axis } = laidOut(settings, steps.map((s) => nameOf(s.label, 0, s.derived)), 1, 0.6, spans);
  return { bridge, rowOf: new Map(rows.map((r) => [r.id, r])), box, unit, labelTexts, sides: spans.map((s) => s.side), axis };
}
