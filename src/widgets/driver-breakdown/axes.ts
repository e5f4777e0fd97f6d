/** `<driver-breakdown>`'s axes: money across, one row per category (or bridge step) down. */
import type { Settings } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { moneyAxisLabels, textBase } from '../common.js';
import { AXIS_LINE_HEIGHT, FONT_SIZE, SMALL_FONT_SIZE } from '../layout.js';
import { nameLabel, nameStyles, nameText } from '../rows.js';
import { GRID, INDENT, type AxisFit, type BridgeStep, type DriverRow, type Layout } from './model.js';

/** Text styles of the rich-text parts of category and value labels. */
export function richStyles(settings: Settings) {
  const base = { fontFamily: settings.theme.fontFamily };
  return {
    parent: { ...base, color: settings.theme.text, fontSize: FONT_SIZE },
    child: { ...base, color: settings.theme.muted, fontSize: SMALL_FONT_SIZE, padding: [0, 0, 0, INDENT] },
    total: { ...base, color: settings.theme.text, fontSize: FONT_SIZE, fontWeight: 'bold' as const },
    // Value and change stack on phones: lines as tall as the font's box, so they never touch.
    value: { ...base, color: settings.theme.text, fontSize: FONT_SIZE, lineHeight: AXIS_LINE_HEIGHT },
    childValue: { ...base, color: settings.theme.muted, fontSize: SMALL_FONT_SIZE, lineHeight: AXIS_LINE_HEIGHT },
    change: { ...base, color: settings.theme.muted, fontSize: SMALL_FONT_SIZE, lineHeight: AXIS_LINE_HEIGHT },
  };
}

/** The balance view's category labels: sub-items indented and smaller, "Other" starred. */
export function rowCategories(rows: readonly DriverRow[], box: Layout): string[] {
  return rows.map((r, i) => nameText(box.lines[i] ?? [], r.depth ? 'child' : 'parent'));
}

/** The bridge's category labels: the totals bold. */
export function stepCategories(steps: readonly BridgeStep[], box: Layout): string[] {
  return steps.map((step, i) => nameText(box.lines[i] ?? [], step.kind === 'start' || step.kind === 'end' ? 'total' : 'parent'));
}

/** The grid and both axes, the same in both views. */
export function driverAxes(settings: Settings, box: Layout, categories: readonly string[], axis: AxisFit): Pick<ChartOption, 'grid' | 'xAxis' | 'yAxis'> {
  const format = moneyAxisLabels([axis.min, axis.max], settings).format;
  return {
    // The grid is the plot itself: ECharts 6 would otherwise shrink it to hold the names (outerBounds).
    grid: { left: box.gridLeft, right: box.width - box.gridLeft - box.plotWidth, top: box.top, bottom: GRID.bottom, containLabel: false, outerBoundsMode: 'none' } as ChartOption['grid'],
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
        // Names start at the chart's left edge: in a column outside the plot, or above their bars.
        ...nameLabel(box, GRID),
        formatter: (_: unknown, index: number) => categories[index] ?? '',
        rich: nameStyles(richStyles(settings), box, settings.theme.background),
      },
    },
  };
}
