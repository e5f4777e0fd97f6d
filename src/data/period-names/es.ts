/**
 * Spanish period names as Spanish tables and copy write them (EFE, El País, the INE):
 * "primer semestre de 2025", "1.er semestre 2025", "T3 2024", "2024T3", "julio de 2025",
 * "jul. 2025". Sources in src/languages/es/index.ts.
 */
import { makePeriodOf } from '../periods.js';
import type { Period } from '../types.js';

const ORDINALS = ['primer', 'segundo', 'tercer', 'cuarto'];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_SHORT = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];

/** "1.er", "1er", "1.º", "1º", "2.º", "3.er", "primer", "primero", "segundo"… → 1–4; 0 when not one. */
function ordinal(text: string): number {
  const digit = /^([1-4])\.?(?:er|º|°|o|ro|do|ra|da)?$/.exec(text);
  if (digit) return Number(digit[1]);
  const word = text.replace(/[oa]$/, '');
  return ORDINALS.findIndex((o) => o.replace(/o$/, '') === word) + 1;
}

/** A month by its Spanish name or abbreviation ("julio", "jul.", "set."); 0 when not one. */
function month(text: string): number {
  const word = text.replace(/\.$/, '');
  if (word === 'set' || word === 'setiembre') return 9;
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full + 1;
  return MONTHS_SHORT.indexOf(word) + 1;
}

const ORDINAL = String.raw`([1-4]\.?(?:er|º|°|o|ro|do)?|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa])`;
const SPELLED = new RegExp(String.raw`^${ORDINAL} (semestre|trimestre)(?: del?)? (\d{4})$`);
const MONTH = /^([a-záéíóú]{3,10}\.?)(?: de)? (\d{4})$/;
const CODE = /^(?:([st])([1-4]) ?(\d{4})|([1-4])([st]) ?(\d{4})|(\d{4}) ?([st])([1-4]))$/;

/**
 * Reads the forms Spanish tables and copy use: "primer semestre de 2025", "1.er semestre
 * 2025", "2.º trimestre de 2024", "T3 2024", "3T 2024", "2024T3" (INE), "S1 2025",
 * "julio de 2025", "jul. 2025", "año 2025".
 */
export function parseSpanishPeriod(text: string): Period | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  let m = SPELLED.exec(t);
  if (m) {
    const n = ordinal(m[1]!);
    return n ? makePeriodOf(m[2] === 'semestre' ? 'half' : 'quarter', Number(m[3]), n) : null;
  }
  m = CODE.exec(t);
  if (m) {
    const [letter, n, year] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[5], m[4], m[6]] : [m[8], m[9], m[7]];
    return makePeriodOf(letter === 's' ? 'half' : 'quarter', Number(year), Number(n));
  }
  m = MONTH.exec(t);
  if (m) {
    const n = month(m[1]!);
    return n ? makePeriodOf('month', Number(m[2]), n) : null;
  }
  m = /^año (\d{4})$/.exec(t);
  return m ? makePeriodOf('year', Number(m[1]), 1) : null;
}
