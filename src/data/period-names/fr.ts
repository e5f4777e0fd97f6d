/**
 * French period names as French tables write them: "1er semestre 2025",
 * "S1 2025", "T3 2024", "3e trim. 2024", "juillet 2025", "juil. 2025". Sources in
 * src/languages/fr/index.ts.
 */
import { makePeriodOf } from '../periods.js';
import type { Period } from '../types.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

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
export function parseFrenchPeriod(text: string): Period | null {
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
