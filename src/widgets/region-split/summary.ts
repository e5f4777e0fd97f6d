import type { RegionsSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { formatMoney } from '../../format/money.js';
import { regionRows, type RegionRow } from './model.js';
import { wordings } from './text.js';

/** "A", "A and B", "A, B and C" (newspaper style, no serial comma). */
function listEn(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The largest regions on one side (`rows`, largest first): every region whose value
 * reads the same as the largest once formatted (a tie as the reader sees it), named
 * in data order (`order`).
 */
function leaders(rows: readonly RegionRow[], format: (value: number) => string, order: readonly RegionRow[]): RegionRow[] {
  const [first] = rows;
  if (!first) return [];
  const shown = format(first.value!);
  return order.filter((row) => rows.includes(row) && format(row.value!) === shown);
}

/**
 * One sentence naming the largest surplus and the largest deficit:
 * "Asia ran a $3.57B surplus while North America ran a $3.77B deficit in H1 2025."
 * / "2025년 상반기에 아시아는 35.7억 달러 흑자, 북미는 37.7억 달러 적자를 냈다."
 *
 * One region: "Asia ran a $3.57B surplus in H1 2025." Every region on one side:
 * "Every region ran a deficit in H1 2025; North America had the largest, $3.77B."
 * Ties as the reader sees them (equal once formatted) name every tied region:
 * "Asia and Europe each ran a $1B surplus while ...". When some region has no
 * published figure or a zero balance, only the largest is named, nothing is claimed
 * about the rest. Regions without a figure are never named.
 */
export function regionsSummary(section: RegionsSection, settings: Settings): string {
  const { lang, currency } = settings;
  const all = regionRows(section, { ...settings, variant: { sort: 'value' } });
  const known = all.filter((row) => row.value !== null);
  if (!known.length) return '';
  const inData = section.items.flatMap((item) => all.filter((row) => row.id === item.id));
  const fmt = (value: number) => formatMoney(Math.abs(value), currency, lang);
  const facts: RegionFacts = {
    when: periodName(section.period, lang),
    surplus: leaders(known.filter((row) => row.value! > 0), fmt, inData),
    deficit: leaders(known.filter((row) => row.value! < 0).reverse(), fmt, inData),
    withFigures: known.length,
    everyRegion: known.length === all.length && known.every((row) => row.value !== 0),
    fmt,
  };
  return (wordings[lang]?.summary ?? sentenceEn)(facts);
}

/** What the summary says, found once for every language. */
export interface RegionFacts {
  readonly when: string;
  /** The largest surplus and the largest deficit, with the regions tied to them (see `leaders`). */
  readonly surplus: readonly RegionRow[];
  readonly deficit: readonly RegionRow[];
  /** How many regions have a figure. */
  readonly withFigures: number;
  /** Every region has a figure, and none is zero. */
  readonly everyRegion: boolean;
  /** An amount without its sign. */
  readonly fmt: (value: number) => string;
}

/** The rows' labels, for a sentence to list. */
export const labelsOf = (rows: readonly RegionRow[]) => rows.map((row) => row.label);

function sentenceEn({ when, surplus, deficit, withFigures, everyRegion, fmt }: RegionFacts): string {
  const ran = (rows: readonly RegionRow[], kind: string) =>
    `${listEn(labelsOf(rows))} ${rows.length > 1 ? 'each ' : ''}ran a ${fmt(rows[0]!.value!)} ${kind}`;
  if (surplus.length && deficit.length) return `${ran(surplus, 'surplus')} while ${ran(deficit, 'deficit')} in ${when}.`;
  if (!surplus.length && !deficit.length) return `Every region's balance was zero in ${when}.`;
  const side = surplus.length ? surplus : deficit;
  const kind = surplus.length ? 'surplus' : 'deficit';
  if (withFigures === 1 || (everyRegion && side.length === withFigures)) return `${ran(side, kind)} in ${when}.`;
  const amount = fmt(side[0]!.value!);
  if (everyRegion) {
    const largest = side.length > 1 ? `${listEn(labelsOf(side))} had the largest, ${amount} each` : `${side[0]!.label} had the largest, ${amount}`;
    return `Every region ran a ${kind} in ${when}; ${largest}.`;
  }
  // Some region has no figure or a zero balance: name the largest without claiming the rest.
  return side.length > 1
    ? `${listEn(labelsOf(side))} each ran the largest ${kind}, ${amount}, in ${when}.`
    : `${side[0]!.label} ran the largest ${kind}, ${amount}, in ${when}.`;
}
