import type { DriversSection } from '../../data/types.js';
import type { ChartBuild, ChartItem, Settings, WidgetChart } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { periodName } from '../../data/periods.js';
import { messages } from '../../format/messages.js';
import { money, moneyAxisLabels, plain, signColor, textBase, tooltipBase } from '../common.js';
import { bridgeSteps, driverRows } from './model.js';

const TRANSPARENT = 'rgba(0,0,0,0)';

function baseOption(settings: Settings, categories: string[], values: (number | null)[], items: ChartItem[]): ChartOption {
  const axis = moneyAxisLabels(values, settings.currency, settings.lang);
  const narrow = settings.width > 0 && settings.width < 480;
  return {
    animation: settings.animation,
    aria: { enabled: false },
    grid: { left: 8, right: 24, top: 8, bottom: 8 },
    tooltip: {
      ...tooltipBase(settings),
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as { seriesIndex: number; dataIndex: number };
        const item = items.find((entry) => entry.seriesIndex === p.seriesIndex && entry.dataIndex === p.dataIndex);
        return item ? `${item.label}\n${item.valueText}` : '';
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { ...textBase(settings), formatter: axis.format, hideOverlap: true },
      splitLine: { lineStyle: { color: settings.theme.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories.map(plain),
      axisLine: { onZero: false, lineStyle: { color: settings.theme.muted } },
      axisTick: { show: false },
      axisLabel: { ...textBase(settings), width: narrow ? 96 : 180, overflow: 'truncate', interval: 0 },
    },
  };
}

/** Each category's balance for the period, the previous period as a ghost bar behind it. */
function balanceOption(section: DriversSection, settings: Settings): ChartBuild {
  const text = messages(settings.lang);
  const rows = driverRows(section, settings);
  const now = periodName(section.period, settings.lang);
  const before = section.previous ? periodName(section.previous, settings.lang) : text.previous;
  const items: ChartItem[] = [];
  const dim = (id: string) => (settings.highlight && settings.highlight !== id ? 0.35 : 1);
  const current = rows.map((row, dataIndex) => {
    if (row.value === null) return { value: '-' as const };
    const change = row.change === null ? '' : `; ${text.change} ${row.change > 0 ? '+' : ''}${money(row.change, settings)}`;
    items.push({ id: row.id, label: row.label, value: row.value, valueText: `${now} ${money(row.value, settings)}${change}`, series: 'current', seriesIndex: 1, dataIndex });
    return { value: row.value, label: { position: row.value < 0 ? ('left' as const) : ('right' as const) }, itemStyle: { color: signColor(row.value, settings), opacity: (row.depth ? 0.7 : 1) * dim(row.id) } };
  });
  const previous = rows.map((row) => (row.previous === null ? { value: '-' as const } : { value: row.previous }));
  const option = baseOption(settings, rows.map((row) => (row.depth ? `   · ${row.label}` : row.label)), rows.flatMap((row) => [row.value, row.previous]), items);
  option.series = [
    { id: 'previous', name: before, type: 'bar', data: previous, barWidth: '60%', barGap: '-100%', silent: true, itemStyle: { color: TRANSPARENT, borderColor: settings.theme.muted, borderWidth: 1, borderType: 'dashed' }, z: 1 },
    {
      id: 'current',
      name: now,
      type: 'bar',
      data: current,
      barWidth: '60%',
      z: 2,
      label: {
        show: true,
        position: 'right',
        ...textBase(settings),
        formatter: (params: unknown) => {
          const value = (params as { value: unknown }).value;
          return typeof value === 'number' ? money(value, settings) : '';
        },
      },
    },
  ];
  return { option, items };
}

/** The bridge: previous total → category changes (and any residual) → current total. */
function changeOption(section: DriversSection, settings: Settings): ChartBuild {
  const text = messages(settings.lang);
  const lang = settings.lang;
  const labels = {
    previousTotal: section.previous ? periodName(section.previous, lang) : text.previous,
    total: periodName(section.period, lang),
    residual: lang === 'ko' ? '반올림 등 차이' : 'Rounding and other',
  };
  const steps = bridgeSteps(section, settings, labels);
  const items: ChartItem[] = [];
  // Stacked bars draw a floating step: a transparent base up to the step's near end, then the step.
  const base: number[] = [];
  const rise: number[] = [];
  const fall: number[] = [];
  steps.forEach((step, dataIndex) => {
    const low = Math.min(step.from, step.to);
    const high = Math.max(step.from, step.to);
    if (low >= 0) { base.push(low); rise.push(high - low); fall.push(0); }
    else if (high <= 0) { base.push(high); rise.push(0); fall.push(low - high); }
    else { base.push(0); rise.push(high); fall.push(low); }
    const delta = step.to - step.from;
    items.push({
      id: step.id,
      label: step.label,
      value: step.kind === 'total' ? step.to : delta,
      valueText: step.kind === 'total' ? money(step.to, settings) : `${delta > 0 ? '+' : ''}${money(delta, settings)}`,
      series: step.kind,
      // Keyboard and clicks address the visible part of the step.
      seriesIndex: fall[dataIndex] !== 0 ? 2 : 1,
      dataIndex,
    });
  });
  const colour = (index: number) => {
    const step = steps[index]!;
    if (step.kind === 'residual') return settings.theme.muted;
    return signColor(step.kind === 'total' ? step.to : step.to - step.from, settings);
  };
  const dim = (index: number) => (settings.highlight && settings.highlight !== steps[index]!.id ? 0.35 : 1);
  const option = baseOption(settings, steps.map((step) => step.label), steps.flatMap((step) => [step.from, step.to]), items);
  const label = {
    position: 'right' as const,
    ...textBase(settings),
    formatter: (params: unknown) => items[(params as { dataIndex: number }).dataIndex]?.valueText ?? '',
  };
  option.series = [
    { id: 'base', type: 'bar', stack: 'bridge', silent: true, data: base, itemStyle: { color: TRANSPARENT }, barWidth: '60%' },
    { id: 'rise', type: 'bar', stack: 'bridge', label, data: rise.map((value, i) => ({ value, label: { show: fall[i] === 0 }, itemStyle: { color: colour(i), opacity: dim(i) } })) },
    { id: 'fall', type: 'bar', stack: 'bridge', label, data: fall.map((value, i) => ({ value, label: { show: value !== 0, position: 'left' as const }, itemStyle: { color: colour(i), opacity: dim(i) } })) },
  ];
  return { option, items };
}

export function buildDriversOption(section: DriversSection, settings: Settings): ChartBuild {
  return settings.variant['view'] === 'change' ? changeOption(section, settings) : balanceOption(section, settings);
}

export const driversChart: WidgetChart<DriversSection> = { build: buildDriversOption };
