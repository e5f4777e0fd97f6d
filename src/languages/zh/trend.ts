/**
 * The trend's Chinese wording: the summary, the callout by the latest bar and the key.
 * Sentences in Xinhua's pattern: the period first, then "逆差扩大至X，较Y的Z增加W".
 * Part of the Chinese pack (./index.ts), loaded only for a Chinese widget.
 */
import type { Granularity, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { money, unitFor } from '../../widgets/common.js';
import { moveOf, sentenceFormat, steadyMove, type LatestChange, type Move, type Point } from '../../widgets/deficit-trend/facts.js';
import type { TrendWording } from '../../widgets/deficit-trend/wording.js';

const HAN = /\p{Script=Han}/u;
// Kana or Hangul: a Japanese or Korean label (収支 is not 收支), never cut as a Chinese one.
const OTHER_SCRIPT = /[\u3040-\u30ff\uac00-\ud7a3]/;
// "知识服务贸易差额", "服务贸易收支", "货物贸易收支差额": what comes before is the subject.
const BALANCE_WORD = /(?:收支)?差额$|收支$/;

/** Counters for "连续3个季度扩大". */
const COUNTER: Record<Granularity, string> = { year: '年', half: '个半年度', quarter: '个季度', month: '个月' };
const STEP: Record<Granularity, string> = { year: '年份', half: '半年度', quarter: '季度', month: '月份' };
/** Both deficit and surplus "widen" (扩大) and "narrow" (收窄) in Chinese copy. */
const RUN: Partial<Record<Move, string>> = { widened: '扩大', narrowed: '收窄', grew: '扩大', shrank: '收窄' };

/**
 * "知识服务贸易逆差", "知识服务贸易由逆差转为顺差": a Chinese label ending in 差额 or 收支 gives
 * its stem; otherwise the bare words (逆差, 收支).
 */
function subjects(section: TrendSection) {
  const label = pickText(section.series[0]?.label, 'zh').trim();
  const chinese = HAN.test(label) && !OTHER_SCRIPT.test(label) && BALANCE_WORD.test(label);
  const stem = chinese ? label.replace(BALANCE_WORD, '') : '';
  return {
    deficit: `${stem}逆差`,
    surplus: `${stem}顺差`,
    /** Who turns from deficit to surplus. */
    who: stem || '收支',
    /** The balance as a whole, when it is zero. */
    whole: chinese ? label : '收支差额',
  };
}

/** "逆差20亿美元", "顺差1.8亿美元", "零". */
function kind(value: number, fmt: (v: number) => string): string {
  if (value === 0) return '零';
  return `${value < 0 ? '逆差' : '顺差'}${fmt(value)}`;
}

function summary(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = sentenceFormat(settings, section, '（初步数据）');
  const s = subjects(section);
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  const w = when(latest.period);
  if (!previous) {
    if (latest.value === 0) return `${w}，${s.whole}为零。`;
    return `${w}，${latest.value < 0 ? s.deficit : s.surplus}${abs(latest.value)}。`;
  }
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  // "较2024年下半年的37.6亿美元"; after a gap: "较上次公布的2024年第二季度数据（30亿美元）".
  const before = name(previous.period);
  const than = (amount: string) => (gap ? `较上次公布的${before}数据（${amount}）` : `较${before}的${amount}`);
  const sameAs = gap ? `与上次公布的${before}数据持平` : `与${before}持平`;
  // A sign change states no amount of change: each value keeps its own unit.
  const was = gap ? `上次公布的${before}数据为${kind(previous.value, abs)}` : `${before}为${kind(previous.value, abs)}`;
  const change = unit(latest.value - previous.value);
  const to = unit(latest.value);
  const from = unit(previous.value);
  const turned = (into: '逆差' | '顺差', out: '逆差' | '顺差') =>
    `${w}，${s.who}${previous.value === 0 ? '' : `由${out}`}转为${into}，${into}${to}（${was}）。`;
  const first: Record<Move, string> = {
    widened: `${w}，${s.deficit}扩大至${to}，${than(from)}增加${change}。`,
    narrowed: `${w}，${s.deficit}收窄至${to}，${than(from)}减少${change}。`,
    grew: `${w}，${s.surplus}扩大至${to}，${than(from)}增加${change}。`,
    shrank: `${w}，${s.surplus}收窄至${to}，${than(from)}减少${change}。`,
    unchanged:
      latest.value === 0
        ? `${w}，${s.whole}为零，${sameAs}。`
        : `${w}，${latest.value < 0 ? s.deficit : s.surplus}为${to}，${sameAs}。`,
    'to-surplus': turned('顺差', '逆差'),
    'to-deficit': turned('逆差', '顺差'),
    'to-zero': `${w}，${s.whole}为零（${was}）。`,
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const g = start.period.granularity;
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1;
    const since = `自${name(start.period)}（${abs(start.value)}）以来`;
    const word = steady === 'grew' || steady === 'shrank' ? '顺差' : '逆差';
    sentences.push(
      !steady
        ? `最早的${name(start.period)}数据为${kind(start.value, abs)}。`
        : every
          ? `${word}${since}已连续${points.length - 1}${COUNTER[g]}${RUN[steady]}。`
          : `${word}${since}，在每个有公布数据的${STEP[g]}均有所${RUN[steady]}。`,
    );
  }
  return sentences.join('');
}

/** ["较2024年下半年", "逆差扩大7.7亿美元"]. */
function callout(change: LatestChange, settings: Settings): [string, string] {
  const { latest, previous, move } = change;
  const by = money(Math.abs(latest.value - previous.value), settings, unitFor(latest.value, settings));
  const text: Record<Move, string> = {
    widened: `逆差扩大${by}`,
    narrowed: `逆差收窄${by}`,
    grew: `顺差扩大${by}`,
    shrank: `顺差收窄${by}`,
    unchanged: '持平',
    'to-surplus': previous.value < 0 ? '由逆差转为顺差' : '转为顺差',
    'to-deficit': previous.value > 0 ? '由顺差转为逆差' : '转为逆差',
    'to-zero': '差额为零',
  };
  return [`较${periodName(previous.period, settings.lang)}`, text[move]];
}

export const trend: TrendWording = {
  summary,
  callout,
  key: {
    dashes: ['实线', '虚线', '点线'],
    series: (line, first, lines) => `${line ? '粗线' : '柱形'}：${first}（零线以下为逆差，以上为顺差）。折线：${lines}。`,
    provisionalPoints: '空心点为初步数据。',
    provisionalBars: '斜线柱形为初步数据。',
    gaps: '阴影部分为未公布数据的时期（并非为零）。',
  },
};
