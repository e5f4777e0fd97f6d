import type { CurrencyCode } from '../data/types.js';
import { intlLocale } from './lang.js';
import { packPart } from './packs.js';

/** How a sign is shown, as in `Intl.NumberFormat`. */
export type SignDisplay = 'auto' | 'never' | 'always' | 'exceptZero';

/** `short` (default): "$4.53B", "45.3억 달러"; `long` spells the magnitude: "$4.53 billion". */
export type NumberStyle = 'short' | 'long';

/** A magnitude a language names: `{ size: 1e9, short: 'B', long: 'billion' }`. */
export interface Magnitude {
  readonly size: number;
  readonly short: string;
  readonly long: string;
}

/** An amount ready for words: what a pack's `money` and `tick` put together. */
export interface AmountParts {
  /** The value in currency units as shown (rounded), with its sign. */
  readonly value: number;
  /** The sign as written: the pack's minus, `+`, or `''`. */
  readonly sign: string;
  /** The digits in the unit, without the sign, as `Intl` writes them in the locale: `4.53`, `4,53`, `٤٫٥٣`. */
  readonly figure: string;
  /** The magnitude the figure is in; undefined for plain units (and for zero). */
  readonly unit: Magnitude | undefined;
  readonly currency: CurrencyCode;
  readonly style: NumberStyle;
  /** The `Intl` locale the figure was written in. */
  readonly locale: string;
}

/**
 * How a language writes money, as its newspapers print it. The digits always come from
 * `Intl` in the widget's locale; a pack says which magnitudes exist and where the unit and
 * the currency go.
 */
export interface NumberWords {
  /** Magnitudes above 1, smallest first (Korean counts in myriads: 만, 억, 조). */
  readonly units: readonly Magnitude[];
  /** An amount in a sentence, a label or the table: `−$4.53B`, `−45.3억 달러`, `−4,53 Mrd. $`. */
  readonly money: (parts: AmountParts) => string;
  /** An axis tick: compact, and without the currency where the axis title names it. */
  readonly tick: (parts: AmountParts) => string;
  /** The axis title and CSV header naming the ticks' unit: `USD billions`, `억 달러`. */
  readonly unitTitle: (unit: Magnitude | undefined, currency: CurrencyCode) => string;
  /** The minus sign written in place of Intl's; without it Intl's own stays (Arabic's, with its direction mark). */
  readonly minus?: string;
  /** Intl's `useGrouping` for figures: `'min2'` leaves four digits whole (8425亿), as the Chinese press prints. Default Intl's own. */
  readonly useGrouping?: boolean | 'min2';
  /**
   * A percentage as the language prints it, from Intl's without its sign (`77,3 %`, `77.3%`):
   * French sets a narrow no-break space before %. Default Intl's own.
   */
  readonly percent?: (figure: string) => string;
}

/** Options for {@link formatMoney}. */
export interface MoneyOptions {
  /**
   * The unit to write the value in (`1e9` for B, `1e8` for 억): a chart's one magnitude (see
   * {@link chartScale}). A unit the language does not name (`1e8` in English) is ignored.
   */
  unit?: number;
  /** Digits after the decimal point, kept even when zero (`3.0`): one count per chart. */
  decimals?: number;
  /** Default `auto`: a minus for negatives only. */
  signDisplay?: SignDisplay;
  /** Significant digits when `decimals` is not given, default 3; trailing zeros are dropped. */
  digits?: number;
  style?: NumberStyle;
}

/** The magnitude and decimals one chart writes every amount in (axis ticks may stay whole). */
export interface Scale {
  readonly unit: number;
  readonly decimals: number;
  readonly style: NumberStyle;
}

const MINUS = '\u2212';

const ENGLISH_UNITS: readonly Magnitude[] = [
  { size: 1e3, short: 'K', long: 'thousand' },
  { size: 1e6, short: 'M', long: 'million' },
  { size: 1e9, short: 'B', long: 'billion' },
  { size: 1e12, short: 'T', long: 'trillion' },
];

// Reuters and AP write these currencies as words after the figure ("3.1 trillion yen").
const ENGLISH_CURRENCY_WORDS: Readonly<Record<string, string>> = { JPY: 'yen', KRW: 'won', CNY: 'yuan' };

const symbols = new Map<string, string>();

/**
 * What goes before a figure: the narrow symbol ("$", "₩", "€"), or the code and a
 * no-break space where there is none ("CHF "), as `Intl` writes it in `locale`.
 */
