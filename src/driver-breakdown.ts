/** Defines `<driver-breakdown>`. Import `trade-balance-charts/classes.js` for the class without the tag. */
import { defineElement } from './base/define.js';
import { DriverBreakdown } from './widgets/driver-breakdown/element.js';

export { DriverBreakdown };
defineElement('driver-breakdown', DriverBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'driver-breakdown': DriverBreakdown;
  }
}
