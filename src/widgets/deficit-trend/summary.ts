import type { Granularity, Lang, Period, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
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
// Words kept capitalised at the start of a label: proper adjectives (Korean, Japanese,
// British, French), possessives (Korea's) and words with capitals inside (US, OECD).
const PROPER = /^(?:[A-Z][a-z]*(?:an|ese|ish|ch)|.*['\u2019].*|.+[A-Z].*)$/;

/** The label before "balance", lower-cased unless a proper word; undefined when it does not end in "balance". */
function labelStem(section: TrendSection): string | undefined {
  const series = section.series[0];
  if (!series) return undefined;
  const label = pickText(series.label, 'en').trim();
  if (!LATIN.test(label) || !/(^|\s)balance$/i.test(label)) return undefined;
  const stem = label.replace(/\s*balance$/i, '');
  if (!stem) return '';
  const [word = ''] = stem.split(' ');
  return PROPER.test(word) ? stem : stem[0]!.toLowerCase() + stem.slice(1);
}

/** "The knowledge-services deficit"; the bare word without a usable label. */
function subjects(section: TrendSection) {
  const stem = labelStem(section);
  const head = stem ? `The ${stem} ` : 'The ';
  return { deficit: `${head}deficit`, surplus: `${head}surplus`, balance: `${head}balance` };
}

// ---- wording ----------------------------------------------------------------------

const STEP_EN: Record<Granularity, string> = { year: 'year', half: 'half-year', quarter: 'quarter', month: 'month' };

/** Participles for the longer run ("It has widened…"); a move without one is no steady run. */
const RUN_EN: Partial<Record<Move, string>> = { widened: 'widened', narrowed: 'narrowed', grew: 'grown', shrank: 'shrunk' };

/** Money in one sentence's unit, period names, and "(provisional)" where a period is. */
export interface SentenceFormat {
  /** Money in the unit of `of` (one unit per sentence); the sign is in the words. */
  readonly abs: (value: number, of?: number) => string;
  readonly name: (p: Period) => string;
  /** The period name, with its "provisional" mark when it is. */
  readonly when: (p: Period) => string;
}

export function sentenceFormat(settings: Settings, section: TrendSection, provisionalMark: string): SentenceFormat {
  const { lang, currency } = settings;
  const provisional = new Set(section.provisional);
  return {
    abs: (value, of = value) => formatMoney(Math.abs(value), currency, lang, { unit: moneyUnit(of, lang) }),
    name: (p) => periodName(p, lang),
    when: (p) => `${periodName(p, lang)}${provisional.has(p.code) ? provisionalMark : ''}`,
  };
}

function kindEn(value: number, fmt: (v: number) => string): string {
  if (value === 0) return 'zero';
  return `a ${value < 0 ? 'deficit' : 'surplus'} of ${fmt(value)}`;
}

/** The move repeated at every step between published points (none when it changes or a sign flips). */
export function steadyMove(points: readonly Point[]): Move | undefined {
  let move: Move | undefined;
  for (let i = 1; i < points.length; i++) {
    const step = moveOf(points[i - 1]!.value, points[i]!.value);
    if (!(step in RUN_EN) || (move && step !== move)) return undefined;
    move = step;
  }
  return move;
}

function sentenceEn(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = sentenceFormat(settings, section, ' (provisional)');
  const s = subjects(section);
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

// ---- other languages --------------------------------------------------------------

/** The widget's wording in a language other than English: see `ko.ts`. */
export interface TrendWording {
  readonly summary: (section: TrendSection, settings: Settings, points: readonly Point[]) => string;
  readonly callout: (change: LatestChange, settings: Settings) => [string, string];
  readonly key: KeyWords;
}

/** Words of the key under the chart. */
export interface KeyWords {
  /** How the second, third and fourth series' lines are drawn. */
  readonly dashes: readonly [string, string, string];
  readonly series: (line: boolean, first: string, lines: string) => string;
  readonly provisionalPoints: string;
  readonly provisionalBars: string;
  readonly gaps: string;
}

/**
 * Wording beyond English, added by the language modules (`ko.ts`) the element loads only
 * for a widget in that language: an English page never downloads Korean sentences.
 */
export const wordings: Partial<Record<Lang, TrendWording>> = {};

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
  return (wordings[settings.lang]?.summary ?? sentenceEn)(section, settings, points);
}

/**
 * The short note the chart puts by the latest bar, in two lines:
 * ["Widened by $0.77B", "from H2 2024"] / ["2024년 하반기보다", "적자 7.7억 달러 확대"].
 */
export function changeCallout(change: LatestChange, settings: Settings): [string, string] {
  const { lang, currency } = settings;
  const wording = wordings[lang];
  if (wording) return wording.callout(change, settings);
  const { latest, previous, move } = change;
  const by = formatMoney(Math.abs(latest.value - previous.value), currency, lang, { unit: moneyUnit(latest.value, lang) });
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
  return [text[move], `from ${periodName(previous.period, lang)}`];
}
