/** `<driver-breakdown>`'s axes: money across, one row per category (or bridge step) down. */
import type { Settings } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { moneyAxisLabels, plain, textBase } from '../common.js';
import { FONT_SIZE, SMALL_FONT_SIZE } from '../layout.js';
import { textWidth, truncate } from '../text-measure.js';
import { GRID, INDENT, type AxisFit, type BridgeStep, type DriverRow, type Layout } from './model.js';

/** Text styles of the rich-text parts of category and value labels. */
export function richStyles(settings: Settings) {
  const base = { fontFamily: settings.theme.fontFamily };
  return {
    parent: { ...base, color: settings.theme.text, fontSize: FONT_SIZE },
    child: { ...base, color: settings.theme.muted, fontSize: SMALL_FONT_SIZE, padding: [0, 0, 0, INDENT] },
    total: { ...base, color: settings.theme.text, fontSize: FONT_SIZE, fontWeight: 'bold' as const },
    value: { ...base, color: settings.theme.text, fontSize: FONT_SIZE },
    childValue: { ...base, color: settings.theme.muted, fontSize: SMALL_FONT_SIZE },
    change: { ...base, color: settings.theme.muted, fontSize: SMALL_FONT_SIZE },
  };
}

/** A label cut to `width`, starred when derived (the key says what the star means). */
function starred(label: string, derived: boolean, width: number, size: number): string {
  return derived ? `${truncate(label, width - textWidth('*', size), size)}*` : truncate(label, width, size);
}

/** The balance view's category labels: cut to the label column, sub-items indented and smaller, "Other" starred. */
export function rowCategories(rows: readonly DriverRow[], box: Layout): string[] {
  return rows.map((r) => {
    const size = r.depth ? SMALL_FONT_SIZE : FONT_SIZE;
    const cut = starred(r.label, r.derived, box.labelWidth - (r.depth ? INDENT : 0), size);
    return `{${r.depth ? 'child' : 'parent'}|${plain(cut)}}`;
  });
}

/** The bridge's category labels: the totals bold. */
export function stepCategories(steps: readonly BridgeStep[], box: Layout): string[] {
  return steps.map((step) => {
    const style = step.kind === 'start' || step.kind === 'end' ? 'total' : 'parent';
    return `{${style}|${plain(starred(step.label, step.derived, box.labelWidth, FONT_SIZE))}}`;
  });
}

/** The grid and both axes, the same in both views. */
export function driverAxes(settings: Settings, box: Layout, categories: readonly string[], axis: AxisFit): Pick<ChartOption, 'grid' | 'xAxis' | 'yAxis'> {
  const format = moneyAxisLabels([axis.min, axis.max], settings).format;
  return {
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
        rich: richStyles(settings),
      },
    },
  };
}
