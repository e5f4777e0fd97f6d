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
const pick = (...names) => parts.filter((p) => names.includes(p.name));

const variants = [
  { name: 'today', label: 'today: every registered part', options: {} },
  { name: 'no-aria', label: 'without AriaComponent (every option sets aria.enabled: false)', options: { parts: without('AriaComponent') } },
  { name: 'no-markarea', label: 'without MarkAreaComponent', options: { parts: without('MarkAreaComponent') } },
  { name: 'no-markline', label: 'without MarkLineComponent', options: { parts: without('MarkLineComponent') } },
  { name: 'no-markers', label: 'without MarkLine and MarkArea', options: { parts: without('MarkLineComponent', 'MarkAreaComponent') } },
  { name: 'svg-only', label: 'without CanvasRenderer (SVG only)', options: { parts: without('CanvasRenderer') } },
  { name: 'canvas-only', label: 'without SVGRenderer (canvas only)', options: { parts: without('SVGRenderer') } },
  { name: 'canvas-lazy', label: 'CanvasRenderer in a chunk registered on demand', options: { parts: without('CanvasRenderer'), lazy: pick('CanvasRenderer') } },
  { name: 'proposed', label: 'proposed: without Aria, CanvasRenderer on demand', options: { parts: without('AriaComponent', 'CanvasRenderer'), lazy: pick('CanvasRenderer') } },
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
