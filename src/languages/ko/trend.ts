/**
 * The trend's Korean wording: the summary, the callout by the latest bar and the key.
 * Part of the Korean pack (./index.ts), loaded only for a Korean widget.
 */
import type { Granularity, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { withParticle } from './particles.js';
import { money, unitFor } from '../../widgets/common.js';
import { moveOf, sentenceFormat, steadyMove, type LatestChange, type Move, type Point } from '../../widgets/deficit-trend/facts.js';
import type { TrendWording } from '../../widgets/deficit-trend/wording.js';

const HANGUL = /[\uAC00-\uD7A3]/;
const STEP: Record<Granularity, string> = { year: '해', half: '반기', quarter: '분기', month: '달' };
const RUN: Partial<Record<Move, string>> = { widened: '커졌다', narrowed: '줄었다', grew: '늘었다', shrank: '줄었다' };

/** "지식서비스 수지 적자": a label ending in 수지 is kept whole; otherwise the bare word. */
function subjects(section: TrendSection) {
  const label = pickText(section.series[0]?.label, 'ko').trim();
  const head = HANGUL.test(label) && /수지$/.test(label) ? label : '';
  return {
    deficit: head ? `${head} 적자` : '적자',
    surplus: head ? `${head} 흑자` : '흑자',
    balance: head || '수지',
  };
}

function kind(value: number, fmt: (v: number) => string): string {
  if (value === 0) return '0';
  return `${fmt(value)} ${value < 0 ? '적자' : '흑자'}`;
}

function summary(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = sentenceFormat(settings, section, '(잠정)');
  const s = subjects(section);
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  if (!previous) {
    return `${withParticle(s.balance, '은/는')} ${when(latest.period)} ${latest.value === 0 ? '0이었다' : `${kind(latest.value, abs)}였다`}.`;
  }
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  // "2024년 하반기(37.6억 달러)보다"; after a gap: "직전 발표치인 2024년 3분기(…)보다".
  const fromWith = `${gap ? '직전 발표치인 ' : ''}${name(previous.period)}(${unit(previous.value)})`;
  const change = unit(latest.value - previous.value);
  const to = withParticle(unit(latest.value), '으로/로');
  const w = when(latest.period);
  const subject = (word: string) => withParticle(word, '이/가');
  // A sign change states no amount of change: each value keeps its own unit.
  const fromKind = `${gap ? '직전 발표치인 ' : ''}${name(previous.period)} ${kind(previous.value, abs)}`;
  const first: Record<Move, string> = {
    widened: `${subject(s.deficit)} ${w} ${to} ${fromWith}보다 ${change} 커졌다.`,
    narrowed: `${subject(s.deficit)} ${w} ${to} ${fromWith}보다 ${change} 줄었다.`,
    grew: `${subject(s.surplus)} ${w} ${to} ${fromWith}보다 ${change} 늘었다.`,
    shrank: `${subject(s.surplus)} ${w} ${to} ${fromWith}보다 ${change} 줄었다.`,
    unchanged:
      latest.value === 0
        ? `${subject(s.balance)} ${w} ${withParticle(name(previous.period), '과/와')} 같이 0이었다.`
        : `${subject(latest.value < 0 ? s.deficit : s.surplus)} ${w} ${to} ${gap ? '직전 발표치인 ' : ''}${withParticle(name(previous.period), '과/와')} 같았다.`,
    'to-surplus': `${subject(s.balance)} ${w} ${unit(latest.value)} 흑자로 돌아섰다(${fromKind}).`,
    'to-deficit': `${subject(s.balance)} ${w} ${unit(latest.value)} 적자로 돌아섰다(${fromKind}).`,
    'to-zero': `${subject(s.balance)} ${w} 0이 됐다(${fromKind}).`,
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const step = STEP[start.period.granularity];
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1 ? `${step}마다` : `수치가 발표된 ${step}마다`;
    const word = steady === 'grew' || steady === 'shrank' ? '흑자' : '적자';
    sentences.push(
      steady
        ? `${withParticle(word, '은/는')} ${name(start.period)}(${abs(start.value)}) 이후 ${every} ${RUN[steady]}.`
        : `첫 수치인 ${name(start.period)}에는 ${start.value === 0 ? '0이었다' : `${kind(start.value, abs)}였다`}.`,
    );
  }
  return sentences.join(' ');
}

/** ["2024년 하반기보다", "적자 7.7억 달러 확대"]. */
function callout(change: LatestChange, settings: Settings): [string, string] {
  const { latest, previous, move } = change;
  const by = money(Math.abs(latest.value - previous.value), settings, unitFor(latest.value, settings));
  const from = periodName(previous.period, settings.lang);
  const text: Record<Move, string> = {
    widened: `적자 ${by} 확대`,
    narrowed: `적자 ${by} 축소`,
    grew: `흑자 ${by} 확대`,
    shrank: `흑자 ${by} 축소`,
    unchanged: '변동 없음',
    'to-surplus': '흑자 전환',
    'to-deficit': '적자 전환',
    'to-zero': '수지 균형',
  };
  const lead = move in RUN ? `${from}보다` : `${from} 대비`;
  return [lead, text[move]];
}

export const trend: TrendWording = {
  summary,
  callout,
  key: {
    dashes: ['실선', '파선', '점선'],
    series: (line, first, lines) => `${line ? '굵은 선' : '막대'}: ${first}(0 아래 적자, 위 흑자). 선: ${lines}.`,
    provisionalPoints: '속이 빈 점은 잠정치다.',
    provisionalBars: '빗금 친 막대는 잠정치다.',
    gaps: '음영 구간은 발표된 수치가 없는 기간이다(0이 아님).',
  },
};
