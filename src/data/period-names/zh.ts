/**
 * Chinese period names as Xinhua, the National Bureau of Statistics and customs tables
 * write them: 2025年上半年, 2025年第二季度 / 二季度, 2025年7月, 2025年1—6月, 2025年.
 */
import { makePeriodOf } from '../periods.js';
import type { Period } from '../types.js';

const HALVES = ['上半年', '下半年'];
// Chinese numerals up to 12: quarters are 一季度…四季度, and a table may spell months (七月).
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** 7, "07", "七", "十二" → 7; NaN when it is none of these. */
function number(text: string): number {
  const spelled = NUMERALS.indexOf(text);
  return spelled >= 0 ? spelled + 1 : /^\d{1,2}$/.test(text) ? Number(text) : NaN;
}

// Month ranges NBS and customs tables write for a half or a quarter: 1—6月, 4-6月.
const RANGES: Readonly<Record<string, ['year' | 'half' | 'quarter', number]>> = {
  '1-12': ['year', 1], '1-6': ['half', 1], '7-12': ['half', 2],
  '1-3': ['quarter', 1], '4-6': ['quarter', 2], '7-9': ['quarter', 3], '10-12': ['quarter', 4],
};

/**
 * Reads 2025年, 2025年上半年, 2025年第二季度, 2025年二季度, 2025年第2季度, 2025年Q2,
 * 2025年7月, 2025年07月, 2025年七月, 2025年1—6月 (a half), 2025年4-6月 (a quarter);
 * full-width digits and spaces are tolerated. Two-digit years (25年) are not read: ambiguous.
 */
export function parseChinesePeriod(text: string): Period | null {
  const t = text
    .replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[\uFF31\uFF51]/g, 'Q')
    .replace(/\s+/g, '');
  const m = /^(\d{4})年(.*)$/.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  const rest = m[2]!;
  if (rest === '' || rest === '全年') return makePeriodOf('year', year, 1);
  const half = HALVES.indexOf(rest.replace(/度$/, ''));
  if (half >= 0) return makePeriodOf('half', year, half + 1);
  let n = /^(?:第?(.{1,2})季度|[Qq]([1-4]))$/.exec(rest);
  if (n) {
    const quarter = n[2] ? Number(n[2]) : number(n[1]!);
    return quarter <= 4 ? makePeriodOf('quarter', year, quarter) : null;
  }
  n = /^(\d{1,2})[-\u2010-\u2015~\uFF5E\u301C至到](\d{1,2})月$/.exec(rest);
  if (n) {
    const range = RANGES[`${Number(n[1])}-${Number(n[2])}`];
    return range ? makePeriodOf(range[0], year, range[1]) : null;
  }
  n = /^(.{1,2})月(?:份)?$/.exec(rest);
  if (n) {
    const month = number(n[1]!);
    return Number.isNaN(month) ? null : makePeriodOf('month', year, month);
  }
  return null;
}
