/**
 * The Arabic pack (Modern Standard Arabic, news register), right to left. Sources:
 * - Amounts: the figure, the magnitude word, then the currency as a word, as Reuters Arabic
 *   (Sky News Arabia, 2025-09-05: "إلى 78.3 مليار دولار، مقابل 59.6 مليار دولار"), Okaz
 *   (2026-02-19: "1.24 تريليون دولار") and Asharq/Al-Ahram print them; "تريليون" as the press
 *   spells it (CLDR's compact form has "ترليون").
 * - Counted nouns: a whole 3 to 10 (and 103, 206...) takes the plural, as the press prints it
 *   ("103 مليارات دولار" misr-post 2025, "206 آلاف" Al-Mashhad Al-Arabi 2026, "6 مليارات"
 *   Hespress); decimals stay singular, as Reuters Arabic writes "3.4 مليار" (AFP and SPA write
 *   "3.9 مليارات": not followed). The rule (3–10 plural, 11–99 singular) is school grammar,
 *   e.g. taariqismail.com/2021-08-28-grammar-1. Long style also says 1 and 2 by the noun
 *   alone, as body text does: "مليار دولار", "ملياري دولار" (the dual's oblique form, since
 *   amounts follow بلغ، إلى، مقابل, بمقدار); short style keeps the figure ("2 مليار دولار").
 * - Currency words: دولار، يورو، ين، وون، يوان، جنيه إسترليني (the agencies' words, e.g.
 *   AFP via Al-Manar "481.7 مليار ين (3.9 مليارات يورو)"); others from Intl.
 * - Ticks: "4 مليار", the magnitude without the currency (CLDR ar compact short), which the
 *   axis title names: "مليار دولار".
 * - The sign: Intl's own, with its direction mark (LRM for Latin digits, ALM for Arabic-Indic),
 *   so `minus` is left undefined; Intl also picks the digits (`ar` Latin, `ar-EG` Arabic-Indic).
 * - Periods: "النصف الأول من 2025", "الربع الثالث من 2024" in sentences; tables and crowded
 *   axes drop "من" as Argaam's tables do ("الربع الأول 2024"). Months: the Egyptian/Gulf names
 *   Intl `ar` gives (مارس), "widely regarded as standard across the Arab world" (Wikipedia,
 *   Arabic names of Gregorian months); the Levantine (آذار) and Maghreb names are parsed.
 */
import type { LanguagePack } from '../pack.js';
import type { Messages } from '../../format/messages.js';
import { currencySymbol, type AmountParts, type Magnitude, type NumberWords } from '../../format/money.js';
import { periods } from './periods.js';
import { drivers } from './drivers.js';
import { regions } from './regions.js';
import { trend } from './trend.js';

const messages: Messages = {
  showTable: 'عرض الجدول',
  hideTable: 'إخفاء الجدول',
  getData: 'تنزيل البيانات',
  downloadPng: 'تنزيل صورة PNG',
  downloadSvg: 'تنزيل صورة SVG',
  retry: 'إعادة المحاولة',
  loading: 'جارٍ تحميل الرسم البياني…',
  noData: 'لا توجد بيانات للعرض',
  notPublished: 'لم يُنشر',
  provisional: 'أولي',
  provisionalName: (name) => `${name} (بيانات أولية)`,
  provisionalNote: (names) => `أرقام ${names} أولية.`,
  source: 'المصدر',
  notes: 'ملاحظات',
  derived: 'محسوب',
  period: 'الفترة',
  value: 'القيمة',
  previous: 'القيمة السابقة',
  change: 'التغير',
  share: 'الحصة',
  total: 'الإجمالي',
  category: 'البند',
  notApplicable: 'لا ينطبق',
  noNote: 'لا يوجد',
  yes: 'نعم',
  errorPrefix: 'تعذّر عرض الرسم البياني',
  keyboardHint: 'استخدم مفاتيح الأسهم للتنقل بين العناصر، ومفتاح Enter للاختيار',
  surplus: 'فائض',
  deficit: 'عجز',
  balance: 'الميزان',
  chartLabel: (title) => (title ? `رسم بياني: ${title}` : 'رسم بياني'),
  current: (label, value) => `${label}: ${value}`,
  selected: (label, value) => `تم تحديد ${label}: ${value}`,
  // The Arabic comma ، and semicolon ؛, the colon and brackets as Latin script writes them (the
  // brackets mirror right to left): the Arabic press's punctuation (علامات الترقيم, as codified by
  // Ahmad Zaki Pasha, 1912, and taught in the Arab school curricula).
  note: (text, note) => `${text} (${note})`,
  labelled: (label, value) => `${label}: ${value}`,
  list: (items) => items.join('، '),
  clauses: (items) => items.join('؛ '),
};

