// The CDN files' types (run after `npm run build`): each exports-map entry of a CDN file names
// a .d.ts that re-exports the package entry's types, so the file must export the entry's values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
const cdnEntries = Object.entries(exports).filter(([subpath]) => subpath.startsWith('./cdn/'));

/** The names a minified ES module exports, from its closing `export{a as B,...}`. */
function exportedNames(file) {
  const list = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return list.split(',').map((item) => item.trim().split(/\s+as\s+/).pop());
}

test('every CDN file in the exports map has types beside it that re-export the package entry', () => {
  assert.ok(cdnEntries.length >= 2, 'the CDN files are in the exports map');
  for (const [subpath, target] of cdnEntries) {
    assert.equal(Object.keys(target)[0], 'types', `${subpath}: types come first`);
    assert.equal(target.types, target.default.replace(/\.js$/, '.d.ts'), `${subpath}: the .d.ts sits beside the file`);
    assert.ok(existsSync(target.types), `${target.types} is built`);
    assert.match(readFileSync(target.types, 'utf8'), /^export \* from '\.\.\/index\.js';$/m);
  }
});

test('the CDN files export every value the package entry exports, as their types say', async () => {
  const entryValues = Object.keys(await import('trade-balance-charts'));
  assert.ok(entryValues.includes('DeficitTrend'));
  for (const [, target] of cdnEntries) {
    const names = exportedNames(target.default);
    for (const name of entryValues) assert.ok(names.includes(name), `${target.default} exports ${name}`);
  }
});
