import type { DriversSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { driverRows, type DriverRow } from './model.js';
import { periodNames, unitOf, valueText } from './labels.js';
import { driverWording, type Kind } from './wording.js';

const kindOf = (value: number): Kind => (value < 0 ? 'deficit' : value > 0 ? 'surplus' : 'balance');

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
  const words = driverWording(settings.lang).sentences;
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
