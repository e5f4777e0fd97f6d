/**
 * The one list of widgets, for the sources, the build, the guards, the tests and the bench.
 *
 * Plain JavaScript with a declaration file (manifest.d.ts) rather than TypeScript or JSON:
 * rollup.config.mjs, tests/node/*.mjs and bench/*.mjs import it on Node 20 without a
 * TypeScript loader, the browser tests import it as it is, and no JSON import attribute
 * (still experimental on Node 20, not handled by the test runner) is needed.
 *
 * By convention a widget's folder is `src/widgets/<tag>/` (its element in `element.ts`) and
 * its entry module, which defines the tag, is `src/<tag>.ts`.
 */

/** @type {import('./manifest.js').WidgetManifest} */
export const WIDGETS = [
  { tag: 'deficit-trend', className: 'DeficitTrend', section: 'trend' },
  { tag: 'driver-breakdown', className: 'DriverBreakdown', section: 'drivers' },
  { tag: 'region-split', className: 'RegionSplit', section: 'regions' },
];

/** Every widget's tag, in the manifest's order. */
export const TAGS = WIDGETS.map((widget) => widget.tag);
