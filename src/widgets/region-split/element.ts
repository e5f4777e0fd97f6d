import { ChartElement } from '../../base/chart-element.js';
import type { RegionsSection } from '../../data/types.js';

/**
 * Balance by region: diverging bars with surplus regions on one side and deficit regions
 * on the other, optional segments per region. Reads the `regions` section.
 *
 * @tagname region-split
 * @summary Surplus regions against deficit regions.
 */
export class RegionSplit extends ChartElement<RegionsSection> {
  static override properties = { sort: {} };

  /** Order of the regions: `value` (default: largest surplus first) or `data`. */
  declare sort: 'value' | 'data';

  constructor() {
    super();
    this.sort = 'value';
  }

  protected readonly sectionKey = 'regions';

  protected override variant(): Record<string, string | undefined> {
    return { sort: this.sort };
  }

  protected loadView() {
    return import('./view.js').then((m) => m.regionsView);
  }

  protected loadChart() {
    return import('./option.js').then((m) => m.regionsChart);
  }
}
