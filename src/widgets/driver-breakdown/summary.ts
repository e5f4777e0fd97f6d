import type { DriversSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { messages } from '../../format/messages.js';
import { driverRows, type DriverRow } from './model.js';
import { bridgeLabels, markedPeriodNames, unitOf, valueText } from './labels.js';
import { driverWording, type Kind } from './wording.js';
import { withAmounts } from '../common.js';

const kindOf = (value: number): Kind => (value < 0 ? 'deficit' : value > 0 ? 'surplus' : 'balance');

/**
 * One sentence naming the category whose balance moved most (by the size of its change;
 * ties go to the first in the dataset), in one unit:
 * - "IP royalties moved most in H1 2025: the deficit widened by $1.01B to $2.45B."
 * - "지식재산권 사용료 적자가 2025년 상반기 24.5억 달러로 10.1억 달러 커져 가장 크게 움직였다."
 * - "Gamma moved most in Q1 2025: it swung from a surplus of $30M to a deficit of $80M."
 * Without any change (no previous values), it names the largest balance instead.
 * "Of which" items are never the subject: they are part of a category, and neither is
 * the derived "Other", which a second sentence gives with the sum of the categories and
 * the published total (see {@link otherSentence}).
 */
export function driversSummary(section: DriversSection, given: Settings): string {
  const settings = withAmounts('drivers', section, given);
  const rows = driverRows(section, { ...settings, variant: { sort: 'data' } }, bridgeLabels(section, settings).other);
  const categories = rows.filter((row) => row.depth === 0 && !row.derived);
  const other = rows.find((row) => row.derived);
  const main = mainSentence(section, settings, categories);
  const more = other ? otherSentence(section, settings, categories, other) : '';
  return [main, more].filter(Boolean).join(messages(settings.lang).sentenceGap ?? ' ');
}

/**
 * "In Q4 2024 the categories listed add up to a €1.2B deficit and the published total is
 * a €1.5B deficit, so Other, a €300M deficit, is derived as the difference." In the
 * period shown, else the period before when only that one has a published total.
 */
function otherSentence(section: DriversSection, settings: Settings, categories: readonly DriverRow[], other: DriverRow): string {
  const names = markedPeriodNames(section, settings, messages(settings.lang).provisionalName);
  const now = other.value !== null;
  const value = (now ? other.value : other.previous)!;
  const listed = categories.reduce((sum, row) => sum + ((now ? row.value : row.previous) ?? 0), 0);
  const unit = unitOf(Math.max(Math.abs(listed), Math.abs(listed + value)), settings);
  const said = (v: number) => ({ kind: kindOf(v), amount: valueText(Math.abs(v), settings, unit) });
  return driverWording(settings.lang).sentences.other(other.inSentence ?? other.label, now ? names.now : names.before, said(listed), said(listed + value), said(value));
}

/** The sentence on the category that moved most, or the largest. */
function mainSentence(section: DriversSection, settings: Settings, categories: readonly DriverRow[]): string {
  const words = driverWording(settings.lang).sentences;
  const { now: when } = markedPeriodNames(section, settings, messages(settings.lang).provisionalName);
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
    if (was !== is) return words.swung(moved.inSentence ?? moved.label, when, was, fmt(previous), is, fmt(value));
    return words.moved(moved.inSentence ?? moved.label, when, is, Math.abs(value) > Math.abs(previous), fmt(moved.change!), fmt(value));
  }
  let largest: DriverRow | undefined;
  for (const row of categories) {
    if (row.value !== null && (!largest || Math.abs(row.value) > Math.abs(largest.value!))) largest = row;
  }
  if (!largest) return '';
  const kind = kindOf(largest.value!);
  if (kind === 'balance') return words.balanced(when);
  return words.largest(largest.inSentence ?? largest.label, when, kind, valueText(Math.abs(largest.value!), settings));
}
