/**
 * Money as German newspapers print it: the figure, then the magnitude, then the currency,
 * each after a no-break space: `−4,53 Mrd. $`, `3,1 Bio. Yen`; long style spells the
 * magnitude and the currency: `4,53 Milliarden Dollar`, `1 Milliarde Euro`.
 * Sources: see the header of ./index.ts.
 */
import type { CurrencyCode } from '../../data/types.js';
import type { AmountParts, Magnitude, NumberWords } from '../../format/money.js';

/** DIN 5008 keeps figure, unit and currency together with a fixed (no-break) space. */
export const NBSP = '\u00a0';

/**
 * Duden's abbreviations; amounts under a million are printed in full ("950.000 Dollar"),
 * so there is no "Tsd." in running text. `Billion` is 10¹², never 10⁹.
 */
const UNITS: readonly Magnitude[] = [
  { size: 1e6, short: 'Mio.', long: 'Millionen' },
  { size: 1e9, short: 'Mrd.', long: 'Milliarden' },
  { size: 1e12, short: 'Bio.', long: 'Billionen' },
];

/** "1 Milliarde", but "1,5 Milliarden" and "2 Milliarden". */
const SINGULAR: Readonly<Record<number, string>> = { 1e6: 'Million', 1e9: 'Milliarde', 1e12: 'Billion' };

/**
 * The sign newspapers print after the figure (`$`, `€`, `£`) and the word in long style.
 * The yen, won and yuan are written as words in both: `¥` would not tell yen from yuan.
 */
const CURRENCIES: Readonly<Record<string, { readonly short: string; readonly long: string }>> = {
  USD: { short: '$', long: 'Dollar' },
  EUR: { short: '€', long: 'Euro' },
  GBP: { short: '£', long: 'Pfund' },
  JPY: { short: 'Yen', long: 'Yen' },
  KRW: { short: 'Won', long: 'Won' },
  CNY: { short: 'Yuan', long: 'Yuan' },
};

/** The currency after the figure: its sign or word, else its ISO code (`Mrd. CHF`), as German business pages write it. */
export function currencyAfter(currency: CurrencyCode, style: 'short' | 'long' = 'short'): string {
  return CURRENCIES[currency.toUpperCase()]?.[style] ?? currency.toUpperCase();
}

function unitWord({ figure, unit, style }: AmountParts): string {
  if (!unit) return '';
  if (style !== 'long') return `${unit.short}${NBSP}`;
  return `${figure === '1' ? (SINGULAR[unit.size] ?? unit.long) : unit.long}${NBSP}`;
}

export const numbers: NumberWords = {
  units: UNITS,
  money: (parts) => `${parts.sign}${parts.figure}${NBSP}${unitWord(parts)}${currencyAfter(parts.currency, parts.style)}`,
  // Two of the three widgets have no axis title, so a tick names its unit and currency.
  tick: (parts) => `${parts.sign}${parts.figure}${NBSP}${unitWord({ ...parts, style: 'short' })}${currencyAfter(parts.currency)}`,
  // CSV headers and axis titles as statistical tables write them: `Mrd. USD`.
  unitTitle: (unit, currency) => (unit ? `${unit.short} ${currency.toUpperCase()}` : currency.toUpperCase()),
  minus: '\u2212',
};
