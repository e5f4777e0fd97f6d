/** Korean period names as tables write them: 2025년, 2025년 상반기, 2024년 3분기, 2025년 7월. */
import { makePeriodOf } from '../periods.js';
import type { Period } from '../types.js';

const HALVES = ['상반기', '하반기'];

/** Korean: 2025년, 2025년 상반기 / 하반기, 2024년 3분기, 2025년 7월. */
export function parseKoreanPeriod(text: string): Period | null {
  const m = /^(\d{4})\s?년(?:\s?(상반기|하반기|([1-4])\s?분기|(\d{1,2})\s?월))?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return makePeriodOf('year', year, 1);
  if (m[3] !== undefined) return makePeriodOf('quarter', year, Number(m[3]));
  if (m[4] !== undefined) return makePeriodOf('month', year, Number(m[4]));
  return makePeriodOf('half', year, HALVES.indexOf(m[2]) + 1);
}
