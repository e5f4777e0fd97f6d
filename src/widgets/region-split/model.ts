import type { RegionsSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { pickText } from '../../data/text.js';
import { formatPercent } from '../../format/money.js';
import { messages } from '../../format/messages.js';
import { amount, freeId, inSentenceOf, money, moneyAxisLabels, remainder } from '../common.js';
import { AXIS_LABEL_MARGIN, AXIS_LINE_HEIGHT, chartWidth, FONT_SIZE, isNarrow, LABEL_DISTANCE, tickCount } from '../layout.js';
import { textWidth } from '../text-measure.js';
import { halfLabel, rowsLayout, type RowsLayout } from '../rows.js';

export interface RegionRow {
  readonly id: string;
  /** The full label (axis labels are fitted from it; tooltips and the table show it whole). */
  readonly label: string;
  /** The label as sentences write it (the data's `inSentence`, else the label). */
  readonly inSentence?: string;
  /**
   * The region's balance: the published value, else the sum of its segments when every
   * segment is published; `null` when neither is known.
   */
  readonly value: number | null;
  /** Per segment id, in the section's segment order; `null` is a gap. */
  readonly segments: readonly (number | null)[];
  /**
   * The part of `value` not covered by the published segments when a segment is missing
   * (`value` minus the known segments): drawn as a dashed outline, never as zero. `null`
   * when nothing is missing, the value is unknown or the rest is zero.
   */
  readonly unsplit: number | null;
  readonly derived: boolean;
  /** The derived "rest of the world" row: the total minus the listed regions (see {@link regionsModel}). */
  readonly remainder: boolean;
  readonly note: string;
  /**
   * The region's share of the published total, `value / total`, only when every row
   * (the remainder included) has a figure of the total's sign or zero, none larger than
   * it: then the shares add up to 100% (within rounding) and none exceeds it. With regions on both sides of zero, no row has a
   * share (`null`): they offset each other, and a share of the net total could read 187%.
   */
  readonly share: number | null;
}

export interface RegionsModel {
  /** In the `sort` order (see {@link regionRows}), the remainder last. */
  readonly rows: readonly RegionRow[];
  readonly total: number | null;
  /** A total is given but no shares are shown: regions on both sides of zero offset each other. */
  readonly sharesOffset: boolean;
  readonly segmented: boolean;
}

/** The remainder row's words, from the wording module (passed in: this module imports none of it). */
export interface RemainderWords {
  /** "Rest of the world". */
  readonly label: string;
  /** What it is: "the total minus the regions listed". */
  readonly note: string;
}

/**
 * The regions in the order the chart draws them. `sort="value"` (the default): largest
 * surplus first, largest deficit last, regions with no value at the end, ties in data
 * order. `sort="data"`: as the data lists them. When the listed regions miss the `total`
 * by more than rounding (see `remainder` in common.ts), a derived row (`rest`) holds the
 * difference, after them in either order.
 */
export function regionsModel(section: RegionsSection, settings: Settings, rest: RemainderWords): RegionsModel {
  const { currency, lang } = settings;
  const total = amount(section.total, currency);
  const segmented = section.segments.length > 0;
  const rows = section.items.map((item): RegionRow => {
    const segments = section.segments.map((segment) => amount(item.values?.[segment.id], currency));
    const known = segments.filter((v): v is number => v !== null);
    const complete = segmented && known.length === segments.length;
    const value = amount(item.value, currency) ?? (complete ? known.reduce((sum, v) => sum + v, 0) : null);
    const unsplit = segmented && !complete && value !== null ? value - known.reduce((sum, v) => sum + v, 0) : 0;
    return {
      id: item.id,
      label: pickText(item.label, lang),
      ...inSentenceOf(item, lang),
      value,
      segments,
      // Ignore float dust left by the subtraction (a rest below a millionth of the value).
      unsplit: Math.abs(unsplit) > Math.abs(value ?? 0) * 1e-6 ? unsplit : null,
      derived: item.derived,
      remainder: false,
      note: pickText(item.note, lang),
      share: null,
    };
  });
  if ((settings.variant['sort'] ?? 'value') !== 'data') {
    rows.sort((a, b) => (a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : b.value - a.value));
  }
  const gap = remainder(total, rows.map((row) => row.value));
  if (gap !== null) {
    const id = freeId('rest', section.items.map((item) => item.id));
    // Its segments are unknown: segmented, it is drawn whole after them (hatched, not outlined).
    rows.push({ id, label: rest.label, value: gap, segments: section.segments.map(() => null), unsplit: segmented ? gap : null, derived: true, remainder: true, note: rest.note, share: null });
  }
  // A part larger than the whole can only be rounding (the rest has the total's sign): no share then either.
  const sameSign = total !== null && total !== 0 && rows.every((row) => row.value !== null && row.value * total >= 0 && Math.abs(row.value) <= Math.abs(total));
  const shared = sameSign ? rows.map((row) => ({ ...row, share: row.value ? row.value / total : null })) : rows;
  const sharesOffset = total !== null && total !== 0 && !sameSign && rows.some((row) => row.value !== null && row.value * total < 0);
  return { rows: shared, total, sharesOffset, segmented };
}

/** The rows alone (see {@link regionsModel}). */
export function regionRows(section: RegionsSection, settings: Settings, rest: RemainderWords): RegionRow[] {
  return [...regionsModel(section, settings, rest).rows];
}

// ---- the chart's model ---------------------------------------------------------------

/** The value label's own wording (from the wording module: passed in, so this module imports none of it). */
export interface RegionsFormat {
  withShare(value: string, share: string): string;
}

/** Line height of two-line labels. */
export const LINE_HEIGHT = AXIS_LINE_HEIGHT;
/** Between a bar's end and its label: ECharts' distance plus a little air. */
const LABEL_GAP = LABEL_DISTANCE + 2;

type Side = 'left' | 'right';

/** Where a region's value label sits: beside the end of its bar (or stack) on one side. */
interface Anchor {
  readonly seriesIndex: number;
  readonly side: Side;
  /** The bar end the label sits beside, in currency units. */
  readonly end: number;
  /** The label's width plus its gap, in pixels. */
  readonly width: number;
}

/**
 * The value-axis range that keeps every value label beside its bar end inside the plot,
 * so no label reaches the category labels (left) or the edge (right). Solves for the
 * data units per pixel `k` at which the bars plus their labels exactly fill `plot` pixels.
 */
export function valueRange(anchors: readonly Anchor[], extents: readonly number[], plot: number): { min: number; max: number } {
  const low = Math.min(0, ...extents);
  const high = Math.max(0, ...extents);
  const bounds = (k: number) => {
    let min = low;
    let max = high;
    for (const a of anchors) {
      if (a.side === 'left') min = Math.min(min, a.end - a.width * k);
      else max = Math.max(max, a.end + a.width * k);
    }
    return { min, max };
  };
  const span = high - low || 1;
  // The bars keep at least a third of the plot, however long the labels.
  const kMax = (3 * span) / plot;
  const fits = (k: number) => {
    const { min, max } = bounds(k);
    return max - min <= k * plot;
  };
  let lo = span / plot;
  let hi = kMax;
  if (!fits(hi)) return bounds(hi);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  // What is left over (at most the search's last step) stays unused at the plot's ends.
  return bounds(hi);
}

/** A value label: its lines and the side of the bar it sits on. */
export interface ValueLabel {
  readonly lines: readonly string[];
  readonly side: Side;
}

/** The key of a data item: `seriesIndex:dataIndex`. */
export const itemKey = (seriesIndex: number, dataIndex: number) => `${seriesIndex}:${dataIndex}`;

/** Each row's stacked parts (segments, then the unsplit rest): sums by sign and the outermost part on each side. */
function outerParts(rows: readonly RegionRow[]) {
  // Samesign stacking stacks series in order, outward from zero, separately for each sign.
  return rows.map((row) => {
    let positive = 0;
    let negative = 0;
    let right = -1;
    let left = -1;
    const parts: (number | null)[] = [...row.segments, row.unsplit];
    parts.forEach((value, seriesIndex) => {
      if (value === null) return;
      if (value >= 0) { positive += value; right = seriesIndex; }
      else { negative += value; left = seriesIndex; }
    });
    return { positive, negative, right, left };
  });
}

/** Where each value label goes, the extents of the bars, and the anchors the range must fit. */
function placeLabels(model: RegionsModel, valueLines: (row: RegionRow) => string[], measure: (line: string) => number) {
  const labels = new Map<string, ValueLabel>();
  const anchors: Anchor[] = [];
  const extents: number[] = [];
  const anchor = (row: RegionRow, dataIndex: number, seriesIndex: number, side: Side, end: number) => {
    const lines = valueLines(row);
    if (!lines.length) return;
    labels.set(itemKey(seriesIndex, dataIndex), { lines, side });
    anchors.push({ seriesIndex, side, end, width: Math.max(...lines.map(measure)) + LABEL_GAP });
  };
  if (!model.segmented) {
    model.rows.forEach((row, dataIndex) => {
      if (row.value === null) return;
      extents.push(row.value);
      anchor(row, dataIndex, 0, row.value < 0 ? 'left' : 'right', row.value);
    });
  } else {
    const outer = outerParts(model.rows);
    model.rows.forEach((row, dataIndex) => {
      const o = outer[dataIndex]!;
      extents.push(o.positive, o.negative);
      if (row.value === null) return;
      const wanted: Side = row.value < 0 ? 'left' : 'right';
      const side: Side = (wanted === 'left' ? o.left : o.right) >= 0 ? wanted : wanted === 'left' ? 'right' : 'left';
      const seriesIndex = side === 'left' ? o.left : o.right;
      if (seriesIndex >= 0) anchor(row, dataIndex, seriesIndex, side, side === 'left' ? o.negative : o.positive);
    });
  }
  return { labels, anchors, extents };
}

/** The chart's margins around the plot (the right one grows for the last tick's label). */
export const MARGINS = { top: 8, bottom: 26, right: 8, edge: 4, gap: AXIS_LABEL_MARGIN };

/** Everything the regions chart draws, as plain numbers and labels. */
export interface RegionsChartModel extends RegionsModel {
  readonly narrow: boolean;
  /** The rows: each name's lines, whole; above the bars on phones (see rows.ts). */
  readonly box: RowsLayout;
  /** Value labels by {@link itemKey}: only where a region's label sits. */
  readonly labels: ReadonlyMap<string, ValueLabel>;
  /** Whether any region has an unsplit rest: then it is a series after the segments. */
  readonly unsplit: boolean;
  /** The series of the "not published" notes of rows with no figure (after every other series), and those rows. */
  readonly gapIndex: number;
  readonly gapRows: readonly number[];
  readonly grid: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly range: { readonly min: number; readonly max: number };
  /** ECharts' `splitNumber`: the axis ends at most one tick step beyond the data. */
  readonly ticks: number;
  readonly axisFormat: (value: number) => string;
}

/** The chart's model: rows, their labels and where they sit, and the value range that fits them. */
export function regionsChartModel(section: RegionsSection, settings: Settings, format: RegionsFormat, rest: RemainderWords): RegionsChartModel {
  const { lang, theme } = settings;
  const model = regionsModel(section, settings, rest);
  const width = chartWidth(settings);
  const narrow = isNarrow(width);
  const measure = (line: string) => textWidth(line, FONT_SIZE, theme.fontFamily);
  /** The value label: one line, or value over share on narrow charts. */
  const valueLines = (row: RegionRow): string[] => {
    if (row.value === null) return [];
    const value = money(row.value, settings);
    if (row.share === null) return [value];
    const share = formatPercent(row.share, lang);
    return narrow ? [value, share] : [format.withShare(value, share)];
  };
  const { labels, anchors, extents } = placeLabels(model, valueLines, measure);
  const unsplit = model.segmented && model.rows.some((row) => row.unsplit !== null);
  const gapIndex = model.segmented ? section.segments.length + (unsplit ? 1 : 0) : 1;
  // A region with no figure is a gap, not a zero: its row says so beside the zero line.
  const notPublished = messages(lang).notPublished;
  const gapRows = model.rows.flatMap((row, dataIndex) => (row.value === null && row.segments.every((v) => v === null) ? [dataIndex] : []));
  if (gapRows.length) {
    for (const dataIndex of gapRows) labels.set(itemKey(gapIndex, dataIndex), { lines: [notPublished], side: 'right' });
    anchors.push({ seriesIndex: gapIndex, side: 'right', end: 0, width: measure(notPublished) + LABEL_GAP });
  }
  const names = model.rows.map((row) => ({ text: row.label, size: FONT_SIZE, indent: 0, ...(row.derived ? { mark: '*' } : {}) }));
  const valueLinesMax = Math.max(1, ...[...labels.values()].map((label) => label.lines.length));
  const layout = (right: number, plotLeft = 0) =>
    rowsLayout(names, settings, { margins: { ...MARGINS, right }, column: Math.min(Math.round(width * 0.25), 200), barMax: 44, barShare: 0.6, valueHeight: valueLinesMax * LINE_HEIGHT, plotLeft });
  let box = layout(MARGINS.right);
  const low = Math.min(0, ...extents);
  const high = Math.max(0, ...extents);
  let range = valueRange(anchors, extents, box.plotWidth);
  let axis = moneyAxisLabels([range.min, range.max, ...extents], settings);
  // A tick near either end centres its label on it: leave room for half a label.
  const half = (value: number) => halfLabel(axis.format(value), theme.fontFamily);
  box = layout(Math.max(8, half(range.max)), half(range.min));
  range = valueRange(anchors, extents, box.plotWidth);
  axis = moneyAxisLabels([range.min, range.max, ...extents], settings);
  const grid = { left: box.gridLeft, right: box.width - box.gridLeft - box.plotWidth, top: box.top, bottom: MARGINS.bottom };
  const { ticks } = tickCount(range.min, range.max, low, high, box.above ? 3 : 5);
  return { ...model, narrow, box, labels, unsplit, gapIndex, gapRows, grid, range, ticks, axisFormat: axis.format };
}
