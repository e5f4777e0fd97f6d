// Guards on the built files (run after `npm run build`): size budgets, what the npm modules
// inline, what the CDN entry loads, and code that would break under a strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY, CDN_DIR, staticClosure, total, importsOf, chunkRole } from '../../scripts/sizes.mjs';
import { TAGS } from '../../src/widgets/manifest.js';

const ENTRY_BUDGET_GZIP = 10_000;

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The CDN chunk with this role (`runtime`, `deficit-trend`, …), named by the build's manualChunks. */
const chunk = (role) => jsFiles(`${CDN_DIR}/chunks`).find((file) => chunkRole(file) === role);

test('the CDN entry and what it imports statically stay within 10 KB gzip', () => {
  const closure = staticClosure(ENTRY);
  const { gzip } = total(closure);
  assert.ok(gzip <= ENTRY_BUDGET_GZIP, `entry closure is ${gzip} B gzip (${closure.join(', ')}), budget ${ENTRY_BUDGET_GZIP} B`);
});

test('the CDN entry does not load ECharts before a widget needs it', () => {
  const closure = staticClosure(ENTRY);
  for (const file of closure) assert.doesNotMatch(readFileSync(file, 'utf8'), /registerPainter|zrender/, `${file} contains ECharts`);
  const echartsChunk = jsFiles(`${CDN_DIR}/chunks`).find((file) => /registerPainter/.test(readFileSync(file, 'utf8')));
  assert.ok(echartsChunk, 'an ECharts chunk exists');
  assert.ok(!closure.includes(echartsChunk), 'ECharts is loaded lazily');
});

test('a widget loads its own chunk only: no other widget\'s code, and the runtime loads none', () => {
  const widgetChunks = TAGS.map(chunk);
  for (const [i, tag] of TAGS.entries()) {
    assert.ok(widgetChunks[i], `a chunk for <${tag}>`);
    const closure = staticClosure(widgetChunks[i]);
    for (const other of widgetChunks.filter((_, j) => j !== i)) assert.ok(!closure.includes(other), `<${tag}> loads ${other}`);
  }
  const runtime = chunk('runtime');
  for (const widgetChunk of widgetChunks) assert.ok(!staticClosure(runtime).includes(widgetChunk), `the runtime loads ${widgetChunk}`);
});

test('each language pack is its own chunk, imported by nothing statically, and no widget chunk carries another language\'s sentences', () => {
  const files = jsFiles(CDN_DIR);
  const hangul = /[\uAC00-\uD7A3]+/g;
  for (const tag of ['ko', 'ja', 'zh', 'es', 'fr', 'de', 'ar']) {
    const pack = chunk(`lang-${tag}`);
    assert.ok(pack, `a chunk for the ${tag} pack`);
    for (const file of files) assert.ok(!importsOf(file).static.includes(pack), `${file} imports ${pack} statically`);
    assert.ok(files.some((file) => importsOf(file).dynamic.includes(pack)), `something imports ${pack} on demand`);
    // A pack needs the runtime only: a Korean page with one widget loads no other widget's chunk.
    for (const imported of importsOf(pack).static) assert.match(imported, /runtime-|trade-balance-charts\.js$/, `${pack} imports ${imported}`);
  }
  assert.match(readFileSync(chunk('lang-ko'), 'utf8'), hangul, 'the Korean pack has the Korean wording');
  // (The runtime's line wrapping knows Korean amounts, `45억 달러`, to keep them on one line: mechanics, not wording.)
  for (const file of [ENTRY, ...TAGS.map(chunk)]) {
    const left = readFileSync(file, 'utf8').match(hangul) ?? [];
    assert.equal(left.length, 0, `${file} still has Korean: ${left.join(' ')}`);
  }
});

