/**
 * The driver breakdown's Arabic wording: the summary, the bridge's labels, changes and the key.
 * Part of the Arabic pack (./index.ts), loaded only for an Arabic widget. A category's label
 * may be of either gender, so no verb takes it as subject: "كان البند الأكثر تغيراً ... هو X،
 * إذ اتسع عجزه" (the pronoun goes back to البند, masculine).
 */
import { signedMoney } from '../../widgets/common.js';
import type { Amount, DriverWording, Kind } from '../../widgets/driver-breakdown/wording.js';

/** After "من"/"إلى": "عجز بلغ 1.2 مليار دولار", "رصيد صفري". */
const after = (kind: Kind, amount: string) => (kind === 'balance' ? 'رصيد صفري' : `${kind === 'deficit' ? 'عجز' : 'فائض'} بلغ ${amount}`);

/** The object of بلغ: "عجزاً بقيمة 1.2 مليار يورو", "صفراً". */
const reached = ({ kind, amount }: Amount) => (kind === 'balance' ? 'صفراً' : `${kind === 'deficit' ? 'عجزاً' : 'فائضاً'} بقيمة ${amount}`);

/** In brackets (nominative): "عجز بقيمة 300 مليون يورو", "صفر". */
const named = ({ kind, amount }: Amount) => (kind === 'balance' ? 'صفر' : `${kind === 'deficit' ? 'عجز' : 'فائض'} بقيمة ${amount}`);

const MOST = (label: string, when: string) => `كان البند الأكثر تغيراً في ${when} هو ${label}`;

export const drivers: DriverWording = {
  sentences: {
    swung: (label, when, was, previous, is, value) => `${MOST(label, when)}، إذ تحول ميزانه من ${after(was, previous)} إلى ${after(is, value)}.`,
    moved: (label, when, is, grew, change, value) => {
      const verb = is === 'surplus' ? (grew ? 'ارتفع' : 'تراجع') : grew ? 'اتسع' : 'تقلص';
      const own = is === 'surplus' ? 'فائضه' : is === 'deficit' ? 'عجزه' : 'ميزانه';
      return `${MOST(label, when)}، إذ ${verb} ${own} بمقدار ${change} إلى ${value}.`;
    },
    balanced: (when) => `سجلت جميع البنود رصيداً صفرياً في ${when}.`,
    largest: (label, when, kind, amount) => `كان البند الأكبر في ${when} هو ${label}، ${kind === 'deficit' ? 'بعجز' : 'بفائض'} بلغ ${amount}.`,
    other: (label, when, listed, total, value) =>
      `في ${when}، بلغ مجموع البنود المعروضة ${reached(listed)}، فيما بلغ الإجمالي المنشور ${reached(total)}، ومن ثم حُسبت قيمة ${label} (${named(value)}) على أنها الفرق بينهما.`,
  },
  bridge: (before, now) => ({
    start: `إجمالي ${before}`,
    end: `إجمالي ${now}`,
    rounding: 'فروق التقريب',
    missing: (labels) => `تغير غير معروف: ${labels.join('، ')}`,
    other: 'بنود أخرى',
  }),
  noChange: 'دون تغيير',
  // Beside the value, which names the currency, a change is written as a tick: "+1.01 مليار".
  change: (change, settings, unit, short) => signedMoney(change, settings, unit, short),
  balanceKey: (before, now, hasChildren) =>
    `الأعمدة: ${now}. العلامات: ${before}. بين القوسين: التغير عن ${before}.${hasChildren ? ' البنود المزاحة إلى الداخل («منها») جزء من البند الذي فوقها، ولا تُضاف إليه.' : ''}`,
  bridgeKey: (before, now, hasChildren) =>
    `من إجمالي ${before} إلى إجمالي ${now}، خطوة لكل بند.${hasChildren ? ' بنود «منها» ليست خطوات.' : ''}`,
  unknownChange: (labels) => `${labels}: لا رقم لإحدى الفترتين، فلا يمكن عرض التغير`,
  mismatch: (period, sum, total) => `${period}: مجموع البنود ${sum}، والإجمالي المنشور ${total}`,
  residual: (parts) => `خطوة الفرق: ${parts}.`,
  ofWhich: (label) => `منها: ${label}`,
  otherNote: 'الإجمالي المنشور مطروحاً منه البنود المعروضة',
  hatched: 'مظلل بخطوط مائلة',
};
