/**
 * The driver breakdown's Chinese wording: the summary, the bridge's labels, changes and the key.
 * Part of the Chinese pack (./index.ts), loaded only for a Chinese widget.
 */
import { signedMoney } from '../../widgets/common.js';
import type { Amount, DriverWording, Kind } from '../../widgets/driver-breakdown/wording.js';

const KIND: Record<Kind, string> = { deficit: '逆差', surplus: '顺差', balance: '收支平衡' };

/** "逆差12亿欧元", "零": as SAFE writes "旅行差额为逆差70亿美元". */
const amountZh = ({ kind, amount }: Amount) => (kind === 'balance' ? '零' : `${KIND[kind]}${amount}`);

/** "顺差0.3亿美元", "收支平衡". */
const side = (kind: Kind, amount: string) => (kind === 'balance' ? KIND.balance : `${KIND[kind]}${amount}`);

export const drivers: DriverWording = {
  sentences: {
    swung: (label, when, was, previous, is, value) =>
      `${when}，变动最大的是${label}，由${side(was, previous)}转为${side(is, value)}。`,
    // "逆差扩大10.1亿美元至24.5亿美元", as Xinhua's "出口额同比增长19.0%至8.75万亿日元".
    moved: (label, when, is, grew, change, value) =>
      `${when}，变动最大的是${label}，${is === 'balance' ? '差额' : KIND[is]}${grew ? '扩大' : '收窄'}${change}至${value}。`,
    balanced: (when) => `${when}，各类别差额均为零。`,
    largest: (label, when, kind, amount) => `${when}，各类别中${label}差额最大，为${side(kind, amount)}。`,
    other: (label, when, listed, total, value) =>
      `${when}，所列类别合计为${amountZh(listed)}，公布总额为${amountZh(total)}，${label}为二者之差（${amountZh(value)}），系推算值。`,
  },
  bridge: (before, now) => ({
    start: `${before}合计`,
    end: `${now}合计`,
    rounding: '四舍五入差异',
    missing: (labels) => `变动不详：${labels.join('、')}`,
    other: '其他',
  }),
  noChange: '持平',
  // Beside a value that carries the currency word, a change drops it, as a tick does: "−10.1亿".
  change: (change, settings, unit, short) => signedMoney(change, settings, unit, short),
  balanceKey: (before, now, hasChildren) =>
    `柱形为${now}数据，刻度线为${before}数据，括号内为较${before}的增减。${hasChildren ? '缩进的行为上一行的“其中”项（不重复计入）。' : ''}`,
  bridgeKey: (before, now, hasChildren) =>
    `从${before}合计到${now}合计，按类别逐项列示增减。${hasChildren ? '“其中”项不单独列示。' : ''}`,
  unknownChange: (labels) => `${labels}缺少其中一期数据，无法计算增减`,
  mismatch: (period, sum, total) => `${period}各类别合计为${sum}，公布总额为${total}`,
  residual: (parts) => `余项说明：${parts}。`,
  ofWhich: (label) => `其中：${label}`,
  otherNote: '公布总额减去所列类别',
  hatched: '斜线',
};
