import type { RegionsSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { withParticle } from '../../format/korean.js';
import { formatMoney } from '../../format/money.js';
import { regionRows } from './model.js';

/**
 * Names the largest surplus and the largest deficit:
 * "Asia ran a $3.57B surplus while North America ran a $3.77B deficit in H1 2025."
 */
export function regionsSummary(section: RegionsSection, settings: Settings): string {
  const { lang, currency } = settings;
  const rows = regionRows(section, { ...settings, variant: { sort: 'value' } }).filter((row) => row.value !== null && row.value !== 0);
  const surplus = rows[0] && rows[0].value! > 0 ? rows[0] : undefined;
  const deficit = rows.at(-1) && rows.at(-1)!.value! < 0 ? rows.at(-1) : undefined;
  const when = periodName(section.period, lang);
  const fmt = (value: number) => formatMoney(Math.abs(value), currency, lang);
  if (lang === 'ko') {
    if (surplus && deficit) return `${when}에 ${withParticle(surplus.label, '은/는')} ${fmt(surplus.value!)} 흑자, ${withParticle(deficit.label, '은/는')} ${fmt(deficit.value!)} 적자를 냈다.`;
    const only = surplus ?? deficit;
    if (!only) return '';
    const kind = only.value! > 0 ? '흑자' : '적자';
    return `${when}에 모든 지역이 ${kind}였고, ${withParticle(only.label, '이/가')} ${fmt(only.value!)}로 가장 컸다.`;
  }
  if (surplus && deficit) return `${surplus.label} ran a ${fmt(surplus.value!)} surplus while ${deficit.label} ran a ${fmt(deficit.value!)} deficit in ${when}.`;
  const only = surplus ?? deficit;
  if (!only) return '';
  const kind = only.value! > 0 ? 'surplus' : 'deficit';
  return `Every region ran a ${kind} in ${when}; ${only.label} had the largest, ${fmt(only.value!)}.`;
}
