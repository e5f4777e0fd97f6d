import type { RegionsSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { pickText } from '../../data/text.js';
import { amount } from '../common.js';

export interface RegionRow {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  /** Per segment id, in the section's segment order; `null` is a gap. */
  readonly segments: readonly (number | null)[];
  readonly derived: boolean;
  readonly note: string;
  /** value / total when both have the same sign (a share of a deficit is read among deficits). */
  readonly share: number | null;
}

/** Regions in the `sort` order: largest surplus first, largest deficit last. */
export function regionRows(section: RegionsSection, settings: Settings): RegionRow[] {
  const total = amount(section.total, settings.currency);
  const rows = section.items.map((item): RegionRow => {
    const value = amount(item.value, settings.currency);
    return {
      id: item.id,
      label: pickText(item.label, settings.lang),
      value,
      segments: section.segments.map((segment) => amount(item.values?.[segment.id], settings.currency)),
      derived: item.derived,
      note: pickText(item.note, settings.lang),
      share: value !== null && total !== null && total !== 0 && Math.sign(value) === Math.sign(total) ? value / total : null,
    };
  });
  if ((settings.variant['sort'] ?? 'value') === 'value') rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  return rows;
}
