import { eachPackPart, packPart } from '../format/packs.js';
import type { Granularity, Period } from './types.js';

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

/** How a language names periods: what a pack's `periods` part holds. */
export interface PeriodWords {
  /** The name readers see: "H1 2025", "2025年上半期", "1.º semestre de 2025". */
  readonly name: (p: Period) => string;
  /** A shorter name for crowded axes: "H1 '25", "25年上期". A year alone may stay whole. */
  readonly short: (p: Period) => string;
  /** The part without the year, under which an axis writes the year once: "H1", "Jul", "7月". */
  readonly part: (p: Period) => string;
  /** A year on its own: "2025", "2025년". */
  readonly year: (year: number) => string;
  /**
   * Reads a period name as tables in this language write it; `null` when it is not one. For
   * a newsroom's own language: the built-in languages' names are read by the data layer.
   */
  readonly parse?: (text: string) => Period | null;
}

/** English, as Reuters and the FT print periods: "H1 2025", "Q3 2024", "Jul 2025", "2025". */
export const englishPeriods: PeriodWords = {
  name: (p) => (p.granularity === 'year' ? String(p.year) : `${englishPart(p)} ${p.year}`),
  // The year shortened with an apostrophe, as newspapers print it; a year alone stays whole.
  short: (p) => (p.granularity === 'year' ? String(p.year) : `${englishPart(p)} '${String(p.year % 100).padStart(2, '0')}`),
  part: englishPart,
  year: String,
};

function englishPart(p: Period): string {
  switch (p.granularity) {
    case 'year': return String(p.year);
    case 'half': return `H${p.part}`;
    case 'quarter': return `Q${p.part}`;
    case 'month': return EN_MONTHS[p.part - 1]!;
  }
}

/**
 * Parses a period as a reader or this library writes it: the codes, English ("H1 2025",
 * "Q3 2024", "Jul 2025", "July 2025", "2025"), and the names read by a registered pack's
 * own `periods.parse` (the built-in packs have none: tables read their languages with
 * `parseBuiltInPeriodName`, src/data/period-names.ts). Case and spacing are tolerated.
 * `null` when the text is none of these.
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
    if (month) return build('month', Number(m[2]), month);
  }
  for (const words of eachPackPart<PeriodWords>('periods')) {
    const period = words.parse?.(t);
    if (period) return period;
  }
  return null;
}

/** A period of `granularity` in `year`, part `part` (1-based), or null when out of range: for a pack's `parse`. */
export function makePeriodOf(granularity: Granularity, year: number, part: number): Period | null {
  return build(granularity, year, part);
}

function periodWords(lang: string): PeriodWords {
  return packPart<PeriodWords>(lang, 'periods') ?? englishPeriods;
}

/** The name readers see, in the widget's language: en "H1 2025", ko "2025년 상반기". */
export function periodName(p: Period, lang: string): string {
  return periodWords(lang).name(p);
}

/** A shorter name for crowded axes: en "H1 '25", ko "25년 상반기"; a year alone stays whole. */
export function periodShortName(p: Period, lang: string): string {
  return periodWords(lang).short(p);
}

/** The part of a period name without the year: "H1", "Q3", "Jul" / "상반기", "3분기", "7월". */
export function partName(p: Period, lang: string): string {
  return periodWords(lang).part(p);
}

/** A year on its own: "2025", "2025년". */
export function yearName(year: number, lang: string): string {
  return periodWords(lang).year(year);
}

/** English name of a granularity, for messages ("a half-year period"). */
export function granularityName(g: Granularity): string {
  return g === 'half' ? 'half-year' : g;
}
