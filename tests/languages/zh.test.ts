/**
 * The Simplified Chinese pack: money, periods, the three widgets' sentences and the table
 * words, as mainland newspapers print them. Each pin names the convention's source.
 */
import { expect } from '@esm-bundle/chai';
import { languagePack } from '../../src/languages/index.js';
import { chartScale, formatAxisMoney, formatMoney, unitLabel } from '../../src/format/money.js';
import { messages } from '../../src/format/messages.js';
import { parsePeriodCode, parsePeriodName, partName, periodName, periodShortName } from '../../src/data/periods.js';
import { parseBuiltInPeriodName } from '../../src/data/period-names.js';
import { changeCallout, latestChange, trendSummary } from '../../src/widgets/deficit-trend/summary.js';
import { trendView } from '../../src/widgets/deficit-trend/view.js';
import { driversSummary } from '../../src/widgets/driver-breakdown/summary.js';
import { driversView } from '../../src/widgets/driver-breakdown/view.js';
import { regionsSummary } from '../../src/widgets/region-split/summary.js';
import { regionsView } from '../../src/widgets/region-split/view.js';
import { settings as trendSettings, trend } from '../widgets/deficit-trend/fixtures.js';
import { settings as driverSettings, section as driversOf, seedRaw } from '../widgets/driver-breakdown/fixtures.js';
import { settings as regionSettings, section as regionsOf } from '../widgets/region-split/fixtures.js';
import { punctuation } from './punctuation.js';

const zh = 'zh';
/** No English word may leak into a Chinese sentence. */
const ENGLISH = /[A-Za-z]/;
const period = (code: string) => parsePeriodCode(code)!;

before(async () => {
  await languagePack(zh);
});

describe('zh pack: money', () => {
  // Xinhua and SAFE: the figure in 亿 (10⁸) and 万亿 (10¹²), the currency word right after it, no space
  // ("服务贸易逆差1021亿美元", "贸易逆差达1.44万亿日元"); GB/T 15835 allows 万 and 亿 as units.
  it('writes a chart scale in 亿, with the currency word after the figure', () => {
    const scale = chartScale([-4.53e9, -3.76e9, -2.72e9], zh);
    expect(scale).to.deep.equal({ unit: 1e8, decimals: 1, style: 'short' });
    expect(formatMoney(-4.53e9, 'USD', zh, { unit: scale.unit, decimals: scale.decimals })).to.equal('\u221245.3亿美元');
    // 10⁹ is no Chinese unit: the amount stays in 亿.
    expect(formatMoney(-4.53e9, 'USD', zh, { unit: 1e9, decimals: 2 })).to.equal('\u221245.30亿美元');
    expect(formatMoney(4.53e9, 'USD', zh)).to.equal('45.3亿美元');
  });

  // 亿 is already the spelled word: Chinese has no abbreviated magnitude, so long is short.
  it('writes the long style as the short one', () => {
    expect(formatMoney(-4.53e9, 'USD', zh, { unit: 1e8, decimals: 1, style: 'long' })).to.equal('\u221245.3亿美元');
    expect(formatMoney(3.1e13, 'JPY', zh, { style: 'long' })).to.equal('31万亿日元');
  });

  // 万亿 for 10¹², never 兆 (Taiwan's and Japan's): Xinhua's "1.44万亿日元", "6.2万亿韩元".
  it('writes yen and won trillions in 万亿, renminbi as 元', () => {
    expect(formatMoney(3.1e13, 'JPY', zh)).to.equal('31万亿日元');
    expect(formatMoney(6.2e12, 'KRW', zh)).to.equal('6.2万亿韩元');
    expect(formatMoney(-1.44e12, 'JPY', zh)).to.equal('\u22121.44万亿日元');
    // Below 10¹² the figure is in 亿: People's Daily Online, "对欧盟…贸易逆差额为676亿日元".
    expect(formatMoney(6.76e10, 'JPY', zh)).to.equal('676亿日元');
    expect(formatMoney(3.5e12, 'CNY', zh)).to.equal('3.5万亿元');
    // GB/T 15835's own examples: 290亿英镑, 45.6万元.
    expect(formatMoney(2.9e10, 'GBP', zh)).to.equal('290亿英镑');
    expect(formatMoney(4.56e5, 'CNY', zh)).to.equal('45.6万元');
    expect(formatMoney(1.2e8, 'EUR', zh)).to.equal('1.2亿欧元');
    // Other codes: CLDR's Chinese name, as Xinhua writes 瑞士法郎.
    expect(formatMoney(2.5e9, 'CHF', zh)).to.equal('25亿瑞士法郎');
  });

  it('writes zero without a unit, or in the chart scale', () => {
    expect(formatMoney(0, 'USD', zh)).to.equal('0美元');
    expect(formatMoney(0, 'USD', zh, { unit: 1e8, decimals: 1 })).to.equal('0.0亿美元');
  });

  // Chinese charts give the unit once ("单位：亿美元") and keep the ticks bare.
  it('writes ticks without the currency, which the axis title names', () => {
    expect(formatAxisMoney(-4e9, 'USD', zh, 1e8)).to.equal('\u221240亿');
    expect(formatAxisMoney(0, 'USD', zh, 1e8)).to.equal('0');
    expect(formatAxisMoney(2e12, 'JPY', zh, 1e12)).to.equal('2万亿');
    expect(unitLabel(1e8, 'USD', zh)).to.equal('亿美元');
    expect(unitLabel(1e12, 'JPY', zh)).to.equal('万亿日元');
    expect(unitLabel(1, 'CNY', zh)).to.equal('元');
  });
});

