/**
 * The built CDN module loads ECharts as three chunks (rollup.config.mjs), each evaluated in a
 * task of its own: fetched together ahead of time (modulepreload, when a widget nears the
 * viewport), each once, and the chart drawn. Needs `npm run build` first.
 */
import { expect } from '@esm-bundle/chai';
import { until } from '../wait.js';

const echartsChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /chunks\/(echarts(?:-[a-z]+)?)-[\w-]{8}\.js$/.exec(entry.name)?.[1])
    .filter(Boolean);

describe('CDN build: ECharts in stages', () => {
  it('preloads ECharts’ three chunks together, fetches each once, and draws', async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/trade-balance-charts.js`);
    const el = document.createElement('deficit-trend') as HTMLElement & { data: unknown };
    el.data = { trend: { periods: ['2024Q1', '2024Q2', '2024Q3'], series: [{ label: 'Balance', values: [-1.2, -1.5, -2.25] }] }, meta: { currencies: { USD: { scale: 1e9 } } } };
    el.style.width = '640px';
    document.body.append(el);
    await until(() => el.getAttribute('state') === 'ready' && !!el.shadowRoot?.querySelector('svg text'), 'the chart');

    const preloads = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => /chunks\/(echarts(?:-[a-z]+)?)-/.exec(link.href)?.[1]);
    expect(preloads, 'in the order they are evaluated').to.deep.equal(['echarts-graphics', 'echarts-core', 'echarts']);
    expect([...echartsChunks()].sort()).to.deep.equal(['echarts', 'echarts-core', 'echarts-graphics']);
  });
});
