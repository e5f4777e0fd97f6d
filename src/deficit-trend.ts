/** Defines `<deficit-trend>`. Import `trade-balance-charts/classes.js` for the class without the tag. */
import { defineElement } from './base/define.js';
import { DeficitTrend } from './widgets/deficit-trend/element.js';

export { DeficitTrend };
defineElement('deficit-trend', DeficitTrend);

declare global {
  interface HTMLElementTagNameMap {
    'deficit-trend': DeficitTrend;
  }
}
