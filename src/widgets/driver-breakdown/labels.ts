/** The driver breakdown's own words and number forms, in English and Korean (plain text). */
import type { DriversSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { withParticle } from '../../format/korean.js';
import { formatAxisMoney, formatMoney, moneyUnit } from '../../format/money.js';
import { messages } from '../../format/messages.js';
import type { BridgeLabels } from './model.js';

/** The two periods' names ("H1 2025", "H2 2024"); the previous falls back to "Previous". */
export function periodNames(section: DriversSection, settings: Settings): { now: string; before: string } {
  const { lang } = settings;
  return {
    now: periodName(section.period, lang),
    before: section.previous ? periodName(section.previous, lang) : messages(lang).previous,
  };
}

/** Labels of the bridge's totals and residual. */
export function bridgeLabels(section: DriversSection, settings: Settings): BridgeLabels {
  const { now, before } = periodNames(section, settings);
  if (settings.lang === 'ko') {
    return {
      start: `${before} 합계`,
      end: `${now} 합계`,
      rounding: '반올림 차이',
      missing: (labels) => `증감 미상: ${labels.join(', ')}`,
    };
  }
  return {
    start: `${before} total`,
    end: `${now} total`,
    rounding: 'Rounding',
    missing: (labels) => `No change known: ${labels.join(', ')}`,
  };
}

/** The unit a value is written in (B, M, 억...), so its change can share it. */
export function unitOf(value: number, settings: Settings): number {
  return moneyUnit(value, settings.lang);
}

/** A value in full: `−$2.45B`, `−24.5억 달러`. */
export function valueText(value: number, settings: Settings, unit?: number): string {
  return formatMoney(value, settings.currency, settings.lang, unit === undefined ? {} : { unit });
}

/**
 * A signed change in the unit of the value it changes: `+$0.68B`, `−$1.01B`; Korean drops
 * the currency word, which the value beside it carries: `−10.1억`. Zero reads "no change".
 */
export function changeText(change: number, settings: Settings, unit: number, short = true): string {
  const { lang, currency } = settings;
  if (Number(Math.abs(change).toPrecision(3)) === 0) return lang === 'ko' ? '변동 없음' : 'no change';
  if (lang === 'ko') {
    const figure = short ? formatAxisMoney(change, currency, lang, unit) : formatMoney(change, currency, lang, { unit });
    return (change > 0 ? '+' : '') + figure;
  }
  return formatMoney(change, currency, lang, { unit, signDisplay: 'exceptZero' });
}

/** What the bars and ticks of the balance view mean (an HTML key: lighter than an ECharts legend). */
export function balanceKey(section: DriversSection, settings: Settings, hasChildren: boolean): string[] {
  const { now, before } = periodNames(section, settings);
  if (settings.lang === 'ko') {
    return [
      `막대는 ${now}, 세로 눈금은 ${before}, 괄호 안은 ${before} 대비 증감.${hasChildren ? ' 들여 쓴 항목은 바로 위 항목에 포함된 세부 항목(합산하지 않음).' : ''}`,
    ];
  }
  return [
    `Bars: ${now}. Ticks: ${before}. In brackets: the change from ${before}.${hasChildren ? ' Indented rows are “of which” items, part of the row above (not added).' : ''}`,
  ];
}

/** What the bridge shows, and where its residual comes from. */
export function bridgeKey(
  settings: Settings,
  names: { now: string; before: string },
  residual: { value: number; missingLabels: readonly string[]; sums: { previous: number; current: number }; start: number; end: number; publishedStart: boolean; publishedEnd: boolean },
  hasChildren: boolean,
): string[] {
  const { now, before } = names;
  const ko = settings.lang === 'ko';
  const notes = [
    ko
      ? `${before} 합계에서 ${now} 합계까지 유형별 증감을 차례로 쌓았다.${hasChildren ? ' 세부 항목은 따로 쌓지 않았다.' : ''}`
      : `From the ${before} total to the ${now} total, one step per category.${hasChildren ? ' “Of which” items are not steps.' : ''}`,
  ];
  if (residual.value !== 0) {
    const unit = unitOf(Math.max(Math.abs(residual.start), Math.abs(residual.end)), settings);
    const v = (value: number) => valueText(value, settings, unit);
    const parts: string[] = [];
    if (residual.missingLabels.length) {
      const list = residual.missingLabels.join(', ');
      parts.push(ko ? `${withParticle(list, '은/는')} 두 기간 중 한쪽 수치가 없어 증감을 나눌 수 없다` : `${list}: no figure for one of the two periods, so no change to show`);
    }
    const mismatch = (published: boolean, sum: number, total: number, period: string) => {
      if (!published || Math.abs(sum - total) <= Math.max(Math.abs(total), 1) * 1e-9) return;
      parts.push(ko ? `${period} 유형별 합 ${v(sum)}, 발표 합계 ${v(total)}` : `${period}: the categories add up to ${v(sum)}, the published total is ${v(total)}`);
    };
    mismatch(residual.publishedStart, residual.sums.previous, residual.start, before);
    mismatch(residual.publishedEnd, residual.sums.current, residual.end, now);
    if (parts.length) notes.push(ko ? `차이 단계: ${parts.join('; ')}.` : `Residual step: ${parts.join('; ')}.`);
  }
  return notes;
}
