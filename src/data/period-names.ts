/**
 * Period names as tables in each built-in language write them ("2025년 상반기", "März 2025"),
 * read by the table and CSV readers whatever language the widget speaks: a spreadsheet is
 * often in the newsroom's language while the widget is not. Here, in the data layer, so
 * reading a table never waits for a language pack; each pack's `periods.parse` is the same
 * function. A registered pack's own `parse` is tried too (see `parsePeriodName`).
 */
import { makePeriodOf } from './periods.js';
import type { Period } from './types.js';

const KO_HALVES = ['상반기', '하반기'];

/** Korean: 2025년, 2025년 상반기 / 하반기, 2024년 3분기, 2025년 7월. */
export function parseKoreanPeriod(text: string): Period | null {
  const m = /^(\d{4})\s?년(?:\s?(상반기|하반기|([1-4])\s?분기|(\d{1,2})\s?월))?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return makePeriodOf('year', year, 1);
  if (m[3] !== undefined) return makePeriodOf('quarter', year, Number(m[3]));
  if (m[4] !== undefined) return makePeriodOf('month', year, Number(m[4]));
  return makePeriodOf('half', year, KO_HALVES.indexOf(m[2]) + 1);
}

/** Every built-in language's reader, tried in turn. */
const PARSERS: readonly ((text: string) => Period | null)[] = [parseKoreanPeriod];

/** A period named in any built-in language; `null` when none reads it. */
export function parseBuiltInPeriodName(text: string): Period | null {
  const t = text.replace(/\s+/g, ' ').trim();
  for (const parse of PARSERS) {
    const period = parse(t);
    if (period) return period;
  }
  return null;
}