const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  USD: 'دولار',
  EUR: 'يورو',
  JPY: 'ين',
  KRW: 'وون',
  CNY: 'يوان',
  GBP: 'جنيه إسترليني',
  SAR: 'ريال',
  AED: 'درهم',
  EGP: 'جنيه',
};

/** The word Arabic newspapers write after an amount (`USD` → دولار); else Intl's symbol for `ar`. */
export function currencyWord(currency: string): string {
  return CURRENCY_WORDS[currency.toUpperCase()] ?? currencySymbol(currency, 'ar').trim();
}

const UNITS: readonly Magnitude[] = [
  { size: 1e3, short: 'ألف', long: 'ألف' },
  { size: 1e6, short: 'مليون', long: 'مليون' },
  { size: 1e9, short: 'مليار', long: 'مليار' },
  { size: 1e12, short: 'تريليون', long: 'تريليون' },
];

/** Plural after 3 to 10; the dual in construct (oblique), as the amount follows بلغ، إلى، مقابل. */
const PLURAL: Readonly<Record<number, string>> = { 1e3: 'آلاف', 1e6: 'ملايين', 1e9: 'مليارات', 1e12: 'تريليونات' };
const DUAL: Readonly<Record<number, string>> = { 1e3: 'ألفي', 1e6: 'مليوني', 1e9: 'ملياري', 1e12: 'تريليوني' };

const decimalSigns = new Map<string, string>();

/** The locale's decimal separator ("." for `ar`, "٫" for `ar-EG`). */
function decimalSign(locale: string): string {
  let sign = decimalSigns.get(locale);
  if (sign === undefined) {
    sign = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    decimalSigns.set(locale, sign);
  }
  return sign;
}

/**
 * The figure and its magnitude as counted nouns: "3 مليارات", "4.53 مليار", "11 مليار"; in
 * long style, unsigned 1 and 2 as the noun alone: "مليار", "ملياري".
 */
function counted({ sign, figure, unit, value, locale, style }: AmountParts): string {
  if (!unit) return `${sign}${figure}`;
  const whole = !figure.includes(decimalSign(locale));
  const n = Math.round(Math.abs(value) / unit.size);
  if (style === 'long' && whole && !sign && n === 1) return unit.long;
  if (style === 'long' && whole && !sign && n === 2) return DUAL[unit.size] ?? `${figure} ${unit.long}`;
  const plural = whole && n % 100 >= 3 && n % 100 <= 10;
  return `${sign}${figure} ${plural ? (PLURAL[unit.size] ?? unit.long) : unit.long}`;
}

const numbers: NumberWords = {
  units: UNITS,
  money: (parts) => `${counted(parts)} ${currencyWord(parts.currency)}`,
  // Compact, as CLDR's Arabic pattern ("3 مليار", no plural); the axis title names the currency.
  tick: ({ sign, figure, unit }) => `${sign}${figure}${unit ? ` ${unit.short}` : ''}`,
  unitTitle: (unit, currency) => (unit ? `${unit.short} ${currencyWord(currency)}` : currencyWord(currency)),
  // No `minus`: Intl's own sign stays, with the direction mark that keeps it beside the digits.
};

export const pack: LanguagePack = { locale: 'ar', dir: 'rtl', messages, numbers, periods, trend, drivers, regions };
