/** `<region-split>`'s chart: the ECharts option assembled from its model, axes and series. */
import type { RegionsSection } from '../../data/types.js';
import type { ChartBuild, ChartItem, Settings, WidgetChart } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { pickText } from '../../data/text.js';
import { formatPercent } from '../../format/money.js';
import { messages } from '../../format/messages.js';
import { mirrored, money, withAmounts } from '../common.js';
import { regionsAxes } from './axes.js';
import { itemKey, regionsChartModel, type RegionRow, type RegionsChartModel } from './model.js';
import { regionsSeries } from './series.js';
import { regionsText, remainderWords } from './wording.js';

export { DERIVED_DECAL } from './series.js';
export { valueRange } from './model.js';

/** The items in reading order (region by region, segments in data order) and each item's tooltip by {@link itemKey}. */
function regionsItems(model: RegionsChartModel, section: RegionsSection, settings: Settings): { items: ChartItem[]; tooltips: Map<string, string> } {
  const { lang } = settings;
  const text = messages(lang);
  const own = regionsText(lang);
  const capitalised = text.derived.charAt(0).toUpperCase() + text.derived.slice(1);
  const valueText = (row: RegionRow) => {
    if (row.value === null) return text.notPublished;
    const value = money(row.value, settings);
    return row.share === null ? value : own.withShare(value, formatPercent(row.share, lang));
  };
  const derivedLine = (row: RegionRow) => (row.derived ? (row.note ? text.labelled(capitalised, row.note) : capitalised) : '');
  const items: ChartItem[] = [];
  const tooltips = new Map<string, string>();
  if (!model.segmented) {
    model.rows.forEach((row, dataIndex) => {
      if (row.value === null) return;
      const valueLine = valueText(row);
      items.push({ id: row.id, label: row.label, value: row.value, valueText: text.clauses([valueLine, derivedLine(row)].filter(Boolean)), series: 'value', seriesIndex: 0, dataIndex });
      tooltips.set(itemKey(0, dataIndex), [row.label, valueLine, derivedLine(row)].filter(Boolean).join('\n'));
    });
    return { items, tooltips };
  }
  const segmentNames = section.segments.map((segment) => pickText(segment.label, lang));
  const unsplitIndex = section.segments.length;
  const total = (row: RegionRow) => text.labelled(own.regionTotal, valueText(row));
  model.rows.forEach((row, dataIndex) => {
    row.segments.forEach((value, seriesIndex) => {
      const name = segmentNames[seriesIndex]!;
      const line = text.labelled(name, value === null ? text.notPublished : money(value, settings));
      tooltips.set(itemKey(seriesIndex, dataIndex), [row.label, line, total(row), derivedLine(row)].filter(Boolean).join('\n'));
      if (value === null) return;
      items.push({ id: row.id, label: text.list([row.label, name]), value, valueText: money(value, settings), series: section.segments[seriesIndex]!.id, seriesIndex, dataIndex });
    });
    if (row.remainder) {
      // Unknown by segment, drawn whole: its value, and what it is.
      tooltips.set(itemKey(unsplitIndex, dataIndex), [row.label, valueText(row), derivedLine(row)].filter(Boolean).join('\n'));
      items.push({ id: row.id, label: row.label, value: row.value!, valueText: text.clauses([valueText(row), derivedLine(row)]), series: 'value', seriesIndex: unsplitIndex, dataIndex });
    } else if (row.unsplit !== null) {
      const missing = text.list(row.segments.flatMap((value, i) => (value === null ? [segmentNames[i]!] : [])));
      const line = text.labelled(missing, text.note(text.notPublished, money(row.unsplit, settings)));
      tooltips.set(itemKey(unsplitIndex, dataIndex), [row.label, line, total(row), derivedLine(row)].filter(Boolean).join('\n'));
      items.push({ id: row.id, label: text.list([row.label, own.unsplit]), value: row.unsplit, valueText: money(row.unsplit, settings), series: 'unsplit', seriesIndex: unsplitIndex, dataIndex });
    }
  });
  return { items, tooltips };
}

/**
 * The ECharts option for `<region-split>`: diverging bars, surplus regions on one side
 * and deficit regions on the other, stacked by segment when the data has segments.
 */
export function buildRegionsOption(section: RegionsSection, given: Settings): ChartBuild {
  const settings = withAmounts('regions', section, given);
  const own = regionsText(settings.lang);
  const model = regionsChartModel(section, settings, own, remainderWords(settings.lang));
  const { items, tooltips } = regionsItems(model, section, settings);
  const option: ChartOption = {
    animation: settings.animation,
    ...regionsAxes(model, settings),
    series: regionsSeries(model, section, settings, own.unsplit),
  };
  return { option: mirrored(option, settings), height: model.box.height, items, tooltip: { trigger: 'item', categoryAxis: 'y', text: (s, d) => tooltips.get(itemKey(s, d)) ?? '' } };
}

export const regionsChart: WidgetChart<RegionsSection> = { build: buildRegionsOption };
