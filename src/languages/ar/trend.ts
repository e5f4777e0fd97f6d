/**
 * The trend's Arabic wording: the summary, the callout by the latest bar and the key.
 * Part of the Arabic pack (./index.ts), loaded only for an Arabic widget. Sentences are
 * verb-first, as Arabic news copy is ("اتسع العجز ... إلى ... مقابل ..."); العجز، الفائض and
 * الميزان are all masculine, so the verbs before them are too.
 */
import type { Granularity, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { money, unitFor } from '../../widgets/common.js';
import { moveOf, sentenceFormat, steadyMove, type LatestChange, type Move, type Point } from '../../widgets/deficit-trend/facts.js';
import type { TrendWording } from '../../widgets/deficit-trend/wording.js';

const ARABIC = /[\u0600-\u06ff]/;
// Every step is a masculine noun: "في كل ربع نُشر رقمه".
const STEP: Record<Granularity, string> = { year: 'عام', half: 'نصف سنة', quarter: 'ربع', month: 'شهر' };
const VERB: Partial<Record<Move, string>> = { widened: 'اتسع', narrowed: 'تقلص', grew: 'ارتفع', shrank: 'تراجع' };

/**
 * "عجز ميزان الخدمات المعرفية": an Arabic label starting with ميزان / الميزان is the balance
 * itself and takes عجز / فائض before it (an iḍāfa); otherwise the bare words.
 */
function subjects(section: TrendSection) {
  const label = pickText(section.series[0]?.label, 'ar').trim();
  const head = ARABIC.test(label) && /^(?:ال)?ميزان(?:\s|$)/.test(label) ? label : '';
  return {
    deficit: head ? `عجز ${head}` : 'العجز',
    surplus: head ? `فائض ${head}` : 'الفائض',
    balance: head || 'الميزان',
  };
}

/** The object of سجل / كان: "عجزاً بلغ 2 مليار دولار", "رصيداً صفرياً". */
function kindObject(value: number, fmt: (v: number) => string): string {
  if (value === 0) return 'رصيداً صفرياً';
  return `${value < 0 ? 'عجزاً' : 'فائضاً'} بلغ ${fmt(value)}`;
}

/** After مقابل (genitive): "عجز بلغ 2 مليار دولار", "رصيد صفري". */
function kindAfter(value: number, fmt: (v: number) => string): string {
  if (value === 0) return 'رصيد صفري';
  return `${value < 0 ? 'عجز' : 'فائض'} بلغ ${fmt(value)}`;
}

function summary(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = sentenceFormat(settings, section, ' (بيانات أولية)');
  const s = subjects(section);
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  if (!previous) return `سجل ${s.balance} ${kindObject(latest.value, abs)} في ${when(latest.period)}.`;
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  const from = `${name(previous.period)}${gap ? ' (آخر رقم منشور)' : ''}`;
  const change = unit(latest.value - previous.value);
  const to = unit(latest.value);
  const w = when(latest.period);
  const moved = (verb: string, subject: string) => `${verb} ${subject} بمقدار ${change} إلى ${to} في ${w}، مقابل ${unit(previous.value)} في ${from}.`;
  const first: Record<Move, string> = {
    widened: moved('اتسع', s.deficit),
    narrowed: moved('تقلص', s.deficit),
    grew: moved('ارتفع', s.surplus),
    shrank: moved('تراجع', s.surplus),
    unchanged:
      latest.value === 0
        ? `استقر ${s.balance} عند الصفر في ${w}، كما في ${from}.`
        : `استقر ${latest.value < 0 ? s.deficit : s.surplus} عند ${to} في ${w}، دون تغيير عن ${from}.`,
    'to-surplus': `تحول ${s.balance} إلى فائض بلغ ${to} في ${w}، مقابل ${kindAfter(previous.value, abs)} في ${from}.`,
    'to-deficit': `تحول ${s.balance} إلى عجز بلغ ${to} في ${w}، مقابل ${kindAfter(previous.value, abs)} في ${from}.`,
    'to-zero': `سجل ${s.balance} رصيداً صفرياً في ${w}، مقابل ${kindAfter(previous.value, abs)} في ${from}.`,
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const step = STEP[start.period.granularity];
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1 ? `كل ${step}` : `في كل ${step} نُشر رقمه`;
    const word = steady === 'grew' || steady === 'shrank' ? 'الفائض' : 'العجز';
    sentences.push(
      steady
        ? `و${VERB[steady]} ${word} ${every} منذ ${name(start.period)}، حين بلغ ${abs(start.value)}.`
        : `وكان أول رقم منشور ${start.value === 0 ? 'صفراً' : kindObject(start.value, abs)} في ${name(start.period)}.`,
    );
  }
  return sentences.join(' ');
}

/** ["اتسع العجز بمقدار 0.77 مليار دولار", "مقارنة مع النصف الثاني من 2024"]. */
function callout(change: LatestChange, settings: Settings): [string, string] {
  const { latest, previous, move } = change;
  const by = money(Math.abs(latest.value - previous.value), settings, unitFor(latest.value, settings));
  const text: Record<Move, string> = {
    widened: `اتسع العجز بمقدار ${by}`,
    narrowed: `تقلص العجز بمقدار ${by}`,
    grew: `ارتفع الفائض بمقدار ${by}`,
    shrank: `تراجع الفائض بمقدار ${by}`,
    unchanged: 'دون تغيير',
    'to-surplus': 'تحول إلى فائض',
    'to-deficit': 'تحول إلى عجز',
    'to-zero': 'رصيد صفري',
  };
  return [text[move], `مقارنة مع ${periodName(previous.period, settings.lang)}`];
}

export const trend: TrendWording = {
  summary,
  callout,
  key: {
    // Of a line (خط, masculine).
    dashes: ['متصل', 'متقطع', 'منقط'],
    series: (line, first, lines) => `${line ? 'الخط العريض' : 'الأعمدة'}: ${first} (تحت الصفر عجز، وفوقه فائض). الخطوط: ${lines}.`,
    provisionalPoints: 'الدوائر المفرغة أرقام أولية.',
    provisionalBars: 'الأعمدة المظللة بخطوط مائلة أرقام أولية.',
    gaps: 'المساحات المظللة: لم يُنشر رقم (وليس صفراً).',
  },
};
