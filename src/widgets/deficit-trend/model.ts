/** What `<deficit-trend>`'s chart shows, as plain numbers and labels: slots, columns, scale, callouts. */
import type { Granularity, Lang, Period, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { parsePeriodCode, partName, periodName, yearName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { currencySymbol, formatAxisMoney, unitLabel } from '../../format/money.js';
import { textWidth } from '../text-measure.js';
import { amount, money, plain, unitFor } from '../common.js';
import { AXIS_LABEL_MARGIN, chartWidth, DEFAULT_HEIGHT } from '../layout.js';
import { placeCallouts, type Callout, type CalloutDraft } from './placement.js';
import { changeCallout, latestChange } from './summary.js';

export type { Callout } from './placement.js';

const PARTS: Readonly<Record<Granularity, number>> = { year: 1, half: 2, quarter: 4, month: 12 };

/**
 * Line height for lines of one label (period names over two lines, callouts, gap notes):
 * Firefox boxes a 12 px line of DejaVu Sans 17 px tall and one of Noto Sans CJK 20 px, so
 * lines set closer (the shared 15 px of layout.ts) overlap there.
 */
export function lineHeightFor(lang: Lang): number {
  return /^(ko|ja|zh)\b/.test(lang) ? 20 : 17;
}
/** Left of the plot: the value axis' labels sit inside the grid's own margin. */
export const GRID_LEFT = 8;

/** The period at `ordinal` of a granularity (also for periods the data does not list). */
function periodAt(ordinal: number, granularity: Granularity): Period {
  const parts = PARTS[granularity];
  const year = Math.floor(ordinal / parts);
  const part = (ordinal % parts) + 1;
  const code =
    granularity === 'year' ? `${year}`
    : granularity === 'half' ? `${year}H${part}`
    : granularity === 'quarter' ? `${year}Q${part}`
    : `${year}-${String(part).padStart(2, '0')}`;
  return parsePeriodCode(code) ?? { code, granularity, year, part, ordinal };
}

/**
 * Every period from the first to the last at the section's granularity, listed or not:
 * a period missing from the data is an empty slot on the axis, never squeezed out.
 */
export function axisPeriods(section: TrendSection): (Period | null)[] {
  const first = section.periods[0];
  const last = section.periods.at(-1);
  if (!first || !last) return [];
  const slots: (Period | null)[] = new Array(last.ordinal - first.ordinal + 1).fill(null);
  for (const period of section.periods) slots[period.ordinal - first.ordinal] = period;
  return slots;
}


/** 1, 2, 2.5, 5 × 10ⁿ: the smallest nice step not below `rough`. */
function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
}

const round = (n: number) => Number(n.toPrecision(12));

/** How the category axis labels its periods, from the room each slot has. */
export type AxisLabelMode = 'full' | 'stacked' | 'years';

export interface AxisPlan {
  readonly mode: AxisLabelMode;
  /** For `years`: a label every this many years. */
  readonly every: number;
}

function planAxis(slots: readonly Period[], lang: Lang, slotPx: number): AxisPlan {
  const sample = slots.at(-1)!;
  const gap = 10;
  if (textWidth(periodName(sample, lang)) + gap <= slotPx) return { mode: 'full', every: 1 };
  const parts = PARTS[sample.granularity];
  if (parts > 1 && Math.max(...slots.slice(0, parts).map((p) => textWidth(partName(p, lang)))) + 6 <= slotPx) {
    return { mode: 'stacked', every: 1 };
  }
  const need = (textWidth(yearName(sample.year, lang)) + 16) / (slotPx * parts);
  const every = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000].find((k) => k >= need) ?? 10000;
  return { mode: 'years', every };
}

/** The axis' slots: every period from the first to the last, with what the data says of each. */
interface Slots {
  readonly count: number;
  readonly periods: readonly Period[];
  readonly fullNames: readonly string[];
  /** Index into `section.periods` for each slot (-1: not listed). */
  readonly listedAt: Int32Array;
  readonly provisional: readonly boolean[];
  /** The dataset's notes, by slot, as plain text. */
  readonly annotationAt: ReadonlyMap<number, string>;
  /** The slot of the `highlight` period; -1 for none. */
  readonly highlightSlot: number;
}

function slotsOf(section: TrendSection, first: Period, settings: Settings): Slots {
  const { lang } = settings;
  const slotList = axisPeriods(section);
  const count = slotList.length;
  const periods = slotList.map((slot, index) => slot ?? periodAt(first.ordinal + index, first.granularity));
  // One pass, no indexOf.
  const listedAt = new Int32Array(count).fill(-1);
  section.periods.forEach((period, index) => (listedAt[period.ordinal - first.ordinal] = index));
  const provisionalCodes = new Set(section.provisional);
  const annotationAt = new Map<number, string>();
  for (const note of section.annotations) {
    const p = parsePeriodCode(note.period);
    const value = plain(pickText(note.text, lang));
    if (p && value) annotationAt.set(p.ordinal - first.ordinal, value);
  }
  return {
    count,
    periods,
    fullNames: periods.map((p) => periodName(p, lang)),
    listedAt,
    provisional: periods.map((p, slot) => listedAt[slot]! >= 0 && provisionalCodes.has(p.code)),
    annotationAt,
    highlightSlot: settings.highlight ? periods.findIndex((p, i) => listedAt[i]! >= 0 && p.code === settings.highlight) : -1,
  };
}

