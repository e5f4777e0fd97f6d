/** `<region-split>`'s axes: money across, one row per region down, in a grid that is the plot itself. */
import type { Settings } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { plain, textBase } from '../common.js';
import { nameLabel, nameStyles, nameText } from '../rows.js';
import { LINE_HEIGHT, MARGINS, type RegionsChartModel } from './model.js';

/** The grid and both axes. */
export function regionsAxes(model: RegionsChartModel, settings: Settings): Pick<ChartOption, 'grid' | 'xAxis' | 'yAxis'> {
  const { theme } = settings;
  return {
    // The grid is the plot itself: category labels sit in the margin reserved for them.
    grid: { ...model.grid, outerBoundsMode: 'none' } as ChartOption['grid'],
    xAxis: {
      type: 'value',
      min: model.range.min,
      max: model.range.max,
      splitNumber: model.ticks,
      // The ends of the range are wherever the labels put them: no tick label there.
      axisLabel: { ...textBase(settings), formatter: model.axisFormat, hideOverlap: true, showMinLabel: false, showMaxLabel: false },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: model.box.lines.map((lines) => (model.box.above ? nameText(lines, 'name') : plain(lines.join('\n')))),
      axisLine: { onZero: true, lineStyle: { color: theme.muted } },
      axisTick: { show: false },
      axisLabel: {
        ...nameLabel(model.box, MARGINS, 'end'),
        rich: nameStyles({ name: { ...textBase(settings), color: theme.text, lineHeight: LINE_HEIGHT } }, model.box, theme.background),
      },
    },
  };
}
