import type { DriversSection } from '../../data/types.js';
import type { ChartBuild, ChartItem, Settings, WidgetChart } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { messages } from '../../format/messages.js';
import { moneyAxisLabels, plain, signColor, textBase } from '../common.js';
import { textWidth, truncate } from '../text-measure.js';
import { bridgeLabels, changeText, periodNames, unitOf, valueText } from './labels.js';
import { driverBridge, driverRows, type DriverRow } from './model.js';

const TRANSPARENT = 'rgba(0,0,0,0)';
const NARROW = 480;
/** Width assumed before layout (the base element reports 0 until the chart box has a size). */
const DEFAULT_WIDTH = 640;
/** The chart box's default height (`--tbc-height`), to size ticks to the rows. */
/** Chart height before layout (the builders also run before the chart box is measured). */
const DEFAULT_HEIGHT = 360;
const GRID = { top: 8, right: 16, bottom: 28, edge: 4, gap: 10 };
const LABEL_FONT = 12;
const CHILD_FONT = 11;
const INDENT = 12;
/** Space between a bar's end and its value label (ECharts' label distance is 5). */
const LABEL_GAP = 5;
const DIM = 0.3;

// ---- layout -------------------------------------------------------------------------

interface Layout {
  readonly width: number;
  readonly narrow: boolean;
  /** Left edge of the plot: category labels live to its left, outside the plot. */
  readonly gridLeft: number;
  /** Width available to a category label. */
  readonly labelWidth: number;
  readonly plotWidth: number;
}

function layout(settings: Settings, labels: readonly { text: string; child: boolean }[]): Layout {
  const width = settings.width > 0 ? settings.width : DEFAULT_WIDTH;
  const narrow = width < NARROW;
  const wanted = Math.max(0, ...labels.map((l) => textWidth(l.text, l.child ? CHILD_FONT : LABEL_FONT) + (l.child ? INDENT : 0)));
  const cap = narrow ? Math.max(84, Math.round(width * 0.34)) : Math.min(230, Math.round(width * 0.3));
  const labelWidth = Math.max(40, Math.min(wanted, cap));
  const gridLeft = GRID.edge + labelWidth + GRID.gap;
  return { width, narrow, gridLeft, labelWidth, plotWidth: Math.max(60, width - gridLeft - GRID.right) };
}

/** A row's extent on the value axis and the label beside one of its ends. */
interface Span {
  readonly lo: number;
  readonly hi: number;
  readonly side: 'left' | 'right' | null;
  /** Width of the label in px. */
  readonly label: number;
}

/** The tick interval ECharts picks for a span and `splitNumber` (its `nice(span / splitNumber, true)`). */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction < 1.5 ? 1 : fraction < 2.5 ? 2 : fraction < 4 ? 3 : fraction < 7 ? 5 : 10;
  return nice * power;
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
export function fitAxis(spans: readonly Span[], plotWidth: number, ticks: number): { min: number; max: number; interval: number; ticks: number; minIsTick: boolean; maxIsTick: boolean } {
  const a = Math.min(0, ...spans.map((s) => s.lo));
  let b = Math.max(0, ...spans.map((s) => s.hi));
  if (a === b) b = 1;
  let min = a;
  let max = b;
  // Labels wider than a third of the plot could never fit beside both ends: cap them (they may overlap the bar a little).
  const room = (label: number) => Math.min(label, plotWidth / 3) + LABEL_GAP + 2;
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
  interval = niceStep((max - min) / ticks);
  const isTick = (v: number) => Math.abs(v / interval - Math.round(v / interval)) < 1e-9;
  return { min, max, interval, ticks, minIsTick: isTick(min), maxIsTick: isTick(max) };
}

/** Text style of a rich-text label part. */
function rich(settings: Settings) {
  const base = { fontFamily: settings.theme.fontFamily };
  return {
    parent: { ...base, color: settings.theme.text, fontSize: LABEL_FONT },
    child: { ...base, color: settings.theme.muted, fontSize: CHILD_FONT, padding: [0, 0, 0, INDENT] },
    total: { ...base, color: settings.theme.text, fontSize: LABEL_FONT, fontWeight: 'bold' as const },
    value: { ...base, color: settings.theme.text, fontSize: LABEL_FONT },
    childValue: { ...base, color: settings.theme.muted, fontSize: CHILD_FONT },
    change: { ...base, color: settings.theme.muted, fontSize: CHILD_FONT },
  };
}

