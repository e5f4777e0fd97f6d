/**
 * The region split's Korean wording: its strings and the summary.
 * Part of the Korean pack (./index.ts), loaded only for a Korean widget.
 */
import { withParticle } from './particles.js';
import type { RegionRow } from '../../widgets/region-split/model.js';
import { labelsOf } from '../../widgets/common.js';
import type { RegionFacts, RegionWording } from '../../widgets/region-split/wording.js';

/** "A", "A와 B", "A, B와 C": 과/와 chosen by the last syllable. */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -2).map((n) => `${n}, `).join('')}${withParticle(items.at(-2)!, '과/와')} ${items.at(-1)}`;
}

/** The sentence on the derived rest, after the main one. */
function rest({ rest, fmt }: RegionFacts): string {
  if (!rest) return '';
  const kind = (value: number) => (value === 0 ? '0' : `${fmt(value)} ${value < 0 ? '적자' : '흑자'}`);
  return ` 표시된 지역의 합(${kind(rest.listed)})과 전체(${kind(rest.total)})의 차이인 그 밖의 지역(${kind(rest.value)})은 추산값이다.`;
}

function summary(facts: RegionFacts): string {
  return main(facts) + rest(facts);
}

/** "2025년 상반기에 아시아는 35.7억 달러 흑자, 북미는 37.7억 달러 적자를 냈다." */
function main({ when, surplus, deficit, withFigures, everyRegion, fmt }: RegionFacts): string {
  const each = (rows: readonly RegionRow[]) => (rows.length > 1 ? '각각 ' : '');
  const subject = (rows: readonly RegionRow[], particle: '은/는' | '이/가') => withParticle(list(labelsOf(rows)), particle);
  const ran = (rows: readonly RegionRow[], kind: string) => `${subject(rows, '은/는')} ${each(rows)}${fmt(rows[0]!.value!)} ${kind}`;
  if (surplus.length && deficit.length) return `${when}에 ${ran(surplus, '흑자')}, ${ran(deficit, '적자')}를 냈다.`;
  if (!surplus.length && !deficit.length) return `${when}에 모든 지역의 수지가 0이었다.`;
  const side = surplus.length ? surplus : deficit;
  const kind = surplus.length ? '흑자' : '적자';
  if (withFigures === 1 || (everyRegion && side.length === withFigures)) return `${when}에 ${ran(side, kind)}를 냈다.`;
  const largest = `${subject(side, '이/가')} ${each(side)}${withParticle(fmt(side[0]!.value!), '으로/로')}`;
  if (everyRegion) return `${when}에 모든 지역이 ${kind}였고, ${largest} 가장 컸다.`;
  return `${when}에 ${largest} 가장 큰 ${kind}를 냈다.`;
}

export const regions: RegionWording = {
  text: {
    region: '지역',
    hatched: '빗금',
    unsplit: '부문별 미발표',
    unsplitKey: '점선 테두리: 부문별 수치가 발표되지 않은 부분.',
    segmentsKey: (names) =>
      names.length === 2 ? `부문: ${names[0]}(진한 색), ${names[1]}(흐린 색).` : `부문(진한 색부터 흐린 색 순): ${names.join(', ')}.`,
    shareKey: (kind, total) => `비율은 전체 ${kind === 'deficit' ? '적자' : '흑자'} ${total}에서 차지하는 비중이다.`,
    noShareKey: '흑자와 적자가 서로 상쇄해 순합계 대비 비중의 합이 100%가 되지 않으므로 비율은 표시하지 않았다.',
    rest: '그 밖의 지역',
    restNote: '전체에서 표시된 지역을 뺀 값',
    withShare: (value, share) => `${value} (${share})`,
    regionTotal: '합계',
  },
  summary,
};
