import type { Granularity, Lang, Period, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { withParticle } from '../../format/korean.js';
import { formatMoney, moneyUnit } from '../../format/money.js';
import { amount } from '../common.js';

export interface Point {
  readonly period: Period;
  /** Index of the period in `section.periods`. */
  readonly index: number;
  readonly value: number;
}

/** The non-null points of the first series (the balance), in period order. */
export function balancePoints(section: TrendSection, currency: string): Point[] {
  const series = section.series[0];
  if (!series) return [];
  const points: Point[] = [];
  series.values.forEach((money, index) => {
    const value = amount(money, currency);
    if (value !== null) points.push({ period: section.periods[index]!, index, value });
  });
  return points;
}

export type Move = 'widened' | 'narrowed' | 'unchanged' | 'to-surplus' | 'to-deficit' | 'to-zero' | 'grew' | 'shrank';

/** How the balance moved from `previous` to `latest`. Zero is neither deficit nor surplus. */
export function moveOf(previous: number, latest: number): Move {
  if (latest === previous) return 'unchanged';
  if (latest === 0) return 'to-zero';
  if (latest < 0) {
    if (previous >= 0) return 'to-deficit';
    return latest < previous ? 'widened' : 'narrowed';
  }
  if (previous <= 0) return 'to-surplus';
  return latest > previous ? 'grew' : 'shrank';
}

/** The last two published points, and whether unpublished periods lie between them. */
export interface LatestChange {
  readonly latest: Point;
  readonly previous: Point;
  readonly move: Move;
  /** True when the previous published period is not the one right before the latest. */
  readonly skipsGap: boolean;
}

export function latestChange(section: TrendSection, currency: string): LatestChange | undefined {
  const points = balancePoints(section, currency);
  const latest = points.at(-1);
  const previous = points.at(-2);
  if (!latest || !previous) return undefined;
  return { latest, previous, move: moveOf(previous.value, latest.value), skipsGap: latest.period.ordinal - previous.period.ordinal > 1 };
}

// ---- subjects ---------------------------------------------------------------------

const LATIN = /^[\x20-\x7E\u2019\u2010-\u2014]+$/;
const HANGUL = /[\uAC00-\uD7A3]/;
// Words kept capitalised at the start of a label: proper adjectives (Korean, Japanese,
// British, French), possessives (Korea's) and words with capitals inside (US, OECD).
const PROPER = /^(?:[A-Z][a-z]*(?:an|ese|ish|ch)|.*['\u2019].*|.+[A-Z].*)$/;

/** English: the label before "balance" (lower-cased unless a proper word); Korean: a label ending in 수지. */
function labelStem(section: TrendSection, lang: Lang): string | undefined {
  const series = section.series[0];
  if (!series) return undefined;
  const label = pickText(series.label, lang).trim();
  if (lang === 'ko') {
    // Korean keeps the label whole: "지식서비스 수지 적자", "지식재산권 무역수지 적자".
    return HANGUL.test(label) && /수지$/.test(label) ? label : undefined;
  }
  if (!LATIN.test(label) || !/(^|\s)balance$/i.test(label)) return undefined;
  const stem = label.replace(/\s*balance$/i, '');
  if (!stem) return '';
  const [word = ''] = stem.split(' ');
  return PROPER.test(word) ? stem : stem[0]!.toLowerCase() + stem.slice(1);
}

/** "The knowledge-services deficit" / "지식서비스 수지 적자"; the bare word without a usable label. */
function subjects(section: TrendSection, lang: Lang) {
  const stem = labelStem(section, lang);
  if (lang === 'ko') {
    const head = stem ?? '';
    return {
      deficit: head ? `${head} 적자` : '적자',
      surplus: head ? `${head} 흑자` : '흑자',
      balance: head || '수지',
    };
  }
  const head = stem ? `The ${stem} ` : 'The ';
  return { deficit: `${head}deficit`, surplus: `${head}surplus`, balance: `${head}balance` };
}

// ---- wording ----------------------------------------------------------------------

const STEP_EN: Record<Granularity, string> = { year: 'year', half: 'half-year', quarter: 'quarter', month: 'month' };
const STEP_KO: Record<Granularity, string> = { year: '해', half: '반기', quarter: '분기', month: '달' };

/** Participles for the longer run ("It has widened…"). */
const RUN_EN: Partial<Record<Move, string>> = { widened: 'widened', narrowed: 'narrowed', grew: 'grown', shrank: 'shrunk' };
const RUN_KO: Partial<Record<Move, string>> = { widened: '커졌다', narrowed: '줄었다', grew: '늘었다', shrank: '줄었다' };

function formatters(settings: Settings, section: TrendSection) {
  const { lang, currency } = settings;
  const provisional = new Set(section.provisional);
  return {
    /** Money in the unit of `of` (one unit per sentence); the sign is in the words. */
    abs: (value: number, of = value) => formatMoney(Math.abs(value), currency, lang, { unit: moneyUnit(of, lang) }),
    name: (p: Period) => periodName(p, lang),
    /** The period name, with "(provisional)" when it is. */
    when: (p: Period) => `${periodName(p, lang)}${provisional.has(p.code) ? (lang === 'ko' ? '(잠정)' : ' (provisional)') : ''}`,
  };
}

function kindEn(value: number, fmt: (v: number) => string): string {
  if (value === 0) return 'zero';
  return `a ${value < 0 ? 'deficit' : 'surplus'} of ${fmt(value)}`;
}

function kindKo(value: number, fmt: (v: number) => string): string {
  if (value === 0) return '0';
  return `${fmt(value)} ${value < 0 ? '적자' : '흑자'}`;
}

/** The move repeated at every step between published points (none when it changes or a sign flips). */
function steadyMove(points: readonly Point[]): Move | undefined {
  let move: Move | undefined;
  for (let i = 1; i < points.length; i++) {
    const step = moveOf(points[i - 1]!.value, points[i]!.value);
    if (!(step in RUN_EN) || (move && step !== move)) return undefined;
    move = step;
  }
  return move;
}

function sentenceEn(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = formatters(settings, section);
  const s = subjects(section, 'en');
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  if (!previous) {
    return latest.value === 0
      ? `${s.balance} was zero in ${when(latest.period)}.`
      : `${s.balance} was ${kindEn(latest.value, abs)} in ${when(latest.period)}.`;
  }
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  const from = `${name(previous.period)}${gap ? ', the last published figure' : ''}`;
  const change = unit(latest.value - previous.value);
  const to = unit(latest.value);
  const first: Record<Move, string> = {
    widened: `${s.deficit} widened by ${change} to ${to} in ${when(latest.period)}, from ${unit(previous.value)} in ${from}.`,
    narrowed: `${s.deficit} narrowed by ${change} to ${to} in ${when(latest.period)}, from ${unit(previous.value)} in ${from}.`,
    grew: `${s.surplus} grew by ${change} to ${to} in ${when(latest.period)}, from ${unit(previous.value)} in ${from}.`,
    shrank: `${s.surplus} shrank by ${change} to ${to} in ${when(latest.period)}, from ${unit(previous.value)} in ${from}.`,
    unchanged:
      latest.value === 0
        ? `${s.balance} was zero in ${when(latest.period)}, as in ${from}.`
        : `${latest.value < 0 ? s.deficit : s.surplus} was unchanged at ${to} in ${when(latest.period)}, as in ${from}.`,
    'to-surplus': `${s.balance} turned to a surplus of ${to} in ${when(latest.period)}, from ${kindEn(previous.value, abs)} in ${from}.`,
    'to-deficit': `${s.balance} turned to a deficit of ${to} in ${when(latest.period)}, from ${kindEn(previous.value, abs)} in ${from}.`,
    'to-zero': `${s.balance} came to zero in ${when(latest.period)}, from ${kindEn(previous.value, abs)} in ${from}.`,
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const step = STEP_EN[start.period.granularity];
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1 ? `every ${step}` : `in every ${step} with a published figure`;
    sentences.push(
      steady
        ? `It has ${RUN_EN[steady]} ${every} since ${name(start.period)}, when it was ${abs(start.value)}.`
        : `It was ${kindEn(start.value, abs)} in ${name(start.period)}, the earliest figure.`,
    );
  }
  return sentences.join(' ');
}

function sentenceKo(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = formatters(settings, section);
  const s = subjects(section, 'ko');
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  if (!previous) {
    return `${withParticle(s.balance, '은/는')} ${when(latest.period)} ${latest.value === 0 ? '0이었다' : `${kindKo(latest.value, abs)}였다`}.`;
  }
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  // "2024년 하반기(37.6억 달러)보다"; after a gap: "직전 발표치인 2024년 3분기(…)보다".
  const fromWith = `${gap ? '직전 발표치인 ' : ''}${name(previous.period)}(${unit(previous.value)})`;
  const change = unit(latest.value - previous.value);
  const to = withParticle(unit(latest.value), '으로/로');
  const w = when(latest.period);
  const subject = (word: string) => withParticle(word, '이/가');
  // A sign change states no amount of change: each value keeps its own unit.
  const fromKind = `${gap ? '직전 발표치인 ' : ''}${name(previous.period)} ${kindKo(previous.value, abs)}`;
  const first: Record<Move, string> = {
    widened: `${subject(s.deficit)} ${w} ${to} ${fromWith}보다 ${change} 커졌다.`,
    narrowed: `${subject(s.deficit)} ${w} ${to} ${fromWith}보다 ${change} 줄었다.`,
    grew: `${subject(s.surplus)} ${w} ${to} ${fromWith}보다 ${change} 늘었다.`,
    shrank: `${subject(s.surplus)} ${w} ${to} ${fromWith}보다 ${change} 줄었다.`,
    unchanged:
      latest.value === 0
        ? `${subject(s.balance)} ${w} ${withParticle(name(previous.period), '과/와')} 같이 0이었다.`
        : `${subject(latest.value < 0 ? s.deficit : s.surplus)} ${w} ${to} ${gap ? '직전 발표치인 ' : ''}${withParticle(name(previous.period), '과/와')} 같았다.`,
    'to-surplus': `${subject(s.balance)} ${w} ${unit(latest.value)} 흑자로 돌아섰다(${fromKind}).`,
    'to-deficit': `${subject(s.balance)} ${w} ${unit(latest.value)} 적자로 돌아섰다(${fromKind}).`,
    'to-zero': `${subject(s.balance)} ${w} 0이 됐다(${fromKind}).`,
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const step = STEP_KO[start.period.granularity];
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1 ? `${step}마다` : `수치가 발표된 ${step}마다`;
    const word = steady === 'grew' || steady === 'shrank' ? '흑자' : '적자';
    sentences.push(
      steady
        ? `${withParticle(word, '은/는')} ${name(start.period)}(${abs(start.value)}) 이후 ${every} ${RUN_KO[steady]}.`
        : `첫 수치인 ${name(start.period)}에는 ${start.value === 0 ? '0이었다' : `${kindKo(start.value, abs)}였다`}.`,
    );
  }
  return sentences.join(' ');
}

/**
 * The summary under the chart, from the first series (the balance): the latest change
 * against the previous published period, then the longer run since the first one.
 * "The knowledge-services deficit widened by $0.77B to $4.53B in H1 2025 (provisional),
 * from $3.76B in H2 2024. It has widened in every half-year with a published figure since
 * H1 2023, when it was $2.72B." Each sentence keeps one unit.
 */
export function trendSummary(section: TrendSection, settings: Settings): string {
  const points = balancePoints(section, settings.currency);
  if (!points.length) return '';
  return settings.lang === 'ko' ? sentenceKo(section, settings, points) : sentenceEn(section, settings, points);
}

/**
 * The short note the chart puts by the latest bar, in two lines:
 * ["Widened by $0.77B", "from H2 2024"] / ["2024년 하반기보다", "적자 7.7억 달러 확대"].
 */
export function changeCallout(change: LatestChange, settings: Settings): [string, string] {
  const { lang, currency } = settings;
  const { latest, previous, move } = change;
  const by = formatMoney(Math.abs(latest.value - previous.value), currency, lang, { unit: moneyUnit(latest.value, lang) });
  const from = periodName(previous.period, lang);
  if (lang === 'ko') {
    const text: Record<Move, string> = {
      widened: `적자 ${by} 확대`,
      narrowed: `적자 ${by} 축소`,
      grew: `흑자 ${by} 확대`,
      shrank: `흑자 ${by} 축소`,
      unchanged: '변동 없음',
      'to-surplus': '흑자 전환',
      'to-deficit': '적자 전환',
      'to-zero': '수지 균형',
    };
    const lead = move === 'widened' || move === 'narrowed' || move === 'grew' || move === 'shrank' ? `${from}보다` : `${from} 대비`;
    return [lead, text[move]];
  }
  const text: Record<Move, string> = {
    widened: `Widened by ${by}`,
    narrowed: `Narrowed by ${by}`,
    grew: `Grew by ${by}`,
    shrank: `Shrank by ${by}`,
    unchanged: 'Unchanged',
    'to-surplus': 'Turned to surplus',
    'to-deficit': 'Turned to deficit',
    'to-zero': 'Came to zero',
  };
  return [text[move], `from ${from}`];
}
