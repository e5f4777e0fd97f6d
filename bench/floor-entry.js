// The floor the benchmark and the size budget compare our CDN build with: exactly the
// ECharts parts src/echarts-registry.ts registers, plus Lit, and nothing of our own.
// bench/floor.mjs checks that this list matches the registry's `use([...])`.
import { use, init } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, SVGRenderer]);

export { init };
export * from 'lit';
