/**
 * The driver breakdown's Japanese wording: the summary, the bridge's labels, changes and the key.
 * Part of the Japanese pack (./index.ts), loaded only for a Japanese widget.
 */
import { signedMoney } from '../../widgets/common.js';
import type { Amount, DriverWording, Kind } from '../../widgets/driver-breakdown/wording.js';

const KIND: Record<Kind, string> = { deficit: '赤字', surplus: '黒字', balance: '収支均衡' };

/** "12億ユーロの赤字", "ゼロ". */
const amountJa = ({ kind, amount }: Amount) => (kind === 'balance' ? 'ゼロ' : `${amount}の${KIND[kind]}`);

/** "3000万ドルの黒字", or "収支均衡" for a balance at zero. */
const state = (kind: Kind, amount: string) => (kind === 'balance' ? KIND.balance : `${amount}の${KIND[kind]}`);

export const drivers: DriverWording = {
  sentences: {
    swung: (label, when, was, previous, is, value) =>
      `${when}に最も大きく動いたのは${label}で、${state(was, previous)}から${state(is, value)}に転じた。`,
    moved: (label, when, is, grew, change, value) =>
      `${when}に最も大きく動いたのは${label}で、${KIND[is]}が${change}${grew ? '拡大' : '縮小'}し${value}となった。`,
    balanced: (when) => `${when}はすべての項目で収支が均衡した。`,
    largest: (label, when, kind, amount) => `${when}に最も大きかったのは${label}で、${amount}の${KIND[kind]}だった。`,
    other: (label, when, listed, total, value) =>
      `${when}は掲載した項目の合計が${amountJa(listed)}、公表された総額が${amountJa(total)}で、その差の${amountJa(value)}を${label}とした。`,
  },
  bridge: (before, now) => ({
    start: `${before}の合計`,
    end: `${now}の合計`,
    rounding: '端数調整',
    missing: (labels) => `増減不明：${labels.join('、')}`,
    other: 'その他',
  }),
  noChange: '増減なし',
  // The value beside a change carries the currency word, so the change drops it: "−10.1億".
  change: (change, settings, unit, short) => signedMoney(change, settings, unit, short),
  balanceKey: (before, now, hasChildren) =>
    `棒は${now}、目盛りは${before}、かっこ内は${before}からの増減。${hasChildren ? '字下げした項目は直上の項目の内数（合計には加えない）。' : ''}`,
  bridgeKey: (before, now, hasChildren) =>
    `${before}の合計から${now}の合計まで、項目ごとの増減を順に積み上げた。${hasChildren ? '内数の項目は積み上げていない。' : ''}`,
  unknownChange: (labels) => `${labels}は一方の期間の数値がなく、増減を示せない`,
  mismatch: (period, sum, total) => `${period}は項目の合計が${sum}、公表された総額が${total}`,
  residual: (parts) => `調整分の内訳：${parts}。`,
  ofWhich: (label) => `うち${label}`,
  otherNote: '公表された総額から掲載した項目を差し引いた値',
  hatched: '斜線',
};
