import type { DriversSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { withParticle } from '../../format/korean.js';
import { formatMoney, moneyUnit } from '../../format/money.js';
import { driverRows } from './model.js';

/**
 * Names the category that moved most and how:
 * "IP royalties moved most: their deficit widened by $1.01B to $2.45B in H1 2025."
 * Without previous values, names the largest balance instead.
 */
export function driversSummary(section: DriversSection, settings: Settings): string {
  const { lang, currency } = settings;
  const categories = driverRows(section, { ...settings, variant: { sort: 'data' } }).filter((row) => row.depth === 0);
  const when = periodName(section.period, lang);
  const fmtIn = (unitOf: number) => (value: number) => formatMoney(Math.abs(value), currency, lang, { unit: moneyUnit(unitOf, lang) });
  const moved = categories
    .filter((row) => row.change !== null && row.value !== null)
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!))[0];
  if (moved && moved.change !== 0) {
    const value = moved.value!;
    const previous = moved.previous!;
    const fmt = fmtIn(value);
    const change = fmt(moved.change!);
    const crossed = (previous < 0) !== (value < 0);
    if (lang === 'ko') {
      const subject = withParticle(moved.label, '이/가');
      const kind = value < 0 ? '적자' : '흑자';
      if (crossed) return `${when}에는 ${subject} 가장 크게 움직였다. ${fmt(value)} ${kind}로 돌아섰다.`;
      const grew = Math.abs(value) > Math.abs(previous);
      return `${when}에는 ${subject} 가장 크게 움직였다. ${withParticle(kind, '이/가')} ${change} ${grew ? '커져' : '줄어'} ${withParticle(fmt(value), '이/가')} 됐다.`;
    }
    const kind = value < 0 ? 'deficit' : 'surplus';
    if (crossed) return `${moved.label} moved most in ${when}: it turned to a ${kind} of ${fmt(value)}.`;
    const grew = Math.abs(value) > Math.abs(previous);
    const verb = value < 0 ? (grew ? 'widened' : 'narrowed') : grew ? 'grew' : 'shrank';
    return `${moved.label} moved most in ${when}: the ${kind} ${verb} by ${change} to ${fmt(value)}.`;
  }
  const largest = categories.filter((row) => row.value !== null).sort((a, b) => Math.abs(b.value!) - Math.abs(a.value!))[0];
  if (!largest) return '';
  const value = largest.value!;
  const fmt = fmtIn(value);
  if (lang === 'ko') return `${when}에는 ${withParticle(largest.label, '이/가')} ${fmt(value)} ${value < 0 ? '적자' : '흑자'}로 가장 컸다.`;
  return `${largest.label} was the largest item in ${when}, a ${value < 0 ? 'deficit' : 'surplus'} of ${fmt(value)}.`;
}