describe('zh pack: periods', () => {
  // Xinhua and NBS: 2025年上半年, 2025年第二季度 (tables: 二季度), 2025年7月, 2025年.
  it('names halves, quarters, months and years', () => {
    expect(['2025H1', '2024H2', '2025Q2', '2025-07', '2025'].map((c) => periodName(period(c), zh))).to.deep.equal([
      '2025年上半年',
      '2024年下半年',
      '2025年第二季度',
      '2025年7月',
      '2025年',
    ]);
    expect(['2025H1', '2025Q2', '2025-07', '2025'].map((c) => periodShortName(period(c), zh))).to.deep.equal([
      '25年上半年',
      '25年二季度',
      '25年7月',
      '2025年',
    ]);
    expect(['2025H2', '2025Q4', '2025-12'].map((c) => partName(period(c), zh))).to.deep.equal(['下半年', '四季度', '12月']);
  });

  it('reads the forms Chinese tables write', () => {
    const code = (text: string) => (parsePeriodName(text) ?? parseBuiltInPeriodName(text))?.code ?? null;
    expect(code('2025年上半年')).to.equal('2025H1');
    expect(code('2025年下半年')).to.equal('2025H2');
    expect(code('2025年第二季度')).to.equal('2025Q2');
    expect(code('2025年二季度')).to.equal('2025Q2');
    expect(code('2025年第2季度')).to.equal('2025Q2');
    expect(code('2025年Q3')).to.equal('2025Q3');
    expect(code('2025年7月')).to.equal('2025-07');
    expect(code('2025年07月')).to.equal('2025-07');
    expect(code('2025年十二月')).to.equal('2025-12');
    expect(code('2025 年 7 月')).to.equal('2025-07');
    expect(code('２０２５年７月')).to.equal('2025-07');
    expect(code('2025年')).to.equal('2025');
    // NBS and customs write a half or a quarter as its months: 1—6月, 4-6月.
    expect(code('2025年1—6月')).to.equal('2025H1');
    expect(code('2025年4-6月')).to.equal('2025Q2');
    expect(code('2025年1-12月')).to.equal('2025');
    for (const bad of ['2025年第五季度', '2025年13月', '2025年2-5月', '25年7月', '2025年中']) expect(code(bad), bad).to.equal(null);
  });
});

