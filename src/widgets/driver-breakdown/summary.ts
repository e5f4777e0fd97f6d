import type { DriversSection, Lang } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { driverRows, type DriverRow } from './model.js';
import { periodNames, unitOf, valueText, wordings } from './labels.js';

export type Kind = 'deficit' | 'surplus' | 'balance';
const kindOf = (value: number): Kind => (value < 0 ? 'deficit' : value > 0 ? 'surplus' : 'balance');

/** The summary's sentences in one language; amounts come formatted, without a sign. */
export interface DriverSentences {
  /** The category whose balance changed sign moved most. */
  readonly swung: (label: string, when: string, was: Kind, previous: string, is: Kind, value: string) => string;
  /** The category whose balance grew or shrank most. */
  readonly moved: (label: string, when: string, is: Kind, grew: boolean, change: string, value: string) => string;
  /** Nothing changed and every category is at zero. */
  readonly balanced: (when: string) => string;
  /** Nothing changed: the largest balance. */
  readonly largest: (label: string, when: string, kind: Kind, amount: string) => string;
}

const en: DriverSentences = {
  swung: (label, when, was, previous, is, value) =>
    `${label} moved most in ${when}: it swung from ${was === 'balance' ? 'balance' : `a ${was} of ${previous}`} to ${is === 'balance' ? 'balance' : `a ${is} of ${value}`}.`,
  moved: (label, when, is, grew, change, value) =>
    `${label} moved most in ${when}: the ${is} ${is === 'deficit' ? (grew ? 'widened' : 'narrowed') : grew ? 'grew' : 'shrank'} by ${change} to ${value}.`,
  balanced: (when) => `Every category was in balance in ${when}.`,
  largest: (label, when, kind, amount) => `${label} was the largest item in ${when}: a ${kind} of ${amount}.`,
};

const sentences = (lang: Lang): DriverSentences => wordings[lang]?.sentences ?? en;

/**
 * One sentence naming the category whose balance moved most (by the size of its change;
 * ties go to the first in the dataset), in one unit:
 * - "IP royalties moved most in H1 2025: the deficit widened by $1.01B to $2.45B."
 * - "지식재산권 사용료 적자가 2025년 상반기 24.5억 달러로 10.1억 달러 커져 가장 크게 움직였다."
 * - "Gamma moved most in Q1 2025: it swung from a surplus of $30M to a deficit of $80M."
 * Without any change (no previous values), it names the largest balance instead.
 * "Of which" items are never the subject: they are part of a category.
 */
export function driversSummary(section: DriversSection, settings: Settings): string {
  const words = sentences(settings.lang);
  const categories = driverRows(section, { ...settings, variant: { sort: 'data' } }).filter((row) => row.depth === 0);
  const { now: when } = periodNames(section, settings);
  let moved: DriverRow | undefined;
  for (const row of categories) {
    if (row.change === null || row.change === 0) continue;
    if (!moved || Math.abs(row.change) > Math.abs(moved.change!)) moved = row;
  }
  if (moved) {
    const value = moved.value!;
    const previous = moved.previous!;
    const unit = unitOf(Math.max(Math.abs(value), Math.abs(previous)), settings);
    const fmt = (v: number) => valueText(Math.abs(v), settings, unit);
    const [was, is] = [kindOf(previous), kindOf(value)];
    if (was !== is) return words.swung(moved.label, when, was, fmt(previous), is, fmt(value));
    return words.moved(moved.label, when, is, Math.abs(value) > Math.abs(previous), fmt(moved.change!), fmt(value));
  }
  let largest: DriverRow | undefined;
  for (const row of categories) {
    if (row.value !== null && (!largest || Math.abs(row.value) > Math.abs(largest.value!))) largest = row;
  }
  if (!largest) return '';
  const kind = kindOf(largest.value!);
  if (kind === 'balance') return words.balanced(when);
  return words.largest(largest.label, when, kind, valueText(Math.abs(largest.value!), settings));
}
