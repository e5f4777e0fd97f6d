/**
 * Arabic period names as tables across the Arab world write them:
 * "النصف الأول من 2025", "الربع الثالث من عام 2024", "السداسي الثاني 2023" (Maghreb),
 * "مارس 2025", "آذار 2025" (Levantine), "جوان 2025" (Maghreb), Arabic-Indic digits.
 * Sources in src/languages/ar/index.ts.
 */
import { makePeriodOf } from '../periods.js';
import type { Period } from '../types.js';

const ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

/** Every name a table may use, by month: Egyptian/Gulf, Levantine, Algerian/Tunisian, Moroccan. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز'],
  ['أغسطس', 'آب', 'أوت', 'غشت'],
  ['سبتمبر', 'أيلول', 'شتنبر'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'دجنبر'],
];

/**
 * Spelling as tables vary it: Arabic-Indic and Persian digits as ASCII, hamza seats and
 * tā' marbūṭa folded, harakat and tatweel dropped, spaces collapsed.
 */
function fold(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u064b-\u0652\u0640\u200e\u200f\u061c]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

const MONTH_OF = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((name) => [fold(name), i + 1] as const)));
const ORDINAL_OF = new Map<string, number>(ORDINALS.map((o, i) => [fold(o), i + 1]));

/** A month written one way ("آذار"), two ("مارس/آذار") or two side by side as Reuters does ("يوليو تموز"). */
function monthOf(name: string): number {
  const whole = MONTH_OF.get(name);
  if (whole) return whole;
  const slash = name.split(/\s?\/\s?/);
  if (slash.length === 2) {
    const [a, b] = slash.map((n) => MONTH_OF.get(n));
    return a && a === b ? a : 0;
  }
  const words = name.split(' ');
  for (let i = 1; i < words.length; i++) {
    const a = MONTH_OF.get(words.slice(0, i).join(' '));
    if (a && a === MONTH_OF.get(words.slice(i).join(' '))) return a;
  }
  return 0;
}

// "من عام 2025", "من 2025", "2025", "2025م" (the Gregorian mark Saudi tables add).
const YEAR = String.raw`(?: من)?(?: (?:عام|سنه))? (\d{4})م?`;
// Half: النصف / السداسي (Maghreb); quarter: الربع / الفصل / الثلاثي (Maghreb); then an ordinal or a digit.
const PART = new RegExp(String.raw`^ال(نصف|سداسي|ربع|فصل|ثلاثي) (?:(ال\S+)|([1-4]))${YEAR}$`);
const MONTH = new RegExp(String.raw`^(\D+?)${YEAR}$`);
const YEAR_ONLY = /^(?:(?:عام|سنه) )?(\d{4})م?$/;

/** Reads the forms above: halves, quarters, months in each region's names, "عام 2024", "2023م". */
export function parseArabicPeriod(text: string): Period | null {
  const t = fold(text);
  let m = YEAR_ONLY.exec(t);
  if (m) return makePeriodOf('year', Number(m[1]), 1);
  m = PART.exec(t);
  if (m) {
    const part = m[2] === undefined ? Number(m[3]) : (ORDINAL_OF.get(m[2]) ?? 0);
    return part ? makePeriodOf(m[1] === 'نصف' || m[1] === 'سداسي' ? 'half' : 'quarter', Number(m[4]), part) : null;
  }
  m = MONTH.exec(t);
  const month = m ? monthOf(m[1]!.trim()) : 0;
  return m && month ? makePeriodOf('month', Number(m[2]), month) : null;
}
