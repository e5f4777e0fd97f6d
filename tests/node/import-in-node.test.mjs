// The package must import in Node (server rendering in Next.js or Nuxt): no DOM at module evaluation.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('importing the package and each element module in Node does not throw', async () => {
  for (const specifier of ['trade-balance-charts', 'trade-balance-charts/classes.js', 'trade-balance-charts/deficit-trend.js', 'trade-balance-charts/driver-breakdown.js', 'trade-balance-charts/region-split.js']) {
    const module = await import(specifier);
    assert.ok(module, specifier);
  }
  const { DeficitTrend, DriverBreakdown, RegionSplit } = await import('trade-balance-charts');
  assert.equal(typeof DeficitTrend, 'function');
  assert.equal(typeof DriverBreakdown, 'function');
  assert.equal(typeof RegionSplit, 'function');
});
