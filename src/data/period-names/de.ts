/**
 * German period names as Destatis and the Bundesbank print them in tables: "1. Halbjahr
 * 2025", "2. Hj. 2024", "3. Quartal 2024", "Q3/2024", "März 2025", "Sept. 2025", Austrian
 * "Jänner 2025". Sources in src/languages/de/index.ts.
 */
import { makePeriodOf } from '../periods.js';
import type { Granularity, Period } from '../types.js';

// Every spelling of a month a German table may use, lower-cased, without the dot.
const MONTH_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'].map((m, i) => [m, i + 1] as const),
  ...['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'].map((m, i) => [m, i + 1] as const),
  ['jän', 1], ['jänner', 1], ['febr', 2], ['feber', 2], ['maerz', 3], ['märz', 3], ['mrz', 3], ['sept', 9],
]);

const ORDINALS: Readonly<Record<string, number>> = { erstes: 1, zweites: 2, drittes: 3, viertes: 4 };

const HALF = /^(?:([12])\.\s?|(erstes|zweites)\s)(?:halbjahr|hj\.?)\s(\d{4})$/i;
const QUARTER = /^(?:([1-4])\.\s?|(erstes|zweites|drittes|viertes)\s)(?:quartal|qu\.?|vierteljahr|vj\.?)\s(\d{4})$/i;
const SLASHED = /^([HQ])([1-4])\/(\d{4})$/i;
const MONTH = /^(\p{L}+)\.?\s(\d{4})$/u;

/** Reads "1. Halbjahr 2025", "erstes Halbjahr 2025", "3. Quartal 2024", "3. Vj. 2024", "Q3/2024", "März 2025", "Dez 2024". */
export function parseGermanPeriod(text: string): Period | null {
  let m = HALF.exec(text) ?? QUARTER.exec(text);
  if (m) {
    const granularity: Granularity = HALF.test(text) ? 'half' : 'quarter';
    return makePeriodOf(granularity, Number(m[3]), m[1] ? Number(m[1]) : ORDINALS[m[2]!.toLowerCase()]!);
  }
  m = SLASHED.exec(text);
  if (m) return makePeriodOf(m[1]!.toUpperCase() === 'H' ? 'half' : 'quarter', Number(m[3]), Number(m[2]));
  m = MONTH.exec(text);
  const month = m ? MONTH_WORDS[m[1]!.toLowerCase()] : undefined;
  return m && month ? makePeriodOf('month', Number(m[2]), month) : null;
}