/** Each series' values by slot, in the shown currency (`null`: a gap or a period not listed). */
function columnsOf(section: TrendSection, slots: Slots, settings: Settings): (number | null)[][] {
  return section.series.map((series) => {
    const out: (number | null)[] = new Array(slots.count).fill(null);
    for (let slot = 0; slot < slots.count; slot++) {
      const index = slots.listedAt[slot]!;
      if (index >= 0) out[slot] = amount(series.values[index], settings.currency);
    }
    return out;
  });
}

/** The smallest and largest value, with zero always inside. */
function extentOf(values: readonly (readonly (number | null)[])[]): { lo: number; hi: number } {
  let lo = 0;
  let hi = 0;
  for (const column of values) {
    for (const v of column) {
      if (v === null) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return { lo, hi };
}

/** The room the plot takes beside the end labels of the extra lines and the value axis' ticks. */
interface Geometry {
  /** Room for the end label of each line after the first. */
  readonly endLabelWidth: number;
  readonly gridRight: number;
  readonly axisUnit: number;
  /** Width of the widest tick label, plus its gap. */
  readonly tickWidth: number;
  readonly plotWidth: number;
  /** Width of one slot in px. */
  readonly slotPx: number;
}

function geometryOf(names: readonly string[], extent: { lo: number; hi: number }, count: number, settings: Settings): Geometry {
  const { lang, currency } = settings;
  const { lo, hi } = extent;
  const width = chartWidth(settings);
  const multi = names.length > 1;
  const endLabelWidth = multi ? Math.min(Math.max(...names.slice(1).map((n) => textWidth(n))) + 10, width * 0.28) : 0;
  const gridRight = multi ? endLabelWidth + 12 : 16;
  const axisUnit = unitFor(Math.max(Math.abs(lo), Math.abs(hi)), settings);
  const tickWidth = textWidth(formatAxisMoney(lo < 0 ? lo : -hi, currency, lang, axisUnit)) + 12;
  const plotWidth = Math.max(40, width - GRID_LEFT - tickWidth - gridRight);
  return { endLabelWidth, gridRight, axisUnit, tickWidth, plotWidth, slotPx: plotWidth / count };
}

/**
 * The callouts, latest first: the latest value with the dataset's note for it (else the
 * computed change), the notes of earlier periods, the highlighted value.
 */
function calloutDrafts(section: TrendSection, slots: Slots, balance: readonly (number | null)[], geometry: Geometry, settings: Settings): CalloutDraft[] {
  const change = latestChange(section, settings.currency);
  let latestSlot = -1;
  for (let slot = slots.count - 1; slot >= 0 && latestSlot < 0; slot--) if (balance[slot] !== null) latestSlot = slot;
  const drafts: CalloutDraft[] = [];
  const calloutWidth = Math.min(220, Math.max(110, geometry.plotWidth * 0.42));
  if (latestSlot >= 0) {
    const value = balance[latestSlot]!;
    // The dataset's own note for the latest period is the editor's voice: it replaces the computed one.
    const note = slots.annotationAt.get(latestSlot) ?? null;
    const fixed = note === null && change ? changeCallout(change, settings) : [];
    drafts.push({ slot: latestSlot, head: money(value, settings), note, fixed, align: 'right', wrapWidth: calloutWidth });
  }
  for (const [slot, note] of slots.annotationAt) {
    if (slot === latestSlot || balance[slot] === null || balance[slot] === undefined) continue;
    drafts.push({ slot, head: null, note, fixed: [], align: 'center', wrapWidth: Math.max(80, Math.min(160, geometry.slotPx * 2.2)) });
  }
  const { highlightSlot } = slots;
  if (highlightSlot >= 0 && !drafts.some((d) => d.slot === highlightSlot) && balance[highlightSlot] !== null) {
    drafts.push({ slot: highlightSlot, head: money(balance[highlightSlot]!, settings), note: null, fixed: [], align: 'center', wrapWidth: 0 });
  }
  return drafts;
}

/** The value axis' extent and tick step. */
export interface ValueScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/**
 * The data's extent (zero included: bars start there) out to the nearest ticks, so the axis
 * ends at most one step beyond the data. Callouts find room in the plot or over it, never
 * by stretching the axis.
 */
export function valueScale(extent: { readonly lo: number; readonly hi: number }): ValueScale {
  const min = extent.lo;
  const max = extent.hi;
  // All zero (zero is always in the extent): one step, so the axis ends a tick beyond the data.
  if (max === min) return { min, max: min + 1, step: 1 };
  // ECharts counts ticks from the ends: of the nice steps giving 4 to 7 intervals, the
  // one that wastes the least height.
  let step = 0;
  let best = Infinity;
  for (const n of [5, 4, 6, 7]) {
    const candidate = niceStep((max - min) / n);
    const span = Math.ceil(max / candidate) * candidate - Math.floor(min / candidate) * candidate;
    if (span < best - 1e-9 * span) {
      best = span;
      step = candidate;
    }
  }
  return { min: round(Math.floor(min / step) * step), max: round(Math.ceil(max / step) * step), step };
}

/** Whether the value axis has a title naming unit and currency: for languages whose ticks leave the currency out (Korean `−40억`). */
export function hasUnitTitle({ currency, lang }: Settings): boolean {
  return !formatAxisMoney(1, currency, lang, 1).includes(currencySymbol(currency).trim());
}

/** Between the plot's top and the unit title's baseline: clear of the top tick's label, whose box reaches 10 px up in Korean (Firefox). */
export const UNIT_TITLE_GAP = 16;

/** The grid's top margin before any band: room for the top tick's label, or for the unit title over the axis. */
export function baseGridTop(settings: Settings): number {
  return hasUnitTitle(settings) ? UNIT_TITLE_GAP + 20 : 20;
}
/** The grid's bottom margin (the period labels, when taller, take its place). */
export const GRID_BOTTOM = 8;

/** Where the callouts go, in a plot estimated from the chart's size. */
function placementOf(drafts: readonly CalloutDraft[], values: readonly (readonly (number | null)[])[], slots: Slots, geometry: Geometry, scale: ValueScale, plan: AxisPlan, settings: Settings): ReturnType<typeof placeCallouts> {
  const top = baseGridTop(settings);
  const periodLines = plan.mode === 'stacked' ? 2 : 1;
  // ECharts keeps the period labels inside the chart: they take the grid's bottom margin's place.
  const plotHeight = (settings.height || DEFAULT_HEIGHT) - top - Math.max(GRID_BOTTOM, periodLines * lineHeightFor(settings.lang) + AXIS_LABEL_MARGIN);
  const title = hasUnitTitle(settings) ? textWidth(unitLabel(geometry.axisUnit, settings.currency, settings.lang)) : 0;
  const gapLines = new Map<number, number>();
  (values[0] ?? []).forEach((v, slot) => {
    if (v === null) gapLines.set(slot, slots.annotationAt.has(slot) ? 4 : 1);
  });
  return placeCallouts(drafts, {
    values,
    firstType: settings.variant['type'] === 'line' ? 'line' : 'bar',
    lineHeight: lineHeightFor(settings.lang),
    min: scale.min,
    max: scale.max,
    count: slots.count,
    plotWidth: geometry.plotWidth,
    plotHeight,
    rightRoom: geometry.gridRight - 2,
    topRoom: top - 2,
    // The unit title starts 12 px right of the chart's left edge (axes.ts), over the tick labels.
    bandLeft: title ? Math.max(0, 12 - geometry.tickWidth + title + 8) : 0,
    gapLines,
  });
}

/** Everything the trend chart draws, as plain numbers and labels. */
export interface TrendModel extends Slots, Geometry {
  readonly section: TrendSection;
  /** Values by series, then slot. */
  readonly values: readonly (readonly (number | null)[])[];
  /** Series labels with ECharts' template braces swapped for look-alikes. */
  readonly names: readonly string[];
  readonly multi: boolean;
  /** How the first series (the balance) is drawn. */
  readonly firstType: 'bar' | 'line';
  /** The first series' values. */
  readonly balance: readonly (number | null)[];
  /** Whether the balance has gaps: then the chart shades them, on hidden axes of their own. */
  readonly gaps: boolean;
  readonly plan: AxisPlan;
  readonly callouts: ReadonlyMap<number, Callout>;
  /** The grid's top margin: its base, grown by the band when a callout goes over the plot. */
  readonly gridTop: number;
  readonly scale: ValueScale;
}

/** The chart's model; `null` when the section lists no period. */
export function trendModel(section: TrendSection, settings: Settings): TrendModel | null {
  const first = section.periods[0];
  if (!first) return null;
  const slots = slotsOf(section, first, settings);
  const values = columnsOf(section, slots, settings);
  const names = section.series.map((series) => plain(pickText(series.label, settings.lang)));
  const balance = values[0] ?? [];
  const extent = extentOf(values);
  const geometry = geometryOf(names, extent, slots.count, settings);
  const plan = planAxis(slots.periods, settings.lang, geometry.slotPx);
  const scale = valueScale(extent);
  const placement = placementOf(calloutDrafts(section, slots, balance, geometry, settings), values, slots, geometry, scale, plan, settings);
  return {
    section,
    ...slots,
    ...geometry,
    values,
    names,
    multi: section.series.length > 1,
    firstType: settings.variant['type'] === 'line' ? 'line' : 'bar',
    balance,
    gaps: balance.includes(null),
    plan,
    callouts: placement.callouts,
    gridTop: baseGridTop(settings) + placement.band,
    scale,
  };
}
