import type { Granularity, Lang, Period, TrendSection } from '../../data/types.js';
import type { ChartBuild, ChartItem, Settings, WidgetChart } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { parsePeriodCode, periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { messages } from '../../format/messages.js';
import { formatAxisMoney, moneyUnit, unitLabel } from '../../format/money.js';
import { textWidth, wrap } from '../text-measure.js';
import { amount, money, plain, signColor, textBase } from '../common.js';
import { changeCallout, latestChange } from './summary.js';

const PARTS: Readonly<Record<Granularity, number>> = { year: 1, half: 2, quarter: 4, month: 12 };

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

/** "H1", "Q3", "Jul" / "상반기", "3분기", "7월": the part of a period name without the year. */
function partName(p: Period, lang: Lang): string {
  const full = periodName(p, lang);
  return lang === 'ko' ? full.slice(String(p.year).length + 2) : full.replace(/ \d{4}$/, '');
}

function yearName(year: number, lang: Lang): string {
  return lang === 'ko' ? `${year}년` : String(year);
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

interface AxisPlan {
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

/** `base`, or `base` with underscores added, so a helper series' id is none of the data's. */
function unusedId(base: string, taken: readonly string[]): string {
  let id = base;
  while (taken.includes(id)) id += '_';
  return id;
}

/** Line styles for the second and later series: told apart by dash as well as by colour. */
const DASHES = ['solid', 'dashed', 'dotted'] as const;

/** The plot's height without the axes; before layout, that of a 360 px chart. */
const plotHeight = (settings: Settings) => Math.max((settings.height || 360) - 80, 120);
const LINE = 16;

interface Callout {
  readonly lines: readonly string[];
  /** The first line is the value, drawn bold. */
  readonly bold: boolean;
  readonly align: 'center' | 'right';
}

/** The ECharts option for `<deficit-trend>`: a pure function of the data and the settings. */
export function buildTrendOption(section: TrendSection, settings: Settings): ChartBuild {
  const { lang, currency, theme } = settings;
  const text = messages(lang);
  const first = section.periods[0];
  const slotList = axisPeriods(section);
  if (!first) return { option: { series: [] }, items: [], tooltip: { trigger: 'item', categoryAxis: 'x', text: () => '' } };
  const count = slotList.length;
  const periods = slotList.map((slot, index) => slot ?? periodAt(first.ordinal + index, first.granularity));
  // Index into section.periods for each slot (-1: not listed): one pass, no indexOf.
  const listedAt = new Int32Array(count).fill(-1);
  section.periods.forEach((period, index) => (listedAt[period.ordinal - first.ordinal] = index));
  const fullNames = periods.map((p) => periodName(p, lang));
  const provisional = new Set(section.provisional);
  const isProvisional = (slot: number) => listedAt[slot]! >= 0 && provisional.has(periods[slot]!.code);
  const annotationAt = new Map<number, string>();
  for (const note of section.annotations) {
    const p = parsePeriodCode(note.period);
    const value = plain(pickText(note.text, lang));
    if (p && value) annotationAt.set(p.ordinal - first.ordinal, value);
  }
  const highlightSlot = settings.highlight ? periods.findIndex((p, i) => listedAt[i]! >= 0 && p.code === settings.highlight) : -1;

  const values = section.series.map((series) => {
    const out: (number | null)[] = new Array(count).fill(null);
    for (let slot = 0; slot < count; slot++) {
      const index = listedAt[slot]!;
      if (index >= 0) out[slot] = amount(series.values[index], currency);
    }
    return out;
  });
  const names = section.series.map((series) => plain(pickText(series.label, lang)));
  const multi = section.series.length > 1;
  const firstType = settings.variant['type'] === 'line' ? 'line' : 'bar';
  const balance = values[0] ?? [];

  // ---- geometry ---------------------------------------------------------------------
  const width = settings.width > 0 ? settings.width : 640;
  let lo = 0;
  let hi = 0;
  for (const column of values) {
    for (const v of column) {
      if (v === null) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  const endLabelWidth = multi ? Math.min(Math.max(...names.slice(1).map((n) => textWidth(n))) + 10, width * 0.28) : 0;
  const gridRight = multi ? endLabelWidth + 12 : 16;
  const axisUnit = moneyUnit(Math.max(Math.abs(lo), Math.abs(hi)), lang);
  const tickWidth = textWidth(formatAxisMoney(lo < 0 ? lo : -hi, currency, lang, axisUnit)) + 12;
  const plotWidth = Math.max(40, width - 8 - tickWidth - gridRight);
  const slotPx = plotWidth / count;
  const plan = planAxis(periods, lang, slotPx);

  // ---- the latest change and the dataset's notes, by the bars they belong to ------------
  const change = latestChange(section, currency);
  const latestSlot = (() => {
    for (let slot = count - 1; slot >= 0; slot--) if (balance[slot] !== null) return slot;
    return -1;
  })();
  const callouts = new Map<number, Callout>();
  const calloutWidth = Math.min(220, Math.max(110, plotWidth * 0.42));
  if (latestSlot >= 0) {
    const value = balance[latestSlot]!;
    // The dataset's own note for the latest period is the editor's voice: it replaces the computed one.
    const note = annotationAt.get(latestSlot);
    const lines = note ? wrap(note, calloutWidth) : change ? changeCallout(change, settings) : [];
    callouts.set(latestSlot, { lines: [money(value, settings), ...lines], bold: true, align: 'right' });
  }
  for (const [slot, note] of annotationAt) {
    if (slot === latestSlot || balance[slot] === null || balance[slot] === undefined) continue;
    callouts.set(slot, { lines: wrap(note, Math.max(80, Math.min(160, slotPx * 2.2))), bold: false, align: 'center' });
  }
  if (highlightSlot >= 0 && !callouts.has(highlightSlot) && balance[highlightSlot] !== null) {
    callouts.set(highlightSlot, { lines: [money(balance[highlightSlot]!, settings)], bold: true, align: 'center' });
  }

  // Room beyond the tip of the latest bar for its callout, so the text never sits on a bar.
  const latestValue = latestSlot >= 0 ? balance[latestSlot]! : 0;
  const latestLines = callouts.get(latestSlot)?.lines.length ?? 0;
  // The label needs `share` of the final axis height beyond the tip:
  // (latest − min) ≥ share × (max − min), solved for min (or max for a positive value).
  const share = Math.min(0.6, (latestLines * LINE + 12) / plotHeight(settings));
  let min = lo;
  let max = hi;
  if (latestLines) {
    if (latestValue < 0) min = Math.min(lo, (latestValue - share * hi) / (1 - share));
    else max = Math.max(hi, (latestValue - share * lo) / (1 - share));
  }
  if (min === max) max = min + 1;
  // Ends on ticks (ECharts counts ticks from the ends): of the nice steps giving 4 to 7
  // intervals, the one that wastes the least height.
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
  min = round(Math.floor(min / step) * step);
  max = round(Math.ceil(max / step) * step);
  const axisFormat = (v: number) => formatAxisMoney(v, currency, lang, axisUnit);

  // ---- series -----------------------------------------------------------------------
  const items: ChartItem[] = [];
  const dense = count > 60;
  const dim = highlightSlot >= 0 ? 0.3 : 1;
  const halo = { textBorderColor: theme.background, textBorderWidth: 3 };

  const labelFor = (slot: number, value: number) => {
    const callout = callouts.get(slot);
    if (!callout) return undefined;
    const below = value < 0;
    const [head, ...rest] = callout.lines;
    const formatter = callout.bold
      ? [`{v|${head}}`, ...rest.map((line) => `{c|${line}}`)].join('\n')
      : callout.lines.map((line) => `{c|${line}}`).join('\n');
    const token = { ...halo, fontFamily: theme.fontFamily, align: callout.align };
    return {
      show: true,
      // [x, y] in the bar's (or symbol's) box: its tip, at the right edge for the latest
      // value (so the text reaches back over the plot, never out of it) or centred.
      position: [callout.align === 'right' ? '100%' : '50%', below ? '100%' : '0%'],
      align: callout.align,
      verticalAlign: below ? 'top' : 'bottom',
      offset: [0, below ? 5 : -5],
      formatter,
      color: theme.text,
      // Labels inherit the bar's opacity (provisional, dimmed): the words stay solid.
      opacity: 1,
      ...halo,
      rich: {
        v: { ...token, color: theme.text, fontSize: 13, fontWeight: 'bold', lineHeight: LINE + 1 },
        c: { ...token, color: theme.text, fontSize: 12, lineHeight: LINE },
      },
    };
  };

  const pushItem = (seriesIndex: number, slot: number, value: number) => {
    items.push({
      id: periods[slot]!.code,
      label: multi ? `${fullNames[slot]}, ${names[seriesIndex]}` : fullNames[slot]!,
      value,
      // Formatted when the keyboard reaches the item: formatting every value of a long
      // series at each draw cost ~60 ms for 5,000 months.
      get valueText() {
        const note = annotationAt.get(slot);
        return money(value, settings) + (isProvisional(slot) ? ` (${text.provisional})` : '') + (note && seriesIndex === 0 ? `. ${note}` : '');
      },
      series: section.series[seriesIndex]!.id,
      seriesIndex,
      dataIndex: slot,
    });
  };

  const barData = (column: readonly (number | null)[]) =>
    column.map((value, slot) => {
      if (value === null) return '-' as const;
      pushItem(0, slot, value);
      const emphasised = highlightSlot < 0 || highlightSlot === slot;
      const provisionalBar = isProvisional(slot);
      const label = labelFor(slot, value);
      return {
        value,
        itemStyle: {
          color: signColor(value, settings),
          opacity: (provisionalBar ? 0.6 : 1) * (emphasised ? 1 : dim),
          ...(provisionalBar
            ? { decal: { symbol: 'rect', color: theme.background, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 } }
            : {}),
        },
        ...(label ? { label } : {}),
      };
    });

  const lineData = (column: readonly (number | null)[], seriesIndex: number, color: string | null) =>
    column.map((value, slot) => {
      if (value === null) return '-' as const;
      pushItem(seriesIndex, slot, value);
      const provisionalPoint = isProvisional(slot);
      const label = seriesIndex === 0 ? labelFor(slot, value) : undefined;
      const special = provisionalPoint || slot === highlightSlot || label !== undefined;
      if (dense && !special) return { value, symbol: 'none' };
      const pointColor = color ?? signColor(value, settings);
      return {
        value,
        symbol: 'circle',
        symbolSize: slot === highlightSlot ? 10 : special ? 8 : 6,
        itemStyle: provisionalPoint
          ? { color: theme.background, borderColor: pointColor, borderWidth: 2, opacity: slot === highlightSlot || highlightSlot < 0 ? 1 : dim }
          : { color: pointColor, opacity: slot === highlightSlot || highlightSlot < 0 ? 1 : dim },
        ...(label ? { label } : {}),
      };
    });

  // The balance as a line: one colour when it keeps one sign, else deficit below zero and
  // surplus above it (a hard-stop gradient over the line's own height).
  const balanceLineColor = (() => {
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
  })();

  // Gaps in the balance: shaded bands, so a gap never reads as zero. A band is the area
  // under a line along the top of a hidden 0–1 axis, over a hidden x axis counted in slots
  // (slot i spans [i, i + 1]): bars shade whole slots, a line shades from the published
  // point before the gap to the one after, where the line breaks. Its label (the period's
  // note, else "not published") hangs from the top, when it fits.
  const bandData: unknown[] = [];
  for (let slot = 0; slot < count; slot++) {
    if (balance[slot] !== null) continue;
    let end = slot;
    while (end + 1 < count && balance[end + 1] === null) end++;
    const bandPx = (end - slot + 1) * slotPx;
    let note: string | undefined;
    for (let s = slot; s <= end && note === undefined; s++) note = annotationAt.get(s);
    const labelText = note ?? text.notPublished;
    const lines = wrap(labelText, Math.max(0, bandPx - 6), 11);
    const fits = lines.every((line) => textWidth(line, 11) <= bandPx - 4) && lines.length <= 4;
    const from = firstType === 'bar' ? slot : Math.max(0, slot - 1) + 0.5;
    const to = firstType === 'bar' ? end + 1 : Math.min(count - 1, end + 1) + 0.5;
    if (bandData.length) bandData.push([null, null]);
    bandData.push(
      [from, 1],
      {
        value: [(from + to) / 2, 1],
        // A point of no size, to hang the label from.
        symbol: 'circle',
        symbolSize: 0,
        label: fits
          ? { show: true, position: 'bottom', distance: 5, formatter: lines.join('\n'), color: theme.muted, fontFamily: theme.fontFamily, fontSize: 11, lineHeight: 14 }
          : { show: false },
      },
      [to, 1],
    );
    slot = end;
  }
  const bands = bandData.length > 0;

  const series: Record<string, unknown>[] = section.series.map((trendSeries, seriesIndex) => {
    const column = values[seriesIndex]!;
    if (seriesIndex === 0) {
      const common = {
        id: trendSeries.id,
        name: names[0],
        emphasis: { focus: 'none' as const },
        z: 3,
      };
      if (firstType === 'bar') {
        return { ...common, type: 'bar', data: barData(column), barMaxWidth: 48, barCategoryGap: count > 120 ? '10%' : '30%', color: theme.deficit };
      }
      return {
        ...common,
        type: 'line',
        data: lineData(column, 0, null),
        connectNulls: false,
        showSymbol: true,
        showAllSymbol: true,
        sampling: 'lttb',
        color: balanceLineColor,
        lineStyle: { width: 2.5, color: balanceLineColor, opacity: highlightSlot >= 0 ? 0.6 : 1 },
      };
    }
    const color = seriesIndex % 2 === 1 ? theme.text : theme.muted;
    const dash = DASHES[(seriesIndex - 1) % DASHES.length]!;
    return {
      id: trendSeries.id,
      name: names[seriesIndex],
      type: 'line',
      data: lineData(column, seriesIndex, color),
      connectNulls: false,
      showSymbol: true,
      showAllSymbol: true,
      sampling: 'lttb',
      color,
      lineStyle: { width: 2, type: dash, color, opacity: highlightSlot >= 0 ? 0.6 : 1 },
      // No legend component: each line is named at its right end (the table and key notes name them too).
      endLabel: {
        show: true,
        formatter: names[seriesIndex],
        color,
        fontFamily: theme.fontFamily,
        fontSize: 12,
        distance: 6,
        width: endLabelWidth,
        overflow: 'truncate',
        ...halo,
      },
      emphasis: { focus: 'none' as const },
      z: 4,
    };
  });

  // ---- axes and tooltip text -------------------------------------------------------------
  const axisLabel: Record<string, unknown> = { ...textBase(settings), hideOverlap: true, lineHeight: 15 };
  if (plan.mode === 'full') axisLabel['interval'] = 0;
  else if (plan.mode === 'stacked') {
    axisLabel['interval'] = 0;
    axisLabel['formatter'] = (_: string, index: number) => {
      const p = periods[index]!;
      return p.part === 1 || index === 0 ? `${partName(p, lang)}\n${yearName(p.year, lang)}` : partName(p, lang);
    };
  } else {
    axisLabel['interval'] = (index: number) => {
      const p = periods[index]!;
      return p.part === 1 && p.year % plan.every === 0;
    };
    axisLabel['formatter'] = (_: string, index: number) => yearName(periods[index]!.year, lang);
  }

  const slotTooltip = (slot: number): string => {
    const lines = [fullNames[slot]! + (isProvisional(slot) ? ` (${text.provisional})` : '')];
    values.forEach((column, seriesIndex) => {
      const v = column[slot];
      const shown = v === null || v === undefined ? text.notPublished : money(v, settings);
      // HTML text, not ECharts: the label as written (`names` has look-alike braces for ECharts).
      lines.push(multi ? `${pickText(section.series[seriesIndex]!.label, lang)}: ${shown}` : shown);
    });
    const note = annotationAt.get(slot);
    if (note) lines.push(note);
    return lines.join('\n');
  };

  // The zero line is the category axis' own line, laid on zero of the value axis (its labels
  // stay at the bottom), drawn over the bars like a rule.
  const categoryAxis = {
    type: 'category' as const,
    data: fullNames,
    axisLine: { show: true, onZero: true, onZeroAxisIndex: 0, lineStyle: { color: theme.muted, width: 1, type: 'solid' as const, opacity: 0.9 } },
    axisTick: { show: false, interval: 0 },
    axisLabel,
    z: 5,
  };
  const valueAxis = {
    type: 'value' as const,
    min,
    max,
    interval: step,
    ...(lang === 'ko'
      ? { name: unitLabel(axisUnit, currency, lang), nameLocation: 'end' as const, nameGap: 12, nameTextStyle: { ...textBase(settings), align: 'left' as const, padding: [0, 0, 0, -tickWidth + 12] } }
      : {}),
    axisLabel: { ...textBase(settings), formatter: axisFormat },
    splitLine: { lineStyle: { color: theme.grid } },
    // No line or ticks (shown by default beside the hidden value axis for the bands), and
    // never laid on zero of that axis (the Korean unit name would move with it).
    axisLine: { show: false, onZero: false },
    axisTick: { show: false },
  };
  // Only for the gap bands: hidden.
  const slotAxis = { type: 'value' as const, show: false, min: 0, max: count };
  const bandAxis = { type: 'value' as const, show: false, min: 0, max: 1 };
  const bandSeries = {
    id: unusedId('gaps', section.series.map((s) => s.id)),
    type: 'line',
    xAxisIndex: 1,
    yAxisIndex: 1,
    data: bandData,
    symbol: 'none',
    connectNulls: false,
    clip: false,
    lineStyle: { width: 0, opacity: 0 },
    areaStyle: { color: theme.grid, opacity: 0.55, origin: 'start' as const },
    // Scenery, not data: no hover, no emphasis, under the bars and lines.
    silent: true,
    emphasis: { disabled: true },
    animation: false,
    z: 1,
  };

  const option: ChartOption = {
    animation: settings.animation,
    grid: { left: 8, right: gridRight, top: lang === 'ko' ? 30 : 20, bottom: 8 },
    xAxis: bands ? [categoryAxis, slotAxis] : categoryAxis,
    yAxis: bands ? [valueAxis, bandAxis] : valueAxis,
    series: (bands ? [...series, bandSeries] : series) as ChartOption['series'],
  };
  return { option, items, tooltip: { trigger: 'slot', categoryAxis: 'x', text: (_seriesIndex, slot) => (slot >= 0 && slot < count ? slotTooltip(slot) : '') } };
}

export const trendChart: WidgetChart<TrendSection> = { build: buildTrendOption };
