/** The driver breakdown's labels and number forms, in the wording of the widget's language. */
import type { DriversSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { money, unitFor } from '../common.js';
import { messages } from '../../format/messages.js';
import type { BridgeLabels } from './model.js';
import { driverWording } from './wording.js';

/** The two periods' names ("H1 2025", "H2 2024"); the previous falls back to "Previous". */
export function periodNames(section: DriversSection, settings: Settings): { now: string; before: string } {
  const { lang } = settings;
  return {
    now: periodName(section.period, lang),
    before: section.previous ? periodName(section.previous, lang) : messages(lang).previous,
  };
}

/** The two periods' names, each passed through `mark` when its figures are provisional. */
export function markedPeriodNames(section: DriversSection, settings: Settings, mark: (name: string) => string): { now: string; before: string } {
  const names = periodNames(section, settings);
  const provisional = new Set(section.provisional);
  return {
    now: provisional.has(section.period.code) ? mark(names.now) : names.now,
    before: section.previous && provisional.has(section.previous.code) ? mark(names.before) : names.before,
  };
}

/** The names of the provisional periods, the earlier first ("H2 2024", "H1 2025"). */
export function provisionalNames(section: DriversSection, settings: Settings): string[] {
  const names = periodNames(section, settings);
  const provisional = new Set(section.provisional);
  return [
    ...(section.previous && provisional.has(section.previous.code) ? [names.before] : []),
    ...(provisional.has(section.period.code) ? [names.now] : []),
  ];
}

/** Labels of the bridge's totals and residual. */
export function bridgeLabels(section: DriversSection, settings: Settings): BridgeLabels {
  const { now, before } = periodNames(section, settings);
  return driverWording(settings.lang).bridge(before, now);
}

/** The unit a value is written in (B, M, 억...), so its change can share it. */
export function unitOf(value: number, settings: Settings): number {
  return unitFor(value, settings);
}

/** A value in full: `−$2.45B`, `−24.5억 달러`. */
export function valueText(value: number, settings: Settings, unit?: number): string {
  return money(value, settings, unit);
}

/**
 * A signed change in the unit of the value it changes: `+$0.68B`, `−$1.01B`; Korean drops
 * the currency word, which the value beside it carries: `−10.1억`. Zero reads "no change".
 */
export function changeText(change: number, settings: Settings, unit: number, short = true): string {
  const wording = driverWording(settings.lang);
  const { amounts } = settings;
  const shown = amounts ? Number((Math.abs(change) / amounts.unit).toFixed(amounts.decimals)) : Number(Math.abs(change).toPrecision(3));
  if (shown === 0) return wording.noChange;
  return wording.change(change, settings, unit, short);
}

/** What the bars and ticks of the balance view mean (an HTML key: lighter than an ECharts legend). */
export function balanceKey(section: DriversSection, settings: Settings, hasChildren: boolean): string[] {
  const { now, before } = periodNames(section, settings);
  return [driverWording(settings.lang).balanceKey(before, now, hasChildren)];
}

/** What the bridge shows, and where its residual comes from. */
export function bridgeKey(
  settings: Settings,
  names: { now: string; before: string },
  residual: { value: number; missingLabels: readonly string[]; sums: { previous: number; current: number }; start: number; end: number; publishedStart: boolean; publishedEnd: boolean },
  hasChildren: boolean,
): string[] {
  const { now, before } = names;
  const wording = driverWording(settings.lang);
  const notes = [wording.bridgeKey(before, now, hasChildren)];
  if (residual.value !== 0) {
    const unit = unitOf(Math.max(Math.abs(residual.start), Math.abs(residual.end)), settings);
    const v = (value: number) => valueText(value, settings, unit);
    const parts: string[] = [];
    if (residual.missingLabels.length) {
      const list = messages(settings.lang).list(residual.missingLabels);
      parts.push(wording.unknownChange(list));
    }
    const mismatch = (published: boolean, sum: number, total: number, period: string) => {
      if (!published || Math.abs(sum - total) <= Math.max(Math.abs(total), 1) * 1e-9) return;
      parts.push(wording.mismatch(period, v(sum), v(total)));
    };
    mismatch(residual.publishedStart, residual.sums.previous, residual.start, before);
    mismatch(residual.publishedEnd, residual.sums.current, residual.end, now);
    if (parts.length) notes.push(wording.residual(messages(settings.lang).clauses(parts)));
  }
  return notes;
}
