import type { TrendSection } from '../../data/types.js';
import type { FigureView, Settings, WidgetView } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { messages } from '../../format/messages.js';
import { amount, money } from '../common.js';
import { trendSummary } from './summary.js';

/** The trend's summary sentence and data table: everything shown before ECharts loads. */
export const trendView: WidgetView<TrendSection> = {
  isEmpty: (section) => !section.series.some((series) => series.values.some((value) => value !== null)),

  describe(section: TrendSection, settings: Settings): FigureView {
    const { lang, currency } = settings;
    const text = messages(lang);
    const provisional = new Set(section.provisional);
    const columns = [text.period, ...section.series.map((series) => pickText(series.label, lang))];
    const rows = section.periods.map((period, index) => {
      const name = periodName(period, lang);
      const head = provisional.has(period.code) ? `${name} (${text.provisional})` : name;
      return [head, ...section.series.map((series) => {
        const value = amount(series.values[index], currency);
        return value === null ? null : money(value, settings);
      })];
    });
    // "Get the data" keeps codes and plain numbers, so a spreadsheet reads them as they are.
    const raw = section.periods.map((period, index) => [
      period.code,
      ...section.series.map((series) => amount(series.values[index], currency)),
    ]);
    const keyNotes = section.provisional.length
      ? [lang === 'ko' ? `빗금 친 막대는 잠정치다.` : `Hatched bars are provisional figures.`]
      : [];
    const last = section.periods.at(-1);
    return {
      summary: trendSummary(section, settings),
      table: { caption: `${columns.slice(1).join(', ')} (${currency})`, columns, rows, raw },
      keyNotes,
      periodTag: last ? `${section.periods[0]!.code}-${last.code}` : 'data',
    };
  },
};