export function currencySymbol(currency: CurrencyCode, locale = 'en-US'): string {
  const key = `${locale}|${currency}`;
  let prefix = symbols.get(key);
  if (prefix === undefined) {
    try {
      const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
      const currencyPart = parts.find((p) => p.type === 'currency')?.value ?? currency;
      prefix = /^[A-Z]{3}$/.test(currencyPart) ? `${currencyPart}\u00a0` : currencyPart;
    } catch {
      prefix = `${currency}\u00a0`; // not a well-formed ISO 4217 code: show it as given
    }
    symbols.set(key, prefix);
  }
  return prefix;
}

/** English: `−$4.53B` short, `−$4.53 billion` long, `3.1 trillion yen` for the currencies newspapers spell. */
export const englishNumbers: NumberWords = {
  units: ENGLISH_UNITS,
  money: ({ sign, figure, unit, currency, style }) => {
    const word = ENGLISH_CURRENCY_WORDS[currency];
    if (style === 'long' && word) return `${sign}${figure}${unit ? ` ${unit.long}` : ''} ${word}`;
    return `${sign}${currencySymbol(currency)}${figure}${unit ? (style === 'long' ? ` ${unit.long}` : unit.short) : ''}`;
  },
  tick: ({ sign, figure, unit, currency }) => `${sign}${currencySymbol(currency)}${figure}${unit?.short ?? ''}`,
  unitTitle: (unit, currency) => (unit ? `${currency} ${unit.long}s` : currency),
  minus: MINUS,
};

/** How the language of `lang` writes numbers: its pack's, else English's. */
export function numberWords(lang: string): NumberWords {
  return packPart<NumberWords>(lang, 'numbers') ?? englishNumbers;
}

/** Rounds |value| to `digits` significant digits, as Intl will (both round half away from zero). */
function roundAbs(value: number, digits: number): number {
  return Number(Math.abs(value).toPrecision(digits));
}

function unitFor(roundedAbs: number, units: readonly Magnitude[]): Magnitude | undefined {
  let found: Magnitude | undefined;
  for (const u of units) if (u.size <= roundedAbs) found = u;
  return found;
}

/**
 * The unit a value is written in: English 1, 1e3 (K), 1e6 (M), 1e9 (B), 1e12 (T); Korean
 * 1, 1e4 (만), 1e8 (억), 1e12 (조). The largest unit not above |value| once rounded to
 * `digits` significant digits, so 999.5e6 is written in B ("$1B", not "$1000M"). 0 → 1.
 */
export function moneyUnit(value: number, lang: string, digits = 3): number {
  return Number.isFinite(value) ? (unitFor(roundAbs(value, digits), numberWords(lang).units)?.size ?? 1) : 1;
}

/**
 * The power of ten of the last digit `value` is written with, read at 12 significant digits
 * (past float noise): `-4.53e9` → 7, `11.5` → −1.
 */
export function lastDigitPlace(value: number): number {
  const [mantissa = '', exponent = '0'] = Math.abs(value).toExponential(11).split('e');
  const decimals = mantissa.replace(/0+$/, '').split('.')[1]?.length ?? 0;
  return Number(exponent) - decimals;
}

/**
 * One chart's magnitude and decimals, from every amount it shows: the unit of the largest,
 * and as many decimals as give it three significant digits, fewer when the data has fewer
 * (`11.5` and `3` trillion → one decimal: `11.5T`, `3.0T`; whole billions stay whole).
 */
export function chartScale(values: readonly (number | null)[], lang: string, style: NumberStyle = 'short'): Scale {
  let largest = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  const unit = moneyUnit(largest, lang);
  const whole = largest === 0 ? 1 : Math.floor(Math.log10(roundAbs(largest, 3) / unit)) + 1;
  let written = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) written = Math.max(written, -lastDigitPlace(v / unit));
  // At most three decimals: amounts below one currency unit (1e-300 from a fuzzer) stay writable.
  return { unit, decimals: Math.max(0, Math.min(3 - whole, written, 3)), style };
}

// Creating an Intl.NumberFormat is slow and charts format hundreds of values: keep them.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

let warmed = false;
/**
 * Makes the page's first number format, and says whether this call did: in Chromium the first
 * `Intl.NumberFormat` of a page loads ICU's number data (10–45 ms, once), which the caller
 * keeps out of the first figure's task by yielding after it.
 */
export function warmNumberFormats(): boolean {
  if (warmed) return false;
  warmed = true;
  numberFormat('en', {}).format(0);
  return true;
}

