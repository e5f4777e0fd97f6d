/**
 * Periods as Nikkei prints them: 2025年1〜6月 (a calendar half, by its months), 2025年4〜6月期
 * (a quarter), 2025年7月, 2025年; axes shorten the year: 25年4〜6月期. Sources in ./index.ts.
 * Tables' forms are read by the data layer (src/data/period-names/ja.ts), whatever the
 * widget's language.
 */
import type { PeriodWords } from '../../data/periods.js';
import type { Period } from '../../data/types.js';

const DASH = '\u301c'; // 〜 WAVE DASH, the range mark of Kyodo's and Nikkei's style

const HALVES = [`1${DASH}6月`, `7${DASH}12月`];
const QUARTERS = [`1${DASH}3月期`, `4${DASH}6月期`, `7${DASH}9月期`, `10${DASH}12月期`];

function part(p: Period): string {
  switch (p.granularity) {
    case 'year': return `${p.year}年`;
    case 'half': return HALVES[p.part - 1]!;
    case 'quarter': return QUARTERS[p.part - 1]!;
    case 'month': return `${p.part}月`;
  }
}

export const periods: PeriodWords = {
  name: (p) => (p.granularity === 'year' ? `${p.year}年` : `${p.year}年${part(p)}`),
  // Nikkei's headlines shorten the year to two digits (25年4〜6月期); a year alone stays whole.
  short: (p) => (p.granularity === 'year' ? `${p.year}年` : `${String(p.year % 100).padStart(2, '0')}年${part(p)}`),
  part,
  year: (year) => `${year}年`,
};
