import type { DriversSection } from '../../data/types.js';
import type { FigureView, Settings, WidgetView } from '../../base/contracts.js';
import { messages } from '../../format/messages.js';
import { amount, provisionalNotes, withAmounts } from '../common.js';
import { balanceKey, bridgeKey, bridgeLabels, changeText, markedPeriodNames, periodNames, provisionalNames, unitOf, valueText } from './labels.js';
import { driverBridge, driverRows, type DriverRow } from './model.js';
import { driversSummary } from './summary.js';
import { driverWording } from './wording.js';


/** The drivers' summary sentence, data table and key. */
export const driversView: WidgetView<DriversSection> = {
  isEmpty: (section) => !section.items.some((item) => item.value !== null || item.previousValue !== null),

  describe(section: DriversSection, given: Settings): FigureView {
    const settings = withAmounts('drivers', section, given);
    const { lang, currency } = settings;
    const text = messages(lang);
    const names = periodNames(section, settings);
    // The table follows the chart's order, so a reader can go from one to the other.
    const rows = driverRows(section, settings, bridgeLabels(section, settings).other);
    const cell = (value: number | null) => (value === null ? null : valueText(value, settings));
    const signed = (value: number | null, of: number | null) => (value === null ? null : changeText(value, settings, unitOf(of ?? value, settings), false));
    const name = (row: DriverRow) => (row.depth ? driverWording(lang).ofWhich(row.label) : row.derived ? text.note(row.label, text.derived) : row.label);
    const total = amount(section.total, currency);
    const previousTotal = amount(section.previousTotal, currency);
    const totalRow = total !== null || previousTotal !== null;
    const totalChange = total !== null && previousTotal !== null ? total - previousTotal : null;
    const hasChildren = rows.some((row) => row.depth === 1);
    let keyNotes: string[];
    if (settings.variant['view'] === 'change') {
      const bridge = driverBridge(section, settings, bridgeLabels(section, settings));
      keyNotes = bridgeKey(
        settings,
        names,
        { value: bridge.residual, missingLabels: bridge.missing.map((r) => r.label), sums: bridge.categorySums, start: bridge.start, end: bridge.end, publishedStart: bridge.publishedStart, publishedEnd: bridge.publishedEnd },
        hasChildren,
      );
    } else keyNotes = balanceKey(section, settings, hasChildren);
    const other = rows.find((row) => row.derived);
    if (other) keyNotes.push(`* ${text.labelled(text.note(other.label, text.list([text.derived, driverWording(lang).hatched])), driverWording(lang).otherNote)}`);
    keyNotes.push(...provisionalNotes(provisionalNames(section, settings), lang));
    // Column heads carry the trend table's mark: "H1 2025 (provisional)".
    const heads = markedPeriodNames(section, settings, (name) => text.note(name, text.provisional));
    return {
      summary: driversSummary(section, settings),
      table: {
        caption: text.note(names.now, currency),
        columns: [text.category, heads.now, heads.before, text.change],
        rows: [
          ...rows.map((row) => [name(row), cell(row.value), cell(row.previous), signed(row.change, row.value)]),
          ...(totalRow ? [[text.total, cell(total), cell(previousTotal), signed(totalChange, total)]] : []),
        ],
        raw: [
          ...rows.map((row) => [name(row), row.value, row.previous, row.change]),
          ...(totalRow ? [[text.total, total, previousTotal, totalChange]] : []),
        ],
        moneyColumns: [false, true, true, true],
      },
      keyNotes,
      periodTag: section.period.code,
    };
  },
};
