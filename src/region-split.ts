/** Defines `<region-split>`. Import `trade-balance-charts/classes.js` for the class without the tag. */
import { defineElement } from './base/define.js';
import { RegionSplit } from './widgets/region-split/element.js';

export { RegionSplit };
defineElement('region-split', RegionSplit);

declare global {
  interface HTMLElementTagNameMap {
    'region-split': RegionSplit;
  }
}
