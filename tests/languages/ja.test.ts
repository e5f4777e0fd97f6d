/**
 * The Japanese pack: money, periods and every widget's sentences as Japanese newspapers
 * print them. Each convention's source is named beside it (and in src/languages/ja/index.ts).
 */
import { expect } from '@esm-bundle/chai';
import { languagePack } from '../../src/languages/index.js';
import { formatAxisMoney, formatMoney, formatPercent, moneyUnit, unitLabel } from '../../src/format/money.js';
import { messages } from '../../src/format/messages.js';
import { parsePeriodCode, parsePeriodName, partName, periodName, periodShortName } from '../../src/data/periods.js';
import { parseBuiltInPeriodName } from '../../src/data/period-names.js';
import { changeCallout, latestChange, trendSummary } from '../../src/widgets/deficit-trend/summary.js';
import { driversSummary } from '../../src/widgets/driver-breakdown/summary.js';
import { regionsSummary } from '../../src/widgets/region-split/summary.js';
import { trendView } from '../../src/widgets/deficit-trend/view.js';
import { driversView } from '../../src/widgets/driver-breakdown/view.js';
import { settings as trendSettings, trend } from '../widgets/deficit-trend/fixtures.js';
import { section as driversSection, seed, seedRaw, settings as driverSettings } from '../widgets/driver-breakdown/fixtures.js';
import { section as regionsSection, settings as regionSettings } from '../widgets/region-split/fixtures.js';
import { punctuation } from './punctuation.js';

const M = '\u2212'; // the minus sign readers see
const p = (code: string) => parsePeriodCode(code)!;
// No English word may leak into a Japanese sentence.
const ENGLISH = /\b(deficit|surplus|balance|the|and|in|from|to|of)\b|[A-Za-z]{2,}/;

before(async () => {
  await languagePack('ja');
});

