import type { DriversSection } from '../../data/types.js';
import type { FigureView, Settings, WidgetView } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { messages } from '../../format/messages.js';
import { money } from '../common.js';
import { driverRows } from './model.js';
import { driversSummary } from './summary.js';

/** The drivers' summary sentence and data table. */
export const driversView: WidgetView<DriversSection> = {
  isEmpty: (section) => !section.items.some((item) => item.value !== null || item.previousValue !== null),

  describe(section: DriversSection, settings: Settings): FigureView {
    const { lang, currency } = settings;
    const text = messages(lang);
    const now = periodName(section.period, lang);
    const before = section.previous ? periodName(section.previous, lang) : text.previous;
    const rows = driverRows(section, { ...settings, variant: { sort: 'data' } });
    const cell = (value: number | null) => (value === null ? null : money(value, settings));
    const signed = (value: number | null) =>
      value === null ? null : (value > 0 ? '+' : '') + money(value, settings);
    return {
      summary: driversSummary(section, settings),
      table: {
        caption: `${now} (${currency})`,
        columns: ['', now, before, text.change],
        rows: rows.map((row) => [row.depth ? `· ${row.label}` : row.label, cell(row.value), cell(row.previous), signed(row.change)]),
        raw: rows.map((row) => [row.depth ? `· ${row.label}` : row.label, row.value, row.previous, row.change]),
      },
      periodTag: section.period.code,
    };
  },
};