function baseOption(settings: Settings, box: Layout, categories: readonly string[], axis: ReturnType<typeof fitAxis>): ChartOption {
  const format = moneyAxisLabels([axis.min, axis.max], settings.currency, settings.lang).format;
  return {
    animation: settings.animation,
    grid: { left: box.gridLeft, right: GRID.right, top: GRID.top, bottom: GRID.bottom, containLabel: false },
    xAxis: {
      type: 'value',
      min: axis.min,
      max: axis.max,
      splitNumber: axis.ticks,
      axisLabel: { ...textBase(settings), formatter: format, hideOverlap: true, showMinLabel: axis.minIsTick, showMaxLabel: axis.maxIsTick },
      splitLine: { lineStyle: { color: settings.theme.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories.map((_, index) => String(index)),
      // The zero line: the category axis' own line, laid on zero of the value axis (the
      // labels stay at the chart's left edge) and drawn over the bars.
      axisLine: { show: true, onZero: true, lineStyle: { color: settings.theme.muted, type: 'solid', width: 1 } },
      z: 5,
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: {
        // Labels start at the chart's left edge, outside the plot: never under a bar or its label.
        align: 'left',
        margin: box.gridLeft - GRID.edge,
        interval: 0,
        formatter: (_: unknown, index: number) => categories[index] ?? '',
        rich: rich(settings),
      },
    },
  };
}

/** Row height in px, for sizing bars and ticks. */
function bandOf(rows: number, settings: Settings): number {
  return ((settings.height || DEFAULT_HEIGHT) - GRID.top - GRID.bottom) / Math.max(rows, 1);
}

function dimmer(settings: Settings) {
  const target = settings.highlight;
  // A highlighted category keeps its "of which" items lit.
  return (row: { id: string; parentId?: string }) => (!target || row.id === target || row.parentId === target ? 1 : DIM);
}

// ---- balance view ---------------------------------------------------------------------

/**
 * Each category's balance for the period as a diverging bar from zero, the previous
 * period as a tick across it (a Line series drawn only as `rect` symbols: no Scatter is
 * registered, and a tick keeps the bar-from-zero reading intact where a ghost bar
 * hides behind the bar it is compared with), the change in brackets. "Of which" items
 * are indented, smaller and paler, under their parent.
 */
function balanceOption(section: DriversSection, settings: Settings): ChartBuild {
  const text = messages(settings.lang);
  const rows = driverRows(section, settings);
  const { now, before } = periodNames(section, settings);
  const box = layout(settings, rows.map((r) => ({ text: r.label, child: r.depth === 1 })));
  const dim = dimmer(settings);

  // The label sits beside whichever is further out on the value's side: the bar or the tick.
  const tickOutside = (r: DriverRow) => r.value !== null && r.previous !== null && (r.value < 0 ? r.previous < r.value : r.previous > r.value);
  const labels = rows.map((r) => {
    if (r.value === null) return null;
    const unit = unitOf(r.value, settings);
    const value = valueText(r.value, settings);
    const change = r.change === null ? null : `(${changeText(r.change, settings, unit)})`;
    const style = r.depth ? 'childValue' : 'value';
    const size = r.depth ? CHILD_FONT : LABEL_FONT;
    const joiner = box.narrow ? '\n' : ' ';
    const width = box.narrow || !change ? Math.max(textWidth(value, size), change ? textWidth(change, CHILD_FONT) : 0) : textWidth(`${value} ${change}`, size);
    return { text: `{${style}|${value}}${change ? `${joiner}{change|${change}}` : ''}`, width };
  });
  const spans: Span[] = rows.map((r, i) => {
    const values = [0, r.value ?? 0, r.previous ?? 0];
    return { lo: Math.min(...values), hi: Math.max(...values), side: r.value === null ? null : r.value < 0 ? 'left' : 'right', label: labels[i]?.width ?? 0 };
  });
  const axis = fitAxis(spans, box.plotWidth, box.narrow ? 3 : 5);

  const items: ChartItem[] = [];
  const tooltips: string[] = [];
  const itemIndex = new Map<string, number>();
  rows.forEach((r, dataIndex) => {
    const unit = unitOf(r.value ?? r.previous ?? 0, settings);
    const parts = [
      `${now}: ${r.value === null ? text.notPublished : valueText(r.value, settings)}`,
      `${before}: ${r.previous === null ? text.notPublished : valueText(r.previous, settings)}`,
    ];
    if (r.change !== null) parts.push(`${text.change}: ${changeText(r.change, settings, unit, false)}`);
    const seriesIndex = r.value === null ? 1 : 0;
    if (r.value === null && r.previous === null) return;
    itemIndex.set(`${seriesIndex}:${dataIndex}`, items.length);
    tooltips.push(`${r.label}\n${parts.join('\n')}`);
    items.push({ id: r.id, label: r.label, value: r.value, valueText: parts.join(', '), series: seriesIndex ? 'previous' : 'current', seriesIndex, dataIndex });
  });

  const categories = rows.map((r) => {
    const size = r.depth ? CHILD_FONT : LABEL_FONT;
    const cut = truncate(r.label, box.labelWidth - (r.depth ? INDENT : 0), size);
    return `{${r.depth ? 'child' : 'parent'}|${plain(cut)}}`;
  });
  const option = baseOption(settings, box, categories, axis);

  const band = bandOf(rows.length, settings);
  const barWidth = Math.max(6, Math.min(24, Math.round(band * 0.56)));
  const tick = Math.max(8, Math.min(barWidth + 10, Math.round(band * 0.9)));
  const labelFormatter = (params: unknown) => labels[(params as { dataIndex: number }).dataIndex]?.text ?? '';
  option.series = [
    {
      id: 'current',
      name: plain(now),
      type: 'bar',
      barWidth,
      z: 2,
      data: rows.map((r) => {
        if (r.value === null) return { value: '-' as const };
        const colour = signColor(r.value, settings);
        return {
          value: r.value,
          label: { show: !tickOutside(r), position: r.value < 0 ? ('left' as const) : ('right' as const) },
          // Sub-items: the parent's colour, paler and outlined, so they read as parts of it.
          itemStyle: r.depth
            ? { color: colour, opacity: 0.5 * dim(r), borderColor: colour, borderWidth: 1 }
            : { color: colour, opacity: dim(r) },
        };
      }),
      label: { show: true, distance: LABEL_GAP, formatter: labelFormatter, rich: rich(settings) },
      emphasis: { focus: 'none' },
    },
    {
      id: 'previous',
      name: plain(before),
      type: 'line',
      z: 3,
      symbol: 'rect',
      symbolSize: [3, tick],
      showAllSymbol: true,
      connectNulls: false,
      lineStyle: { width: 0, opacity: 0 },
      itemStyle: { color: settings.theme.text },
      emphasis: { scale: false, lineStyle: { width: 0, opacity: 0 } },
      data: rows.map((r) => {
        if (r.previous === null) return { value: '-' as const };
        const outside = tickOutside(r);
        return {
          value: r.previous,
          itemStyle: { opacity: dim(r) * (r.depth ? 0.7 : 0.9) },
          label: { show: outside, position: (r.value ?? 0) < 0 ? ('left' as const) : ('right' as const) },
        };
      }),
      label: { show: false, distance: LABEL_GAP, formatter: labelFormatter, rich: rich(settings) },
    },
  ];
  return { option, items, tooltip: { trigger: 'item', categoryAxis: 'y', text: (s, d) => tooltips[itemIndex.get(`${s}:${d}`) ?? -1] ?? '' } };
}

// ---- change view (bridge) ---------------------------------------------------------------

/**
 * The bridge: previous total → category changes (and any residual) → current total.
 * Each step is one bar on top of an invisible base bar in a stack with
 * `stackStrategy: 'all'`: the base holds where the step starts (`from`, of any sign) and
 * the step its signed change, so a step is one rectangle from `from` to `to`, even when
 * it crosses zero (ECharts' default `samesign` stacking would start a negative step at the
 * sum of the negative values below it instead).
 */
function changeOption(section: DriversSection, settings: Settings): ChartBuild {
  const { now, before } = periodNames(section, settings);
  const bridge = driverBridge(section, settings, bridgeLabels(section, settings));
  const { steps } = bridge;
  const rows = driverRows(section, settings).filter((r) => r.depth === 0);
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  const box = layout(settings, steps.map((s) => ({ text: s.label, child: false })));
  const unit = unitOf(Math.max(Math.abs(bridge.start), Math.abs(bridge.end)), settings);
  const dim = dimmer(settings);

  const labelTexts = steps.map((step) =>
    step.kind === 'start' || step.kind === 'end' ? valueText(step.to, settings, unit) : changeText(step.to - step.from, settings, unit),
  );
  // A label goes on the side of its step with more room before the axis' end.
  const low = Math.min(0, ...steps.map((s) => Math.min(s.from, s.to)));
  const high = Math.max(0, ...steps.map((s) => Math.max(s.from, s.to)));
  const spans: Span[] = steps.map((step, i) => {
    const lo = Math.min(step.from, step.to);
    const hi = Math.max(step.from, step.to);
    return { lo, hi, side: lo - low >= high - hi ? 'left' : 'right', label: textWidth(labelTexts[i]!, LABEL_FONT) };
  });
  const axis = fitAxis(spans, box.plotWidth, box.narrow ? 3 : 5);

  const items: ChartItem[] = [];
  const tooltips: string[] = [];
  steps.forEach((step, dataIndex) => {
    const delta = step.to - step.from;
    let detail: string;
    if (step.kind === 'start' || step.kind === 'end') detail = valueText(step.to, settings, unit);
    else if (step.kind === 'residual') detail = `${changeText(delta, settings, unit, false)}`;
    else {
      const r = rowOf.get(step.id);
      const span = r && r.previous !== null && r.value !== null ? `\n${before} ${valueText(r.previous, settings)} → ${now} ${valueText(r.value, settings)}` : '';
      detail = `${changeText(delta, settings, unit, false)}${span}`;
    }
    tooltips.push(`${step.label}\n${detail}`);
    items.push({
      id: step.id,
      label: step.label,
      value: step.kind === 'start' || step.kind === 'end' ? step.to : delta,
      valueText: detail.replace(/\n/g, ', '),
      series: step.kind,
      seriesIndex: 1,
      dataIndex,
    });
  });

  const categories = steps.map((step) => {
    const style = step.kind === 'start' || step.kind === 'end' ? 'total' : 'parent';
    return `{${style}|${plain(truncate(step.label, box.labelWidth, LABEL_FONT))}}`;
  });
  const option = baseOption(settings, box, categories, axis);
  const colour = (index: number) => {
    const step = steps[index]!;
    if (step.kind === 'residual') return settings.theme.muted;
    return signColor(step.kind === 'change' ? step.to - step.from : step.to, settings);
  };
  const band = bandOf(steps.length, settings);
  const barWidth = Math.max(6, Math.min(26, Math.round(band * 0.6)));
  // Connectors: a thin dashed line from each step's end to the next step's start, at the
  // value where one ends and the next begins, from row centre to row centre. One line
  // series, broken between connectors.
  const connectors = steps.slice(0, -1).flatMap((step, i) => [...(i ? [[null, null]] : []), [step.to, i], [step.to, i + 1]]);
  option.series = [
    { id: 'base', type: 'bar', stack: 'bridge', stackStrategy: 'all', silent: true, barWidth, data: steps.map((s) => (s.kind === 'change' || s.kind === 'residual' ? s.from : 0)), itemStyle: { color: TRANSPARENT }, label: { show: false }, emphasis: { disabled: true } },
    {
      id: 'step',
      type: 'bar',
      stack: 'bridge',
      stackStrategy: 'all',
      barWidth,
      data: steps.map((step, i) => ({
        value: step.to - (step.kind === 'change' || step.kind === 'residual' ? step.from : 0),
        label: { position: spans[i]!.side === 'left' ? ('left' as const) : ('right' as const) },
        itemStyle: step.kind === 'residual'
          ? { color: settings.theme.background, borderColor: colour(i), borderWidth: 1, borderType: 'dashed' as const, opacity: dim({ id: step.id }) }
          : { color: colour(i), opacity: dim({ id: step.id }) },
      })),
      label: {
        show: true,
        distance: LABEL_GAP,
        formatter: (params: unknown) => {
          const i = (params as { dataIndex: number }).dataIndex;
          const style = steps[i]!.kind === 'start' || steps[i]!.kind === 'end' ? 'total' : 'value';
          return `{${style}|${labelTexts[i] ?? ''}}`;
        },
        rich: rich(settings),
      },
      emphasis: { focus: 'none' },
    },
    {
      id: 'connectors',
      type: 'line',
      data: connectors,
      symbol: 'none',
      connectNulls: false,
      lineStyle: { color: settings.theme.muted, type: 'dashed', width: 1 },
      // Scenery, not data: no hover, no emphasis; over the bars' ends.
      silent: true,
      emphasis: { disabled: true },
      animation: false,
      z: 5,
    },
  ];
  return { option, items, tooltip: { trigger: 'item', categoryAxis: 'y', text: (s, d) => (s === 1 ? (tooltips[d] ?? '') : '') } };
}

export function buildDriversOption(section: DriversSection, settings: Settings): ChartBuild {
  return settings.variant['view'] === 'change' ? changeOption(section, settings) : balanceOption(section, settings);
}

export const driversChart: WidgetChart<DriversSection> = { build: buildDriversOption };
