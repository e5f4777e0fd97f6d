/**
 * Money as the Spanish press writes it (long scale). Running text spells the magnitude:
 * "4530 millones de dólares", "1,23 billones de yenes" (Fundéu: "7800 millones de
 * dólares"; El País's Libro de estilo prefers "mil millones" to "millardo", and neither is
 * used as a unit: amounts from 10⁹ up stay in millones until a billón, 10¹²). The short
 * style abbreviates the magnitude by truncation, RAE style ("mill.", "bill."), and puts the
 * currency symbol after the figure with a space, as the RAE's Ortografía (2010) and the EU
 * Interinstitutional Style Guide (7.3.3) place it: "4530 mill. $", "58 €".
 * No "M$": in Chile M$ reads as miles de pesos; no "B": it is the English billion.
 */
import type { AmountParts, Magnitude, NumberWords } from '../../format/money.js';
import { currencySymbol } from '../../format/money.js';

export const UNITS: readonly Magnitude[] = [
  { size: 1e6, short: 'mill.', long: 'millones' },
  { size: 1e12, short: 'bill.', long: 'billones' },
];

/** Singular and plural names (Fundéu: "wones", "yuanes", "yenes"). */
const NAMES: Readonly<Record<string, readonly [string, string]>> = {
  USD: ['dólar', 'dólares'],
  EUR: ['euro', 'euros'],
  JPY: ['yen', 'yenes'],
  KRW: ['won', 'wones'],
  CNY: ['yuan', 'yuanes'],
  GBP: ['libra', 'libras'],
};

// The yuan's narrow symbol is the yen's ¥: the code tells them apart.
const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', JPY: '¥', KRW: '₩', GBP: '£', CNY: 'CNY' };

const NBSP = '\u00a0';

/** Intl's Spanish name of a currency without a word here ("francos suizos"), else the code. */
function intlName(currency: string, count: number): string {
  try {
    const parts = new Intl.NumberFormat('es-ES', { style: 'currency', currency, currencyDisplay: 'name' }).formatToParts(count);
    return parts.find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

/** "dólares", "dólar" (for exactly 1), "francos suizos". */
export function currencyName(currency: string, plural = true): string {
  const code = currency.toUpperCase();
  const names = NAMES[code];
  if (names) return names[plural ? 1 : 0];
  return intlName(code, plural ? 2 : 1);
}

/** "$", "€", "CNY", Intl's symbol for any other code. */
export function currencySign(currency: string): string {
  return SYMBOLS[currency.toUpperCase()] ?? currencySymbol(currency, 'es-ES').trim();
}

/** Whether the figure is exactly one ("1 millón", "1 dólar"); "1,0" and "0,50" are plural. */
const isOne = (figure: string) => figure === '1';

function long({ sign, figure, unit, currency }: AmountParts): string {
  if (!unit) return `${sign}${figure} ${currencyName(currency, !isOne(figure))}`;
  const magnitude = isOne(figure) ? unit.long.replace(/ones$/, 'ón') : unit.long;
  return `${sign}${figure} ${magnitude} de ${currencyName(currency)}`;
}

export const numbers: NumberWords = {
  units: UNITS,
  money: (parts) =>
    parts.style === 'long'
      ? long(parts)
      : `${parts.sign}${parts.figure}${NBSP}${parts.unit ? parts.unit.short + NBSP : ''}${currencySign(parts.currency)}`,
  // The currency is in the axis title ("Millones de dólares"), as in El País's charts.
  tick: ({ sign, figure, unit }) => `${sign}${figure}${unit ? NBSP + unit.short : ''}`,
  unitTitle: (unit, currency) => {
    const title = unit ? `${unit.long} de ${currencyName(currency)}` : currencyName(currency);
    return title[0]!.toUpperCase() + title.slice(1);
  },
  minus: '\u2212',
};
