/**
 * French period names: "1er semestre 2025", "3e trimestre 2024", "juillet 2025", "2025";
 * short "S1 2025", "T3 2024", "juil. 2025" (see index.ts for the sources). Tables' forms are
 * read by the data layer (src/data/period-names/fr.ts), whatever the widget's language.
 */
import type { PeriodWords } from '../../data/periods.js';
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

export const periods: PeriodWords = {
  name,
  short: (p) => (p.granularity === 'year' ? String(p.year) : `${part(p)} ${p.year}`),
  part,
  year: String,
};
