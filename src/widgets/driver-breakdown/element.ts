import { ChartElement } from '../../base/chart-element.js';
import type { DriversSection } from '../../data/types.js';

/**
 * Which categories make the balance and what moved it: each category's balance for the
 * period beside the previous one, "of which" sub-items under their parent, or (`view="change"`)
 * a bridge from the previous total to the current one. Reads the `drivers` section.
 *
 * @tagname driver-breakdown
 * @summary What makes the balance, and what moved it.
 */
export class DriverBreakdown extends ChartElement<DriversSection> {
  static override properties = { view: {}, sort: {} };

  /** `balance` (default: each category's balance) or `change` (a bridge from the previous total). */
  declare view: 'balance' | 'change';

  /** Order of the categories: `value` (default), `change` or `data` (as in the dataset). */
  declare sort: 'value' | 'change' | 'data';

  constructor() {
    super();
    this.view = 'balance';
    this.sort = 'value';
  }

  protected readonly sectionKey = 'drivers';

  protected override variant(): Record<string, string | undefined> {
    return { view: this.view, sort: this.sort };
  }

  protected loadView() {
    return import('./view.js').then((m) => m.driversView);
  }

  protected loadChart() {
    return import('./option.js').then((m) => m.driversChart);
  }

}
