/**
 * Warnings: what a reading notices that may be wrong but does not stop it (units that
 * may be off by a power of ten, periods left out, unknown currency codes, keys that are
 * not read). Each is a plain sentence for an editor: what is wrong, then how to fix it.
 */
import { FORBIDDEN_KEYS } from './text.js';
import type { CurrencyCode, Granularity, Money, Period } from './types.js';

const PARTS: Record<Granularity, number> = { year: 1, half: 2, quarter: 4, month: 12 };

function periodCode(granularity: Granularity, ordinal: number): string {
  const year = Math.floor(ordinal / PARTS[granularity]);
  const part = (ordinal % PARTS[granularity]) + 1;
  if (granularity === 'year') return String(year);
  if (granularity === 'month') return `${year}-${String(part).padStart(2, '0')}`;
  return `${year}${granularity === 'half' ? 'H' : 'Q'}${part}`;
}

/** `a`, `a and b`, `a, b and c`; past `max`, the first ones and how many in all. */
function listed(items: readonly string[], max = 6): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more (${items.length} in all)`;
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** The periods a strictly increasing list leaves out between its first and last. */
export function skippedPeriods(periods: readonly Period[], path: string): string | undefined {
  const missing: string[] = [];
  periods.forEach((p, i) => {
    const prev = periods[i - 1];
    if (!prev) return;
    // Capped so that `1000, 9999` cannot list ninety thousand months.
    for (let o = prev.ordinal + 1; o < p.ordinal && missing.length <= 1000; o++) missing.push(periodCode(p.granularity, o));
  });
  if (!missing.length) return undefined;
  const one = missing.length === 1;
  return `${path} skips ${listed(missing)}: ${one ? 'it is' : 'they are'} drawn as ${one ? 'a gap' : 'gaps'}; `
    + `if that is meant, list ${one ? 'it' : 'them'} with null values to say so, else add the missing figures`;
}

/** Where a currency's unit can be set, for the fix a units warning suggests. */
export type ScaleHome = 'meta' | 'attribute' | 'attribute-or-meta';

/**
 * Money in `code` with no declared unit scale whose magnitudes are all below 1,000 is
 * most likely in millions, billions or trillions: read as single units, it is off by that.
 */
export function unitWarning(code: CurrencyCode, amounts: readonly (Money | null)[], home: ScaleHome): string | undefined {
  let largest = 0;
  for (const m of amounts) {
    const n = m?.[code];
    if (n !== undefined) largest = Math.max(largest, Math.abs(n));
  }
  if (largest === 0 || largest >= 1000) return undefined;
  const where = home === 'meta' ? `meta.currencies.${code}.scale`
    : home === 'attribute' ? 'the scale attribute'
    : `the scale attribute (or meta.currencies.${code}.scale in the data)`;
  return `values in ${code} have no unit scale and are all below 1,000 (largest ${largest}), so they are read as single units of ${code}: `
    + `if they are in trillions, set ${where} to 1e12 (1e9 for billions, 1e6 for millions)`;
}

let knownCurrencies: ReadonlySet<string> | undefined;

/** Whether `Intl` knows `code` as a currency (older browsers: whether it formats with it). */
function isKnownCurrency(code: CurrencyCode): boolean {
  if (typeof Intl.supportedValuesOf === 'function') {
    knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
    return knownCurrencies.has(code.toUpperCase());
  }
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/** A currency code `Intl` does not know is shown as the code, with no symbol: likely a typo. */
export function currencyWarning(code: CurrencyCode, where: string): string | undefined {
  if (isKnownCurrency(code)) return undefined;
  return `the currency "${code}" ${where} is not a currency code this browser knows, so amounts are shown with the code and no symbol: `
    + 'check it against ISO 4217 (JPY for yen, EUR for euro, GBP for pound sterling)';
}

/** Keys of an object the widgets do not read (a misspelt `provisonal`, a `meta.scale`): ignored, so worth a word. */
export function unreadKeys(raw: unknown, known: readonly string[], path: string): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const unread = Object.keys(raw).filter((key) => !known.includes(key) && !FORBIDDEN_KEYS.has(key));
  return unread.map((key) => `${path} has a key "${key}" that is not read, so it is ignored: the keys read there are ${known.join(', ')}`);
}
