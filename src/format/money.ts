import type { CurrencyCode, Lang } from '../data/types.js';
import { intlLocale } from './lang.js';

/** How a sign is shown, as in `Intl.NumberFormat`. */
export type SignDisplay = 'auto' | 'never' | 'always' | 'exceptZero';

/** Options for {@link formatMoney}. */
export interface MoneyOptions {
  /**
   * The unit to write the value in (`1e9` for B, `1e8` for 억). Use the unit of the value
   * a change belongs to, so one sentence keeps one unit. A unit the language does not
   * use (`1e8` in English) is ignored.
   */
  unit?: number;
  /** Default `auto`: a minus for negatives only. */
  signDisplay?: SignDisplay;
  /** Significant digits, default 3; trailing zeros are dropped. */
  digits?: number;
}

interface Unit {
  readonly size: number;
  readonly suffix: string;
}

// Short scale for English; Korean counts in myriads (만 10⁴, 억 10⁸, 조 10¹²).
const UNITS: Readonly<Record<Lang, readonly Unit[]>> = {
  en: [
    { size: 1, suffix: '' },
    { size: 1e3, suffix: 'K' },
    { size: 1e6, suffix: 'M' },
    { size: 1e9, suffix: 'B' },
    { size: 1e12, suffix: 'T' },
  ],
  ko: [
    { size: 1, suffix: '' },
    { size: 1e4, suffix: '만' },
    { size: 1e8, suffix: '억' },
    { size: 1e12, suffix: '조' },
  ],
};

const UNIT_NAMES_EN: Readonly<Record<number, string>> = { 1e3: 'thousands', 1e6: 'millions', 1e9: 'billions', 1e12: 'trillions' };

const CURRENCY_WORDS_KO: Readonly<Record<string, string>> = {
  USD: '달러',
  KRW: '원',
  EUR: '유로',
  JPY: '엔',
  CNY: '위안',
  GBP: '파운드',
};

const MINUS = '\u2212';

/** Rounds |value| to `digits` significant digits, as Intl will (both round half away from zero). */
function roundAbs(value: number, digits: number): number {
  return Number(Math.abs(value).toPrecision(digits));
}

function unitFor(roundedAbs: number, lang: Lang): Unit {
  const units = UNITS[lang];
  let found = units[0]!;
  for (const u of units) if (u.size <= roundedAbs) found = u;
  return found;
}

/**
 * The unit a value is written in: English 1, 1e3 (K), 1e6 (M), 1e9 (B), 1e12 (T); Korean
 * 1, 1e4 (만), 1e8 (억), 1e12 (조). The largest unit not above |value| once rounded to
 * `digits` significant digits, so 999.5e6 is written in B ("$1B", not "$1000M"). 0 → 1.
 */
export function moneyUnit(value: number, lang: Lang, digits = 3): number {
  return Number.isFinite(value) ? unitFor(roundAbs(value, digits), lang).size : 1;
}

// Creating an Intl.NumberFormat is slow and charts format hundreds of values: keep them.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, signDisplay: SignDisplay, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const key = `${lang}|${digits}|${signDisplay}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), { style, maximumSignificantDigits: digits, signDisplay });
    formats.set(key, format);
  }
  return format;
}

/** Intl's digits split into the sign (with a real minus, U+2212) and the rest. */
function signAndDigits(format: Intl.NumberFormat, value: number): { sign: string; digits: string } {
  let sign = '';
  let digits = '';
  // -0 would print as "-0" with signDisplay auto.
  for (const part of format.formatToParts(value === 0 ? 0 : value)) {
    if (part.type === 'minusSign') sign = MINUS;
    else if (part.type === 'plusSign') sign = '+';
    else digits += part.value;
  }
  return { sign, digits };
}

const symbols = new Map<string, string>();

/**
 * What goes before the figure in English: the narrow symbol ("$", "₩", "€"), or the code
 * and a no-break space where there is none ("CHF "), exactly as Intl writes it.
 */