/** Intl's digits split into the sign (the pack's minus, when it has one) and the rest. */
function signAndDigits(format: Intl.NumberFormat, value: number, minus: string | undefined): { sign: string; figure: string } {
  let sign = '';
  let figure = '';
  // -0 would print as "-0" with signDisplay auto.
  const parts = format.formatToParts(value === 0 ? 0 : value);
  const signed = parts.some((p) => p.type === 'minusSign' || p.type === 'plusSign');
  for (const part of parts) {
    if (part.type === 'minusSign') sign += minus ?? part.value;
    else if (part.type === 'plusSign') sign += '+';
    // Intl marks a sign's direction (U+200E, U+061C): kept with Intl's own sign, else dropped.
    else if (signed && part.type === 'literal' && /^[\u200e\u200f\u061c]+$/.test(part.value)) sign += minus === undefined ? part.value : '';
    else figure += part.value;
  }
  return { sign, figure };
}

function amountParts(value: number, currency: CurrencyCode, lang: string, options: MoneyOptions): AmountParts {
  const { signDisplay = 'auto', digits = 3, decimals, style = 'short' } = options;
  const words = numberWords(lang);
  const locale = intlLocale(lang);
  // Round once in currency units, so the unit and the figure agree ("$1B", never "$1000M").
  const rounded = roundAbs(value, digits);
  const unit = (options.unit === undefined ? undefined : words.units.find((u) => u.size === options.unit))
    ?? (options.unit === 1 ? undefined : unitFor(rounded, words.units));
  const size = unit?.size ?? 1;
  const grouping = words.useGrouping === undefined ? {} : { useGrouping: words.useGrouping as boolean };
  const intl: Intl.NumberFormatOptions = decimals === undefined
    ? { maximumSignificantDigits: digits, signDisplay, ...grouping }
    : { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay, ...grouping };
  const shown = decimals === undefined ? (value < 0 ? -rounded : rounded) / size : value / size;
  const { sign, figure } = signAndDigits(numberFormat(locale, intl), shown, words.minus);
  // Zero has no unit: "$0", not "$0B" (unless a chart's decimals write it "$0.00B", beside "$4.53B").
  const zero = Number(shown.toFixed(decimals ?? 20)) === 0;
  return { value: shown * size, sign, figure, unit: zero && decimals === undefined ? undefined : unit, currency, style, locale };
}

/**
 * Money in the reader's language, to three significant digits by default, or in a chart's
 * one unit and decimals (`{ unit, decimals }` from {@link chartScale}).
 * English: `$4.53B`, `₩6.26T`, `−$4.53B` (U+2212 minus), `$950`; long: `$4.53 billion`.
 * Korean, as its newspapers write it: `45.3억 달러`, `6.26조 원`.
 *
 * @param value amount in absolute currency units (`-4530000000`)
 * @param currency ISO 4217 code; any code works (the symbol comes from Intl)
 */
export function formatMoney(value: number, currency: CurrencyCode, lang: string, options: MoneyOptions = {}): string {
  return numberWords(lang).money(amountParts(value, currency, lang, options));
}

/** Money in a chart's {@link Scale}. */
export function scaledMoney(value: number, currency: CurrencyCode, lang: string, scale: Scale, signDisplay: SignDisplay = 'auto'): string {
  return formatMoney(value, currency, lang, { unit: scale.unit, decimals: scale.decimals, style: scale.style, signDisplay });
}

/**
 * A compact axis tick label in the axis's unit, so every tick shares it. English `−$4B`,
 * `$0`, `$2.5B`; Korean `−40억`, `0`, `20억` (the currency word is in the axis title: see {@link unitLabel}).
 */
export function formatAxisMoney(value: number, currency: CurrencyCode, lang: string, unit?: number): string {
  return formatTick(value, currency, lang, unit === undefined ? {} : { unit });
}

/** An amount written as a tick is (see {@link formatAxisMoney}), with any of {@link formatMoney}'s options. */
export function formatTick(value: number, currency: CurrencyCode, lang: string, options: MoneyOptions): string {
  return numberWords(lang).tick(amountParts(value, currency, lang, options));
}

/**
 * A short axis title naming the unit and currency of the tick labels:
 * English `USD billions` (`USD` for unit 1), Korean `억 달러` (`달러` for unit 1).
 */
export function unitLabel(unit: number, currency: CurrencyCode, lang: string): string {
  const words = numberWords(lang);
  return words.unitTitle(words.units.find((u) => u.size === unit), currency);
}

/** A ratio as a percentage, at most three significant digits: 0.7734 → `77.3%`. */
export function formatPercent(ratio: number, lang: string): string {
  const words = numberWords(lang);
  const { sign, figure } = signAndDigits(numberFormat(intlLocale(lang), { style: 'percent', maximumSignificantDigits: 3 }), ratio, words.minus);
  return sign + (words.percent ? words.percent(figure) : figure);
}
