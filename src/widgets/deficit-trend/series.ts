/** `<deficit-trend>`'s series: the balance as bars or a line, other series as lines, the gap bands. */
import type { Settings } from '../../base/contracts.js';
import { messages } from '../../format/messages.js';
import { textWidth, wrap } from '../text-measure.js';
import { signColor } from '../common.js';
import { DIMMED_OPACITY, FONT_SIZE, SMALL_FONT_SIZE } from '../layout.js';
import { lineHeightFor, type TrendModel } from './model.js';
import { barWidth, CALLOUT_GAP, CALLOUT_HALO, calloutLines, type Callout } from './placement.js';

/** Line styles for the second and later series: told apart by dash as well as by colour. */
const DASHES = ['solid', 'dashed', 'dotted'] as const;

type Column = readonly (number | null)[];

/** Outlines text in the background colour, so it stays legible over bars and lines. */
const haloOf = (settings: Settings) => ({ textBorderColor: settings.theme.background, textBorderWidth: 3 });

const dimOf = (model: TrendModel) => (model.highlightSlot >= 0 ? DIMMED_OPACITY : 1);

/** A callout's text and style, for a label wherever it hangs. */
function calloutText(callout: Callout, settings: Settings) {
  const { theme } = settings;
  const halo = { ...haloOf(settings), textBorderWidth: CALLOUT_HALO };
  const [head, ...rest] = callout.lines;
  const formatter = callout.bold
    ? [`{v|${head}}`, ...rest.map((line) => `{c|${line}}`)].join('\n')
    : callout.lines.map((line) => `{c|${line}}`).join('\n');
  const token = { ...halo, fontFamily: theme.fontFamily, align: callout.align };
  const lineHeights = calloutLines(lineHeightFor(settings.lang));
  return {
    show: true,
    align: callout.align,
    formatter,
    color: theme.text,
    // Labels inherit the bar's opacity (provisional, dimmed): the words stay solid.
    opacity: 1,
    ...halo,
    rich: {
      v: { ...token, color: theme.text, fontSize: 13, fontWeight: 'bold', lineHeight: lineHeights.head },
      c: { ...token, color: theme.text, fontSize: FONT_SIZE, lineHeight: lineHeights.line },
    },
  };
}

/**
 * The callout of a slot as its data item's label, beyond the top or bottom of the bar's (or
 * symbol's) box; `undefined` when the slot has none or its callout hangs in the band.
 */
function calloutLabel(model: TrendModel, settings: Settings, slot: number) {
  const callout = model.callouts.get(slot);
  if (!callout || callout.place === 'leader') return undefined;
  const above = callout.place === 'above';
  return {
    ...calloutText(callout, settings),
    // [x, y] in the box: at the right edge for the latest value (so the text reaches back
    // over the plot, never out of it), else centred.
    position: [callout.align === 'right' ? '100%' : '50%', above ? '0%' : '100%'],
    verticalAlign: above ? 'bottom' : 'top',
    offset: [0, above ? -CALLOUT_GAP : CALLOUT_GAP],
  };
}

/**
 * A callout hung higher up (in the plot's empty space, or from the plot's top into the band
 * over it) over its slot, with a leader down to the bar's top (or the point). A line series
 * on the main axes: the text and its leader meet wherever the plot ends up.
 */
function bandCalloutSeries(model: TrendModel, settings: Settings, slot: number, callout: Callout, index: number): Record<string, unknown> {
  const slotPx = model.plotWidth / Math.max(1, model.count);
  const toEdge = callout.align === 'right' ? (model.firstType === 'bar' ? barWidth(slotPx, model.count) / 2 : 4) : 0;
  return {
    id: unusedId(`callout-${index}`, model.section.series.map((s) => s.id)),
    type: 'line',
    data: [
      { value: [slot, callout.leaderFrom], symbol: 'none' },
      { value: [slot, callout.anchor], symbol: 'circle', symbolSize: 0, label: { ...calloutText(callout, settings), position: 'top', distance: CALLOUT_GAP, offset: [toEdge, 0] } },
    ],
    lineStyle: { width: 1, color: settings.theme.muted, opacity: 0.9 },
    silent: true,
    emphasis: { disabled: true },
    animation: false,
    z: 6,
  };
}

