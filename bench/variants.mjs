// What registering less of ECharts would save: floor bundles (Lit + ECharts parts, same
// plugins as the CDN build) without one part or another, against the floor of the parts
// src/echarts-registry.ts registers today. Our own code is the same in every variant, so the
// difference is what the CDN transfer would lose.
//
//   node bench/variants.mjs [name,...]   writes bench/results/variants.md and variants.json
//                                        (builds are cached; names pick some variants)
import { writeFileSync, mkdirSync } from 'node:fs';
import { buildFloor, registeredParts } from './floor.mjs';

const parts = registeredParts();
const without = (...names) => parts.filter((p) => !names.includes(p.name));

const component = (name) => ({ name, module: 'echarts/components' });
const renderer = (name) => ({ name, module: 'echarts/renderers' });

// What is registered today, what was until recently (the cost of going back), and what
// could still go if the widgets drew it another way.
const variants = [
  { name: 'today', label: 'today: every registered part', options: {} },
  {
    name: 'with-markers',
    label: 'with MarkLine and MarkArea again (registered until 2026-11-27)',
    options: { parts: [...parts, component('MarkLineComponent'), component('MarkAreaComponent')] },
  },
  { name: 'with-aria', label: 'with AriaComponent again', options: { parts: [...parts, component('AriaComponent')] } },
  { name: 'with-tooltip', label: 'with TooltipComponent again (registered until 2026-11-27; tooltips are now drawn in HTML)', options: { parts: [...parts, component('TooltipComponent')] } },
  { name: 'no-line', label: 'without LineChart (bars only)', options: { parts: without('LineChart') } },
  { name: 'canvas-only', label: 'CanvasRenderer instead of SVGRenderer', options: { parts: [...without('SVGRenderer'), renderer('CanvasRenderer')] } },
];

const only = process.argv[2]?.split(',');
const results = [];
for (const variant of variants.filter((v) => !only || v.name === 'today' || only.includes(v.name))) {
  const floor = await buildFloor({ ...variant.options, name: `variant-${variant.name}` });
  results.push({ name: variant.name, label: variant.label, main: floor.main, lazy: floor.files.filter((f) => f.lazy), cached: floor.cached });
  console.error(`${variant.name}: ${floor.main.gzip} B gzip${floor.cached ? ' (cached)' : ` (${Math.round(floor.ms / 1000)} s)`}`);
}

const base = results[0].main;
const kb = (n) => (n / 1000).toFixed(1);
const lines = ['| floor variant | at load: gzip | Δ gzip | at load: brotli | Δ brotli | on demand (gzip) |', '|---|--:|--:|--:|--:|--:|'];
for (const r of results) {
  const lazy = r.lazy.reduce((s, f) => s + f.gzip, 0);
  lines.push(`| ${r.label} | ${kb(r.main.gzip)} | ${kb(r.main.gzip - base.gzip)} | ${kb(r.main.brotli)} | ${kb(r.main.brotli - base.brotli)} | ${lazy ? kb(lazy) : '–'} |`);
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/variants.md', lines.join('\n') + '\n');
writeFileSync('bench/results/variants.json', JSON.stringify(results, null, 2) + '\n');
console.log(lines.join('\n'));
