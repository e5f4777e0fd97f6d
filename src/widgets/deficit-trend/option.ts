import type { Period, TrendSection } from '../../data/types.js';
import type { ChartBuild, ChartItem, Settings, WidgetChart } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { periodName, periodShortName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { messages } from '../../format/messages.js';
import { amount, money, moneyAxisLabels, plain, signColor, textBase, tooltipBase } from '../common.js';
import { balancePoints } from './summary.js';

/**
 * Every period from the first to the last at the section's granularity, listed or not:
 * a period missing from the data is an empty slot on the axis, never squeezed out.
 */
export function axisPeriods(section: TrendSection): (Period | null)[] {
  const listed = new Map(section.periods.map((period) => [period.ordinal, period]));
  const first = section.periods[0];
  const last = section.periods.at(-1);
  if (!first || !last) return [];
  const slots: (Period | null)[] = [];
  for (let ordinal = first.ordinal; ordinal <= last.ordinal; ordinal++) slots.push(listed.get(ordinal) ?? null);
  return slots;
}

/** Names for unlisted slots, computed from their neighbours' granularity. */
function slotName(slot: Period | null, index: number, first: Period, lang: Settings['lang'], short: boolean): string {
  if (slot) return short ? periodShortName(slot, lang) : periodName(slot, lang);
  const parts = { year: 1, half: 2, quarter: 4, month: 12 }[first.granularity];
  const ordinal = first.ordinal + index;
  const year = Math.floor(ordinal / parts);
  const part = (ordinal % parts) + 1;
  const code = first.granularity === 'year' ? `${year}` : first.granularity === 'half' ? `${year}H${part}` : first.granularity === 'quarter' ? `${year}Q${part}` : `${year}-${String(part).padStart(2, '0')}`;
  const period: Period = { code, granularity: first.granularity, year, part, ordinal };
  return short ? periodShortName(period, lang) : periodName(period, lang);
}

/** The ECharts option for `<deficit-trend>`: a pure function of the data and the settings. */
export function buildTrendOption(section: TrendSection, settings: Settings): ChartBuild {
  const { lang, currency, theme } = settings;
  const text = messages(lang);
  const slots = axisPeriods(section);
  const first = section.periods[0]!;
  const narrow = settings.width > 0 && settings.width < 480;
  const categories = slots.map((slot, index) => slotName(slot, index, first, lang, narrow || slots.length > 12));
  const fullNames = slots.map((slot, index) => slotName(slot, index, first, lang, false));
  const slotIndex = new Map(slots.map((slot, index) => [slot?.code, index]));
  const provisional = new Set(section.provisional);
  const points = balancePoints(section, currency);
  const latest = points.at(-1);
  const previous = points.at(-2);
  const allValues = section.series.flatMap((series) => series.values.map((value) => amount(value, currency)));
  const axis = moneyAxisLabels(allValues, currency, lang);
  const firstType = settings.variant['type'] === 'line' ? 'line' : 'bar';
  const items: ChartItem[] = [];
  const dim = settings.highlight ? 0.35 : 1;

  const series = section.series.map((trendSeries, seriesIndex) => {
    const label = plain(pickText(trendSeries.label, lang));
    const type = seriesIndex === 0 ? firstType : 'line';
    const data = slots.map((slot, dataIndex) => {
      const listedIndex = slot ? section.periods.indexOf(slot) : -1;
      const value = listedIndex >= 0 ? amount(trendSeries.values[listedIndex], currency) : null;
      if (value === null) return { value: '-' as const };
      const isProvisional = provisional.has(slot!.code);
      const emphasised = !settings.highlight || settings.highlight === slot!.code;
      items.push({
        id: slot!.code,
        label: section.series.length > 1 ? `${fullNames[dataIndex]}, ${label}` : fullNames[dataIndex]!,
        value,
        valueText: money(value, settings) + (isProvisional ? ` (${text.provisional})` : ''),
        series: trendSeries.id,
        seriesIndex,
        dataIndex,
      });
      const color = type === 'bar' ? signColor(value, settings) : undefined;
      return {
        value,
        itemStyle: {
          ...(color ? { color } : {}),
          opacity: (isProvisional ? 0.6 : 1) * (emphasised ? 1 : dim),
          ...(isProvisional && type === 'bar'
            ? { decal: { symbol: 'rect', color: 'rgba(255,255,255,0.55)', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4 } }
            : {}),
        },
      };
    });
    return {
      id: trendSeries.id,
      name: label,
      type,
      data,
      connectNulls: false,
      barMaxWidth: 48,
      showSymbol: type === 'line' && slots.length <= 60,
      lineStyle: type === 'line' ? { width: 2.5 } : undefined,
      color: type === 'line' && seriesIndex > 0 ? [theme.muted, theme.text, theme.surplus][seriesIndex % 3] : theme.deficit,
      emphasis: { focus: 'none' as const },
      ...(seriesIndex === 0 && latest && previous
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: theme.muted, type: 'dashed' as const },
              label: { color: theme.text, fontFamily: theme.fontFamily, position: 'insideEndTop' as const },
              data: section.annotations
                .filter((note) => slotIndex.has(note.period))
                .map((note) => ({ xAxis: slotIndex.get(note.period)!, label: { formatter: plain(pickText(note.text, lang)) } })),
            },
          }
        : {}),
    };
  });

  const option: ChartOption = {
    animation: settings.animation,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 28, bottom: 8 },
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
      type: 'category',
      data: categories,
      axisLine: { onZero: true, lineStyle: { color: theme.muted } },
      axisTick: { show: false },
      axisLabel: { ...textBase(settings), hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: undefined,
      axisLabel: { ...textBase(settings), formatter: axis.format },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    series: series as ChartOption['series'],
  };
  return { option, items };
}

export const trendChart: WidgetChart<TrendSection> = { build: buildTrendOption };
