/**
 * The one place ECharts is imported. Only what the three widgets draw is registered:
 * titles, legends, tables and tooltips are drawn by Lit in HTML (lighter and more
 * accessible: no TooltipComponent, 8.4 KB gzip less), and zero lines, gap bands and bridge
 * connectors by axis lines and plain series (no MarkLine or MarkArea: 7.1 KB gzip less;
 * bench/results/variants.md).
 * Everything else imports ECharts types only, or this module lazily. The canvas renderer
 * is registered on demand by `echarts-canvas.ts`.
 */
import { use, init, type ComposeOption, type EChartsType } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, SVGRenderer]);

/** The option type every builder returns: exactly the registered parts. */
export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption>;

export type { EChartsType };
export { init };
