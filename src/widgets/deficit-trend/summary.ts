/** The trend's summary sentence and the callout by its latest bar, in the widget's language. */
import type { TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { balancePoints, type LatestChange } from './facts.js';
import { trendWording } from './wording.js';
import { withAmounts } from '../common.js';

export { latestChange } from './facts.js';

/**
 * The summary under the chart, from the first series (the balance): the latest change
 * against the previous published period, then the longer run since the first one.
 * "The knowledge-services deficit widened by $0.77B to $4.53B in H1 2025 (provisional),
 * from $3.76B in H2 2024. It has widened in every half-year with a published figure since
 * H1 2023, when it was $2.72B." Each sentence keeps one unit.
 */
export function trendSummary(section: TrendSection, given: Settings): string {
  const settings = withAmounts('trend', section, given);
  const points = balancePoints(section, settings.currency);
  if (!points.length) return '';
  return trendWording(settings.lang).summary(section, settings, points);
}

/**
 * The short note the chart puts by the latest bar, in two lines:
 * ["Widened by $0.77B", "from H2 2024"] / ["2024년 하반기보다", "적자 7.7억 달러 확대"].
 */
export function changeCallout(change: LatestChange, settings: Settings): [string, string] {
  return trendWording(settings.lang).callout(change, settings);
}