function currencyPrefix(currency: CurrencyCode): string {
  let prefix = symbols.get(currency);
  if (prefix === undefined) {
    try {
      const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
      const first = parts.findIndex((p) => p.type === 'integer');
      prefix = parts
        .slice(0, first)
        .filter((p) => p.type === 'currency' || p.type === 'literal')
        .map((p) => p.value)
        .join('');
    } catch {
      prefix = `${currency}\u00a0`; // not a well-formed ISO 4217 code: show it as given
    }
    symbols.set(currency, prefix);
  }
  return prefix;
}

/** The Korean word for a currency (`USD` → 달러, `KRW` → 원); other codes as they are. */
export function currencyWord(currency: CurrencyCode): string {
  return CURRENCY_WORDS_KO[currency.toUpperCase()] ?? currency;
}

function resolveUnit(unit: number | undefined, lang: Lang, roundedAbs: number): Unit {
  return UNITS[lang].find((u) => u.size === unit) ?? unitFor(roundedAbs, lang);
}

interface MoneyParts {
  readonly sign: string;
  readonly figure: string;
  readonly suffix: string;
}

function moneyParts(value: number, lang: Lang, options: MoneyOptions): MoneyParts {
  const { signDisplay = 'auto', digits = 3 } = options;
  // Round once in currency units, so the unit and the figure agree ("$1B", never "$1000M").
  const rounded = roundAbs(value, digits);
  const unit = resolveUnit(options.unit, lang, rounded);
  const signed = value < 0 ? -rounded / unit.size : rounded / unit.size;
  const { sign, digits: figure } = signAndDigits(numberFormat(lang, digits, signDisplay), signed);
  // Zero has no unit: "$0", not "$0B".
  return { sign, figure, suffix: rounded === 0 ? '' : unit.suffix };
}

/**
 * Money in the reader's language, to three significant digits by default.
 * English: `$4.53B`, `₩6.26T`, `−$4.53B` (U+2212 minus), `$950`.
 * Korean, as its newspapers write it: `45.3억 달러`, `6.26조 원`, `−45.3억 달러`, `950 달러`.
 * A change in the unit of the value it changes: `formatMoney(7.7e8, 'USD', 'en', { unit: 1e9 })` → `$0.77B`.
 *
 * @param value amount in absolute currency units (`-4530000000`)
 * @param currency ISO 4217 code; any code works (the symbol comes from Intl)
 */
export function formatMoney(value: number, currency: CurrencyCode, lang: Lang, options: MoneyOptions = {}): string {
  const { sign, figure, suffix } = moneyParts(value, lang, options);
  return lang === 'ko'
    ? `${sign}${figure}${suffix} ${currencyWord(currency)}`
    : `${sign}${currencyPrefix(currency)}${figure}${suffix}`;
}

/**
 * A compact axis tick label. Pass the unit of the axis maximum (see {@link moneyUnit}) so
 * every tick of an axis shares it. English `−$4B`, `$0`, `$2.5B`; Korean `−40억`, `0`, `20억`
 * (without the currency word, which the axis title carries: see {@link unitLabel}).
 */
export function formatAxisMoney(value: number, currency: CurrencyCode, lang: Lang, unit?: number): string {
  const { sign, figure, suffix } = moneyParts(value, lang, unit === undefined ? {} : { unit });
  return lang === 'ko' ? `${sign}${figure}${suffix}` : `${sign}${currencyPrefix(currency)}${figure}${suffix}`;
}

/**
 * A short axis title naming the unit and currency of the tick labels:
 * English `USD billions` (`USD` for unit 1), Korean `억 달러` (`달러` for unit 1).
 */
export function unitLabel(unit: number, currency: CurrencyCode, lang: Lang): string {
  if (lang === 'ko') {
    const suffix = UNITS.ko.find((u) => u.size === unit)?.suffix ?? '';
    return suffix ? `${suffix} ${currencyWord(currency)}` : currencyWord(currency);
  }
  const name = UNIT_NAMES_EN[unit];
  return name ? `${currency} ${name}` : currency;
}

/** A ratio as a percentage, at most three significant digits: 0.7734 → `77.3%`. */
export function formatPercent(ratio: number, lang: Lang): string {
  const { sign, digits } = signAndDigits(numberFormat(lang, 3, 'auto', 'percent'), ratio);
  return sign + digits;
}
