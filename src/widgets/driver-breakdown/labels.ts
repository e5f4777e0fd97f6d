/** The driver breakdown's own words and number forms (plain text); Korean in `ko.ts`. */
import type { DriversSection, Lang } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { formatMoney, moneyUnit } from '../../format/money.js';
import { messages } from '../../format/messages.js';
import type { BridgeLabels } from './model.js';
import type { DriverSentences } from './summary.js';

/** The widget's words in a language other than English: see `ko.ts`. */
export interface DriverWording {
  readonly sentences: DriverSentences;
  /** The bridge's first and last bars and its residual. */
  readonly bridge: (before: string, now: string) => BridgeLabels;
  /** A change that rounds to zero. */
  readonly noChange: string;
  /** A signed, non-zero change in `unit` (`short`: for labels beside the value). */
  readonly change: (change: number, settings: Settings, unit: number, short: boolean) => string;
  readonly balanceKey: (before: string, now: string, hasChildren: boolean) => string;
  readonly bridgeKey: (before: string, now: string, hasChildren: boolean) => string;
  /** Residual notes: categories missing one period, a sum that is not the published total, the note. */
  readonly unknownChange: (labels: string) => string;
  readonly mismatch: (period: string, sum: string, total: string) => string;
  readonly residual: (parts: string) => string;
  /** A row that is part of the row above. */
  readonly ofWhich: (label: string) => string;
}

/**
 * Wording beyond English, added by the language modules (`ko.ts`) the element loads only
 * for a widget in that language: an English page never downloads Korean sentences.
 */
export const wordings: Partial<Record<Lang, DriverWording>> = {};

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
  const wording = wordings[settings.lang];
  if (wording) return wording.bridge(before, now);
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
  const wording = wordings[lang];
  if (Number(Math.abs(change).toPrecision(3)) === 0) return wording?.noChange ?? 'no change';
  if (wording) return wording.change(change, settings, unit, short);
  return formatMoney(change, currency, lang, { unit, signDisplay: 'exceptZero' });
}

/** What the bars and ticks of the balance view mean (an HTML key: lighter than an ECharts legend). */
export function balanceKey(section: DriversSection, settings: Settings, hasChildren: boolean): string[] {
  const { now, before } = periodNames(section, settings);
  const wording = wordings[settings.lang];
  if (wording) return [wording.balanceKey(before, now, hasChildren)];
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
  const wording = wordings[settings.lang];
  const notes = [
    wording
      ? wording.bridgeKey(before, now, hasChildren)
      : `From the ${before} total to the ${now} total, one step per category.${hasChildren ? ' “Of which” items are not steps.' : ''}`,
  ];
  if (residual.value !== 0) {
    const unit = unitOf(Math.max(Math.abs(residual.start), Math.abs(residual.end)), settings);
    const v = (value: number) => valueText(value, settings, unit);
    const parts: string[] = [];
    if (residual.missingLabels.length) {
      const list = residual.missingLabels.join(', ');
      parts.push(wording ? wording.unknownChange(list) : `${list}: no figure for one of the two periods, so no change to show`);
    }
    const mismatch = (published: boolean, sum: number, total: number, period: string) => {
      if (!published || Math.abs(sum - total) <= Math.max(Math.abs(total), 1) * 1e-9) return;
      parts.push(wording ? wording.mismatch(period, v(sum), v(total)) : `${period}: the categories add up to ${v(sum)}, the published total is ${v(total)}`);
    };
    mismatch(residual.publishedStart, residual.sums.previous, residual.start, before);
    mismatch(residual.publishedEnd, residual.sums.current, residual.end, now);
    if (parts.length) notes.push(wording ? wording.residual(parts.join('; ')) : `Residual step: ${parts.join('; ')}.`);
  }
  return notes;
}
