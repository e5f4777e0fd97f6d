import type { RegionsSection } from '../../data/types.js';
import type { ChartBuild, ChartItem, Settings, WidgetChart } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { pickText } from '../../data/text.js';
import { formatPercent } from '../../format/money.js';
import { messages } from '../../format/messages.js';
import { money, moneyAxisLabels, plain, signColor, textBase, tooltipBase } from '../common.js';
import { regionRows } from './model.js';

/** Hatching for figures the publisher derived from others. */
const DERIVED_DECAL = { symbol: 'rect', color: 'rgba(255,255,255,0.5)', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 };

/** Diverging bars, surplus regions on one side and deficit regions on the other. */
export function buildRegionsOption(section: RegionsSection, settings: Settings): ChartBuild {
  const text = messages(settings.lang);
  const rows = regionRows(section, settings);
  const items: ChartItem[] = [];
  const narrow = settings.width > 0 && settings.width < 480;
  const dim = (id: string) => (settings.highlight && settings.highlight !== id ? 0.35 : 1);
  const segmented = section.segments.length > 0;
  const axis = moneyAxisLabels(rows.flatMap((row) => [row.value, ...row.segments]), settings.currency, settings.lang);
  const labelOf = (row: (typeof rows)[number]) => {
    const share = row.share === null ? '' : ` (${formatPercent(row.share, settings.lang)})`;
    return row.value === null ? '' : `${money(row.value, settings)}${share}`;
  };

  const series: NonNullable<ChartOption['series']> = segmented
    ? section.segments.map((segment, seriesIndex) => ({
        id: segment.id,
        name: plain(pickText(segment.label, settings.lang)),
        type: 'bar' as const,
        stack: 'regions',
        barWidth: '60%',
        data: rows.map((row, dataIndex) => {
          const value = row.segments[seriesIndex] ?? null;
          if (value === null) return { value: '-' as const };
          items.push({ id: row.id, label: `${row.label}, ${pickText(segment.label, settings.lang)}`, value, valueText: money(value, settings), series: segment.id, seriesIndex, dataIndex });
          return { value, itemStyle: { opacity: dim(row.id) * (1 - seriesIndex * 0.25), color: signColor(value, settings) } };
        }),
      }))
    : [
        {
          id: 'value',
          type: 'bar' as const,
          barWidth: '60%',
          data: rows.map((row, dataIndex) => {
            if (row.value === null) return { value: '-' as const };
            const note = row.derived ? ` (${text.derived}${row.note ? `: ${row.note}` : ''})` : '';
            items.push({ id: row.id, label: row.label, value: row.value, valueText: labelOf(row) + note, series: 'value', seriesIndex: 0, dataIndex });
            return {
              value: row.value,
              label: { position: row.value < 0 ? ('left' as const) : ('right' as const) },
              itemStyle: { color: signColor(row.value, settings), opacity: dim(row.id), ...(row.derived ? { decal: DERIVED_DECAL } : {}) },
            };
          }),
          label: {
            show: true,
            ...textBase(settings),
            formatter: (params: unknown) => plain(labelOf(rows[(params as { dataIndex: number }).dataIndex]!)),
          },
        },
      ];

  const option: ChartOption = {
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
      data: rows.map((row) => plain(row.derived ? `${row.label}*` : row.label)),
      axisLine: { onZero: true, lineStyle: { color: settings.theme.muted } },
      axisTick: { show: false },
      axisLabel: { ...textBase(settings), width: narrow ? 96 : 180, overflow: 'truncate', interval: 0 },
    },
    series,
  };
  return { option, items };
}

export const regionsChart: WidgetChart<RegionsSection> = { build: buildRegionsOption };
