/**
 * The region split's Chinese wording: its strings and the summary.
 * Part of the Chinese pack (./index.ts), loaded only for a Chinese widget.
 */
import type { RegionRow } from '../../widgets/region-split/model.js';
import { labelsOf } from '../../widgets/common.js';
import type { RegionFacts, RegionWording } from '../../widgets/region-split/wording.js';

/** "A", "A和B", "A、B和C": 顿号 between, 和 before the last (GB/T 15834-2011, Xinhua). */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;
}

/** "逆差21.5亿美元", "顺差3亿美元", "零". */
function kind(value: number, fmt: (value: number) => string): string {
  return value === 0 ? '零' : `${value < 0 ? '逆差' : '顺差'}${fmt(value)}`;
}

/** The sentence on the derived rest, after the main one. */
function rest({ rest, fmt }: RegionFacts): string {
  if (!rest) return '';
  return `所列地区合计为${kind(rest.listed, fmt)}，总额为${kind(rest.total, fmt)}，其他地区为二者之差（${kind(rest.value, fmt)}），系推算值。`;
}

function summary(facts: RegionFacts): string {
  return main(facts) + rest(facts);
}

/** "2025年上半年，亚洲顺差35.7亿美元，北美逆差37.7亿美元。" */
function main({ when, surplus, deficit, withFigures, everyRegion, fmt }: RegionFacts): string {
  const amount = (rows: readonly RegionRow[]) => fmt(rows[0]!.value!);
  // One region: "亚洲顺差35.7亿美元"; tied: "亚洲和欧洲顺差均为10亿美元".
  const ran = (rows: readonly RegionRow[], word: string) =>
    rows.length > 1 ? `${list(labelsOf(rows))}${word}均为${amount(rows)}` : `${rows[0]!.label}${word}${amount(rows)}`;
  if (surplus.length && deficit.length) return `${when}，${ran(surplus, '顺差')}，${ran(deficit, '逆差')}。`;
  if (!surplus.length && !deficit.length) return `${when}，各地区差额均为零。`;
  const side = surplus.length ? surplus : deficit;
  const word = surplus.length ? '顺差' : '逆差';
  if (withFigures === 1 || (everyRegion && side.length === withFigures)) return `${when}，${ran(side, word)}。`;
  const largest = `${list(labelsOf(side))}${word}最大，${side.length > 1 ? '均' : ''}为${amount(side)}`;
  // Without every region's figure, name the largest without claiming the rest.
  return everyRegion ? `${when}，各地区均为${word}，其中${largest}。` : `${when}，${largest}。`;
}

export const regions: RegionWording = {
  text: {
    region: '地区',
    hatched: '斜线',
    unsplit: '未公布分项数据',
    unsplitKey: '虚线框：该地区数据中未公布分项的部分。',
    segmentsKey: (names) =>
      names.length === 2 ? `分项：${names[0]}（深色）、${names[1]}（浅色）。` : `分项（颜色由深到浅）：${names.join('、')}。`,
    shareKey: (kind, total) => `百分比为占${kind === 'deficit' ? '逆差' : '顺差'}总额${total}的比重。`,
    noShareKey: '顺差与逆差相互抵消，各地区占净额的比重之和不等于100%，故不显示百分比。',
    rest: '其他地区',
    restNote: '总额减去所列地区',
    withShare: (value, share) => `${value}（${share}）`,
    regionTotal: '合计',
  },
  summary,
};