function barData(model: TrendModel, settings: Settings, column: Column) {
  const { highlightSlot, provisional } = model;
  const { theme } = settings;
  return column.map((value, slot) => {
    if (value === null) return '-' as const;
    const emphasised = highlightSlot < 0 || highlightSlot === slot;
    const provisionalBar = provisional[slot]!;
    const label = calloutLabel(model, settings, slot);
    return {
      value,
      itemStyle: {
        color: signColor(value, settings),
        opacity: (provisionalBar ? 0.6 : 1) * (emphasised ? 1 : dimOf(model)),
        ...(provisionalBar
          ? { decal: { symbol: 'rect', color: theme.background, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 } }
          : {}),
      },
      ...(label ? { label } : {}),
    };
  });
}

function lineData(model: TrendModel, settings: Settings, column: Column, seriesIndex: number, color: string | null) {
  const { highlightSlot, provisional } = model;
  const dense = model.count > 60;
  const dim = dimOf(model);
  return column.map((value, slot) => {
    if (value === null) return '-' as const;
    const provisionalPoint = provisional[slot]!;
    const label = seriesIndex === 0 ? calloutLabel(model, settings, slot) : undefined;
    const special = provisionalPoint || slot === highlightSlot || (seriesIndex === 0 && model.callouts.has(slot));
    if (dense && !special) return { value, symbol: 'none' };
    const pointColor = color ?? signColor(value, settings);
    const opacity = slot === highlightSlot || highlightSlot < 0 ? 1 : dim;
    return {
      value,
      symbol: 'circle',
      symbolSize: slot === highlightSlot ? 10 : special ? 8 : 6,
      itemStyle: provisionalPoint
        ? { color: settings.theme.background, borderColor: pointColor, borderWidth: 2, opacity }
        : { color: pointColor, opacity },
      ...(label ? { label } : {}),
    };
  });
}

/**
 * The balance as a line: one colour when it keeps one sign, else deficit below zero and
 * surplus above it (a hard-stop gradient over the line's own height).
 */
function balanceLineColor(balance: Column, settings: Settings) {
  const { theme } = settings;
  let below = false;
  let above = false;
  let top = -Infinity;
  let bottom = Infinity;
  for (const v of balance) {
    if (v === null) continue;
    if (v < 0) below = true;
    if (v > 0) above = true;
    top = Math.max(top, v);
    bottom = Math.min(bottom, v);
  }
  if (!(below && above)) return above ? theme.surplus : theme.deficit;
  const zero = top / (top - bottom);
  return {
    type: 'linear' as const, x: 0, y: 0, x2: 0, y2: 1,
    colorStops: [
      { offset: 0, color: theme.surplus },
      { offset: zero, color: theme.surplus },
      { offset: zero, color: theme.deficit },
      { offset: 1, color: theme.deficit },
    ],
  };
}

/** The first series: the balance, as bars or a line. */
function balanceSeries(model: TrendModel, settings: Settings): Record<string, unknown> {
  const column = model.values[0]!;
  const common = { id: model.section.series[0]!.id, name: model.names[0], emphasis: { focus: 'none' as const }, z: 3 };
  if (model.firstType === 'bar') {
    return { ...common, type: 'bar', data: barData(model, settings, column), barMaxWidth: 48, barCategoryGap: model.count > 120 ? '10%' : '30%', color: settings.theme.deficit };
  }
  const color = balanceLineColor(column, settings);
  return {
    ...common,
    type: 'line',
    data: lineData(model, settings, column, 0, null),
    connectNulls: false,
    showSymbol: true,
    showAllSymbol: true,
    sampling: 'lttb',
    color,
    lineStyle: { width: 2.5, color, opacity: model.highlightSlot >= 0 ? 0.6 : 1 },
  };
}

