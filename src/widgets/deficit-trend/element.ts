import { ChartElement } from '../../base/chart-element.js';
import type { TrendSection } from '../../data/types.js';

/**
 * The balance over time: bars (or a line) below and above zero, deficit and surplus
 * coloured apart, gaps shown as gaps, provisional periods marked, the latest change annotated.
 * Reads the `trend` section of a dataset.
 *
 * @tagname deficit-trend
 * @summary Trade balance over time.
 */
export class DeficitTrend extends ChartElement<TrendSection> {
  static override properties = { type: {} };

  /** `bar` (default) or `line`. With several series, the first is drawn this way and the others as lines. */
  declare type: 'bar' | 'line';

  constructor() {
    super();
    this.type = 'bar';
  }

  protected readonly sectionKey = 'trend';

  protected override variant(): Record<string, string | undefined> {
    return { type: this.type };
  }

  protected loadView() {
    return import('./view.js').then((m) => m.trendView);
  }

  protected loadChart() {
    return import('./option.js').then((m) => m.trendChart);
  }

}
