/**
 * The region split's wording: what it says (`RegionWording`), in English here; other
 * languages' come with their packs (src/languages/).
 */
import { packPart } from '../../format/packs.js';
import { labelsOf, upperFirst } from '../common.js';
import type { RegionRow, RemainderWords } from './model.js';

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
  readonly shareKey: (kind: 'surplus' | 'deficit', total: string) => string;
  /** Key note saying why there are none: regions on both sides of zero. */
  readonly noShareKey: string;
  /** The derived row holding what the listed regions do not (see `RemainderWords`). */
  readonly rest: string;
  readonly restNote: string;
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
  shareKey: (kind, total) => `Percentages are shares of the total ${kind} of ${total}.`,
  noShareKey: 'No percentages: surpluses and deficits offset each other, so shares of the net total would not add up to 100%.',
  rest: 'Rest of the world',
  restNote: 'the total minus the regions listed',
  withShare: (value, share) => `${value} (${share})`,
  regionTotal: 'Total',
};

/** What the summary says, found once for every language. */
export interface RegionFacts {
  readonly when: string;
  /** The largest surplus and the largest deficit, with the regions tied to them (see `leaders`). */
  readonly surplus: readonly RegionRow[];
  readonly deficit: readonly RegionRow[];
  /** How many regions have a figure. */
  readonly withFigures: number;
  /** Every region has a figure, none is zero, and no derived rest of the world holds more. */
  readonly everyRegion: boolean;
  /** The derived rest of the world (`rest`) beside the listed regions' sum (`listed`) and the total, signed. */
  readonly rest: { readonly listed: number; readonly total: number; readonly value: number } | null;
  /** An amount without its sign. */
  readonly fmt: (value: number) => string;
}


/** "A", "A and B", "A, B and C" (newspaper style, no serial comma). */
function listEn(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "a ¥5.1T deficit", "a ¥2T surplus", "zero". */
function kindEn(value: number, fmt: (value: number) => string): string {
  return value === 0 ? 'zero' : `a ${fmt(value)} ${value < 0 ? 'deficit' : 'surplus'}`;
}

/** The sentence on the derived rest, after the main one. */
function restEn({ rest, fmt }: RegionFacts): string {
  if (!rest) return '';
  const signed = (value: number) => kindEn(value, fmt);
  return ` The regions listed add up to ${signed(rest.listed)} and the total is ${signed(rest.total)}, so the rest of the world, ${signed(rest.value)}, is derived as the difference.`;
}

function sentenceEn(facts: RegionFacts): string {
  return upperFirst(mainEn(facts)) + restEn(facts);
}

function mainEn({ when, surplus, deficit, withFigures, everyRegion, fmt }: RegionFacts): string {
  const ran = (rows: readonly RegionRow[], kind: string) =>
    `${listEn(labelsOf(rows))} ${rows.length > 1 ? 'each ' : ''}ran a ${fmt(rows[0]!.value!)} ${kind}`;
  if (surplus.length && deficit.length) return `${ran(surplus, 'surplus')} while ${ran(deficit, 'deficit')} in ${when}.`;
  if (!surplus.length && !deficit.length) return `Every region's balance was zero in ${when}.`;
  const side = surplus.length ? surplus : deficit;
  const kind = surplus.length ? 'surplus' : 'deficit';
  if (withFigures === 1 || (everyRegion && side.length === withFigures)) return `${ran(side, kind)} in ${when}.`;
  const amount = fmt(side[0]!.value!);
  if (everyRegion) {
    const largest = side.length > 1 ? `${listEn(labelsOf(side))} had the largest, ${amount} each` : `${labelsOf(side)[0]} had the largest, ${amount}`;
    return `Every region ran a ${kind} in ${when}; ${largest}.`;
  }
  // Some region has no figure or a zero balance: name the largest without claiming the rest.
  return side.length > 1
    ? `${listEn(labelsOf(side))} each ran the largest ${kind}, ${amount}, in ${when}.`
    : `${labelsOf(side)[0]} ran the largest ${kind}, ${amount}, in ${when}.`;
}

/** The remainder row's words in `lang`. */
export function remainderWords(lang: string): RemainderWords {
  const text = regionsText(lang);
  return { label: text.rest, note: text.restNote };
}

/** The widget's wording in one language. */
export interface RegionWording {
  readonly text: RegionsText;
  readonly summary: (facts: RegionFacts) => string;
}

/** English: the words of every region split without a pack for its language. */
export const englishRegions: RegionWording = { text: en, summary: sentenceEn };

function regionWording(lang: string): RegionWording {
  return packPart<RegionWording>(lang, 'regions') ?? englishRegions;
}

/** The strings in `lang`, English when it has none. */
export function regionsText(lang: string): RegionsText {
  return regionWording(lang).text;
}

/** The summary sentence in `lang`, English when it has none. */
export function regionsSentence(lang: string): RegionWording['summary'] {
  return regionWording(lang).summary;
}