describe('zh pack: trend summary', () => {
  const s = trendSettings({ lang: zh });
  const label = (text: string) => ({ en: 'Balance', zh: text });

  it('a widening deficit, provisional, across a gap in the longer run', () => {
    const section = trend({
      periods: ['2023H1', '2023H2', '2024H1', '2024H2', '2025H1'],
      series: [{ label: label('知识服务贸易差额'), values: [-27.2, null, -35.0, -37.6, -45.3] }],
      provisional: ['2025H1'],
    });
    // Xinhua's order: the period, then "逆差扩大至…，较…的…增加…" (Reuters Chinese: "较上月的53亿美元增加").
    const summary = trendSummary(section, s);
    expect(summary).to.equal(
      '2025年上半年（初步数据），知识服务贸易逆差扩大至45.3亿美元，较2024年下半年的37.6亿美元增加7.7亿美元。' +
        '逆差自2023年上半年（27.2亿美元）以来，在每个有公布数据的半年度均有所扩大。',
    );
    expect(summary).not.to.match(ENGLISH);
    expect(changeCallout(latestChange(section, 'USD')!, s)).to.deep.equal(['较2024年下半年', '逆差扩大7.7亿美元']);
  });

  it('a steady run counts the periods ("连续2年扩大")', () => {
    const section = trend({ periods: ['2021', '2022', '2023'], series: [{ label: label('贸易差额'), values: [-1, -2, -3] }] });
    expect(trendSummary(section, s)).to.equal('2023年，贸易逆差扩大至3亿美元，较2022年的2亿美元增加1亿美元。逆差自2021年（1亿美元）以来已连续2年扩大。');
  });

  it('a gap: compares with the last published figure and names it', () => {
    // An English-only label gives no Chinese subject: the bare 逆差.
    const section = trend({ periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'Balance', values: [-20, -30, null, -25] }] });
    const summary = trendSummary(section, s);
    expect(summary).to.equal('2024年第四季度，逆差收窄至25亿美元，较上次公布的2024年第二季度数据（30亿美元）减少5亿美元。最早的2024年第一季度数据为逆差20亿美元。');
    expect(summary).not.to.match(ENGLISH);
  });

  it('turns to surplus and to deficit ("由逆差转为顺差")', () => {
    const toSurplus = trend({ periods: ['2022', '2023'], series: [{ label: label('知识产权贸易差额'), values: [-11.1, 1.8] }] });
    expect(trendSummary(toSurplus, s)).to.equal('2023年，知识产权贸易由逆差转为顺差，顺差1.8亿美元（2022年为逆差11.1亿美元）。');
    expect(changeCallout(latestChange(toSurplus, 'USD')!, s)).to.deep.equal(['较2022年', '由逆差转为顺差']);
    const toDeficit = trend({ periods: ['2022', '2023'], series: [{ label: 'Balance', values: [2, -3] }] });
    expect(trendSummary(toDeficit, s)).to.equal('2023年，收支由顺差转为逆差，逆差3亿美元（2022年为顺差2亿美元）。');
    const fromZero = trend({ periods: ['2022', '2023'], series: [{ label: label('服务贸易收支'), values: [0, 1] }] });
    expect(trendSummary(fromZero, s)).to.equal('2023年，服务贸易转为顺差，顺差1亿美元（2022年为零）。');
    const toZero = trend({ periods: ['2024', '2025'], series: [{ label: label('服务贸易收支'), values: [-5, 0] }] });
    expect(trendSummary(toZero, s)).to.equal('2025年，服务贸易收支为零（2024年为逆差5亿美元）。');
  });

  it('surpluses, one point and unchanged values', () => {
    const shrank = trend({ periods: ['2022', '2023', '2024'], series: [{ label: label('服务贸易差额'), values: [1, 2, 1.5] }] });
    expect(trendSummary(shrank, s)).to.equal('2024年，服务贸易顺差收窄至1.5亿美元，较2023年的2.0亿美元减少0.5亿美元。最早的2022年数据为顺差1.0亿美元。');
    const one = trend({ periods: ['2025H1'], series: [{ label: label('知识服务贸易差额'), values: [-45.3] }] });
    expect(trendSummary(one, s)).to.equal('2025年上半年，知识服务贸易逆差45.3亿美元。');
    const same = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-5, -5] }] });
    expect(trendSummary(same, s)).to.equal('2025年，逆差为5亿美元，与2024年持平。');
  });

  it('yen in 万亿, from a Japanese label it does not cut', () => {
    const section = trend(
      { periods: ['2024', '2025'], series: [{ label: { ja: 'サービス収支' }, values: [-5, -6.26] }] },
      { JPY: { scale: 1e12 } },
    );
    expect(trendSummary(section, trendSettings({ lang: zh, currency: 'JPY' }))).to.equal(
      '2025年，逆差扩大至6.26万亿日元，较2024年的5.00万亿日元增加1.26万亿日元。',
    );
  });

  it('the table headers and the key', () => {
    const section = trend({
      periods: ['2024H2', '2025H1'],
      series: [{ id: 'balance', label: label('知识服务贸易差额'), values: [-37.6, -45.3] }, { id: 'exports', label: label('出口'), values: [10, 12] }],
      provisional: ['2025H1'],
    });
    const view = trendView.describe(section, s);
    expect(view.table.columns).to.deep.equal(['时间', '知识服务贸易差额', '出口']);
    expect(view.table.rows.map((row) => row[0])).to.deep.equal(['2024年下半年', '2025年上半年（初步数据）']);
    // The second series' line is solid; "出口（实线）" is put together by shared code, in the pack's brackets.
    expect(view.keyNotes).to.deep.equal([
      '柱形：知识服务贸易差额（零线以下为逆差，以上为顺差）。折线：出口（实线）。',
      '斜线柱形为初步数据。',
    ]);
  });
});

