import { ChartElement } from '../../base/chart-element.js';
import type { RegionsSection } from '../../data/types.js';

/**
 * Balance by region: diverging bars with surplus regions on one side and deficit regions
 * on the other, optional segments per region. Reads the `regions` section.
 *
 * - Each bar is labelled with its value beside its end and, when the data gives
 *   `regions.total`, its share of that total. A share is `value / total` and only a
 *   region of the total's sign has one (a deficit region's share of the total deficit,
 *   as the press reports it); a region of the other sign offsets the total, so the
 *   shares may add up to more than 100%, which the key under the chart then says.
 * - A region marked `derived` (e.g. the rest of the world) is hatched, starred on the
 *   axis, and its note is shown under the chart and in its tooltip.
 * - With `segments`, each region's bar is stacked by segment (positive parts to the
 *   right of zero, negative to the left); a segment with no figure is a gap, never a
 *   zero: the rest of the region's value is outlined dashed. The key is HTML text under
 *   the chart (no ECharts legend is loaded).
 * - A region with no figure reads "not published" beside the zero line.
 * - Long region names are cut on the axis ("…"); tooltips and the table show them whole.
 * - `highlight` takes a region id; `chart-select` reports the region id (and, with
 *   segments, the segment id as `series`).
 *
 * @tagname region-split
 * @summary Surplus regions against deficit regions.
 */
export class RegionSplit extends ChartElement<RegionsSection> {
  static override properties = { sort: {} };

  /** Order of the regions: `value` (default: largest surplus at the top, largest deficit at the bottom, regions with no figure last) or `data` (as the data lists them). */
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
