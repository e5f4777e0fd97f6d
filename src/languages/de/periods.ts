/**
 * German period names, as Destatis and the Bundesbank print them in tables and press
 * releases: "1. Halbjahr 2025", "3. Quartal 2024", "Juli 2025", "2025"; shorter on crowded
 * axes: "H1 2025", "Q3 2024", "Sept. 2025". And the forms a period takes inside a sentence:
 * "im 1. Halbjahr 2025", "seit dem 3. Quartal 2024", "gegenüber Juli 2025", "im Jahr 2025".
 * Tables' forms are read by the data layer (src/data/period-names/de.ts), whatever the
 * widget's language.
 */
import type { PeriodWords } from '../../data/periods.js';
import type { Period } from '../../data/types.js';

export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
// Duden's abbreviations (as CLDR's): März to Juli are short enough to stay whole.
const MONTHS_SHORT = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];

const PART_NOUN: Readonly<Record<'half' | 'quarter', string>> = { half: 'Halbjahr', quarter: 'Quartal' };

function part(p: Period): string {
  switch (p.granularity) {
    case 'year': return String(p.year);
    case 'half': return `H${p.part}`;
    case 'quarter': return `Q${p.part}`;
    case 'month': return MONTHS_SHORT[p.part - 1]!;
  }
}

function name(p: Period): string {
  switch (p.granularity) {
    case 'year': return String(p.year);
    case 'month': return `${MONTHS[p.part - 1]} ${p.year}`;
    default: return `${p.part}. ${PART_NOUN[p.granularity]} ${p.year}`;
  }
}

export const periods: PeriodWords = {
  name,
  short: (p) => (p.granularity === 'year' ? String(p.year) : `${part(p)} ${p.year}`),
  part,
  year: String,
};

/** What a period name in a sentence is: the article and preposition it takes depend on it. */
type Shape = 'year' | 'part' | 'month' | 'previous' | 'other';

/** The word `messages.previous` gives when a breakdown has no previous period's name. */
export const PREVIOUS = 'Vorperiode';

function shapeOf(text: string): Shape {
  const bare = text.replace(/\s*\(vorläufig\)$/, '');
  if (/^\d{4}$/.test(bare)) return 'year';
  if (/^\d\. (?:Halbjahr|Quartal) \d{4}$/.test(bare)) return 'part';
  if (MONTHS.some((month) => bare.startsWith(`${month} `))) return 'month';
  return bare === PREVIOUS ? 'previous' : 'other';
}

/**
 * "im 1. Halbjahr 2025", "im Juli 2025", "im Jahr 2025" ("in 2025" is an anglicism),
 * "in der Vorperiode"; anything else "im Zeitraum …". Keeps a "(vorläufig)" mark.
 */
export function inPeriod(text: string): string {
  const shape = shapeOf(text);
  if (shape === 'year') return `im Jahr ${text}`;
  if (shape === 'previous') return `in der ${text}`;
  return shape === 'other' ? `im Zeitraum ${text}` : `im ${text}`;
}

/**
 * The dative after "seit", "gegenüber", "nach": "dem 1. Halbjahr 2025", but a year or
 * a month bare, as Duden's "seit Januar", "gegenüber 2024".
 */
export function dativePeriod(text: string): string {
  const shape = shapeOf(text);
  if (shape === 'part') return `dem ${text}`;
  if (shape === 'previous') return `der ${text}`;
  return shape === 'other' ? `dem Zeitraum ${text}` : text;
}

/** The first letter in upper case, for a phrase that opens a sentence. */
export const capital = (text: string): string => text.charAt(0).toLocaleUpperCase('de') + text.slice(1);

/** A period phrase opening a sentence: "Im 1. Halbjahr 2025", "Im Jahr 2023". */
export const openingPeriod = (when: string): string => capital(inPeriod(when));
