/**
 * The region split's Arabic wording: its strings and the summary. Part of the Arabic pack
 * (./index.ts), loaded only for an Arabic widget. Region names differ in gender (آسيا is
 * feminine, الاتحاد الأوروبي masculine), so they follow the amount in an iḍāfa ("فائض آسيا")
 * or "من نصيب", never a verb that would have to agree with them.
 */
import type { RegionRow } from '../../widgets/region-split/model.js';
import { labelsOf } from '../../widgets/common.js';
import type { RegionFacts, RegionWording } from '../../widgets/region-split/wording.js';

/** "آسيا", "آسيا وأوروبا", "آسيا وأوروبا وأفريقيا": و repeated and joined to the word, as Arabic writes lists. */
export function list(items: readonly string[]): string {
  return items.join(' و');
}

/** "آسيا", "كل من آسيا وأوروبا": several regions tied, each with the amount. */
const whose = (rows: readonly RegionRow[]) => `${rows.length > 1 ? 'كل من ' : ''}${list(labelsOf(rows))}`;

/** "لكل منهما" for two, "لكل منها" for more. */
const each = (rows: readonly RegionRow[]) => (rows.length === 2 ? ' لكل منهما' : rows.length > 2 ? ' لكل منها' : '');

/** The object of بلغ: "عجزاً بقيمة 5.1 تريليون ين", "صفراً". */
function reached(value: number, fmt: (v: number) => string): string {
  return value === 0 ? 'صفراً' : `${value < 0 ? 'عجزاً' : 'فائضاً'} بقيمة ${fmt(value)}`;
}

/** The sentence on the derived rest, after the main one. */
function rest({ rest, fmt }: RegionFacts): string {
  if (!rest) return '';
  const nominative = rest.value === 0 ? 'صفر' : `${rest.value < 0 ? 'عجز' : 'فائض'} بقيمة ${fmt(rest.value)}`;
  return ` وبلغ مجموع المناطق المعروضة ${reached(rest.listed, fmt)}، فيما بلغ الإجمالي ${reached(rest.total, fmt)}، ومن ثم حُسبت قيمة بقية العالم (${nominative}) على أنها الفرق بينهما.`;
}

function summary(facts: RegionFacts): string {
  return main(facts) + rest(facts);
}

/** "في النصف الأول من 2025، بلغ فائض آسيا 3.57 مليار دولار، فيما بلغ عجز أمريكا الشمالية 3.77 مليار دولار." */
function main({ when, surplus, deficit, withFigures, everyRegion, fmt }: RegionFacts): string {
  const ran = (rows: readonly RegionRow[], kind: string) => `${kind} ${whose(rows)} ${fmt(rows[0]!.value!)}`;
  if (surplus.length && deficit.length) return `في ${when}، بلغ ${ran(surplus, 'فائض')}، فيما بلغ ${ran(deficit, 'عجز')}.`;
  if (!surplus.length && !deficit.length) return `في ${when}، بلغ ميزان جميع المناطق صفراً.`;
  const side = surplus.length ? surplus : deficit;
  const kind = surplus.length ? 'فائض' : 'عجز';
  if (withFigures === 1 || (everyRegion && side.length === withFigures)) return `في ${when}، بلغ ${ran(side, kind)}.`;
  const largest = `من نصيب ${list(labelsOf(side))}، إذ بلغ ${fmt(side[0]!.value!)}${each(side)}`;
  if (everyRegion) return `في ${when}، سجلت جميع المناطق ${surplus.length ? 'فائضاً' : 'عجزاً'}، وكان الأكبر ${largest}.`;
  // Some region has no figure or a zero balance: the largest is named, nothing said of the rest.
  return `في ${when}، كان أكبر ${kind} ${largest}.`;
}

export const regions: RegionWording = {
  text: {
    region: 'المنطقة',
    hatched: 'مظلل بخطوط مائلة',
    unsplit: 'لم يُنشر حسب القطاع',
    unsplitKey: 'الإطار المتقطع: جزء من رقم المنطقة لم يُنشر تفصيله حسب القطاع.',
    segmentsKey: (names) =>
      names.length === 2 ? `القطاعات: ${names[0]} (لون داكن)، ${names[1]} (لون فاتح).` : `القطاعات، من الأدكن إلى الأفتح: ${names.join('، ')}.`,
    shareKey: (kind, total) => `النسب حصص من إجمالي ${kind === 'deficit' ? 'العجز' : 'الفائض'} البالغ ${total}.`,
    noShareKey: 'لا نسب مئوية: الفوائض والعجوزات يعوّض بعضها بعضاً، فلا يبلغ مجموع الحصص من الصافي 100%.',
    rest: 'بقية العالم',
    restNote: 'الإجمالي مطروحاً منه المناطق المعروضة',
    withShare: (value, share) => `${value} (${share})`,
    regionTotal: 'الإجمالي',
  },
  summary,
};
