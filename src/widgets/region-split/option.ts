import type { RegionsSection } from '../../data/types.js';
import type { ChartBuild, ChartItem, Settings, WidgetChart } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import type { BarSeriesOption } from 'echarts/charts';
import { pickText } from '../../data/text.js';
import { formatPercent } from '../../format/money.js';
import { messages } from '../../format/messages.js';
import { money, moneyAxisLabels, plain, signColor, textBase } from '../common.js';
import { fitLines, textWidth } from '../text-measure.js';
import { regionsModel, type RegionRow } from './model.js';
import { regionsText } from './wording.js';

/** Hatching for figures the publisher derived from others. */
export const DERIVED_DECAL = { symbol: 'rect', color: 'rgba(255,255,255,0.5)', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 };

/** Below this chart width, labels take two lines and the category column narrows. */
export const NARROW = 480;
const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
/** ECharts' default distance between a bar end and its label, plus a little air. */
const LABEL_GAP = 7;
/** ECharts' default distance between the axis and its labels. */
const AXIS_LABEL_MARGIN = 8;
/** Transparency of regions other than the highlighted one. */
const DIMMED = 0.35;

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
export function valueRange(
  anchors: readonly Anchor[],
  extents: readonly number[],
  plot: number,
): { min: number; max: number } {
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

/**
 * Diverging bars, surplus regions on one side and deficit regions on the other; stacked
 * by segment when the data has segments (a missing segment is a dashed outline, not 0).
 */
export function buildRegionsOption(section: RegionsSection, settings: Settings): ChartBuild {
  const { lang, theme } = settings;
  const text = messages(lang);
  const own = regionsText(lang);
  const { rows, segmented } = regionsModel(section, settings);
  const width = settings.width > 0 ? settings.width : 640;
  const narrow = width < NARROW;
  const font = theme.fontFamily;
  const measure = (line: string) => textWidth(line, FONT_SIZE, font);
  const dim = (id: string) => (settings.highlight && settings.highlight !== id ? DIMMED : 1);
  const segmentNames = section.segments.map((segment) => pickText(segment.label, lang));
  const capitalised = text.derived.charAt(0).toUpperCase() + text.derived.slice(1);

  // ---- text -------------------------------------------------------------------------
  /** The value label: one line, or value over share on narrow charts. */
  const valueLines = (row: RegionRow): string[] => {
    if (row.value === null) return [];
    const value = money(row.value, settings);
    if (row.share === null) return [value];
    const share = formatPercent(row.share, lang);
    return narrow ? [value, share] : [own.withShare(value, share)];
  };
  const valueText = (row: RegionRow) => {
    if (row.value === null) return text.notPublished;
    const value = money(row.value, settings);
    return row.share === null ? value : own.withShare(value, formatPercent(row.share, lang));
  };
  const derivedLine = (row: RegionRow) => (row.derived ? `${capitalised}${row.note ? `: ${row.note}` : ''}` : '');

  // Category labels: fitted to a column of at most a quarter of the chart (two lines
  // when there is room), cut with "…"; the full label is in the tooltip and the table.
  const column = Math.min(narrow ? Math.round(width * 0.3) : Math.round(width * 0.25), 200);
  const maxLines = rows.length <= 8 ? 2 : 1;
  const star = measure('*');
  const categoryLines = rows.map((row) => {
    const lines = fitLines(row.label, row.derived ? column - star : column, maxLines, FONT_SIZE, font);
    if (row.derived) lines[lines.length - 1] += '*';
    return lines;
  });
  const categoryWidth = Math.ceil(Math.max(1, ...categoryLines.flat().map(measure)));

  // ---- series -----------------------------------------------------------------------
  const items: ChartItem[] = [];
  const tooltips = new Map<string, string>();
  const labels = new Map<string, { lines: string[]; side: Side }>();
  const anchors: Anchor[] = [];
  const extents: number[] = [];
  const key = (seriesIndex: number, dataIndex: number) => `${seriesIndex}:${dataIndex}`;
  const anchor = (row: RegionRow, dataIndex: number, seriesIndex: number, side: Side, end: number) => {
    const lines = valueLines(row);
    if (!lines.length) return;
    labels.set(key(seriesIndex, dataIndex), { lines, side });
    anchors.push({ seriesIndex, side, end, width: Math.max(...lines.map(measure)) + LABEL_GAP });
  };
  /** The data item's own label: shown only where the region's value label sits. */
  const labelFor = (seriesIndex: number, dataIndex: number, opacity: number) => {
    const label = labels.get(key(seriesIndex, dataIndex));
    return label ? { label: { show: true, position: label.side, opacity } } : {};
  };
  const series: BarSeriesOption[] = [];
  const labelStyle = {
    ...textBase(settings),
    lineHeight: LINE_HEIGHT,
    formatter: (params: unknown) => {
      const p = params as { seriesIndex: number; dataIndex: number };
      return plain(labels.get(key(p.seriesIndex, p.dataIndex))?.lines.join('\n') ?? '');
    },
  };

  if (!segmented) {
    const data = rows.map((row, dataIndex) => {
      if (row.value === null) return { value: '-' as const };
      const side: Side = row.value < 0 ? 'left' : 'right';
      extents.push(row.value);
      anchor(row, dataIndex, 0, side, row.value);
      const valueLine = valueText(row);
      items.push({ id: row.id, label: row.label, value: row.value, valueText: [valueLine, derivedLine(row)].filter(Boolean).join('; '), series: 'value', seriesIndex: 0, dataIndex });
      tooltips.set(key(0, dataIndex), [row.label, valueLine, derivedLine(row)].filter(Boolean).join('\n'));
      return {
        value: row.value,
        ...labelFor(0, dataIndex, dim(row.id)),
        itemStyle: { color: signColor(row.value, settings), opacity: dim(row.id), ...(row.derived ? { decal: DERIVED_DECAL } : {}) },
      };
    });
    series.push({ id: 'value', type: 'bar', barWidth: '60%', barMaxWidth: 44, data, label: { show: true, ...labelStyle } });
  } else {
    const count = section.segments.length;
    const unsplitIndex = count;
    // Per row, which series holds the outermost part on each side (samesign stacking
    // stacks series in order, outward from zero, separately for each sign).
    const outer = rows.map((row) => {
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
    rows.forEach((row, dataIndex) => {
      const o = outer[dataIndex]!;
      extents.push(o.positive, o.negative);
      if (row.value === null) return;
      const wanted: Side = row.value < 0 ? 'left' : 'right';
      const side: Side = (wanted === 'left' ? o.left : o.right) >= 0 ? wanted : wanted === 'left' ? 'right' : 'left';
      const seriesIndex = side === 'left' ? o.left : o.right;
      if (seriesIndex >= 0) anchor(row, dataIndex, seriesIndex, side, side === 'left' ? o.negative : o.positive);
    });
    const total = (row: RegionRow) => `${own.regionTotal}: ${valueText(row)}`;
    // Items in reading order: region by region, segments in data order.
    rows.forEach((row, dataIndex) => {
      row.segments.forEach((value, seriesIndex) => {
        const name = segmentNames[seriesIndex]!;
        const line = `${name}: ${value === null ? text.notPublished : money(value, settings)}`;
        tooltips.set(key(seriesIndex, dataIndex), [row.label, line, total(row), derivedLine(row)].filter(Boolean).join('\n'));
        if (value === null) return;
        items.push({ id: row.id, label: `${row.label}, ${name}`, value, valueText: money(value, settings), series: section.segments[seriesIndex]!.id, seriesIndex, dataIndex });
      });
      if (row.unsplit !== null) {
        const missing = row.segments.flatMap((value, i) => (value === null ? [segmentNames[i]!] : [])).join(', ');
        tooltips.set(key(unsplitIndex, dataIndex), [row.label, `${missing}: ${text.notPublished} (${money(row.unsplit, settings)})`, total(row), derivedLine(row)].filter(Boolean).join('\n'));
        items.push({ id: row.id, label: `${row.label}, ${own.unsplit}`, value: row.unsplit, valueText: money(row.unsplit, settings), series: 'unsplit', seriesIndex: unsplitIndex, dataIndex });
      }
    });
    // Each segment its own shade (darkest first, as the key says); a thin line of
    // background between parts. Samesign stacking puts each sign's parts outward from zero.
    const shade = (seriesIndex: number) => (count === 1 ? 1 : 1 - (seriesIndex * 0.55) / (count - 1));
    /** One stacked part per region; `null` is a gap (no bar), never zero. */
    const stacked = (id: string, name: string, seriesIndex: number, valueOf: (row: RegionRow) => number | null, style: (value: number, row: RegionRow) => object) => ({
      id,
      name: plain(name),
      type: 'bar' as const,
      stack: 'regions',
      stackStrategy: 'samesign' as const,
      barWidth: '60%',
      barMaxWidth: 44,
      label: { show: false, ...labelStyle },
      data: rows.map((row, dataIndex) => {
        const value = valueOf(row);
        if (value === null) return { value: '-' as const };
        return { value, ...labelFor(seriesIndex, dataIndex, dim(row.id)), itemStyle: style(value, row) };
      }),
    });
    section.segments.forEach((segment, seriesIndex) => {
      series.push(
        stacked(`segment-${segment.id}`, segmentNames[seriesIndex]!, seriesIndex, (row) => row.segments[seriesIndex] ?? null, (value, row) => ({
          color: signColor(value, settings),
          opacity: dim(row.id) * shade(seriesIndex),
          borderColor: theme.background,
          borderWidth: 1,
          ...(row.derived ? { decal: DERIVED_DECAL } : {}),
        })),
      );
    });
    if (rows.some((row) => row.unsplit !== null)) {
      series.push(
        stacked('unsplit', own.unsplit, unsplitIndex, (row) => row.unsplit, (value, row) => ({
          color: 'rgba(0,0,0,0)',
          borderColor: signColor(value, settings),
          borderType: 'dashed' as const,
          borderWidth: 1,
          opacity: dim(row.id),
        })),
      );
    }
  }

  // A region with no figure is a gap, not a zero: its row says so beside the zero line.
  // A silent, invisible series laid over the bars (barGap -100%), after every series
  // that carries items, so item indices stay those of the bars.
  const gapIndex = series.length;
  const gapLabel = { lines: [text.notPublished], side: 'right' as const };
  const gapRows = rows.flatMap((row, dataIndex) => (row.value === null && row.segments.every((v) => v === null) ? [dataIndex] : []));
  if (gapRows.length) {
    for (const dataIndex of gapRows) labels.set(key(gapIndex, dataIndex), gapLabel);
    anchors.push({ seriesIndex: gapIndex, side: 'right', end: 0, width: measure(text.notPublished) + LABEL_GAP });
    series.push({
      id: 'gap',
      type: 'bar',
      silent: true,
      barGap: '-100%',
      barWidth: '60%',
      barMaxWidth: 44,
      itemStyle: { color: 'rgba(0,0,0,0)' },
      label: { show: false, ...labelStyle, fontStyle: 'italic' },
      data: rows.map((row, dataIndex) => (gapRows.includes(dataIndex) ? { value: 0, ...labelFor(gapIndex, dataIndex, dim(row.id)) } : { value: '-' as const })),
    });
  }

  // ---- layout -----------------------------------------------------------------------
  const grid = { left: categoryWidth + AXIS_LABEL_MARGIN + 4, right: 8, top: 8, bottom: 26 };
  let range = valueRange(anchors, extents, Math.max(80, width - grid.left - grid.right));
  let axis = moneyAxisLabels([range.min, range.max, ...extents], settings.currency, lang);
  // A tick near the right end centres its label on it: leave room for half a label.
  grid.right = Math.max(8, Math.ceil(measure(axis.format(range.max)) / 2) + 2);
  range = valueRange(anchors, extents, Math.max(80, width - grid.left - grid.right));
  axis = moneyAxisLabels([range.min, range.max, ...extents], settings.currency, lang);

  const option: ChartOption = {
    animation: settings.animation,
    // The grid is the plot itself: category labels sit in the margin reserved for them.
    grid: { ...grid, outerBoundsMode: 'none' } as ChartOption['grid'],
    xAxis: {
      type: 'value',
      min: range.min,
      max: range.max,
      // The ends of the range are wherever the labels put them: no tick label there.
      axisLabel: { ...textBase(settings), formatter: axis.format, hideOverlap: true, showMinLabel: false, showMaxLabel: false },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categoryLines.map((lines) => plain(lines.join('\n'))),
      axisLine: { onZero: true, lineStyle: { color: theme.muted } },
      axisTick: { show: false },
      axisLabel: { ...textBase(settings), color: theme.text, lineHeight: LINE_HEIGHT, interval: 0, margin: AXIS_LABEL_MARGIN, align: 'right' },
    },
    series,
  };
  return { option, items, tooltip: { trigger: 'item', categoryAxis: 'y', text: (s, d) => tooltips.get(key(s, d)) ?? '' } };
}

export const regionsChart: WidgetChart<RegionsSection> = { build: buildRegionsOption };
