import type { TrendSection } from '../../data/types.js';
import type { FigureView, Settings, WidgetView } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { messages } from '../../format/messages.js';
import { amount, money, withAmounts } from '../common.js';
import { trendSummary } from './summary.js';
import { trendWording } from './wording.js';

/** True when the balance (first series) has a gap: an unlisted period or a null value. */
function hasGap(section: TrendSection, currency: string): boolean {
  const { periods } = section;
  const first = periods[0];
  const last = periods.at(-1);
  if (first && last && last.ordinal - first.ordinal + 1 > periods.length) return true;
  const balance = section.series[0];
  return Boolean(balance?.values.some((value) => amount(value, currency) === null));
}

/** What the chart's marks mean, shown under it (there is no ECharts legend: HTML is lighter). */
function keyNotes(section: TrendSection, settings: Settings): string[] {
  const { lang } = settings;
  const words = trendWording(lang).key;
  const text = messages(lang);
  const line = settings.variant['type'] === 'line';
  const notes: string[] = [];
  const names = section.series.map((series) => pickText(series.label, lang));
  if (names.length > 1) {
    const lines = text.list(names.slice(1).map((name, i) => text.note(name, words.dashes[i % 3]!)));
    notes.push(words.series(line, names[0]!, lines));
  }
  if (section.provisional.length) notes.push(line ? words.provisionalPoints : words.provisionalBars);
  if (hasGap(section, settings.currency)) notes.push(words.gaps);
  return notes;
}

/** The trend's summary sentence and data table: everything shown before ECharts loads. */
export const trendView: WidgetView<TrendSection> = {
  isEmpty: (section) => !section.series.some((series) => series.values.some((value) => value !== null)),

  describe(section: TrendSection, given: Settings): FigureView {
    const settings = withAmounts('trend', section, given);
    const { lang, currency } = settings;
    const text = messages(lang);
    const provisional = new Set(section.provisional);
    const notes = new Map(section.annotations.map((note) => [note.period, pickText(note.text, lang)]));
    const withNotes = notes.size > 0;
    const columns = [text.period, ...section.series.map((series) => pickText(series.label, lang)), ...(withNotes ? [text.notes] : [])];
    const rows = section.periods.map((period, index) => {
      const name = periodName(period, lang);
      const head = provisional.has(period.code) ? text.note(name, text.provisional) : name;
      return [
        head,
        ...section.series.map((series) => {
          const value = amount(series.values[index], currency);
          return value === null ? null : money(value, settings);
        }),
        ...(withNotes ? [notes.get(period.code) ?? text.noNote] : []),
      ];
    });
    // "Get the data" keeps codes and plain numbers, so a spreadsheet reads them as they are.
    const raw = section.periods.map((period, index) => [
      period.code,
      ...section.series.map((series) => amount(series.values[index], currency)),
      ...(withNotes ? [notes.get(period.code) ?? ''] : []),
    ]);
    const last = section.periods.at(-1);
    return {
      summary: trendSummary(section, settings),
      table: {
        caption: text.note(text.list(section.series.map((series) => pickText(series.label, lang))), currency),
        columns,
        rows,
        raw,
        moneyColumns: [false, ...section.series.map(() => true), ...(withNotes ? [false] : [])],
        provisionalRows: section.periods.map((period) => provisional.has(period.code)),
      },
      keyNotes: keyNotes(section, settings),
      periodTag: last ? `${section.periods[0]!.code}-${last.code}` : 'data',
    };
  },
};
