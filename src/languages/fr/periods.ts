/**
 * French period names: "1er semestre 2025", "3e trimestre 2024", "juillet 2025", "2025";
 * short "S1 2025", "T3 2024", "juil. 2025" (see index.ts for the sources).
 */
import { makePeriodOf, type PeriodWords } from '../../data/periods.js';
import type { Period } from '../../data/types.js';

export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** "1er", "2e": the Imprimerie nationale’s ordinals. */
const ordinal = (n: number) => (n === 1 ? '1er' : `${n}e`);

function name(p: Period): string {
  switch (p.granularity) {
    case 'year': return String(p.year);
    case 'half': return `${ordinal(p.part)} semestre ${p.year}`;
    case 'quarter': return `${ordinal(p.part)} trimestre ${p.year}`;
    case 'month': return `${MONTHS[p.part - 1]!} ${p.year}`;
  }
}

function part(p: Period): string {
  switch (p.granularity) {
    case 'year': return String(p.year);
    case 'half': return `S${p.part}`;
    case 'quarter': return `T${p.part}`;
    case 'month': return MONTHS_SHORT[p.part - 1]!;
  }
}

const WORDS_ORDINAL: Readonly<Record<string, number>> = { premier: 1, second: 2, deuxième: 2, troisième: 3, quatrième: 4 };

/** "1er", "2e", "2ème", "2nd", "deuxième" → 2. */
function ordinalOf(text: string): number {
  const digits = /^([1-4])(?:er|re|e|ème|eme|nd|nde)?$/.exec(text);
  return digits ? Number(digits[1]) : (WORDS_ORDINAL[text] ?? 0);
}

/** The month of a French name or abbreviation, accents optional ("fevr.", "aout"); 0 when none. */
function monthOf(text: string): number {
  const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\.$/, '');
  const word = plain(text);
  const index = MONTHS.findIndex((m, i) => plain(m) === word || plain(MONTHS_SHORT[i]!) === word);
  return index + 1;
}

/** Reads what French tables write: "1er semestre 2025", "S1 2025", "T3 2024", "3e trim. 2024", "juil. 2025". */
function parse(text: string): Period | null {
  const t = text.toLowerCase();
  let m = /^([st])\s?([1-4])\s(\d{4})$/.exec(t) ?? /^(\d{4})\s?([st])([1-4])$/.exec(t);
  if (m) {
    const [letter, n, year] = /^\d/.test(m[1]!) ? [m[2]!, m[3]!, m[1]!] : [m[1]!, m[2]!, m[3]!];
    return makePeriodOf(letter === 's' ? 'half' : 'quarter', Number(year), Number(n));
  }
  m = /^(\S+)\s(semestre|sem\.|trimestre|trim\.)\s(\d{4})$/.exec(t);
  if (m) {
    const n = ordinalOf(m[1]!);
    return n ? makePeriodOf(m[2]!.startsWith('sem') ? 'half' : 'quarter', Number(m[3]), n) : null;
  }
  m = /^(\S+)\s(\d{4})$/.exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? makePeriodOf('month', Number(m[2]), month) : null;
  }
  return null;
}

export const periods: PeriodWords = {
  name,
  short: (p) => (p.granularity === 'year' ? String(p.year) : `${part(p)} ${p.year}`),
  part,
  year: String,
  parse,
};