describe('ja: money', () => {
  // Kyodo/Nikkei: figure, myriad unit, currency word, no space ("2513億ドル", "3.1兆円").
  it('writes the figure, 万/億/兆 and the currency word with no space', () => {
    expect(formatMoney(-4.53e9, 'USD', 'ja', { unit: 1e8, decimals: 1 })).to.equal(`${M}45.3億ドル`);
    expect(formatMoney(-4.53e9, 'USD', 'ja', { unit: 1e8, decimals: 2 })).to.equal(`${M}45.30億ドル`);
    expect(formatMoney(3.1e12, 'JPY', 'ja')).to.equal('3.1兆円');
    expect(formatMoney(4.53e11, 'KRW', 'ja')).to.equal('4530億ウォン');
    expect(formatMoney(1.2e9, 'EUR', 'ja')).to.equal('12億ユーロ');
    expect(formatMoney(3e11, 'CNY', 'ja')).to.equal('3000億元');
    expect(formatMoney(5e8, 'GBP', 'ja')).to.equal('5億ポンド');
    expect(formatMoney(8e7, 'USD', 'ja')).to.equal('8000万ドル');
    expect(formatMoney(950, 'USD', 'ja')).to.equal('950ドル');
    expect(formatMoney(1.2e9, 'CHF', 'ja')).to.equal('12億スイスフラン');
    // A currency without a Japanese word keeps its ISO code, after the figure.
    expect(formatMoney(1.2e9, 'NOK', 'ja')).to.equal('12億\u00a0NOK');
  });
  it('counts in myriads: 億 up to 9999億, then 兆', () => {
    expect([9990, 1e4, 4.53e9, 9999.5e8, 6.26e12].map((v) => moneyUnit(v, 'ja'))).to.deep.equal([1, 1e4, 1e8, 1e12, 1e12]);
    expect(formatMoney(9999.5e8, 'JPY', 'ja')).to.equal('1兆円');
  });
  // Nikkei's body text spells two myriad groups: 45億3000万ドル, 4兆5300億円 (Kyodo: 45億3千万).
  it('spells the units in long style', () => {
    expect(formatMoney(-4.53e9, 'USD', 'ja', { unit: 1e8, decimals: 2, style: 'long' })).to.equal(`${M}45億3000万ドル`);
    expect(formatMoney(4.53e12, 'JPY', 'ja', { unit: 1e12, decimals: 2, style: 'long' })).to.equal('4兆5300億円');
    expect(formatMoney(6.26e12, 'KRW', 'ja', { style: 'long' })).to.equal('6兆2600億ウォン');
    expect(formatMoney(4.5e9, 'USD', 'ja', { style: 'long' })).to.equal('45億ドル');
    // Below the chart's unit, and rounding up into the next unit.
    expect(formatMoney(3e11, 'JPY', 'ja', { unit: 1e12, decimals: 1, style: 'long' })).to.equal('3000億円');
    expect(formatMoney(9999.99e8, 'JPY', 'ja', { unit: 1e12, decimals: 2, style: 'long' })).to.equal('1兆円');
    expect(formatMoney(12345, 'USD', 'ja', { style: 'long', digits: 5 })).to.equal('1万2345ドル');
    expect(formatMoney(0, 'USD', 'ja', { unit: 1e8, decimals: 1, style: 'long' })).to.equal('0ドル');
  });
  it('writes zero without a unit, or in the chart scale beside its other amounts', () => {
    expect(formatMoney(0, 'USD', 'ja')).to.equal('0ドル');
    expect(formatMoney(0, 'USD', 'ja', { unit: 1e8, decimals: 1 })).to.equal('0.0億ドル');
  });
  // Nikkei's charts name the unit over the axis ("億ドル") and print bare figures on the ticks.
  it('writes ticks without the currency, which the axis title names', () => {
    expect(formatAxisMoney(-4e9, 'USD', 'ja', 1e8)).to.equal(`${M}40億`);
    expect(formatAxisMoney(0, 'USD', 'ja', 1e8)).to.equal('0');
    expect(formatAxisMoney(2.5e12, 'JPY', 'ja', 1e12)).to.equal('2.5兆');
    expect(unitLabel(1e8, 'USD', 'ja')).to.equal('億ドル');
    expect(unitLabel(1e12, 'JPY', 'ja')).to.equal('兆円');
    expect(unitLabel(1, 'USD', 'ja')).to.equal('ドル');
    expect(formatPercent(-0.7734, 'ja')).to.equal(`${M}77.3%`);
  });
});

describe('ja: periods', () => {
  // Nikkei/Kyodo: a calendar half by its months (上半期 alone is often the fiscal 4〜9月),
  // quarters 4〜6月期, months 7月; the year shortened to two digits on crowded axes.
  it('names halves by their months, quarters as 〜月期', () => {
    expect(['2025H1', '2025H2', '2025Q2', '2025Q4', '2025-07', '2025'].map((c) => periodName(p(c), 'ja'))).to.deep.equal([
      '2025年1〜6月', '2025年7〜12月', '2025年4〜6月期', '2025年10〜12月期', '2025年7月', '2025年',
    ]);
    expect(['2025H1', '2025Q2', '2025-07', '2025'].map((c) => periodShortName(p(c), 'ja'))).to.deep.equal(['25年1〜6月', '25年4〜6月期', '25年7月', '2025年']);
    expect(['2025H2', '2025Q3', '2025-12'].map((c) => partName(p(c), 'ja'))).to.deep.equal(['7〜12月', '7〜9月期', '12月']);
  });
  it('reads how Japanese tables write periods', () => {
    const read = (text: string) => (parsePeriodName(text) ?? parseBuiltInPeriodName(text))?.code ?? null;
    expect(['2025年1〜6月', '2025年7～12月', '2025年上半期', '2025年下期', '2019年上半期(1~6月)', '2025年1〜6月期'].map(read)).to.deep.equal([
      '2025H1', '2025H2', '2025H1', '2025H2', '2019H1', '2025H1',
    ]);
    expect(['2025年4〜6月期', '2025年10-12月', '2025年第3四半期', '２０２５年１〜３月期'].map(read)).to.deep.equal(['2025Q2', '2025Q4', '2025Q3', '2025Q1']);
    expect(['2025年7月', '2025年 12月', '2025年', '令和7年上半期', '令和元年'].map(read)).to.deep.equal(['2025-07', '2025-12', '2025', '2025H1', '2019']);
    // A fiscal year (年度) is not a calendar period; nor is a range that is no half or quarter.
    expect(['2025年度', '2025年度上期', '2025年2〜4月', '2025年13月', '2025年第5四半期'].map(read)).to.deep.equal([null, null, null, null, null]);
  });
});

