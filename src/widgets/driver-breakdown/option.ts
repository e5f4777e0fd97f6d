/** `<driver-breakdown>`'s chart: the ECharts option of either view, from its model, axes and series. */
import type { DriversSection } from '../../data/types.js';
import type { ChartBuild, ChartItem, Settings, TooltipText, WidgetChart } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { messages } from '../../format/messages.js';
import { bridgeLabels, changeText, periodNames, unitOf, valueText } from './labels.js';
import { driverAxes, rowCategories, stepCategories } from './axes.js';
import { balanceModel, bridgeModel, type BalanceModel, type BridgeModel, type DriverFormat } from './model.js';
import { balanceSeries, bridgeSeries } from './series.js';
import { driverWording } from './wording.js';
import { mirrored, withAmounts } from '../common.js';

export { fitAxis } from './model.js';

const format: DriverFormat = { unitOf, valueText, changeText };

/** "Derived: the published total minus the categories listed", for the "Other" row's tooltip and item. */
function derivedLine(settings: Settings): string {
  const text = messages(settings.lang);
  const { derived } = text;
  return text.labelled(`${derived.charAt(0).toUpperCase()}${derived.slice(1)}`, driverWording(settings.lang).otherNote);
}

/** Items and tooltips of the balance view: one per row with a value, else its previous period's tick. */
function balanceItems(model: BalanceModel, section: DriversSection, settings: Settings): { items: ChartItem[]; tooltip: TooltipText } {
  const text = messages(settings.lang);
  const { now, before } = periodNames(section, settings);
  const items: ChartItem[] = [];
  const tooltips: string[] = [];
  const itemIndex = new Map<string, number>();
  model.rows.forEach((r, dataIndex) => {
    const unit = unitOf(r.value ?? r.previous ?? 0, settings);
    const parts = [
      text.labelled(now, r.value === null ? text.notPublished : valueText(r.value, settings)),
      text.labelled(before, r.previous === null ? text.notPublished : valueText(r.previous, settings)),
    ];
    if (r.change !== null) parts.push(text.labelled(text.change, changeText(r.change, settings, unit, false)));
    if (r.derived) parts.push(derivedLine(settings));
    const seriesIndex = r.value === null ? 1 : 0;
    if (r.value === null && r.previous === null) return;
    itemIndex.set(`${seriesIndex}:${dataIndex}`, items.length);
    tooltips.push(`${r.label}\n${parts.join('\n')}`);
    items.push({ id: r.id, label: r.label, value: r.value, valueText: text.list(parts), series: seriesIndex ? 'previous' : 'current', seriesIndex, dataIndex });
  });
  return { items, tooltip: { trigger: 'item', categoryAxis: 'y', text: (s, d) => tooltips[itemIndex.get(`${s}:${d}`) ?? -1] ?? '' } };
}

/** Items and tooltips of the bridge: one per step, all on the visible step series. */
function bridgeItems(model: BridgeModel, section: DriversSection, settings: Settings): { items: ChartItem[]; tooltip: TooltipText } {
  const text = messages(settings.lang);
  const { now, before } = periodNames(section, settings);
  const { unit, rowOf } = model;
  const items: ChartItem[] = [];
  const tooltips: string[] = [];
  model.bridge.steps.forEach((step, dataIndex) => {
    const delta = step.to - step.from;
    let detail: string;
    if (step.kind === 'start' || step.kind === 'end') detail = valueText(step.to, settings, unit);
    else if (step.kind === 'residual') detail = `${changeText(delta, settings, unit, false)}`;
    else {
      const r = rowOf.get(step.id);
      const span = r && r.previous !== null && r.value !== null ? `\n${before} ${valueText(r.previous, settings)} → ${now} ${valueText(r.value, settings)}` : '';
      detail = `${changeText(delta, settings, unit, false)}${span}`;
    }
    if (step.derived) detail += `\n${derivedLine(settings)}`;
    tooltips.push(`${step.label}\n${detail}`);
    items.push({
      id: step.id,
      label: step.label,
      value: step.kind === 'start' || step.kind === 'end' ? step.to : delta,
      valueText: text.list(detail.split('\n')),
      series: step.kind,
      seriesIndex: 1,
      dataIndex,
    });
  });
  return { items, tooltip: { trigger: 'item', categoryAxis: 'y', text: (s, d) => (s === 1 ? (tooltips[d] ?? '') : '') } };
}

function balanceOption(section: DriversSection, settings: Settings): ChartBuild {
  const model = balanceModel(section, settings, format, bridgeLabels(section, settings).other);
  const option: ChartOption = {
    animation: settings.animation,
    ...driverAxes(settings, model.box, rowCategories(model.rows, model.box), model.axis),
    series: balanceSeries(model, settings, periodNames(section, settings)),
  };
  return { option: mirrored(option, settings), height: model.box.height, ...balanceItems(model, section, settings) };
}

function changeOption(section: DriversSection, settings: Settings): ChartBuild {
  const model = bridgeModel(section, settings, format, bridgeLabels(section, settings));
  const option: ChartOption = {
    animation: settings.animation,
    ...driverAxes(settings, model.box, stepCategories(model.bridge.steps, model.box), model.axis),
    series: bridgeSeries(model, settings),
  };
  return { option: mirrored(option, settings), height: model.box.height, ...bridgeItems(model, section, settings) };
}

/** The ECharts option for `<driver-breakdown>`: the balance view, or the bridge with `view="change"`. */
export function buildDriversOption(section: DriversSection, given: Settings): ChartBuild {
  const settings = withAmounts('drivers', section, given);
  return settings.variant['view'] === 'change' ? changeOption(section, settings) : balanceOption(section, settings);
}

export const driversChart: WidgetChart<DriversSection> = { build: buildDriversOption };
