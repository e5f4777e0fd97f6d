// The widget manifest (src/widgets/manifest.js) is the one list of widgets. What cannot read it
// (package.json, the package entry, the classes module, each widget's folder and entry module)
// is checked against it here, so a widget added or renamed in one place fails until all agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { WIDGETS, TAGS } from '../../src/widgets/manifest.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const source = (file) => readFileSync(file, 'utf8');
const sorted = (values) => [...values].sort();

test('every folder in src/widgets is in the manifest, and every manifest entry has its folder and element', () => {
  const folders = readdirSync('src/widgets', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  assert.deepEqual(sorted(folders), sorted(TAGS));
  for (const { tag, className, section } of WIDGETS) {
    const element = source(`src/widgets/${tag}/element.ts`);
    assert.match(element, new RegExp(`@tagname ${tag}\\n`), `${tag}: @tagname`);
    assert.match(element, new RegExp(`export class ${className} extends ChartElement\\b`), `${tag}: class ${className}`);
    assert.match(element, new RegExp(`sectionKey = '${section}'`), `${tag}: reads ${section}`);
  }
});

test('each widget\'s entry module defines its tag with its class', () => {
  for (const { tag, className } of WIDGETS) {
    const entry = source(`src/${tag}.ts`);
    assert.match(entry, new RegExp(`defineElement\\('${tag}', ${className}\\)`), `src/${tag}.ts`);
    assert.match(entry, new RegExp(`'${tag}': ${className};`), `src/${tag}.ts: HTMLElementTagNameMap`);
  }
});

test('the package entry imports every entry module, and the classes module exports every class', () => {
  const entryImports = [...source('src/index.ts').matchAll(/^import '\.\/([\w-]+)\.js';$/gm)].map((m) => m[1]);
  assert.deepEqual(sorted(entryImports), sorted(TAGS), 'src/index.ts');
  const classExports = [...source('src/classes.ts').matchAll(/^export \{ (\w+) \} from '\.\/widgets\/([\w-]+)\/element\.js';$/gm)];
  assert.deepEqual(
    sorted(classExports.map(([, className, folder]) => `${className} ${folder}`)),
    sorted(WIDGETS.map(({ className, tag }) => `${className} ${tag}`)),
    'src/classes.ts',
  );
});

test('package.json exports each widget\'s entry module and no other', () => {
  for (const { tag } of WIDGETS) {
    assert.deepEqual(pkg.exports[`./${tag}.js`], { types: `./dist/${tag}.d.ts`, default: `./dist/${tag}.js` }, `exports ./${tag}.js`);
  }
  const topLevel = Object.keys(pkg.exports).filter((key) => /^\.\/[\w-]+\.js$/.test(key));
  assert.deepEqual(sorted(topLevel), sorted(['./classes.js', './jsx.js', ...TAGS.map((tag) => `./${tag}.js`)]));
  for (const key of topLevel) assert.ok(existsSync(`src/${key.slice(2, -3)}.ts`), `${key} has a source module`);
});

test('package.json lists each widget\'s entry module as a side effect, in dist and in src', () => {
  const notWidgets = new Set(['index', 'echarts-registry', 'echarts-canvas']);
  const entries = (pattern) =>
    pkg.sideEffects.map((file) => pattern.exec(file)?.[1]).filter((name) => name && !notWidgets.has(name));
  assert.deepEqual(sorted(entries(/^\.\/dist\/([\w-]+)\.js$/)), sorted(TAGS), 'sideEffects: ./dist/<tag>.js');
  assert.deepEqual(sorted(entries(/^\.\/src\/([\w-]+)\.ts$/)), sorted(TAGS), 'sideEffects: ./src/<tag>.ts');
  for (const name of notWidgets) {
    assert.ok(pkg.sideEffects.includes(`./dist/${name}.js`) && pkg.sideEffects.includes(`./src/${name}.ts`), name);
  }
});
