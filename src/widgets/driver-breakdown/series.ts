/** `<driver-breakdown>`'s series: balance bars with last period's ticks, or the bridge's steps. */
import type { Settings } from '../../base/contracts.js';
import type { ChartOption } from '../../echarts-registry.js';
import { DERIVED_DECAL, plain, signColor } from '../common.js';
import { DIMMED_OPACITY, LABEL_DISTANCE, TRANSPARENT } from '../layout.js';
import { richStyles } from './axes.js';
import type { BalanceModel, BridgeModel, DriverRow } from './model.js';

type Series = NonNullable<ChartOption['series']>;

/** Opacity by row: a highlighted category keeps its "of which" items lit. */
function dimmer(settings: Settings) {
  const target = settings.highlight;
  return (row: { id: string; parentId?: string }) => (!target || row.id === target || row.parentId === target ? 1 : DIMMED_OPACITY);
}

/** The label sits beside whichever is further out on the value's side: the bar or the tick. */
const tickOutside = (r: DriverRow) => r.value !== null && r.previous !== null && (r.value < 0 ? r.previous < r.value : r.previous > r.value);

/**
 * Each category's balance for the period as a diverging bar from zero, the previous
 * period as a tick across it (a Line series drawn only as `rect` symbols: no Scatter is
 * registered, and a tick keeps the bar-from-zero reading intact where a ghost bar
 * hides behind the bar it is compared with), the change in brackets. "Of which" items
 * are indented, smaller and paler, under their parent.
 */
export function balanceSeries(model: BalanceModel, settings: Settings, names: { now: string; before: string }): Series {
  const { rows, labels } = model;
  const dim = dimmer(settings);
  const { band, barWidth } = model.box;
  const tick = Math.max(8, Math.min(barWidth + 10, Math.round(band * 0.9)));
  const labelFormatter = (params: unknown) => labels[(params as { dataIndex: number }).dataIndex]?.text ?? '';
  return [
    {
      id: 'current',
      name: plain(names.now),
      type: 'bar',
      barWidth,
      z: 2,
      data: rows.map((r) => {
        if (r.value === null) return { value: '-' as const };
        const colour = signColor(r.value, settings);
        return {
          value: r.value,
          label: { show: !tickOutside(r), position: r.value < 0 ? ('left' as const) : ('right' as const) },
          // Sub-items: the parent's colour, paler and outlined, so they read as parts of it.
          itemStyle: r.depth
            ? { color: colour, opacity: 0.5 * dim(r), borderColor: colour, borderWidth: 1 }
            : { color: colour, opacity: dim(r), ...(r.derived ? { decal: DERIVED_DECAL } : {}) },
        };
      }),
      label: { show: true, distance: LABEL_DISTANCE, formatter: labelFormatter, rich: richStyles(settings) },
      emphasis: { focus: 'none' },
    },
    {
      id: 'previous',
      name: plain(names.before),
      type: 'line',
      z: 3,
      symbol: 'rect',
      symbolSize: [3, tick],
      showAllSymbol: true,
      connectNulls: false,
      lineStyle: { width: 0, opacity: 0 },
      itemStyle: { color: settings.theme.text },
      emphasis: { scale: false, lineStyle: { width: 0, opacity: 0 } },
      data: rows.map((r) => {
        if (r.previous === null) return { value: '-' as const };
        return {
          value: r.previous,
          itemStyle: { opacity: dim(r) * (r.depth ? 0.7 : 0.9) },
          label: { show: tickOutside(r), position: (r.value ?? 0) < 0 ? ('left' as const) : ('right' as const) },
        };
      }),
      label: { show: false, distance: LABEL_DISTANCE, formatter: labelFormatter, rich: richStyles(settings) },
    },
  ];
}

/**
 * The bridge: previous total → category changes (and any residual) → current total.
 * Each step is one bar on top of an invisible base bar in a stack with
 * `stackStrategy: 'all'`: the base holds where the step starts (`from`, of any sign) and
 * the step its signed change, so a step is one rectangle from `from` to `to`, even when
 * it crosses zero (ECharts' default `samesign` stacking would start a negative step at the
 * sum of the negative values below it instead).
 */
export function bridgeSeries(model: BridgeModel, settings: Settings): Series {
  const { steps } = model.bridge;
  const dim = dimmer(settings);
  const colour = (index: number) => {
    const step = steps[index]!;
    if (step.kind === 'residual') return settings.theme.muted;
    return signColor(step.kind === 'change' ? step.to - step.from : step.to, settings);
  };
  const { barWidth } = model.box;
  // Connectors: a thin dashed line from each step's end to the next step's start, at the
  // value where one ends and the next begins, from row centre to row centre. One line
  // series, broken between connectors.
  const connectors = steps.slice(0, -1).flatMap((step, i) => [...(i ? [[null, null]] : []), [step.to, i], [step.to, i + 1]]);
  return [
    { id: 'base', type: 'bar', stack: 'bridge', stackStrategy: 'all', silent: true, barWidth, data: steps.map((s) => (s.kind === 'change' || s.kind === 'residual' ? s.from : 0)), itemStyle: { color: TRANSPARENT }, label: { show: false }, emphasis: { disabled: true } },
    {
      id: 'step',
      type: 'bar',
      stack: 'bridge',
      stackStrategy: 'all',
      barWidth,
      data: steps.map((step, i) => ({
        value: step.to - (step.kind === 'change' || step.kind === 'residual' ? step.from : 0),
        label: { position: model.sides[i] === 'left' ? ('left' as const) : ('right' as const) },
        itemStyle: step.kind === 'residual'
          ? { color: settings.theme.background, borderColor: colour(i), borderWidth: 1, borderType: 'dashed' as const, opacity: dim({ id: step.id }) }
          : { color: colour(i), opacity: dim({ id: step.id }), ...(step.derived ? { decal: DERIVED_DECAL } : {}) },
      })),
      label: {
        show: true,
        distance: LABEL_DISTANCE,
        formatter: (params: unknown) => {
          const i = (params as { dataIndex: number }).dataIndex;
          const style = steps[i]!.kind === 'start' || steps[i]!.kind === 'end' ? 'total' : 'value';
          return `{${style}|${model.labelTexts[i] ?? ''}}`;
        },
        rich: richStyles(settings),
      },
      emphasis: { focus: 'none' },
    },
    {
      id: 'connectors',
      type: 'line',
      data: connectors,
      symbol: 'none',
      connectNulls: false,
      lineStyle: { color: settings.theme.muted, type: 'dashed', width: 1 },
      // Scenery, not data: no hover, no emphasis; over the bars' ends.
      silent: true,
      emphasis: { disabled: true },
      animation: false,
      z: 5,
    },
  ];
}
