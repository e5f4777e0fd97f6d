import type { RegionsSection } from '../../data/types.js';
import type { FigureView, Settings, WidgetView } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { formatPercent } from '../../format/money.js';
import { messages } from '../../format/messages.js';
import { money } from '../common.js';
import { regionRows } from './model.js';
import { regionsSummary } from './summary.js';

/** The regions' summary sentence and data table. */
export const regionsView: WidgetView<RegionsSection> = {
  isEmpty: (section) =>
    !section.items.some((item) => item.value !== null || Object.values(item.values ?? {}).some((value) => value !== null)),

  describe(section: RegionsSection, settings: Settings): FigureView {
    const { lang, currency } = settings;
    const text = messages(lang);
    const rows = regionRows(section, settings);
    const segmentNames = section.segments.map((segment) => pickText(segment.label, lang));
    const cell = (value: number | null) => (value === null ? null : money(value, settings));
    const label = (row: (typeof rows)[number]) => (row.derived ? `${row.label} (${text.derived})` : row.label);
    return {
      summary: regionsSummary(section, settings),
      table: {
        caption: `${periodName(section.period, lang)} (${currency})`,
        columns: ['', text.value, ...segmentNames, ...(section.total ? [text.share] : [])],
        rows: rows.map((row) => [
          label(row),
          cell(row.value),
          ...row.segments.map(cell),
          ...(section.total ? [row.share === null ? '' : formatPercent(row.share, lang)] : []),
        ]),
        raw: rows.map((row) => [label(row), row.value, ...row.segments]),
      },
      keyNotes: rows.filter((row) => row.derived && row.note).map((row) => `${row.label}: ${row.note}`),
      periodTag: section.period.code,
    };
  },
};
