import type { DriversSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { withParticle } from '../../format/korean.js';
import { driverRows, type DriverRow } from './model.js';
import { periodNames, unitOf, valueText } from './labels.js';

type Kind = 'deficit' | 'surplus' | 'balance';
const kindOf = (value: number): Kind => (value < 0 ? 'deficit' : value > 0 ? 'surplus' : 'balance');
const KO: Record<Kind, string> = { deficit: '적자', surplus: '흑자', balance: '균형' };

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
  const { lang } = settings;
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
    if (was !== is) {
      if (lang === 'ko') {
        const from = was === 'balance' ? '수지 균형' : `${fmt(previous)} ${KO[was]}`;
        const to = is === 'balance' ? '수지 균형' : `${fmt(value)} ${KO[is]}`;
        return `${withParticle(moved.label, '이/가')} ${when} ${from}에서 ${withParticle(to, '으로/로')} 돌아서 가장 크게 움직였다.`;
      }
      const from = was === 'balance' ? 'balance' : `a ${was} of ${fmt(previous)}`;
      const to = is === 'balance' ? 'balance' : `a ${is} of ${fmt(value)}`;
      return `${moved.label} moved most in ${when}: it swung from ${from} to ${to}.`;
    }
    const grew = Math.abs(value) > Math.abs(previous);
    const change = fmt(moved.change!);
    if (lang === 'ko') {
      return `${moved.label} ${withParticle(KO[is], '이/가')} ${when} ${withParticle(fmt(value), '으로/로')} ${change} ${grew ? '커져' : '줄어'} 가장 크게 움직였다.`;
    }
    const verb = is === 'deficit' ? (grew ? 'widened' : 'narrowed') : grew ? 'grew' : 'shrank';
    return `${moved.label} moved most in ${when}: the ${is} ${verb} by ${change} to ${fmt(value)}.`;
  }
  let largest: DriverRow | undefined;
  for (const row of categories) {
    if (row.value !== null && (!largest || Math.abs(row.value) > Math.abs(largest.value!))) largest = row;
  }
  if (!largest) return '';
  const value = largest.value!;
  const kind = kindOf(value);
  const amount = valueText(Math.abs(value), settings);
  if (kind === 'balance') return lang === 'ko' ? `${when} 모든 유형의 수지가 균형이었다.` : `Every category was in balance in ${when}.`;
  if (lang === 'ko') return `${when}에는 ${withParticle(largest.label, '이/가')} ${amount} ${KO[kind]}로 가장 컸다.`;
  return `${largest.label} was the largest item in ${when}: a ${kind} of ${amount}.`;
}
