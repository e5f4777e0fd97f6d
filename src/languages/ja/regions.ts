/**
 * The region split's Japanese wording: its strings and the summary.
 * Part of the Japanese pack (./index.ts), loaded only for a Japanese widget.
 */
import type { RegionRow } from '../../widgets/region-split/model.js';
import { labelsOf } from '../../widgets/common.js';
import type { RegionFacts, RegionWording } from '../../widgets/region-split/wording.js';

const REST = 'その他の地域';

/** "A", "AとB", "A、B、C": two joined by と, more by the enumeration comma, as Nikkei lists. */
function list(items: readonly string[]): string {
  return items.length === 2 ? `${items[0]}と${items[1]}` : items.join('、');
}

/** "45.3億ドルの赤字", "ゼロ". */
function kind(value: number, fmt: (value: number) => string): string {
  return value === 0 ? 'ゼロ' : `${fmt(value)}の${value < 0 ? '赤字' : '黒字'}`;
}

/** The sentence on the derived rest, after the main one (no space between Japanese sentences). */
function rest({ rest, fmt }: RegionFacts): string {
  if (!rest) return '';
  return `掲載した地域の合計は${kind(rest.listed, fmt)}、全体は${kind(rest.total, fmt)}で、その差の${kind(rest.value, fmt)}を${REST}とした。`;
}

function summary(facts: RegionFacts): string {
  return main(facts) + rest(facts);
}

/** "2025年1〜6月はアジアが35.7億ドルの黒字、北米が37.7億ドルの赤字だった。" */
function main({ when, surplus, deficit, withFigures, everyRegion, fmt }: RegionFacts): string {
  const each = (rows: readonly RegionRow[]) => (rows.length > 1 ? 'それぞれ' : '');
  const names = (rows: readonly RegionRow[]) => list(labelsOf(rows));
  const ran = (rows: readonly RegionRow[], word: string) => `${names(rows)}が${each(rows)}${fmt(rows[0]!.value!)}の${word}`;
  if (surplus.length && deficit.length) return `${when}は${ran(surplus, '黒字')}、${ran(deficit, '赤字')}だった。`;
  if (!surplus.length && !deficit.length) return `${when}はすべての地域で収支がゼロだった。`;
  const side = surplus.length ? surplus : deficit;
  const word = surplus.length ? '黒字' : '赤字';
  if (withFigures === 1 || (everyRegion && side.length === withFigures)) return `${when}は${ran(side, word)}だった。`;
  const amount = fmt(side[0]!.value!);
  if (everyRegion) return `${when}はすべての地域が${word}となり、${names(side)}が${each(side)}${amount}で最大だった。`;
  // Some region has no figure or a zero balance: name the largest without claiming the rest.
  return `${when}は${names(side)}の${word}が${each(side)}${amount}で最大だった。`;
}

export const regions: RegionWording = {
  text: {
    region: '地域',
    hatched: '斜線',
    unsplit: '部門別は未公表',
    unsplitKey: '点線の枠：部門別の数値が公表されていない部分。',
    segmentsKey: (names) =>
      names.length === 2 ? `部門：${names[0]}（濃い色）、${names[1]}（淡い色）。` : `部門（濃い色から淡い色の順）：${names.join('、')}。`,
    shareKey: (kind, total) => `比率は${kind === 'deficit' ? '赤字' : '黒字'}の総額${total}に占める割合。`,
    noShareKey: '黒字と赤字が相殺し合い、純額に対する比率の合計が100%にならないため、比率は示していない。',
    rest: REST,
    restNote: '全体から掲載した地域を差し引いた値',
    withShare: (value, share) => `${value}（${share}）`,
    regionTotal: '合計',
  },
  summary,
};