describe('zh pack: driver breakdown', () => {
  const s = driverSettings({ lang: zh, sort: 'data' });
  // SAFE's category names for the seed's categories.
  const ZH: Record<string, string> = {
    'ip-fees': '知识产权使用费', 'industrial-property': '工业产权', copyright: '著作权', ict: '电信、计算机和信息服务',
    'culture-leisure': '个人、文化和娱乐服务', 'business-services': '其他商业服务', rnd: '研发服务',
  };
  const withZh = (items: readonly Record<string, unknown>[]): Record<string, unknown>[] =>
    items.map((item) => ({
      ...item,
      label: { ...(item['label'] as object), zh: ZH[item['id'] as string] },
      ...(item['children'] ? { children: withZh(item['children'] as Record<string, unknown>[]) } : {}),
    }));
  const seed = driversOf({ ...seedRaw, items: withZh(seedRaw.items) });

  it('the category that moved most ("逆差扩大…至…")', () => {
    const summary = driversSummary(seed, s);
    // Xinhua: "出口额同比增长19.0%至8.75万亿日元".
    expect(summary).to.equal('2025年上半年，变动最大的是知识产权使用费，逆差扩大10.1亿美元至24.5亿美元。');
    expect(summary).not.to.match(ENGLISH);
  });

  it('a category that swung from surplus to deficit', () => {
    const swung = driversOf({
      period: '2025Q1', previous: '2024Q4', total: -17, previousTotal: -1,
      items: [{ id: 'travel', label: { zh: '旅行' }, value: -9, previousValue: -4 }, { id: 'transport', label: { zh: '运输' }, value: -8, previousValue: 3 }],
    });
    expect(driversSummary(swung, s)).to.equal('2025年第一季度，变动最大的是运输，由顺差3亿美元转为逆差8亿美元。');
  });

  it('the derived "Other", and the table in Chinese', () => {
    const partial = driversOf({
      period: '2025-03', previous: '2025-02', total: -23, previousTotal: -16,
      items: [
        { id: 'transport', label: { zh: '运输' }, value: -24, previousValue: -20, children: [{ id: 'sea', label: { zh: '海运' }, value: -19, previousValue: -15 }] },
        { id: 'travel', label: { zh: '旅行' }, value: 21, previousValue: 19 },
        { id: 'construction', label: { zh: '建设' }, value: -12, previousValue: -9 },
      ],
    });
    // driversSummary joins its two sentences with a space (shared code); Chinese puts none after 。.
    expect(driversSummary(partial, s).replace('。 ', '。')).to.equal(
      '2025年3月，变动最大的是运输，逆差扩大4亿美元至24亿美元。' +
        '2025年3月，所列类别合计为逆差15亿美元，公布总额为逆差23亿美元，其他为二者之差（逆差8亿美元），系推算值。',
    );
    const view = driversView.describe(partial, s);
    expect(view.table.columns).to.deep.equal(['类别', '2025年3月', '2025年2月', '增减']);
    expect(view.table.rows.map((row) => row[0])).to.deep.equal(['运输', '其中：海运', '旅行', '建设', '其他（推算值）', '合计']);
    expect(view.table.rows[0]).to.deep.equal(['运输', '\u221224亿美元', '\u221220亿美元', '\u22124亿美元']);
  });
});

