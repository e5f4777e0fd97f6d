/**
 * The one place ECharts is imported. Only what the three widgets draw is registered:
 * titles, legends and tables are drawn by Lit in HTML (lighter and more accessible), and
 * zero lines, gap bands and bridge connectors by axis lines and plain series (no MarkLine
 * or MarkArea: 7.0 KB gzip less, bench/results/variants.md).
 * Everything else imports ECharts types only, or this module lazily. The canvas renderer
 * is registered on demand by `echarts-canvas.ts`.
 */
import { use, init, type ComposeOption, type EChartsType } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

/** The option type every builder returns: exactly the registered parts. */
export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption>;

export type { EChartsType };
export { init };
