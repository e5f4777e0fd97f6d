import type { TrendSection } from '../../data/types.js';
import type { FigureView, Settings, WidgetView } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { messages } from '../../format/messages.js';
import { amount, money } from '../common.js';
import { trendSummary } from './summary.js';

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
  const line = settings.variant['type'] === 'line';
  const ko = lang === 'ko';
  const notes: string[] = [];
  const names = section.series.map((series) => pickText(series.label, lang));
  if (names.length > 1) {
    const dash = (index: number) => (ko ? ['실선', '파선', '점선'] : ['solid', 'dashed', 'dotted'])[(index - 1) % 3];
    const lines = names.slice(1).map((name, i) => `${name} (${dash(i + 1)})`).join(', ');
    notes.push(
      ko
        ? `${line ? '굵은 선' : '막대'}: ${names[0]}(0 아래 적자, 위 흑자). 선: ${lines}.`
        : `${line ? 'Thick line' : 'Bars'}: ${names[0]} (below zero a deficit, above zero a surplus). Lines: ${lines}.`,
    );
  }
  if (section.provisional.length) {
    notes.push(
      line
        ? ko ? '속이 빈 점은 잠정치다.' : 'Open circles are provisional figures.'
        : ko ? '빗금 친 막대는 잠정치다.' : 'Hatched bars are provisional figures.',
    );
  }
  if (hasGap(section, settings.currency)) {
    notes.push(ko ? '음영 구간은 발표된 수치가 없는 기간이다(0이 아님).' : 'Shaded slots: no figure was published (not zero).');
  }
  return notes;
}

/** The trend's summary sentence and data table: everything shown before ECharts loads. */
export const trendView: WidgetView<TrendSection> = {
  isEmpty: (section) => !section.series.some((series) => series.values.some((value) => value !== null)),

  describe(section: TrendSection, settings: Settings): FigureView {
    const { lang, currency } = settings;
    const text = messages(lang);
    const provisional = new Set(section.provisional);
    const notes = new Map(section.annotations.map((note) => [note.period, pickText(note.text, lang)]));
    const withNotes = notes.size > 0;
    const columns = [text.period, ...section.series.map((series) => pickText(series.label, lang)), ...(withNotes ? [text.notes] : [])];
    const rows = section.periods.map((period, index) => {
      const name = periodName(period, lang);
      const head = provisional.has(period.code) ? `${name} (${text.provisional})` : name;
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
      table: { caption: `${section.series.map((series) => pickText(series.label, lang)).join(', ')} (${currency})`, columns, rows, raw },
      keyNotes: keyNotes(section, settings),
      periodTag: last ? `${section.periods[0]!.code}-${last.code}` : 'data',
    };
  },
};
