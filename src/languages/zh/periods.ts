/**
 * Chinese period names, as Xinhua and the National Bureau of Statistics print them:
 * 2025年上半年, 2025年第二季度 (NBS tables: 二季度), 2025年7月, 2025年.
 * Part of the Chinese pack (./index.ts). Tables' forms are read by the data layer
 * (src/data/period-names/zh.ts), whatever the widget's language.
 */
import type { PeriodWords } from '../../data/periods.js';
import type { Period } from '../../data/types.js';

const HALVES = ['上半年', '下半年'];
// Chinese numerals: quarters are 一季度…四季度.
const NUMERALS = ['一', '二', '三', '四'];

/** The axis part: 上半年, 二季度 (NBS's form, shorter than 第二季度), 7月, 2025年. */
function part(p: Period): string {
  switch (p.granularity) {
    case 'year': return `${p.year}年`;
    case 'half': return HALVES[p.part - 1]!;
    case 'quarter': return `${NUMERALS[p.part - 1]!}季度`;
    case 'month': return `${p.part}月`;
  }
}

/** The part in a sentence: 第二季度, as Xinhua writes it; the others as on the axis. */
function fullPart(p: Period): string {
  return p.granularity === 'quarter' ? `第${part(p)}` : part(p);
}

export const periods: PeriodWords = {
  name: (p) => (p.granularity === 'year' ? `${p.year}年` : `${p.year}年${fullPart(p)}`),
  // Crowded axes: the year in two digits, as Chinese charts do ("25年7月").
  short: (p) => (p.granularity === 'year' ? `${p.year}年` : `${String(p.year % 100).padStart(2, '0')}年${part(p)}`),
  part,
  year: (year) => `${year}年`,
};
