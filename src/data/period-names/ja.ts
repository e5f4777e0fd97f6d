/**
 * Japanese period names as tables write them (Nikkei, the Ministry of Finance): 2025年1〜6月
 * (a calendar half, by its months), 2025年4〜6月期 (a quarter), 2025年上半期, 2025年7月,
 * 2025年, era years (令和7年). Sources in src/languages/ja/index.ts.
 */
import { makePeriodOf } from '../periods.js';
import type { Period } from '../types.js';

// Era years in government tables (令和7年 = 2025): each era's year 1 (元年) in the Gregorian calendar.
const ERAS: Readonly<Record<string, number>> = { 令和: 2019, 平成: 1989 };

/** A table's year: 2025年, or an era year (令和7年, 令和元年); NaN when neither. */
function yearOf(western: string | undefined, era: string | undefined, eraYear: string | undefined): number {
  if (western !== undefined) return Number(western);
  return ERAS[era!]! + (eraYear === '元' ? 0 : Number(eraYear) - 1);
}

// After NFKC: full-width digits and brackets are ASCII, ～ (U+FF5E) is ~; 〜 stays.
const YEAR = /^(?:(\d{4})|(令和|平成)(元|\d{1,2}))年/;
const RANGE = /^(\d{1,2})[〜~\-\u2010-\u2015\u2212](\d{1,2})月期?$/;
const MONTH = /^(\d{1,2})月$/;
const HALF = /^(上|下)(?:半)?期$/;
const QUARTER = /^第([1-4])四半期$/;

/** The period a month range names: 1〜6月 a half, 4〜6月(期) a quarter; null for any other range. */
function range(year: number, first: number, last: number): Period | null {
  if (last - first === 5 && first % 6 === 1) return makePeriodOf('half', year, (first + 5) / 6);
  if (last - first === 2 && first % 3 === 1) return makePeriodOf('quarter', year, (first + 2) / 3);
  return null;
}

/**
 * Reads 2025年, 2025年7月, 2025年1〜6月, 2025年上半期 / 上期 (also with "(1〜6月)" after it),
 * 2025年4〜6月期, 2025年第2四半期, and era years (令和7年上半期). A fiscal year (2025年度) is
 * not a calendar period: null.
 */
export function parseJapanesePeriod(text: string): Period | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const head = YEAR.exec(t);
  if (!head) return null;
  const year = yearOf(head[1], head[2], head[3]);
  // "上半期(1〜6月)": the months in brackets only repeat the half.
  const rest = t.slice(head[0].length).replace(/^(上|下)(半?期)\(\d{1,2}[〜~\-\u2010-\u2015\u2212]\d{1,2}月\)$/, '$1$2');
  if (rest === '') return makePeriodOf('year', year, 1);
  let m = MONTH.exec(rest);
  if (m) return makePeriodOf('month', year, Number(m[1]));
  m = RANGE.exec(rest);
  if (m) return range(year, Number(m[1]), Number(m[2]));
  m = HALF.exec(rest);
  if (m) return makePeriodOf('half', year, m[1] === '上' ? 1 : 2);
  m = QUARTER.exec(rest);
  if (m) return makePeriodOf('quarter', year, Number(m[1]));
  return null;
}