/** A series after the first: a line in text or muted colour, dashed by turns, named at its end. */
function otherSeries(model: TrendModel, settings: Settings, seriesIndex: number): Record<string, unknown> {
  const { theme } = settings;
  const name = model.names[seriesIndex];
  const color = seriesIndex % 2 === 1 ? theme.text : theme.muted;
  const dash = DASHES[(seriesIndex - 1) % DASHES.length]!;
  return {
    id: model.section.series[seriesIndex]!.id,
    name,
    type: 'line',
    data: lineData(model, settings, model.values[seriesIndex]!, seriesIndex, color),
    connectNulls: false,
    showSymbol: true,
    showAllSymbol: true,
    sampling: 'lttb',
    color,
    lineStyle: { width: 2, type: dash, color, opacity: model.highlightSlot >= 0 ? 0.6 : 1 },
    // No legend component: each line is named at its right end (the table and key notes name them too).
    endLabel: {
      show: true,
      formatter: name,
      color,
      fontFamily: theme.fontFamily,
      fontSize: FONT_SIZE,
      distance: 6,
      width: model.endLabelWidth,
      overflow: 'truncate',
      ...haloOf(settings),
    },
    emphasis: { focus: 'none' as const },
    z: 4,
  };
}

/**
 * Gaps in the balance: shaded bands, so a gap never reads as zero. A band is the area
 * under a line along the top of the hidden 0–1 axis, over the hidden x axis counted in
 * slots: bars shade whole slots, a line shades from the published point before the gap
 * to the one after, where the line breaks. Its label (the period's note, else "not
 * published") hangs from the top, when it fits.
 */
function bandData(model: TrendModel, settings: Settings): unknown[] {
  const { balance, count, slotPx, annotationAt, firstType } = model;
  const { theme } = settings;
  const data: unknown[] = [];
  for (let slot = 0; slot < count; slot++) {
    if (balance[slot] !== null) continue;
    let end = slot;
    while (end + 1 < count && balance[end + 1] === null) end++;
    const bandPx = (end - slot + 1) * slotPx;
    let note: string | undefined;
    for (let s = slot; s <= end && note === undefined; s++) note = annotationAt.get(s);
    const lines = wrap(note ?? messages(settings.lang).notPublished, Math.max(0, bandPx - 6), SMALL_FONT_SIZE);
    const fits = lines.every((line) => textWidth(line, SMALL_FONT_SIZE) <= bandPx - 4) && lines.length <= 4;
    const from = firstType === 'bar' ? slot : Math.max(0, slot - 1) + 0.5;
    const to = firstType === 'bar' ? end + 1 : Math.min(count - 1, end + 1) + 0.5;
    if (data.length) data.push([null, null]);
    data.push(
      [from, 1],
      {
        value: [(from + to) / 2, 1],
        // A point of no size, to hang the label from.
        symbol: 'circle',
        symbolSize: 0,
        label: fits
          ? { show: true, position: 'bottom', distance: 5, formatter: lines.join('\n'), color: theme.muted, fontFamily: theme.fontFamily, fontSize: SMALL_FONT_SIZE, lineHeight: lineHeightFor(settings.lang) }
          : { show: false },
      },
      [to, 1],
    );
    slot = end;
  }
  return data;
}

/** `base`, or `base` with underscores added, so a helper series' id is none of the data's. */
function unusedId(base: string, taken: readonly string[]): string {
  let id = base;
  while (taken.includes(id)) id += '_';
  return id;
}

function bandSeries(model: TrendModel, settings: Settings) {
  return {
    id: unusedId('gaps', model.section.series.map((s) => s.id)),
    type: 'line',
    xAxisIndex: 1,
    yAxisIndex: 1,
    data: bandData(model, settings),
    symbol: 'none',
    connectNulls: false,
    clip: false,
    lineStyle: { width: 0, opacity: 0 },
    areaStyle: { color: settings.theme.grid, opacity: 0.55, origin: 'start' as const },
    // Scenery, not data: no hover, no emphasis, under the bars and lines.
    silent: true,
    emphasis: { disabled: true },
    animation: false,
    z: 1,
  };
}

/** Every series, in the data's order, then the gap bands when the balance has gaps. */
export function trendSeries(model: TrendModel, settings: Settings): Record<string, unknown>[] {
  const series = model.section.series.map((_, seriesIndex) => (seriesIndex === 0 ? balanceSeries(model, settings) : otherSeries(model, settings, seriesIndex)));
  const leaders = [...model.callouts].filter(([, callout]) => callout.place === 'leader').map(([slot, callout], i) => bandCalloutSeries(model, settings, slot, callout, i));
  return [...series, ...(model.gaps ? [bandSeries(model, settings)] : []), ...leaders];
}
