/** Pieces the three widgets' views and option builders share. */
import type { CurrencyCode, Lang, LocalText, Money, SectionKey, Sections } from '../data/types.js';
import { ownText } from '../data/text.js';
import { sectionAmounts } from '../data/validate.js';
import type { Settings } from '../base/contracts.js';
import type { ChartOption } from '../echarts-registry.js';
import { messages } from '../format/messages.js';
import { chartScale, formatAxisMoney, lastDigitPlace, formatMoney, formatTick, moneyUnit, type MoneyOptions, type NumberStyle, type Scale, type SignDisplay } from '../format/money.js';
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

/** Hatching for derived figures: computed by the publisher, or by the widget (a remainder row). */
export const DERIVED_DECAL = { symbol: 'rect', color: 'rgba(255,255,255,0.5)', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 };

/** The key note on provisional periods ("Q1 2025 and Q2 2025 figures are provisional."); none without any. */
export function provisionalNotes(names: readonly string[], lang: Lang): string[] {
  return names.length ? [messages(lang).provisionalNote(new Intl.ListFormat(lang).format(names))] : [];
}

/** How an amount is written: in the chart's one magnitude and decimals when it has them, else in `unit` or its own. */
function moneyOptions(settings: Settings, unit: number | undefined, signDisplay: SignDisplay = 'auto'): MoneyOptions {
  const { amounts } = settings;
  if (amounts) return { unit: amounts.unit, decimals: amounts.decimals, style: amounts.style, signDisplay };
  return unit === undefined ? { signDisplay } : { unit, signDisplay };
}

/** Formats a value for tooltips, labels, the table and sentences. */
export function money(value: number, settings: Settings, unit?: number): string {
  return formatMoney(value, settings.currency, settings.lang, moneyOptions(settings, unit));
}

/**
 * A signed change, `+$0.68B`, `−$1.01B`, in the chart's magnitude (else `unit`). `bare`
 * writes it as a tick is written, without the currency where the language leaves it to the
 * value beside it (Korean `−10.1억`).
 */
export function signedMoney(change: number, settings: Settings, unit: number, bare = false): string {
  const options = moneyOptions(settings, unit, 'exceptZero');
  return bare ? formatTick(change, settings.currency, settings.lang, options) : formatMoney(change, settings.currency, settings.lang, options);
}

/** The unit amounts are written in: the chart's one magnitude, else that of `value`. */
export function unitFor(value: number, settings: Settings): number {
  return settings.amounts?.unit ?? moneyUnit(value, settings.lang);
}

/** A value axis whose ticks share the chart's magnitude (else that of the largest value). */
export function moneyAxisLabels(values: readonly (number | null)[], settings: Settings) {
  const { currency, lang } = settings;
  const largest = values.reduce<number>((max, v) => (v === null ? max : Math.max(max, Math.abs(v))), 0);
  const unit = unitFor(largest, settings);
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


/** `total − Σ parts`, or `null` when the total or a part is unknown. */
export function difference(total: number | null, parts: readonly (number | null)[]): number | null {
  return total === null || parts.some((part) => part === null) ? null : parts.reduce<number>((sum, part) => sum - part!, total);
}

/**
 * What a published total has beyond its listed parts, `total − Σ parts`, when rounding
 * cannot explain it; else `null` (no total, no parts, a part without a figure, or a
 * difference rounding allows). Each figure is within half a unit of its last digit, so
 * n parts and their total can miss each other by (n + 1) half-units of the finest digit
 * they are written in: −3.0 and −0.2 against −3.1 is rounding; −5.1 against −3.1 is not.
 */
export function remainder(total: number | null, parts: readonly (number | null)[]): number | null {
  const gap = parts.length ? difference(total, parts) : null;
  if (gap === null || !Number.isFinite(gap)) return null;
  const figures = [total!, ...(parts as number[])];
  const written = figures.filter((figure) => figure !== 0);
  // Each figure's last digit as published: `-4.53e9` → 1e7.
  const unit = written.length ? Math.min(...written.map((figure) => 10 ** lastDigitPlace(figure))) : 0;
  const slack = Math.max((figures.length * unit) / 2, Math.max(...figures.map(Math.abs)) * 1e-9);
  return Math.abs(gap) > slack * (1 + 1e-9) ? gap : null;
}

/** An id for a row the widget adds (`rest`, `other`) that no id in the data has: `rest`, else `rest-2`, `rest-3`… */
export function freeId(base: string, taken: readonly string[]): string {
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** The text with its first letter in upper case, as a sentence that starts with a label written for inside one ("the United States"). */
export function upperFirst(text: string, locale = 'en'): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase(locale));
}

/**
 * The settings with the chart's one magnitude and decimals (`amounts`), worked out from every
 * amount of the section when the caller (the element does) has not: a builder called alone
 * writes one chart as the element does.
 */
export function withAmounts<K extends SectionKey>(key: K, section: Sections[K], settings: Settings): Settings {
  return settings.amounts ? settings : { ...settings, amounts: sectionScale(key, section, settings.currency, settings.lang) };
}

/** The one magnitude and decimals of a section's amounts in `currency` (see `chartScale`). */
export function sectionScale<K extends SectionKey>(key: K, section: Sections[K], currency: CurrencyCode, lang: Lang, style: NumberStyle = 'short'): Scale {
  const values = sectionAmounts({ [key]: section } as unknown as Pick<Sections, SectionKey>, key).map((money) => amount(money, currency));
  return chartScale(values, lang, style);
}

/** The rows' labels as sentences write them (`inSentence`, else the label), for a sentence to list. */
export function labelsOf(rows: readonly { readonly label: string; readonly inSentence?: string | undefined }[]): string[] {
  return rows.map((row) => row.inSentence ?? row.label);
}

/** `{ inSentence }` when the item has one in the widget's language (never another's), else nothing. */
export function inSentenceOf(item: { readonly inSentence?: LocalText | undefined }, lang: string): { inSentence?: string } {
  const text = ownText(item.inSentence, lang);
  return text === undefined ? {} : { inSentence: text };
}

const MIRRORED: Readonly<Record<string, string>> = { left: 'right', right: 'left', insideLeft: 'insideRight', insideRight: 'insideLeft' };

/** Swaps every label `position` and `align` under `node` between left and right. */
function mirrorSides(node: unknown): void {
  if (Array.isArray(node)) node.forEach(mirrorSides);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'position' || key === 'align') && typeof value === 'string' && MIRRORED[value]) (node as Record<string, unknown>)[key] = MIRRORED[value];
      else if (typeof value === 'object') mirrorSides(value);
    }
  }
}

/**
 * A horizontal bar chart as Arabic newspapers print categories: mirrored (Alebri et al., "Design
 * Patterns in Right-to-Left Visualizations", IEEE VIS 2024: Arabic news mirror categorical
 * charts more often than not). Category labels on the right, positive bars growing to the left,
 * value labels at the bars' outer ends; the option is built left to right and turned here.
 */
export function mirrored(option: ChartOption, settings: Settings): ChartOption {
  if (settings.dir !== 'rtl') return option;
  const grid = option['grid'] as Record<string, unknown>;
  const xAxis = option['xAxis'] as Record<string, unknown>;
  const yAxis = option['yAxis'] as Record<string, unknown>;
  [grid['left'], grid['right']] = [grid['right'], grid['left']];
  xAxis['inverse'] = !xAxis['inverse'];
  yAxis['position'] = 'right';
  mirrorSides(yAxis['axisLabel']);
  mirrorSides(option['series']);
  return option;
}
