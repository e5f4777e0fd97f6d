/** Pieces the three widgets' views and option builders share. */
import type { CurrencyCode, Lang, Money } from '../data/types.js';
import type { Settings } from '../base/contracts.js';
import { formatAxisMoney, formatMoney, moneyUnit } from '../format/money.js';
import { FONT_SIZE } from './layout.js';

/** The amount in the shown currency; `null` for a gap. */
export function amount(money: Money | null | undefined, currency: CurrencyCode): number | null {
  if (!money) return null;
  const value = money[currency];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Deficit and surplus in the theme's two colours; zero counts as neither, drawn as surplus. */
export function signColor(value: number, settings: Settings): string {
  return value < 0 ? settings.theme.deficit : settings.theme.surplus;
}

/** Formats a value for tooltips, labels and the table. */
export function money(value: number, settings: Settings, unit?: number): string {
  return formatMoney(value, settings.currency, settings.lang, unit === undefined ? {} : { unit });
}

/** A value axis whose ticks share the unit of the largest value. */
export function moneyAxisLabels(values: readonly (number | null)[], currency: CurrencyCode, lang: Lang) {
  const largest = values.reduce<number>((max, v) => (v === null ? max : Math.max(max, Math.abs(v))), 0);
  const unit = moneyUnit(largest, lang);
  return { unit, format: (value: number) => formatAxisMoney(value, currency, lang, unit) };
}

/**
 * ECharts reads `{name|text}` and `{a}` in label strings as templates: curly braces from
 * data are swapped for look-alikes so text from data is always shown as written.
 */
export function plain(text: string): string {
  return text.replace(/\{/g, '\uFF5B').replace(/\}/g, '\uFF5D');
}

/** Text style shared by axes and labels. */
export function textBase(settings: Settings) {
  return { color: settings.theme.muted, fontFamily: settings.theme.fontFamily, fontSize: FONT_SIZE };
}
