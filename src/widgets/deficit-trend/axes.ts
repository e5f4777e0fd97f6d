/** `<deficit-trend>`'s axes: periods across, money up, and two hidden axes for the gap bands. */
import type { Settings } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { formatAxisMoney, unitLabel } from '../../format/money.js';
import { textBase } from '../common.js';
import { partName, yearName } from '../../data/periods.js';
import { hasUnitTitle, lineHeightFor, UNIT_TITLE_GAP, type TrendModel } from './model.js';

/** The period labels: every one, part over year, or only the years, as the slots' room allows. */
function periodLabels(model: TrendModel, settings: Settings): Record<string, unknown> {
  const { periods, plan } = model;
  const { lang } = settings;
  const axisLabel: Record<string, unknown> = { ...textBase(settings), hideOverlap: true, lineHeight: lineHeightFor(lang) };
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
  return axisLabel;
}

// The zero line is the category axis' own line, laid on zero of the value axis (its labels
// stay at the bottom), drawn over the bars like a rule.
function categoryAxis(model: TrendModel, settings: Settings) {
  return {
    type: 'category' as const,
    data: model.fullNames as string[],
    axisLine: { show: true, onZero: true, onZeroAxisIndex: 0, lineStyle: { color: settings.theme.muted, width: 1, type: 'solid' as const, opacity: 0.9 } },
    axisTick: { show: false, interval: 0 },
    axisLabel: periodLabels(model, settings),
    z: 5,
  };
}

function valueAxis(model: TrendModel, settings: Settings) {
  const { lang, currency } = settings;
  const { scale, axisUnit, tickWidth } = model;
  return {
    type: 'value' as const,
    min: scale.min,
    max: scale.max,
    interval: scale.step,
    ...(hasUnitTitle(settings)
      ? { name: unitLabel(axisUnit, currency, lang), nameLocation: 'end' as const, nameGap: UNIT_TITLE_GAP, nameTextStyle: { ...textBase(settings), align: 'left' as const, padding: [0, 0, 0, -tickWidth + 12] } }
      : {}),
    // Intl leads an Arabic negative with U+200E ("\u200e-1.5 مليار"); Firefox boxes such an axis
    // text as reaching 17,895,696 px right and down. The figure in a left-to-right isolate
    // reads the same ("مليار -1.5", Chromium draws the same pixels) and measures true.
    axisLabel: { ...textBase(settings), formatter: (v: number) => formatAxisMoney(v, currency, lang, axisUnit).replace(/^\u200e(\S+)/, '\u2066$1\u2069') },
    splitLine: { lineStyle: { color: settings.theme.grid } },
    // No line or ticks (shown by default beside the hidden value axis for the bands), and
    // never laid on zero of that axis (the Korean unit name would move with it).
    axisLine: { show: false, onZero: false },
    axisTick: { show: false },
  };
}

/**
 * The x and y axes. With gaps in the balance, each has a hidden second axis for the gap
 * bands: across, counted in slots (slot i spans [i, i + 1]); up, from 0 to 1.
 */
export function trendAxes(model: TrendModel, settings: Settings): Pick<ChartOption, 'xAxis' | 'yAxis'> {
  const x = categoryAxis(model, settings);
  const y = valueAxis(model, settings);
  if (!model.gaps) return { xAxis: x, yAxis: y };
  const slotAxis = { type: 'value' as const, show: false, min: 0, max: model.count };
  const bandAxis = { type: 'value' as const, show: false, min: 0, max: 1 };
  return { xAxis: [x, slotAxis], yAxis: [y, bandAxis] };
}
