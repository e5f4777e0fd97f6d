import type { Granularity, Lang, Period } from './types.js';

/**
 * Period codes as written in datasets: `2025`, `2025H1`, `2025Q3`, `2025-07`.
 * Years are four digits from 1000; the ranges of halves, quarters and months are
 * part of the pattern, so the JSON Schema carries them too.
 */
export const PERIOD_CODE_PATTERN = /^[1-9]\d{3}(?:H[12]|Q[1-4]|-(?:0[1-9]|1[0-2]))?$/;

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MONTHS_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** How many parts a year has at each granularity (the ordinal's multiplier). */
const PARTS: Record<Granularity, number> = { year: 1, half: 2, quarter: 4, month: 12 };

function makePeriod(granularity: Granularity, year: number, part: number): Period {
  const code =
    granularity === 'year' ? String(year)
    : granularity === 'half' ? `${year}H${part}`
    : granularity === 'quarter' ? `${year}Q${part}`
    : `${year}-${String(part).padStart(2, '0')}`;
  return { code, granularity, year, part, ordinal: year * PARTS[granularity] + (part - 1) };
}

function build(granularity: Granularity, year: number, part: number): Period | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(part) || part < 1 || part > PARTS[granularity]) return null;
  return makePeriod(granularity, year, part);
}

/** Parses a period code (`2025`, `2025H1`, `2025Q3`, `2025-07`); `null` when it is not one. */
export function parsePeriodCode(code: string): Period | null {
  if (typeof code !== 'string' || !PERIOD_CODE_PATTERN.test(code)) return null;
  const year = Number(code.slice(0, 4));
  const rest = code.slice(4);
  if (rest === '') return build('year', year, 1);
  const part = Number(rest.slice(1)); // after H, Q or -
  if (rest[0] === 'H') return build('half', year, part);
  if (rest[0] === 'Q') return build('quarter', year, part);
  return build('month', year, part);
}

function monthFromName(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower === 'sept') return 9;
  const full = EN_MONTHS_FULL.indexOf(lower);
  if (full >= 0) return full + 1;
  return EN_MONTHS.findIndex((m) => m.toLowerCase() === lower) + 1; // 0 when unknown
}

/**
 * Parses a period as a reader or this library writes it: the codes, English
 * ("H1 2025", "Q3 2024", "Jul 2025", "July 2025", "2025") and Korean
 * ("2025년 상반기", "2025년 하반기", "2024년 3분기", "2025년 7월", "2025년").
 * Case and spacing are tolerated. `null` when the text is none of these.
 */
export function parsePeriodName(text: string): Period | null {
  if (typeof text !== 'string') return null;
  const t = text.replace(/\s+/g, ' ').trim();
  const code = parsePeriodCode(t.toUpperCase());
  if (code) return code;
  let m = /^([HQ])\s?([1-4])\s(\d{4})$/i.exec(t);
  if (m) return build(m[1]!.toUpperCase() === 'H' ? 'half' : 'quarter', Number(m[3]), Number(m[2]));
  m = /^([a-z]{3,9}\.?)\s(\d{4})$/i.exec(t);
  if (m) {
    const month = monthFromName(m[1]!);
    return month ? build('month', Number(m[2]), month) : null;
  }
  m = /^(\d{4})\s?년(?:\s?(상반기|하반기|([1-4])\s?분기|(\d{1,2})\s?월))?$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    if (m[2] === undefined) return build('year', year, 1);
    if (m[2] === '상반기') return build('half', year, 1);
    if (m[2] === '하반기') return build('half', year, 2);
    if (m[3] !== undefined) return build('quarter', year, Number(m[3]));
    return build('month', year, Number(m[4]));
  }
  return null;
}

/** The name readers see: en "H1 2025", "Q3 2024", "Jul 2025", "2025"; ko "2025년 상반기", "2024년 3분기", "2025년 7월", "2025년". */
export function periodName(p: Period, lang: Lang): string {
  if (lang === 'ko') {
    switch (p.granularity) {
      case 'year': return `${p.year}년`;
      case 'half': return `${p.year}년 ${p.part === 1 ? '상반기' : '하반기'}`;
      case 'quarter': return `${p.year}년 ${p.part}분기`;
      case 'month': return `${p.year}년 ${p.part}월`;
    }
  }
  switch (p.granularity) {
    case 'year': return String(p.year);
    case 'half': return `H${p.part} ${p.year}`;
    case 'quarter': return `Q${p.part} ${p.year}`;
    case 'month': return `${EN_MONTHS[p.part - 1]} ${p.year}`;
  }
}

/**
 * A shorter name for crowded axes: the year shortened to two digits with an
 * apostrophe, as newspapers print it (en "H1 '25", "Q3 '24", "Jul '25"; ko
 * "25년 상반기", "24년 3분기", "25년 7월"). A year alone stays whole ("2025",
 * "2025년"): "'25" alone reads badly and four digits fit any axis.
 */
export function periodShortName(p: Period, lang: Lang): string {
  if (p.granularity === 'year') return periodName(p, lang);
  const yy = String(p.year % 100).padStart(2, '0');
  if (lang === 'ko') return `${yy}년 ${periodName(p, 'ko').slice(String(p.year).length + 2)}`;
  return `${periodName(p, 'en').replace(/ \d{4}$/, '')} '${yy}`;
}

/** English name of a granularity, for messages ("a half-year period"). */
export function granularityName(g: Granularity): string {
  return g === 'half' ? 'half-year' : g;
}
