/**
 * The Simplified Chinese pack, as mainland newspapers (Xinhua, People's Daily, Caixin) print
 * trade figures. Conventions and where they come from:
 * - Money: the figure in myriad units 万 10⁴, 亿 10⁸, 万亿 10¹² (never 兆, which is Taiwan's
 *   and Japan's 10¹², and means 10⁶ on the mainland), the currency as a word right after it,
 *   no space: 45.3亿美元, 1.44万亿日元, 8425亿日元. GB/T 15835-2011 《出版物上数字用法》 (and
 *   GB/T 15835-1995 §8.3.2: non-technical texts write large values with 万 and 亿 as units;
 *   §7.1's examples 45.6万元, 290亿英镑); Xinhua copy, e.g. 新华社东京2022年8月17日电
 *   "7月贸易逆差达1.44万亿日元"; SAFE's releases "服务贸易逆差1021亿美元".
 * - Currency words: Xinhua's 美元, 欧元, 日元, 韩元, 英镑, 港元, 澳元, 加元; renminbi as 元
 *   (3.5万亿元), as the domestic press writes it. Other codes: CLDR's Chinese name (瑞士法郎).
 * - Long style: Chinese has no abbreviated magnitude (亿 is the word itself), so long is short.
 * - Periods: 2025年上半年, 2025年第二季度, 2025年7月, 2025年 (Xinhua, NBS; NBS tables also
 *   write 二季度, and 1—6月 for the first half: both are read). Axes: 25年二季度.
 * - Deficit and surplus: 逆差 and 顺差; sentences start with the period, then a comma
 *   (Xinhua's "上半年，我国经常账户顺差1468亿美元"); lists use 顿号 and 和: 亚洲、欧洲和北美
 *   (GB/T 15834-2011 《标点符号用法》 §4.5); brackets are full-width （）.
 * The sentence forms are from the lead's brief and my own knowledge of that press.
 */
import type { LanguagePack } from '../pack.js';
import type { Messages } from '../../format/messages.js';
import type { NumberWords } from '../../format/money.js';
import { drivers } from './drivers.js';
import { periods } from './periods.js';
import { regions } from './regions.js';
import { trend } from './trend.js';

const messages: Messages = {
  showTable: '显示表格',
  hideTable: '隐藏表格',
  getData: '下载数据',
  downloadPng: '下载PNG图片',
  downloadSvg: '下载SVG图片',
  retry: '重试',
  loading: '图表加载中…',
  noData: '暂无数据',
  notPublished: '未公布',
  provisional: '初步数据',
  provisionalName: (name) => `${name}（初步数据）`,
  provisionalNote: (names) => `${names}为初步数据。`,
  source: '资料来源',
  notes: '注',
  derived: '推算值',
  period: '时间',
  value: '金额',
  previous: '上期',
  change: '增减',
  share: '占比',
  total: '合计',
  category: '类别',
  notApplicable: '不适用',
  noNote: '无',
  yes: '是',
  errorPrefix: '图表无法显示',
  sentenceGap: '', // No space after 。 (GB/T 15834-2011: full-width stops take no space).
  keyboardHint: '用方向键在各项之间移动，按回车键选择',
  surplus: '顺差',
  deficit: '逆差',
  balance: '差额',
  chartLabel: (title) => (title ? `图表：${title}` : '图表'),
  current: (label, value) => `${label}：${value}`,
  selected: (label, value) => `已选中${label}：${value}`,
  // GB/T 15834-2011 标点符号用法: full-width brackets （）, colon ： and semicolon ；
  // between clauses (4.6), the enumeration comma 、 between items of one kind (4.5), no spaces.
  note: (text, note) => `${text}（${note}）`,
  labelled: (label, value) => `${label}：${value}`,
  list: (items) => items.join('、'),
  clauses: (items) => items.join('；'),
};

// Xinhua's short names; renminbi is 元 in domestic copy ("3.5万亿元").
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  USD: '美元', EUR: '欧元', JPY: '日元', KRW: '韩元', CNY: '元', GBP: '英镑', HKD: '港元', AUD: '澳元', CAD: '加元',
};

const HAN = /\p{Script=Han}/u;
const names = new Map<string, string>();

/** The Chinese word for a currency (`USD` → 美元); else CLDR's Chinese name (`CHF` → 瑞士法郎); else the code. */
export function currencyWord(currency: string): string {
  const code = currency.toUpperCase();
  const word = CURRENCY_WORDS[code];
  if (word) return word;
  let name = names.get(code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames('zh-CN', { type: 'currency', fallback: 'code' }).of(code) ?? currency;
    } catch {
      name = currency; // not a well-formed ISO 4217 code: show it as given
    }
    if (!HAN.test(name)) name = currency;
    names.set(code, name);
  }
  return name;
}

const numbers: NumberWords = {
  units: [
    { size: 1e4, short: '万', long: '万' },
    { size: 1e8, short: '亿', long: '亿' },
    { size: 1e12, short: '万亿', long: '万亿' },
  ],
  // "−45.3亿美元": no space anywhere; long is the same, 亿 being already a word.
  money: ({ sign, figure, unit, currency }) => `${sign}${figure}${unit?.short ?? ''}${currencyWord(currency)}`,
  // The currency word is in the axis title: "−40亿".
  tick: ({ sign, figure, unit }) => `${sign}${figure}${unit?.short ?? ''}`,
  // "亿美元", as a chart's "单位：亿美元" line and a table header write it.
  unitTitle: (unit, currency) => `${unit?.short ?? ''}${currencyWord(currency)}`,
  minus: '\u2212',
  // Four-digit figures stay whole (8425亿), as GB/T 15835 §8.1.2 allows and the mainland press prints.
  useGrouping: 'min2',
};

export const pack: LanguagePack = { locale: 'zh-CN', dir: 'ltr', messages, numbers, periods, trend, drivers, regions };
