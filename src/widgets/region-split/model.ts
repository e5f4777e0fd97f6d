import type { RegionsSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { pickText } from '../../data/text.js';
import { amount } from '../common.js';

export interface RegionRow {
  readonly id: string;
  /** The full label (axis labels are fitted from it; tooltips and the table show it whole). */
  readonly label: string;
  /**
   * The region's balance: the published value, else the sum of its segments when every
   * segment is published; `null` when neither is known.
   */
  readonly value: number | null;
  /** Per segment id, in the section's segment order; `null` is a gap. */
  readonly segments: readonly (number | null)[];
  /**
   * The part of `value` not covered by the published segments when a segment is missing
   * (`value` minus the known segments): drawn as a dashed outline, never as zero. `null`
   * when nothing is missing, the value is unknown or the rest is zero.
   */
  readonly unsplit: number | null;
  readonly derived: boolean;
  readonly note: string;
  /**
   * The region's share of the published total, `value / total`, only when the region's
   * sign is the total's (a deficit region's share of the total deficit, as the press
   * reports it: "the United States, 77.3% of the deficit"). A region of the other sign
   * has no share (`null`): it offsets the total rather than making it up. Because of
   * that offset, the shares of same-sign regions may add up to more than 100%.
   */
  readonly share: number | null;
}

export interface RegionsModel {
  /** In the `sort` order (see {@link regionRows}). */
  readonly rows: readonly RegionRow[];
  readonly total: number | null;
  /** The shares shown add up to more than 100% because regions of the other sign offset the total. */
  readonly sharesExceedTotal: boolean;
  readonly segmented: boolean;
}

/**
 * The regions in the order the chart draws them. `sort="value"` (the default): largest
 * surplus first, largest deficit last, regions with no value at the end, ties in data
 * order. `sort="data"`: as the data lists them.
 */
export function regionsModel(section: RegionsSection, settings: Settings): RegionsModel {
  const { currency, lang } = settings;
  const total = amount(section.total, currency);
  const segmented = section.segments.length > 0;
  const rows = section.items.map((item): RegionRow => {
    const segments = section.segments.map((segment) => amount(item.values?.[segment.id], currency));
    const known = segments.filter((v): v is number => v !== null);
    const complete = segmented && known.length === segments.length;
    const value = amount(item.value, currency) ?? (complete ? known.reduce((sum, v) => sum + v, 0) : null);
    const rest = segmented && !complete && value !== null ? value - known.reduce((sum, v) => sum + v, 0) : 0;
    return {
      id: item.id,
      label: pickText(item.label, lang),
      value,
      segments,
      // Ignore float dust left by the subtraction (a rest below a millionth of the value).
      unsplit: Math.abs(rest) > Math.abs(value ?? 0) * 1e-6 ? rest : null,
      derived: item.derived,
      note: pickText(item.note, lang),
      share: value !== null && total !== null && total !== 0 && value !== 0 && Math.sign(value) === Math.sign(total) ? value / total : null,
    };
  });
  if ((settings.variant['sort'] ?? 'value') !== 'data') {
    rows.sort((a, b) => (a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : b.value - a.value));
  }
  const shareSum = rows.reduce((sum, row) => sum + (row.share ?? 0), 0);
  const opposite = total !== null && rows.some((row) => row.value !== null && row.value * total < 0);
  return { rows, total, sharesExceedTotal: opposite && shareSum > 1.0005, segmented };
}

/** The rows alone (see {@link regionsModel}). */
export function regionRows(section: RegionsSection, settings: Settings): RegionRow[] {
  return [...regionsModel(section, settings).rows];
}