describe('ja: messages', () => {
  it('has Japanese table headers and error text', () => {
    const m = messages('ja');
    expect([m.period, m.value, m.previous, m.change, m.share, m.total, m.category]).to.deep.equal(['期間', '金額', '前期', '増減', '構成比', '合計', '項目']);
    expect(m.errorPrefix).to.equal('グラフを表示できません');
    // The Ministry of Finance's word for a provisional release: 速報.
    expect(m.provisionalName('2025年1〜6月')).to.equal('2025年1〜6月（速報）');
    expect(m.provisionalNote('2025年1〜6月')).to.equal('2025年1〜6月は速報値。');
  });
});

describe('ja: deficit-trend summary', () => {
  const ja = trendSettings({ lang: 'ja' });
  const knowledge = () =>
    trend({
      periods: ['2023H1', '2023H2', '2024H1', '2024H2', '2025H1'],
      series: [{ id: 'balance', label: { en: 'Knowledge-services balance', ja: '知識サービス収支' }, values: [-27.2, null, -35.0, -37.6, -45.3] }],
      provisional: ['2025H1'],
    });

  // Nikkei/Kyodo news style: "赤字額は…となり、前期より…減った", である/だ endings.
  it('states a widening deficit, the comparison period and the longer run', () => {
    const summary = trendSummary(knowledge(), ja);
    expect(summary).to.equal(
      '知識サービス収支の赤字は2025年1〜6月（速報）に45.3億ドルと、2024年7〜12月（37.6億ドル）から7.7億ドル拡大した。' +
        '赤字は2023年1〜6月（27.2億ドル）以降、数値が公表された半期ごとに拡大している。',
    );
    expect(summary).not.to.match(ENGLISH);
    expect(changeCallout(latestChange(knowledge(), 'USD')!, ja)).to.deep.equal(['2024年7〜12月比', '赤字7.7億ドル拡大']);
  });

  it('names the last published figure across a gap', () => {
    const section = trend({ periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'Balance', values: [-20, -30, null, -25] }] });
    expect(trendSummary(section, ja)).to.equal(
      '赤字は2024年10〜12月期に25億ドルと、直近の公表値である2024年4〜6月期（30億ドル）から5億ドル縮小した。最初の公表値である2024年1〜3月期は20億ドルの赤字だった。',
    );
  });

  it('says every year when none is missing', () => {
    const section = trend({ periods: ['2021', '2022', '2023'], series: [{ label: { en: 'Trade balance', ja: '貿易収支' }, values: [-1, -2, -3] }] });
    expect(trendSummary(section, ja)).to.equal('貿易収支の赤字は2023年に3億ドルと、2022年（2億ドル）から1億ドル拡大した。赤字は2021年（1億ドル）以降、毎年拡大している。');
  });

  it('turns to surplus and to deficit, each amount in its own unit', () => {
    const toSurplus = trend({ periods: ['2022', '2023'], series: [{ label: { en: 'IP trade balance', ja: '知的財産権の貿易収支' }, values: [-11.1, 1.8] }] });
    const summary = trendSummary(toSurplus, ja);
    expect(summary).to.equal('知的財産権の貿易収支は2023年に1.8億ドルの黒字に転じた（2022年は11.1億ドルの赤字）。');
    expect(summary).not.to.match(ENGLISH);
    expect(changeCallout(latestChange(toSurplus, 'USD')!, ja)).to.deep.equal(['2022年から', '黒字に転換']);
    const toDeficit = trend({ periods: ['2022', '2023'], series: [{ label: 'Balance', values: [2, -3] }] });
    expect(trendSummary(toDeficit, ja)).to.equal('収支は2023年に3億ドルの赤字に転落した（2022年は2億ドルの黒字）。');
    expect(changeCallout(latestChange(toDeficit, 'USD')!, ja)).to.deep.equal(['2022年から', '赤字に転落']);
    const toZero = trend({ periods: ['2022', '2023'], series: [{ label: 'Balance', values: [2, 0] }] });
    expect(trendSummary(toZero, ja)).to.equal('収支は2023年にゼロとなった（2022年は2億ドルの黒字）。');
  });

  // One unit per sentence (the latest value's): 0.5億ドル, not 5000万ドル, beside 1.5億ドル.
  it('shrinking surpluses, one point, unchanged values', () => {
    const shrank = trend({ periods: ['2022', '2023', '2024'], series: [{ label: 'Services balance', values: [1, 2, 1.5] }] });
    expect(trendSummary(shrank, ja)).to.equal('黒字は2024年に1.5億ドルと、2023年（2.0億ドル）から0.5億ドル縮小した。最初の公表値である2022年は1.0億ドルの黒字だった。');
    const one = trend({ periods: ['2025H1'], series: [{ label: { ja: '知識サービス収支' }, values: [-45.3] }] });
    expect(trendSummary(one, ja)).to.equal('知識サービス収支は2025年1〜6月に45.3億ドルの赤字だった。');
    const same = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-5, -5] }] });
    expect(trendSummary(same, ja)).to.equal('赤字は2025年に5億ドルと、2024年と同額だった。');
    expect(changeCallout(latestChange(same, 'USD')!, ja)).to.deep.equal(['2024年比', '同額']);
    const zero = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [0, 0] }] });
    expect(trendSummary(zero, ja)).to.equal('収支は2025年もゼロで、2024年と変わらなかった。');
  });

  it('writes yen and won in 兆', () => {
    const yen = trend({ periods: ['2024', '2025'], series: [{ label: { ja: '貿易収支' }, values: [-3, -11.5] }] }, { JPY: { scale: 1e12 } });
    expect(trendSummary(yen, trendSettings({ lang: 'ja', currency: 'JPY' }))).to.equal('貿易収支の赤字は2025年に11.5兆円と、2024年（3.0兆円）から8.5兆円拡大した。');
    const won = trend({ periods: ['2024', '2025'], series: [{ label: { ja: 'サービス収支' }, values: [-5, -6.26] }] }, { KRW: { scale: 1e12 } });
    expect(trendSummary(won, trendSettings({ lang: 'ja', currency: 'KRW' }))).to.equal('サービス収支の赤字は2025年に6.26兆ウォンと、2024年（5.00兆ウォン）から1.26兆ウォン拡大した。');
  });
});