describe('zh pack: region split', () => {
  const s = regionSettings({ lang: zh });
  const region = (zhLabel: string) => ({ en: 'Region', zh: zhLabel });

  it('a surplus and a deficit, one region each', () => {
    const h1 = regionsOf([
      ['asia', region('亚洲'), 35.7],
      ['north-america', region('北美'), -37.7],
      ['europe', region('欧洲'), -21.8],
      ['rest', region('其他地区'), -21.5, { derived: true }],
    ], { total: -45.3 });
    const summary = regionsSummary(h1, s);
    expect(summary).to.equal('2025年上半年，亚洲顺差35.7亿美元，北美逆差37.7亿美元。');
    expect(summary).not.to.match(ENGLISH);
    expect(regionsView.describe(h1, s).table.columns[0]).to.equal('地区');
  });

  it('ties name two and three regions: "和", then "、…和" (GB/T 15834)', () => {
    const tie = regionsOf([
      ['asia', region('亚洲'), 10], ['eu', region('欧洲'), 10], ['na', region('北美'), -5], ['sa', region('南美'), -1],
    ], { period: '2023' });
    expect(regionsSummary(tie, s)).to.equal('2023年，亚洲和欧洲顺差均为10亿美元，北美逆差5亿美元。');
    const three = regionsOf([['a', region('亚洲'), -2], ['b', region('大洋洲'), -2], ['c', region('日本'), -2]], { period: '2023' });
    expect(regionsSummary(three, s)).to.equal('2023年，亚洲、大洋洲和日本逆差均为2亿美元。');
  });

  it('every region on one side, and regions without a figure', () => {
    const up = regionsOf([['a', region('亚洲'), 12], ['b', region('欧洲'), 3.4]], { period: '2023' });
    expect(regionsSummary(up, s)).to.equal('2023年，各地区均为顺差，其中亚洲顺差最大，为12.0亿美元。');
    const topTie = regionsOf([['a', region('亚洲'), 3], ['b', region('日本'), 3], ['c', region('欧洲'), 1]], { period: '2023' });
    expect(regionsSummary(topTie, s)).to.equal('2023年，各地区均为顺差，其中亚洲和日本顺差最大，均为3亿美元。');
    const gap = regionsOf([['a', region('亚洲'), 12], ['b', region('欧洲'), null], ['c', region('美洲'), 2]], { period: '2023' });
    expect(regionsSummary(gap, s)).to.equal('2023年，亚洲顺差最大，为12亿美元。');
    const zero = regionsOf([['a', region('亚洲'), 0]], { period: '2023' });
    expect(regionsSummary(zero, s)).to.equal('2023年，各地区差额均为零。');
  });

  it('the derived rest of the world', () => {
    const partial = regionsOf([['asia', region('亚洲'), 35.7], ['na', region('北美'), -37.7]], { total: -45.3 });
    expect(regionsSummary(partial, s)).to.equal(
      '2025年上半年，亚洲顺差35.7亿美元，北美逆差37.7亿美元。所列地区合计为逆差2.0亿美元，总额为逆差45.3亿美元，其他地区为二者之差（逆差43.3亿美元），系推算值。',
    );
  });
});

describe('zh pack: messages', () => {
  it('table headers, buttons and the error prefix', () => {
    const text = messages(zh);
    expect([text.period, text.value, text.previous, text.change, text.share, text.total, text.category]).to.deep.equal([
      '时间', '金额', '上期', '增减', '占比', '合计', '类别',
    ]);
    expect([text.showTable, text.hideTable, text.getData]).to.deep.equal(['显示表格', '隐藏表格', '下载数据']);
    expect(text.errorPrefix).to.equal('图表无法显示');
    expect(text.provisionalNote('2025年第一季度和2025年第二季度')).to.equal('2025年第一季度和2025年第二季度为初步数据。');
    expect(text.selected('2025年上半年', '\u221245.3亿美元')).to.equal('已选中2025年上半年：\u221245.3亿美元');
  });
});

describe('zh: shared punctuation', () => {
  before(async () => {
    await languagePack('zh');
  });
  // GB/T 15834-2011: full-width brackets （）, colon ： and semicolon ；, the enumeration comma 、.
  it('brackets the provisional mark and the currency, and punctuates keys, tooltips and item texts', () => {
    const p = punctuation('zh', {
      balance: '服务贸易差额',
      exports: '出口',
      transport: '运输',
      sea: '海运',
      travel: '旅行',
      construction: '建设',
      asia: '亚洲',
      europe: '欧洲',
      rest: '其他地区',
      restNote: '总额减去上述地区',
    });
    expect(p.provisionalRow).to.equal('2025年上半年（初步数据）');
    expect(p.trendCaption).to.equal('服务贸易差额、出口（USD）');
    expect(p.trendTooltip).to.equal('2025年上半年（初步数据）\n服务贸易差额：\u221245.3亿美元\n出口：12.0亿美元');
    expect(p.trendItem).to.equal('2025年上半年、出口');
    expect(p.otherKey).to.equal('* 其他（推算值、斜线）：公布总额减去所列类别');
    expect(p.otherItem).to.equal('2025年3月：\u22128亿美元、2025年2月：\u22126亿美元、增减：\u22122亿美元、推算值：公布总额减去所列类别');
    expect(p.restKey).to.equal('* 其他地区（推算值、斜线）：总额减去上述地区');
    expect(p.restItem).to.equal('\u221221.5亿美元；推算值：总额减去上述地区');
  });
});
