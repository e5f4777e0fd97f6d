import type { RegionsSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { amount, money, withAmounts } from '../common.js';
import { regionRows, type RegionRow } from './model.js';
import { messages } from '../../format/messages.js';
import { regionsSentence, remainderWords, type RegionFacts } from './wording.js';

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
 * about the rest. Regions without a figure are never named. A derived rest of the world
 * is never named as the largest: a second sentence gives it with the listed regions' sum
 * and the total ("The regions listed add up to a ¥5.1T deficit and the total is a ¥3.1T
 * deficit, so the rest of the world, a ¥2T surplus, is derived as the difference.").
 */
export function regionsSummary(section: RegionsSection, given: Settings): string {
  const settings = withAmounts('regions', section, given);
  const { lang, currency } = settings;
  const rows = regionRows(section, { ...settings, variant: { sort: 'value' } }, remainderWords(lang));
  const rest = rows.find((row) => row.remainder);
  const all = rows.filter((row) => !row.remainder);
  const known = all.filter((row) => row.value !== null);
  if (!known.length) return '';
  const inData = section.items.flatMap((item) => all.filter((row) => row.id === item.id));
  const fmt = (value: number) => money(Math.abs(value), settings);
  const name = periodName(section.period, lang);
  const facts: RegionFacts = {
    when: section.provisional.includes(section.period.code) ? messages(lang).provisionalName(name) : name,
    surplus: leaders(known.filter((row) => row.value! > 0), fmt, inData),
    deficit: leaders(known.filter((row) => row.value! < 0).reverse(), fmt, inData),
    withFigures: known.length,
    everyRegion: !rest && known.length === all.length && known.every((row) => row.value !== 0),
    rest: rest ? { listed: known.reduce((sum, row) => sum + row.value!, 0), total: amount(section.total, currency)!, value: rest.value! } : null,
    fmt,
  };
  return regionsSentence(lang)(facts);
}