const JA_LABELS: Record<string, string> = {
  'ip-fees': '知的財産権等使用料',
  'industrial-property': '産業財産権',
  copyright: '著作権',
  ict: '通信・コンピューター・情報サービス',
  'culture-leisure': '個人・文化・娯楽サービス',
  'business-services': 'その他業務サービス',
  rnd: '研究開発サービス',
};

type RawItem = { id: string; label: Record<string, string>; children?: RawItem[] };
const inJapanese = (items: RawItem[]): RawItem[] =>
  items.map((item) => ({ ...item, label: { ...item.label, ja: JA_LABELS[item.id]! }, ...(item.children ? { children: inJapanese(item.children) } : {}) }));

describe('ja: driver-breakdown summary', () => {
  const ja = driverSettings({ lang: 'ja' });

  it('names the category that moved most', () => {
    const seed = driversSection({ ...seedRaw, items: inJapanese(seedRaw.items as RawItem[]) });
    const summary = driversSummary(seed, ja);
    expect(summary).to.equal('2025年1〜6月に最も大きく動いたのは知的財産権等使用料で、赤字が10.1億ドル拡大し24.5億ドルとなった。');
    expect(summary).not.to.match(ENGLISH);
  });

  it('says a swing from surplus to deficit', () => {
    const swung = driversSection({
      period: '2025Q1', previous: '2024Q4',
      items: [
        { id: 'a', label: { en: 'Alpha', ja: '輸送' }, value: 0.1, previousValue: 0.2 },
        { id: 'g', label: { en: 'Gamma', ja: '旅行' }, value: -0.8, previousValue: 0.3 },
      ],
    });
    expect(driversSummary(swung, ja)).to.equal('2025年1〜3月期に最も大きく動いたのは旅行で、3000万ドルの黒字から8000万ドルの赤字に転じた。');
  });

  it('derives "Other" from the published total', () => {
    const partial = driversSection({
      period: '2025-03', previous: '2025-02', total: -2.3, previousTotal: -1.5,
      items: [
        { id: 'transport', label: { en: 'Transport', ja: '輸送' }, value: -2.4, previousValue: -2.0 },
        { id: 'travel', label: { en: 'Travel', ja: '旅行' }, value: 0.9, previousValue: 1.1 },
      ],
    });
    // No space between the sentences: Japanese sets none after 。 (messages.sentenceGap).
    expect(driversSummary(partial, ja)).to.equal(
      '2025年3月に最も大きく動いたのは輸送で、赤字が0.4億ドル拡大し2.4億ドルとなった。' +
        '2025年3月は掲載した項目の合計が1.5億ドルの赤字、公表された総額が2.3億ドルの赤字で、その差の0.8億ドルの赤字をその他とした。',
    );
  });
});

