/**
 * The Japanese pack, as Japanese newspapers write (plain である/だ style, Arabic digits in
 * horizontal text):
 * - Money: figure + myriad unit + currency word, no space: 45.3億ドル, 3.1兆円, 4530億ウォン
 *   (万 10⁴, 億 10⁸, 兆 10¹²; no unit word below 万). Kyodo wire copy: "2513億ドル",
 *   "1兆2409億ドル" (news.livedoor.com/topics/detail/29632540, /30620458); Kyodo's 記者
 *   ハンドブック: unit words 万・億・兆, "千" only for round figures (quoted at
 *   8089.co.jp/worker/?p=4207). Long style spells two myriad groups, 45億3000万ドル,
 *   4兆5300億円: Nikkei's digits (Kyodo would print 45億3千万ドル: "72億4千万ドル",
 *   minyu-net.com KD2017050401001309); Nikkei's choice is from our own knowledge of its pages.
 * - Currency words (円, ドル, ユーロ, ウォン, 元, ポンド, 豪ドル...): Nikkei's and Kyodo's usage.
 * - Minus: U+2212 on axes and in tables. Nikkei's and the ministries' tables also print ▲ or
 *   △ for a negative figure; a newsroom that wants it registers `{ ...pack, numbers: { ...numbers, minus: '▲' } }`.
 * - Periods: a calendar half as its months, 2025年1〜6月, because 上期/上半期 alone is the
 *   fiscal half (4〜9月) in Nikkei's company and 年度 coverage ("今年度上半期(4月~9月)",
 *   mb.epochtimes.jp/2024/10/257573); papers spell the months even after 上半期: Kyodo
 *   "2019年上半期(1~6月)の国際収支" (iwate-np.co.jp/article/kyodo/2019/8/8/319809).
 *   Quarters 2025年4〜6月期, as GDP and balance-of-payments copy prints them (wire copy:
 *   "2025年4〜6月期の国内総生産", news.livedoor.com/topics/detail/29373073; Kyodo
 *   "4〜6月期の…経常収支", /29632540); months 2025年7月. Nikkei prints the same forms (our
 *   own knowledge of its pages).
 *   The range mark is 〜 (U+301C), as Kyodo prints it. Axes shorten the year: 25年4〜6月期.
 * - "Provisional" is 速報 (速報値), the word of the Ministry of Finance's releases.
 * - "Of which" rows are うち (内数), notes 注, the source 出所: Nikkei's chart captions, from
 *   our own knowledge of them.
 */
import type { LanguagePack } from '../pack.js';
import type { Messages } from '../../format/messages.js';
import { drivers } from './drivers.js';
import { numbers } from './numbers.js';
import { periods } from './periods.js';
import { regions } from './regions.js';
import { trend } from './trend.js';

const messages: Messages = {
  showTable: '表を表示',
  hideTable: '表を閉じる',
  getData: 'データを取得',
  downloadPng: 'PNGで保存',
  downloadSvg: 'SVGで保存',
  retry: '再試行',
  loading: 'グラフを読み込んでいます…',
  noData: '表示するデータがありません',
  notPublished: '未公表',
  provisional: '速報値',
  provisionalName: (name) => `${name}（速報）`,
  provisionalNote: (names) => `${names}は速報値。`,
  source: '出所',
  notes: '注',
  derived: '算出値',
  period: '期間',
  value: '金額',
  previous: '前期',
  change: '増減',
  share: '構成比',
  total: '合計',
  category: '項目',
  notApplicable: '該当なし',
  noNote: 'なし',
  yes: 'はい',
  errorPrefix: 'グラフを表示できません',
  sentenceGap: '', // No space after 。 (JIS X 4051; Japanese typesetting).
  keyboardHint: '矢印キーで項目を移動し、Enterキーで選択します',
  surplus: '黒字',
  deficit: '赤字',
  balance: '収支',
  chartLabel: (title) => (title ? `グラフ：${title}` : 'グラフ'),
  current: (label, value) => `${label}：${value}`,
  selected: (label, value) => `${label}：${value}（選択中）`,
  // Full-width brackets, colon and semicolon with no space, the enumeration comma 、 between
  // items (JIS X 4051, 日本語文書の組版方法: 括弧類, 中点類 ：；, 読点類 、).
  note: (text, note) => `${text}（${note}）`,
  labelled: (label, value) => `${label}：${value}`,
  list: (items) => items.join('、'),
  clauses: (items) => items.join('；'),
};

export const pack: LanguagePack = { locale: 'ja-JP', dir: 'ltr', messages, numbers, periods, trend, drivers, regions };
