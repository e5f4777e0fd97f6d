import type { Lang } from '../../data/types.js';
import type { RegionFacts } from './summary.js';

/**
 * Strings only `<region-split>` shows. Plain text, never markup. Kept with the widget,
 * not in the shared `Messages` (src/format/messages.ts): they load with its chunk, so a
 * page without a `<region-split>` never downloads them.
 */
export interface RegionsText {
  /** Header of the table's first column and of the CSV's. */
  readonly region: string;
  /** Marks the derived bar in the key: it is hatched. */
  readonly hatched: string;
  /** The part of a region's figure its segments do not cover because one is not published. */
  readonly unsplit: string;
  /** Key note for the dashed outline of that part. */
  readonly unsplitKey: string;
  /** Key note naming the segments by shade, solid first (faded reads right on light and dark themes). */
  readonly segmentsKey: (names: readonly string[]) => string;
  /** Key note saying what the percentages are. */
  readonly shareKey: (kind: 'surplus' | 'deficit', total: string, offset: boolean) => string;
  /** The shown value with its share, as a label and in the tooltip. */
  readonly withShare: (value: string, share: string) => string;
  /** Tooltip line of a segmented region's own figure. */
  readonly regionTotal: string;
}

const en: RegionsText = {
  region: 'Region',
  hatched: 'hatched',
  unsplit: 'not published by segment',
  unsplitKey: 'Dashed outline: the part of a region’s figure whose segment was not published.',
  segmentsKey: (names) =>
    names.length === 2 ? `Segments: ${names[0]} (solid), ${names[1]} (faded).` : `Segments, from solid to most faded: ${names.join(', ')}.`,
  shareKey: (kind, total, offset) =>
    `Percentages are shares of the total ${kind} of ${total}.` +
    (offset ? ` Regions with a ${kind === 'deficit' ? 'surplus' : 'deficit'} offset part of it, so the shares add up to more than 100%.` : ''),
  withShare: (value, share) => `${value} (${share})`,
  regionTotal: 'Total',
};

/** The widget's wording in a language other than English: see `ko.ts`. */
export interface RegionWording {
  readonly text: RegionsText;
  readonly summary: (facts: RegionFacts) => string;
}

/**
 * Wording beyond English, added by the language modules (`ko.ts`) the element loads only
 * for a widget in that language: an English page never downloads Korean sentences.
 */
export const wordings: Partial<Record<Lang, RegionWording>> = {};

export function regionsText(lang: Lang): RegionsText {
  return wordings[lang]?.text ?? en;
}
