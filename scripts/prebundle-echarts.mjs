// Pre-bundles ECharts (and the CommonJS papaparse) once for the unbundled test pages:
// served module by module, ECharts alone is ~600 requests and 8-13 s per test file.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import { statSync, existsSync } from 'node:fs';

const outDir = '.cache/prebundled';
const stamp = `${outDir}/core.js`;
const lock = 'package-lock.json';
if (existsSync(stamp) && statSync(stamp).mtimeMs > statSync(lock).mtimeMs) process.exit(0);

const bundle = await rollup({
  input: {
    core: 'echarts/core',
    charts: 'echarts/charts',
    components: 'echarts/components',
    features: 'echarts/features',
    renderers: 'echarts/renderers',
    papaparse: 'papaparse',
  },
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('development') } }),
    nodeResolve(),
    commonjs({ ignore: ['stream'] }),
  ],
  onwarn: () => {},
});
await bundle.write({ dir: outDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' });
await bundle.close();
console.log(`prebundled ECharts and papaparse into ${outDir}`);
