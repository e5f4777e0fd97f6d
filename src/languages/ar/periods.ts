/**
 * Arabic period names: "النصف الأول من 2025", "الربع الثالث من 2024", "مارس 2025", "2025".
 * Part of the Arabic pack (./index.ts); sources are cited there. Tables' forms are read by
 * the data layer (src/data/period-names/ar.ts), whatever the widget's language.
 */
import type { PeriodWords } from '../../data/periods.js';
import type { Period } from '../../data/types.js';

const ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

/** The Egyptian and Gulf names, as Intl `ar` writes them and most Arab newspapers print them. */
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

function part(p: Period): string {
  switch (p.granularity) {
    case 'year': return String(p.year);
    case 'half': return `النصف ${ORDINALS[p.part - 1]}`;
    case 'quarter': return `الربع ${ORDINALS[p.part - 1]}`;
    case 'month': return MONTHS[p.part - 1]!;
  }
}

export const periods: PeriodWords = {
  name: (p) => (p.granularity === 'year' ? String(p.year) : p.granularity === 'month' ? `${part(p)} ${p.year}` : `${part(p)} من ${p.year}`),
  // As Argaam's tables head their columns: "الربع الأول 2024"; no shortened year in Arabic.
  short: (p) => (p.granularity === 'year' ? String(p.year) : `${part(p)} ${p.year}`),
  part,
  year: String,
};
