/**
 * The trend's Japanese wording: the summary, the callout by the latest bar and the key.
 * Part of the Japanese pack (./index.ts), loaded only for a Japanese widget.
 */
import type { Granularity, TrendSection } from '../../data/types.js';
import type { Settings } from '../../base/contracts.js';
import { periodName } from '../../data/periods.js';
import { pickText } from '../../data/text.js';
import { money, unitFor } from '../../widgets/common.js';
import { moveOf, sentenceFormat, steadyMove, type LatestChange, type Move, type Point } from '../../widgets/deficit-trend/facts.js';
import type { TrendWording } from '../../widgets/deficit-trend/wording.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** "Every period", when none is missing, and the step's name for "every period with a figure". */
const EVERY: Record<Granularity, string> = { year: '毎年', half: '半期ごとに', quarter: '四半期ごとに', month: '毎月' };
const STEP: Record<Granularity, string> = { year: '年', half: '半期', quarter: '四半期', month: '月' };

/** The verb of a longer run; a move without one is no steady run. */
const RUN: Partial<Record<Move, string>> = { widened: '拡大', narrowed: '縮小', grew: '拡大', shrank: '縮小' };

/** "サービス収支の赤字": a Japanese label ending in 収支 is kept whole; otherwise the bare word. */
function subjects(section: TrendSection) {
  const label = pickText(section.series[0]?.label, 'ja').trim();
  const head = JAPANESE.test(label) && /収支$/.test(label) ? label : '';
  return {
    deficit: head ? `${head}の赤字` : '赤字',
    surplus: head ? `${head}の黒字` : '黒字',
    balance: head || '収支',
  };
}

/** "45.3億ドルの赤字", "1.8億ドルの黒字", "ゼロ". */
function kind(value: number, fmt: (v: number) => string): string {
  if (value === 0) return 'ゼロ';
  return `${fmt(value)}の${value < 0 ? '赤字' : '黒字'}`;
}

function summary(section: TrendSection, settings: Settings, points: readonly Point[]): string {
  const { abs, name, when } = sentenceFormat(settings, section, '（速報）');
  const s = subjects(section);
  const latest = points.at(-1)!;
  const previous = points.at(-2);
  if (!previous) return `${s.balance}は${when(latest.period)}に${kind(latest.value, abs)}だった。`;
  const unit = (v: number) => abs(v, latest.value);
  const move = moveOf(previous.value, latest.value);
  const gap = latest.period.ordinal - previous.period.ordinal > 1;
  // "2024年7〜12月"; after a gap: "直近の公表値である2024年4〜6月期".
  const from = `${gap ? '直近の公表値である' : ''}${name(previous.period)}`;
  const w = when(latest.period);
  const to = unit(latest.value);
  // "…に45.3億ドルと、2024年7〜12月（37.6億ドル）から7.7億ドル拡大した。"
  const changed = (subject: string, verb: string) =>
    `${subject}は${w}に${to}と、${from}（${unit(previous.value)}）から${unit(latest.value - previous.value)}${verb}した。`;
  // A sign change states no amount of change: each value keeps its own unit.
  const turned = (outcome: string) => `${s.balance}は${w}に${outcome}（${from}は${kind(previous.value, abs)}）。`;
  const first: Record<Move, string> = {
    widened: changed(s.deficit, '拡大'),
    narrowed: changed(s.deficit, '縮小'),
    grew: changed(s.surplus, '拡大'),
    shrank: changed(s.surplus, '縮小'),
    unchanged:
      latest.value === 0
        ? `${s.balance}は${w}もゼロで、${from}と変わらなかった。`
        : `${latest.value < 0 ? s.deficit : s.surplus}は${w}に${to}と、${from}と同額だった。`,
    'to-surplus': turned(`${to}の黒字に転じた`),
    'to-deficit': turned(`${to}の赤字に転落した`),
    'to-zero': turned('ゼロとなった'),
  };
  const sentences = [first[move]];
  const start = points[0]!;
  if (start !== previous) {
    const steady = steadyMove(points);
    const granularity = start.period.granularity;
    const every = points.length === latest.period.ordinal - start.period.ordinal + 1 ? EVERY[granularity] : `数値が公表された${STEP[granularity]}ごとに`;
    const word = steady === 'grew' || steady === 'shrank' ? '黒字' : '赤字';
    sentences.push(
      steady
        ? `${word}は${name(start.period)}（${abs(start.value)}）以降、${every}${RUN[steady]}している。`
        : `最初の公表値である${name(start.period)}は${kind(start.value, abs)}だった。`,
    );
  }
  // Japanese sentences follow each other without a space.
  return sentences.join('');
}

/** ["2024年7〜12月比", "赤字7.7億ドル拡大"]: a chart caption's terse headline style. */
function callout(change: LatestChange, settings: Settings): [string, string] {
  const { latest, previous, move } = change;
  const by = money(Math.abs(latest.value - previous.value), settings, unitFor(latest.value, settings));
  const from = periodName(previous.period, settings.lang);
  const text: Record<Move, string> = {
    widened: `赤字${by}拡大`,
    narrowed: `赤字${by}縮小`,
    grew: `黒字${by}拡大`,
    shrank: `黒字${by}縮小`,
    unchanged: '同額',
    'to-surplus': '黒字に転換',
    'to-deficit': '赤字に転落',
    'to-zero': '収支ゼロに',
  };
  // A sign change is "from" the earlier period, a change of size "against" it (比).
  const lead = move === 'to-surplus' || move === 'to-deficit' || move === 'to-zero' ? `${from}から` : `${from}比`;
  return [lead, text[move]];
}

export const trend: TrendWording = {
  summary,
  callout,
  key: {
    dashes: ['実線', '破線', '点線'],
    series: (line, first, lines) => `${line ? '太線' : '棒'}：${first}（0より下は赤字、上は黒字）。線：${lines}。`,
    provisionalPoints: '白抜きの点は速報値。',
    provisionalBars: '斜線の棒は速報値。',
    gaps: '網掛けの期間は数値が公表されていない（ゼロではない）。',
  },
};
