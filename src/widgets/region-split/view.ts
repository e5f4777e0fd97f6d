import type { RegionsSection } from '../../data/types.js';
import type { FigureView, Settings, WidgetView } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { formatPercent } from '../../format/money.js';
import { messages } from '../../format/messages.js';
import { money, provisionalNotes, withAmounts } from '../common.js';
import { regionsModel } from './model.js';
import { regionsSummary } from './summary.js';
import { regionsText, remainderWords } from './wording.js';

/**
 * The key under the chart, as text (no ECharts legend: HTML is lighter, is read by
 * assistive technology and prints): what the percentages are, the segments in stacking
 * order, the dashed outline of unpublished segments, and each derived region's note (the
 * rest of the world's among them).
 */
export function regionsKeyNotes(section: RegionsSection, settings: Settings): string[] {
  const { lang } = settings;
  const text = messages(lang);
  const own = regionsText(lang);
  const { rows, total, sharesOffset } = regionsModel(section, settings, remainderWords(lang));
  const notes: string[] = [];
  if (total !== null && total !== 0 && rows.some((row) => row.share !== null)) {
    notes.push(own.shareKey(total < 0 ? 'deficit' : 'surplus', money(Math.abs(total), settings)));
  }
  if (sharesOffset) notes.push(own.noShareKey);
  if (section.segments.length > 1) notes.push(own.segmentsKey(section.segments.map((segment) => pickText(segment.label, lang))));
  // The rest of the world is unsplit by nature, drawn hatched rather than outlined.
  if (rows.some((row) => row.unsplit !== null && !row.remainder)) notes.push(own.unsplitKey);
  for (const row of rows) {
    if (!row.derived) continue;
    const head = text.note(row.label, text.list([text.derived, own.hatched]));
    notes.push(`* ${row.note ? text.labelled(head, row.note) : head}`);
  }
  notes.push(...provisionalNotes(isProvisional(section) ? [periodName(section.period, lang)] : [], lang));
  return notes;
}

/** True when the section's one period is listed provisional. */
export const isProvisional = (section: RegionsSection): boolean => section.provisional.includes(section.period.code);

/** The regions' summary sentence, data table and key. */
export const regionsView: WidgetView<RegionsSection> = {
  isEmpty: (section) =>
    !section.items.some((item) => item.value !== null || Object.values(item.values ?? {}).some((value) => value !== null)),

  describe(section: RegionsSection, given: Settings): FigureView {
    const settings = withAmounts('regions', section, given);
    const { lang, currency } = settings;
    const text = messages(lang);
    const own = regionsText(lang);
    const { rows } = regionsModel(section, settings, remainderWords(lang));
    const segmentNames = section.segments.map((segment) => pickText(segment.label, lang));
    const hasShare = section.total !== null;
    const cell = (value: number | null) => (value === null ? null : money(value, settings));
    // The table shows every label whole (the axis may have cut it).
    const label = (row: (typeof rows)[number]) => (row.derived ? text.note(row.label, text.derived) : row.label);
    // The caption carries the trend table's mark: "Q3 2025 (provisional) (GBP)".
    const when = periodName(section.period, lang);
    return {
      summary: regionsSummary(section, settings),
      table: {
        caption: text.note(isProvisional(section) ? text.note(when, text.provisional) : when, currency),
        columns: [own.region, text.value, ...segmentNames, ...(hasShare ? [text.share] : [])],
        rows: rows.map((row) => [
          label(row),
          cell(row.value),
          ...row.segments.map(cell),
          // No share unless every row has the total's sign (see RegionRow.share).
          ...(hasShare ? [row.share === null ? text.notApplicable : formatPercent(row.share, lang)] : []),
        ]),
        raw: rows.map((row) => [label(row), row.value, ...row.segments, ...(hasShare ? [row.share] : [])]),
        // The share stays a ratio (0.25 for 25 %), as spreadsheets hold percentages.
        moneyColumns: [false, true, ...section.segments.map(() => true), ...(hasShare ? [false] : [])],
        // Every row is of the one period: the CSV's provisional column says so for each.
        ...(isProvisional(section) ? { provisionalRows: rows.map(() => true) } : {}),
      },
      keyNotes: regionsKeyNotes(section, settings),
      periodTag: section.period.code,
    };
  },
};
