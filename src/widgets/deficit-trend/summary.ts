import type { Period, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { withParticle } from '../../format/korean.js';
import { formatMoney, moneyUnit } from '../../format/money.js';
import { amount } from '../common.js';

interface Point {
  readonly period: Period;
  readonly value: number;
}

/** The non-null points of the first series (the balance), in period order. */
export function balancePoints(section: TrendSection, currency: string): Point[] {
  const series = section.series[0];
  if (!series) return [];
  const points: Point[] = [];
  series.values.forEach((money, index) => {
    const value = amount(money, currency);
    if (value !== null) points.push({ period: section.periods[index]!, value });
  });
  return points;
}

type Move = 'widened' | 'narrowed' | 'unchanged' | 'to-surplus' | 'to-deficit' | 'grew' | 'shrank';

function moveOf(previous: number, latest: number): Move {
  if (previous < 0 && latest >= 0) return latest === 0 ? 'narrowed' : 'to-surplus';
  if (previous >= 0 && latest < 0) return 'to-deficit';
  if (Math.abs(latest) === Math.abs(previous)) return 'unchanged';
  if (latest < 0) return Math.abs(latest) > Math.abs(previous) ? 'widened' : 'narrowed';
  return latest > previous ? 'grew' : 'shrank';
}

/**
 * One sentence on the latest change and, when there is a longer run, where it started:
 * "The deficit widened by $0.77B to $4.53B in H1 2025, from H2 2024. It was $2.72B in H1 2023."
 */
export function trendSummary(section: TrendSection, settings: Settings): string {
  const { lang, currency } = settings;
  const points = balancePoints(section, currency);
  const latest = points.at(-1);
  if (!latest) return '';
  const name = (p: Period) => periodName(p, lang);
  const unit = moneyUnit(latest.value, lang);
  const fmt = (value: number) => formatMoney(Math.abs(value), currency, lang, { unit });
  const kind = (value: number) => (value < 0 ? (lang === 'ko' ? '적자' : 'deficit') : lang === 'ko' ? '흑자' : 'surplus');
  const previous = points.at(-2);
  const first = points[0]!;
  const sentences: string[] = [];

  if (!previous) {
    sentences.push(
      lang === 'ko'
        ? `${name(latest.period)} 수지는 ${fmt(latest.value)} ${kind(latest.value)}였다.`
        : `The balance was a ${kind(latest.value)} of ${fmt(latest.value)} in ${name(latest.period)}.`,
    );
    return sentences.join(' ');
  }

  const move = moveOf(previous.value, latest.value);
  const change = fmt(latest.value - previous.value);
  const to = fmt(latest.value);
  const when = name(latest.period);
  const from = name(previous.period);
  if (lang === 'ko') {
    const subject = withParticle(kind(latest.value), '이/가');
    const text: Record<Move, string> = {
      widened: `${subject} ${when} ${to}로 ${from}보다 ${change} 커졌다.`,
      narrowed: `${withParticle(kind(previous.value), '이/가')} ${when} ${to}로 ${from}보다 ${change} 줄었다.`,
      unchanged: `${subject} ${when} ${to}로 ${from}와 같았다.`,
      'to-surplus': `수지가 ${when} ${to} 흑자로 돌아섰다(${from} ${fmt(previous.value)} 적자).`,
      'to-deficit': `수지가 ${when} ${to} 적자로 돌아섰다(${from} ${fmt(previous.value)} 흑자).`,
      grew: `${subject} ${when} ${to}로 ${from}보다 ${change} 늘었다.`,
      shrank: `${subject} ${when} ${to}로 ${from}보다 ${change} 줄었다.`,
    };
    sentences.push(text[move]);
    if (first !== previous) sentences.push(`${name(first.period)}에는 ${fmt(first.value)} ${kind(first.value)}였다.`);
  } else {
    const text: Record<Move, string> = {
      widened: `The deficit widened by ${change} to ${to} in ${when}, from ${from}.`,
      narrowed: `The deficit narrowed by ${change} to ${to} in ${when}, from ${from}.`,
      unchanged: `The ${kind(latest.value)} was unchanged at ${to} in ${when}, as in ${from}.`,
      'to-surplus': `The balance turned to a surplus of ${to} in ${when}, from a deficit of ${fmt(previous.value)} in ${from}.`,
      'to-deficit': `The balance turned to a deficit of ${to} in ${when}, from a surplus of ${fmt(previous.value)} in ${from}.`,
      grew: `The surplus grew by ${change} to ${to} in ${when}, from ${from}.`,
      shrank: `The surplus shrank by ${change} to ${to} in ${when}, from ${from}.`,
    };
    sentences.push(text[move]);
    if (first !== previous) sentences.push(`It was a ${kind(first.value)} of ${fmt(first.value)} in ${name(first.period)}.`);
  }
  return sentences.join(' ');
}