const region = (id: string, name: string, value: number | null) => [id, { en: id, ja: name }, value] as [string, Record<string, string>, number | null];

describe('ja: region-split summary', () => {
  const ja = regionSettings({ lang: 'ja' });

  it('names the largest surplus and the largest deficit, one region or two in a list', () => {
    const one = regionsSection([region('asia', 'アジア', 35.7), region('na', '北米', -37.7), region('eu', '欧州', -21.8)]);
    const summary = regionsSummary(one, ja);
    expect(summary).to.equal('2025年1〜6月はアジアが35.7億ドルの黒字、北米が37.7億ドルの赤字だった。');
    expect(summary).not.to.match(ENGLISH);
    const tie = regionsSection([region('asia', 'アジア', 10), region('eu', '欧州', 10), region('na', '北米', -5), region('sa', '南米', -1)], { period: '2023' });
    expect(regionsSummary(tie, ja)).to.equal('2023年はアジアと欧州がそれぞれ10億ドルの黒字、北米が5億ドルの赤字だった。');
    const three = regionsSection([region('a', 'アジア', -2), region('b', 'オセアニア', -2), region('c', '日本', -2)], { period: '2023' });
    expect(regionsSummary(three, ja)).to.equal('2023年はアジア、オセアニア、日本がそれぞれ2億ドルの赤字だった。');
  });

  it('every region on one side, and a region without a figure', () => {
    const up = regionsSection([region('a', 'アジア', 12), region('b', '欧州', 3.4)], { period: '2023' });
    expect(regionsSummary(up, ja)).to.equal('2023年はすべての地域が黒字となり、アジアが12.0億ドルで最大だった。');
    const topTie = regionsSection([region('a', 'アジア', 3), region('b', '日本', 3), region('c', '欧州', 1)], { period: '2023' });
    expect(regionsSummary(topTie, ja)).to.equal('2023年はすべての地域が黒字となり、アジアと日本がそれぞれ3億ドルで最大だった。');
    const gap = regionsSection([region('a', 'アジア', 12), region('b', '欧州', null), region('c', '米州', 2)], { period: '2023' });
    expect(regionsSummary(gap, ja)).to.equal('2023年はアジアの黒字が12億ドルで最大だった。');
    const single = regionsSection([region('na', '北米', -37.7)]);
    expect(regionsSummary(single, ja)).to.equal('2025年1〜6月は北米が37.7億ドルの赤字だった。');
  });

  it('derives the rest of the world from the total', () => {
    const partners = regionsSection([region('us', '米国', 43), region('me', '中東', -58)], { total: -31, period: '2024H2' });
    expect(regionsSummary(partners, ja)).to.equal(
      '2024年7〜12月は米国が43億ドルの黒字、中東が58億ドルの赤字だった。掲載した地域の合計は15億ドルの赤字、全体は31億ドルの赤字で、その差の16億ドルの赤字をその他の地域とした。',
    );
  });
});