test('the CSS in the CDN entry and runtime is minified (no comments, no spaces)', () => {
  const runtime = chunk('runtime');
  for (const file of [ENTRY, runtime]) {
    const code = readFileSync(file, 'utf8');
    // terser removes JavaScript comments, so a comment left is inside a css`` template.
    assert.ok(!code.includes('/* '), `${file} ships CSS comments`);
  }
  assert.match(readFileSync(ENTRY, 'utf8'), /:host\{--_deficit:var\(--tbc-deficit,#c4410c\)/);
  assert.match(readFileSync(runtime, 'utf8'), /\.tip\{position:absolute;/);
});

test('the JSON Schema\'s descriptions stay out of every build (editors read them, widgets never do)', () => {
  const descriptions = Object.values(JSON.parse(readFileSync('data/dataset.schema.json', 'utf8')).$defs)
    .map((definition) => definition.description)
    .filter(Boolean);
  assert.ok(descriptions.length >= 3, 'the published schema describes its shared shapes');
  for (const file of jsFiles('dist')) {
    const code = readFileSync(file, 'utf8');
    for (const text of descriptions) assert.ok(!code.includes(text), `${file} carries "${text}"`);
  }
});

test('the CDN entry defines every tag', () => {
  const entry = readFileSync(ENTRY, 'utf8');
  for (const tag of TAGS) assert.match(entry, new RegExp(`"${tag}"`), tag);
});

test('the single-file bundle has no chunks to load', () => {
  const bundle = `${CDN_DIR}/trade-balance-charts.bundle.js`;
  assert.ok(existsSync(bundle));
  const imports = importsOf(bundle);
  assert.deepEqual([...imports.static, ...imports.dynamic], []);
});

test('no eval or new Function anywhere in the CDN files (CSP script-src \'self\')', () => {
  for (const file of jsFiles(CDN_DIR)) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /\bnew Function\s*\(|[^.\w$]eval\s*\(/, file);
  }
});

test('the npm modules import lit and echarts instead of inlining them', () => {
  for (const file of jsFiles('dist').filter((f) => !f.startsWith(CDN_DIR))) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /class ReactiveElement|registerPainter|function LitElement/, `${file} inlines a dependency`);
  }
  assert.match(readFileSync('dist/echarts-registry.js', 'utf8'), /from 'echarts\/core'/);
  assert.match(readFileSync('dist/base/chart-element.js', 'utf8'), /from 'lit'/);
});

test('every exports target exists, with types first', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') assert.ok(existsSync(target), `${key} → ${target}`);
    else {
      assert.equal(Object.keys(target)[0], 'types', `${key}: types first`);
      for (const file of Object.values(target)) assert.ok(existsSync(file), `${key} → ${file}`);
    }
  }
  assert.ok(existsSync(pkg.customElements), 'custom-elements.json was generated');
});

test('the custom elements manifest documents every tag with their events and parts', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  for (const tag of TAGS) {
    const element = declarations.find((d) => d.tagName === tag);
    assert.ok(element, `${tag} is in the manifest`);
    assert.deepEqual(element.events?.map((e) => e.name).sort(), ['chart-error', 'chart-ready', 'chart-select'], `${tag} events`);
    assert.ok(element.cssParts?.some((p) => p.name === 'summary'), `${tag} parts`);
    assert.ok(element.attributes?.some((a) => a.name === 'src'), `${tag} attributes`);
  }
});

test('the CDN\'s ECharts chunks ask V8 to compile them eagerly; no other file does', () => {
  // `//# allFunctionsCalledOnLoad` (Chrome 136+) must be the first line: off the main thread
  // while the chunk streams in, not function by function in the first chart's task.
  const hint = '//# allFunctionsCalledOnLoad\n';
  const files = jsFiles(CDN_DIR);
  const hinted = files.filter((file) => readFileSync(file, 'utf8').startsWith(hint)).map(chunkRole).sort();
  assert.deepEqual(hinted, ['echarts', 'echarts-core', 'echarts-graphics']);
  for (const file of files) assert.ok(!readFileSync(file, 'utf8').includes('allFunctionsCalledOnLoad', hint.length), `${file}: the hint only as the first line`);
});
