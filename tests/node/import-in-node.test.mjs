// The package must import in Node (server rendering in Next.js or Nuxt): no DOM at module evaluation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WIDGETS } from '../../src/widgets/manifest.js';

test('importing the package and each element module in Node does not throw', async () => {
  const specifiers = ['trade-balance-charts', 'trade-balance-charts/classes.js', ...WIDGETS.map(({ tag }) => `trade-balance-charts/${tag}.js`)];
  for (const specifier of specifiers) {
    const module = await import(specifier);
    assert.ok(module, specifier);
  }
  const entry = await import('trade-balance-charts');
  for (const { className } of WIDGETS) assert.equal(typeof entry[className], 'function', className);
});