describe('ja: keys and long style in a chart scale', () => {
  it('writes the keys in Japanese', () => {
    const section = trend({ periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], provisional: ['2024Q4'], series: [{ label: { ja: '貿易収支' }, values: [-20, -30, null, -25] }] });
    expect(trendView.describe(section, trendSettings({ lang: 'ja' })).keyNotes).to.deep.equal([
      '斜線の棒は速報値。',
      '網掛けの期間は数値が公表されていない（ゼロではない）。',
    ]);
    // うち: how Japanese statistical tables mark an "of which" row (内数).
    expect(driversView.describe(seed, driverSettings({ lang: 'ja' })).keyNotes).to.deep.equal([
      '棒は2025年1〜6月、目盛りは2024年7〜12月、かっこ内は2024年7〜12月からの増減。字下げした項目は直上の項目の内数（合計には加えない）。',
    ]);
  });
  // Nikkei's body text: 45億3000万ドル; every amount of one chart in its one scale.
  it('spells every amount of a chart in long style', () => {
    const amounts = { unit: 1e8, decimals: 1, style: 'long' as const };
    const partners = regionsSection([region('us', '米国', 43.2), region('me', '中東', -58)], { period: '2024H2' });
    expect(regionsSummary(partners, regionSettings({ lang: 'ja', amounts }))).to.equal('2024年7〜12月は米国が43億2000万ドルの黒字、中東が58億ドルの赤字だった。');
  });
});

describe('ja: shared punctuation', () => {
  before(async () => {
    await languagePack('ja');
  });
  // JIS X 4051: full-width brackets （）, colon ： and semicolon ； with no space; 、 between items.
  it('brackets the provisional mark and the currency, and punctuates keys, tooltips and item texts', () => {
    const p = punctuation('ja', {
      balance: 'サービス収支',
      exports: '輸出',
      transport: '輸送',
      sea: '海上輸送',
      travel: '旅行',
      construction: '建設',
      asia: 'アジア',
      europe: '欧州',
      rest: 'その他地域',
      restNote: '全体から上記地域を差し引いた値',
    });
    expect(p.provisionalRow).to.equal('2025年1〜6月（速報値）');
    expect(p.trendCaption).to.equal('サービス収支、輸出（USD）');
    expect(p.trendTooltip).to.equal('2025年1〜6月（速報値）\nサービス収支：\u221245.3億ドル\n輸出：12.0億ドル');
    expect(p.trendItem).to.equal('2025年1〜6月、輸出');
    expect(p.otherKey).to.equal('* その他（算出値、斜線）：公表された総額から掲載した項目を差し引いた値');
    expect(p.otherItem).to.equal('2025年3月：\u22128億ドル、2025年2月：\u22126億ドル、増減：\u22122億ドル、算出値：公表された総額から掲載した項目を差し引いた値');
    expect(p.restKey).to.equal('* その他地域（算出値、斜線）：全体から上記地域を差し引いた値');
    expect(p.restItem).to.equal('\u221221.5億ドル；算出値：全体から上記地域を差し引いた値');
  });
});
