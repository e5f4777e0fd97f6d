/**
 * Spanish period names, as EFE and El País write them in running text: "primer semestre
 * de 2025", "tercer trimestre de 2024", "julio de 2025", "2025" (months in lower case, RAE).
 * Crowded axes use the forms of the INE's and the financial press's tables: "S1 2025",
 * "T3 2024", "jul. 2025" (RAE month abbreviations, with their period). Tables' forms are read
 * by the data layer (src/data/period-names/es.ts), whatever the widget's language.
 */
import type { PeriodWords } from '../../data/periods.js';
import type { Period } from '../../data/types.js';

const ORDINALS = ['primer', 'segundo', 'tercer', 'cuarto'];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_SHORT = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'];

function name(p: Period): string {
  switch (p.granularity) {
    case 'year': return String(p.year);
    case 'half': return `${ORDINALS[p.part - 1]} semestre de ${p.year}`;
    case 'quarter': return `${ORDINALS[p.part - 1]} trimestre de ${p.year}`;
    case 'month': return `${MONTHS[p.part - 1]} de ${p.year}`;
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

/**
 * A period name after "en", "desde", "a": halves and quarters take the article ("en el
 * primer semestre de 2025"), months and years do not ("en julio de 2025", "en 2025").
 * Works on a name already marked provisional.
 */
export function withArticle(periodName: string): string {
  return /^(?:primer|segundo|tercer|cuarto) /.test(periodName) ? `el ${periodName}` : periodName;
}

/** "en el primer semestre de 2025", "en julio de 2025", "en 2025". */
export const inPeriod = (periodName: string) => `en ${withArticle(periodName)}`;

/** "del segundo semestre de 2024", "de julio de 2024", "de 2024" (de + el contracts). */
export const ofPeriod = (periodName: string) => withArticle(periodName).replace(/^el /, 'del ').replace(/^(?!del )/, 'de ');

/** "al segundo semestre de 2024", "a julio de 2024", "a 2024" (a + el contracts). */
export const toPeriod = (periodName: string) => withArticle(periodName).replace(/^el /, 'al ').replace(/^(?!al )/, 'a ');
