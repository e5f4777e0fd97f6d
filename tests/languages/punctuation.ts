/**
 * The text shared code puts together from a language's pieces (table rows and captions,
 * keys, tooltips, keyboard item texts), for one set of inputs in any language: each
 * language's test pins it in that language's punctuation.
 */
import { trendView } from '../../src/widgets/deficit-trend/view.js';
import { buildTrendOption } from '../../src/widgets/deficit-trend/option.js';
import { driversView } from '../../src/widgets/driver-breakdown/view.js';
import { buildDriversOption } from '../../src/widgets/driver-breakdown/option.js';
import { regionsView } from '../../src/widgets/region-split/view.js';
import { buildRegionsOption } from '../../src/widgets/region-split/option.js';
import { settings as trendSettings, trend } from '../widgets/deficit-trend/fixtures.js';
import { section as driversOf, settings as driverSettings } from '../widgets/driver-breakdown/fixtures.js';
import { section as regionsOf, settings as regionSettings } from '../widgets/region-split/fixtures.js';

/** The labels the data gives in the language. */
export interface Labels {
  readonly balance: string;
  readonly exports: string;
  readonly transport: string;
  readonly sea: string;
  readonly travel: string;
  readonly construction: string;
  readonly asia: string;
  readonly europe: string;
  readonly rest: string;
  readonly restNote: string;
}

export function punctuation(lang: string, l: Labels) {
  const text = (value: string) => ({ en: 'English label', [lang]: value });
  // Two series, the last half-year provisional.
  const series = trend({
    periods: ['2024H2', '2025H1'],
    series: [{ id: 'balance', label: text(l.balance), values: [-37.6, -45.3] }, { id: 'exports', label: text(l.exports), values: [10, 12] }],
    provisional: ['2025H1'],
  });
  const t = trendSettings({ lang });
  const trendTable = trendView.describe(series, t);
  const trendChart = buildTrendOption(series, t);
  // Three categories that miss the total: a derived "Other".
  const partial = driversOf({
    period: '2025-03', previous: '2025-02', total: -23, previousTotal: -16,
    items: [
      { id: 'transport', label: text(l.transport), value: -24, previousValue: -20, children: [{ id: 'sea', label: text(l.sea), value: -19, previousValue: -15 }] },
      { id: 'travel', label: text(l.travel), value: 21, previousValue: 19 },
      { id: 'construction', label: text(l.construction), value: -12, previousValue: -9 },
    ],
  });
  const d = driverSettings({ lang, sort: 'data' });
  const driversChart = buildDriversOption(partial, d);
  const other = driversChart.items.find((item) => item.id !== 'transport' && item.id !== 'sea' && item.id !== 'travel' && item.id !== 'construction')!;
  // A derived region with a note.
  const regions = regionsOf(
    [
      ['asia', text(l.asia), 35.7],
      ['europe', text(l.europe), -21.8],
      ['rest', text(l.rest), -21.5, { derived: true, note: text(l.restNote) }],
    ],
    { total: -7.6 },
  );
  const r = regionSettings({ lang });
  const regionsChart = buildRegionsOption(regions, r);
  const rest = regionsChart.items.find((item) => item.id === 'rest')!;
  return {
    /** The trend table's provisional row head and its caption. */
    provisionalRow: trendTable.table.rows[1]![0],
    trendCaption: trendTable.table.caption,
    /** The trend key naming the second series' line. */
    seriesKey: trendTable.keyNotes?.[0],
    /** The trend's tooltip of the provisional half-year. */
    trendTooltip: trendChart.tooltip.text(0, 1),
    /** The keyboard's label of the second series' provisional point. */
    trendItem: trendChart.items.find((item) => item.seriesIndex === 1 && item.dataIndex === 1)!.label,
    /** The drivers' key line of the derived "Other", and its keyboard text. */
    otherKey: driversView.describe(partial, d).keyNotes?.find((note) => note.startsWith('*')),
    otherItem: other.valueText,
    /** The regions' key line of the derived rest, and its keyboard text. */
    restKey: regionsView.describe(regions, r).keyNotes?.find((note) => note.startsWith('*')),
    restItem: rest.valueText,
  };
}
