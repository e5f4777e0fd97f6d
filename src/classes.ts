/**
 * The element classes without defining any tag, for sites that register them under
 * other names (`customElements.define('kr-deficit', DeficitTrend)`).
 */
export { ChartElement, type ChartErrorDetail, type ChartReadyDetail } from './base/chart-element.js';
export { defineElement } from './base/define.js';
export { DeficitTrend } from './widgets/deficit-trend/element.js';
export { DriverBreakdown } from './widgets/driver-breakdown/element.js';
export { RegionSplit } from './widgets/region-split/element.js';
export type { ChartSelectDetail, ChartState, ThemeName, RendererName } from './base/contracts.js';
export type * from './data/types.js';
