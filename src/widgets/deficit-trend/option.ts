/** `<deficit-trend>`'s chart: the ECharts option assembled from its model, axes and series. */
import type { TrendSection } from '../../data/types.js';
import type { ChartBuild, ChartItem, Settings, TooltipText, WidgetChart } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { pickText } from '../../data/text.js';
import { messages } from '../../format/messages.js';
import { money, withAmounts } from '../common.js';
import { trendAxes } from './axes.js';
import { GRID_BOTTOM, GRID_LEFT, trendModel, type TrendModel } from './model.js';
import { trendSeries } from './series.js';

export { axisPeriods, type AxisLabelMode } from './model.js';

/** One item per published value, series by series, in slot order (the keyboard's order). */
function trendItems(model: TrendModel, settings: Settings): ChartItem[] {
  const { periods, fullNames, names, multi, annotationAt, provisional, section } = model;
  const text = messages(settings.lang);
  const items: ChartItem[] = [];
  model.values.forEach((column, seriesIndex) => {
    column.forEach((value, slot) => {
      if (value === null) return;
      items.push({
        id: periods[slot]!.code,
        label: multi ? text.list([fullNames[slot]!, names[seriesIndex]!]) : fullNames[slot]!,
        value,
        // Formatted when the keyboard reaches the item: formatting every value of a long
        // series at each draw cost ~60 ms for 5,000 months.
        get valueText() {
          const note = annotationAt.get(slot);
          const shown = money(value, settings);
          return (provisional[slot] ? text.note(shown, text.provisional) : shown) + (note && seriesIndex === 0 ? `. ${note}` : '');
        },
        series: section.series[seriesIndex]!.id,
        seriesIndex,
        dataIndex: slot,
      });
    });
  });
  return items;
}

/** The tooltip of a slot: its period, each series' value (or "not published") and its note. */
function slotTooltip(model: TrendModel, settings: Settings, slot: number): string {
  const { lang } = settings;
  const text = messages(lang);
  const name = model.fullNames[slot]!;
  const lines = [model.provisional[slot] ? text.note(name, text.provisional) : name];
  model.values.forEach((column, seriesIndex) => {
    const v = column[slot];
    const shown = v === null || v === undefined ? text.notPublished : money(v, settings);
    // HTML text, not ECharts: the label as written (`names` has look-alike braces for ECharts).
    lines.push(model.multi ? text.labelled(pickText(model.section.series[seriesIndex]!.label, lang), shown) : shown);
  });
  const note = model.annotationAt.get(slot);
  if (note) lines.push(note);
  return lines.join('\n');
}


/** The ECharts option for `<deficit-trend>`: a pure function of the data and the settings. */
export function buildTrendOption(section: TrendSection, given: Settings): ChartBuild {
  const settings = withAmounts('trend', section, given);
  const model = trendModel(section, settings);
  if (!model) return { option: { series: [] }, items: [], tooltip: { trigger: 'item', categoryAxis: 'x', text: () => '' } };
  const { xAxis, yAxis } = trendAxes(model, settings);
  const option: ChartOption = {
    animation: settings.animation,
    grid: { left: GRID_LEFT, right: model.gridRight, top: model.gridTop, bottom: GRID_BOTTOM },
    xAxis,
    yAxis,
    series: trendSeries(model, settings) as ChartOption['series'],
  };
  const tooltip: TooltipText = { trigger: 'slot', categoryAxis: 'x', text: (_seriesIndex, slot) => (slot >= 0 && slot < model.count ? slotTooltip(model, settings, slot) : '') };
  return { option, items: trendItems(model, settings), tooltip };
}

export const trendChart: WidgetChart<TrendSection> = { build: buildTrendOption };
