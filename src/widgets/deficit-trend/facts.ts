/**
 * What the trend's sentences say, found once for every language: the published points of
 * the balance, how it moved, and the number and period forms of a sentence.
 */
import type { Period, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { amount, money, unitFor } from '../common.js';

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

/** Money in one sentence's unit, period names, and "(provisional)" where a period is. */
export interface SentenceFormat {
  /** Money in the unit of `of` (one unit per sentence); the sign is in the words. */
  readonly abs: (value: number, of?: number) => string;
  readonly name: (p: Period) => string;
  /** The period name, with its "provisional" mark when it is. */
  readonly when: (p: Period) => string;
}

export function sentenceFormat(settings: Settings, section: TrendSection, provisionalMark: string): SentenceFormat {
  const { lang } = settings;
  const provisional = new Set(section.provisional);
  return {
    abs: (value, of = value) => money(Math.abs(value), settings, unitFor(of, settings)),
    name: (p) => periodName(p, lang),
    when: (p) => `${periodName(p, lang)}${provisional.has(p.code) ? provisionalMark : ''}`,
  };
}

/** The moves a longer run can repeat ("It has widened every quarter…"). */
const STEADY_MOVES: ReadonlySet<Move> = new Set<Move>(['widened', 'narrowed', 'grew', 'shrank']);

/** The move repeated at every step between published points (none when it changes or a sign flips). */
export function steadyMove(points: readonly Point[]): Move | undefined {
  let move: Move | undefined;
  for (let i = 1; i < points.length; i++) {
    const step = moveOf(points[i - 1]!.value, points[i]!.value);
    if (!STEADY_MOVES.has(step) || (move && step !== move)) return undefined;
    move = step;
  }
  return move;
}
