/**
 * The Arabic pack: money, periods, the three widgets' sentences and the UI strings, each
 * pinned with the convention's source (the sources in full: src/languages/ar/index.ts).
 * Intl writes the digits and the sign: `ar` gives Latin digits and LRM + "-", `ar-EG`
 * Arabic-Indic digits and ALM + "-".
 */
import { expect } from '@esm-bundle/chai';
import { languagePack } from '../../src/languages/index.js';
import { messages } from '../../src/format/messages.js';
import { formatAxisMoney, formatMoney, unitLabel } from '../../src/format/money.js';
import { parsePeriodCode, parsePeriodName, partName, periodName, periodShortName } from '../../src/data/periods.js';
import { parseBuiltInPeriodName } from '../../src/data/period-names.js';
import { changeCallout, latestChange, trendSummary } from '../../src/widgets/deficit-trend/summary.js';
import { driversSummary } from '../../src/widgets/driver-breakdown/summary.js';
import { regionsSummary } from '../../src/widgets/region-split/summary.js';
import { settings as trendSettings, trend } from '../widgets/deficit-trend/fixtures.js';
import { section as drivers, seedRaw, settings as driverSettings } from '../widgets/driver-breakdown/fixtures.js';
import { section as regions, settings as regionSettings } from '../widgets/region-split/fixtures.js';
import { punctuation } from './punctuation.js';

const LRM = '\u200e';
const ALM = '\u061c';
const period = (code: string) => parsePeriodCode(code)!;
/** No Latin letter at all: Arabic labels in, Arabic sentences out. */
const LATIN = /[A-Za-z]/;

before(async () => {
  await languagePack('ar');
});

describe('Arabic pack: money', () => {
  it('writes the figure, the magnitude word and the currency word, with Intl\'s sign', async () => {
    const pack = await languagePack('ar');
    expect([pack.locale, pack.dir, pack.numbers.minus]).to.deep.equal(['ar', 'rtl', undefined]);
    // Reuters Arabic / Okaz: "4.53 مليار دولار"; the sign is Intl's, LRM + "-" (CLDR ar).
    expect(formatMoney(-4.53e9, 'USD', 'ar', { unit: 1e9, decimals: 2 })).to.equal(`${LRM}-4.53 مليار دولار`);
    expect(formatMoney(-4.53e9, 'USD', 'ar', { unit: 1e9, decimals: 2, style: 'long' })).to.equal(`${LRM}-4.53 مليار دولار`);
    expect(formatMoney(0.68e9, 'USD', 'ar', { unit: 1e9, decimals: 2, signDisplay: 'exceptZero' })).to.equal(`${LRM}+0.68 مليار دولار`);
    // "تريليون" as the press spells it; ين، وون، يورو، يوان، جنيه إسترليني (AFP, Reuters Arabic).
    expect(formatMoney(3.1e12, 'JPY', 'ar')).to.equal('3.1 تريليون ين');
    expect(formatMoney(6.26e12, 'KRW', 'ar')).to.equal('6.26 تريليون وون');
    expect(formatMoney(1.2e9, 'EUR', 'ar')).to.equal('1.2 مليار يورو');
    expect(formatMoney(45e9, 'CNY', 'ar')).to.equal('45 مليار يوان');
    expect(formatMoney(450e6, 'GBP', 'ar')).to.equal('450 مليون جنيه إسترليني');
    // Other codes: Intl's symbol for ar, after the magnitude.
    expect(formatMoney(2.5e9, 'CHF', 'ar')).to.equal('2.5 مليار CHF');
  });

  it('counts 3 to 10 with the plural, decimals and 11 up with the singular', () => {
    // "103 مليارات دولار" (misr-post), "206 آلاف" (Al-Mashhad Al-Arabi); Reuters "3.4 مليار".
    expect(formatMoney(3e9, 'USD', 'ar')).to.equal('3 مليارات دولار');
    expect(formatMoney(103e9, 'USD', 'ar')).to.equal('103 مليارات دولار');
    expect(formatMoney(206e3, 'USD', 'ar')).to.equal('206 آلاف دولار');
    expect(formatMoney(5e6, 'USD', 'ar')).to.equal('5 ملايين دولار');
    expect(formatMoney(3.4e9, 'USD', 'ar')).to.equal('3.4 مليار دولار');
    expect(formatMoney(11e9, 'USD', 'ar')).to.equal('11 مليار دولار');
    expect(formatMoney(3e9, 'USD', 'ar', { unit: 1e9, decimals: 1 })).to.equal('3.0 مليار دولار');
    expect(formatMoney(-3e12, 'JPY', 'ar', { style: 'long' })).to.equal(`${LRM}-3 تريليونات ين`);
    // Long style says 1 and 2 by the noun alone, the dual in its oblique form: "ملياري دولار".
    expect(formatMoney(1e9, 'USD', 'ar', { style: 'long' })).to.equal('مليار دولار');
    expect(formatMoney(2e9, 'USD', 'ar', { style: 'long' })).to.equal('ملياري دولار');
    expect(formatMoney(2e9, 'USD', 'ar')).to.equal('2 مليار دولار');
  });

  it('writes zero, ticks and the axis title', () => {
    expect(formatMoney(0, 'USD', 'ar')).to.equal('0 دولار');
    expect(formatMoney(0, 'USD', 'ar', { unit: 1e9, decimals: 2 })).to.equal('0.00 مليار دولار');
    // Ticks as CLDR's compact Arabic ("4 مليار"), the currency in the title.
    expect(formatAxisMoney(-4e9, 'USD', 'ar', 1e9)).to.equal(`${LRM}-4 مليار`);
    expect(formatAxisMoney(0, 'USD', 'ar', 1e9)).to.equal('0');
    expect(unitLabel(1e9, 'USD', 'ar')).to.equal('مليار دولار');
    expect(unitLabel(1e12, 'JPY', 'ar')).to.equal('تريليون ين');
    expect(unitLabel(1, 'EUR', 'ar')).to.equal('يورو');
  });

  it('lets Intl choose the digits: Arabic-Indic for ar-EG, Latin for -u-nu-latn', () => {
    expect(formatMoney(-4.53e9, 'USD', 'ar-EG', { unit: 1e9, decimals: 2 })).to.equal(`${ALM}-٤٫٥٣ مليار دولار`);
    expect(formatMoney(3e9, 'USD', 'ar-EG')).to.equal('٣ مليارات دولار');
    expect(formatMoney(4.53e9, 'USD', 'ar-EG-u-nu-latn')).to.equal('4.53 مليار دولار');
  });
});

describe('Arabic pack: periods', () => {
  it('names halves, quarters, months and years as the press does', () => {
    // "النصف الأول من 2025", "الربع الثالث من 2024" (Okaz, Reuters Arabic); months as Intl ar: مارس.
    expect(['2025H1', '2024H2', '2024Q3', '2025-03', '2025'].map((c) => periodName(period(c), 'ar'))).to.deep.equal([
      'النصف الأول من 2025', 'النصف الثاني من 2024', 'الربع الثالث من 2024', 'مارس 2025', '2025',
    ]);
    // Argaam's table heads: "الربع الأول 2024".
    expect(['2025H1', '2024Q3', '2025-12', '2025'].map((c) => periodShortName(period(c), 'ar'))).to.deep.equal([
      'النصف الأول 2025', 'الربع الثالث 2024', 'ديسمبر 2025', '2025',
    ]);
    expect(['2025H2', '2024Q4', '2025-07'].map((c) => partName(period(c), 'ar'))).to.deep.equal(['النصف الثاني', 'الربع الرابع', 'يوليو']);
  });

  it('reads the forms tables use, Levantine and Maghreb months and Arabic-Indic digits too', () => {
    const code = (text: string) => (parsePeriodName(text) ?? parseBuiltInPeriodName(text))?.code ?? null;
    expect(code('النصف الأول من 2025')).to.equal('2025H1');
    expect(code('الربع الثالث من عام 2024')).to.equal('2024Q3');
    expect(code('الربع الاول 2024')).to.equal('2024Q1');
    expect(code('الربع 2 2024')).to.equal('2024Q2');
    expect(code('السداسي الثاني 2023')).to.equal('2023H2');
    expect(code('مارس 2025')).to.equal('2025-03');
    expect(code('آذار 2025')).to.equal('2025-03');
    expect(code('مارس/آذار 2025')).to.equal('2025-03');
    expect(code('يوليو تموز 2025')).to.equal('2025-07');
    expect(code('كانون الثاني ٢٠٢٥')).to.equal('2025-01');
    expect(code('إبريل 2025')).to.equal('2025-04');
    expect(code('جوان 2025')).to.equal('2025-06');
    expect(code('عام 2024')).to.equal('2024');
    expect(code('2023م')).to.equal('2023');
    expect(code('الربع الخامس من 2024')).to.equal(null);
    expect(code('مارس/أبريل 2025')).to.equal(null);
  });
});

describe('Arabic pack: deficit-trend', () => {
  const ar = trendSettings({ lang: 'ar' });
  const knowledge = () =>
    trend({
      periods: ['2023H1', '2023H2', '2024H1', '2024H2', '2025H1'],
      series: [{ id: 'balance', label: { en: 'Knowledge-services balance', ar: 'ميزان الخدمات المعرفية' }, values: [-27.2, null, -35.0, -37.6, -45.3] }],
      provisional: ['2025H1'],
    });

  it('states a widening deficit and the longer run, verb first', () => {
    const section = knowledge();
    const summary = trendSummary(section, ar);
    expect(summary).to.equal(
      'اتسع عجز ميزان الخدمات المعرفية بمقدار 0.77 مليار دولار إلى 4.53 مليار دولار في النصف الأول من 2025 (بيانات أولية)، مقابل 3.76 مليار دولار في النصف الثاني من 2024. ' +
        'واتسع العجز في كل نصف سنة نُشر رقمه منذ النصف الأول من 2023، حين بلغ 2.72 مليار دولار.',
    );
    expect(summary).not.to.match(LATIN);
    expect(changeCallout(latestChange(section, 'USD')!, ar)).to.deep.equal(['اتسع العجز بمقدار 0.77 مليار دولار', 'مقارنة مع النصف الثاني من 2024']);
  });

  it('turns to a surplus, each amount in its own unit', () => {
    const section = trend({ periods: ['2022', '2023'], series: [{ label: { en: 'IP trade balance', ar: 'ميزان تجارة الملكية الفكرية' }, values: [-11.1, 1.8] }] });
    expect(trendSummary(section, ar)).to.equal('تحول ميزان تجارة الملكية الفكرية إلى فائض بلغ 0.18 مليار دولار في 2023، مقابل عجز بلغ 1.11 مليار دولار في 2022.');
    expect(changeCallout(latestChange(section, 'USD')!, ar)).to.deep.equal(['تحول إلى فائض', 'مقارنة مع 2022']);
  });

  it('compares across a gap with the last published figure, plural after 3', () => {
    const section = trend({ periods: ['2024Q1', '2024Q2', '2024Q3', '2024Q4'], series: [{ label: 'Balance', values: [-20, -30, null, -25] }] });
    expect(trendSummary(section, ar)).to.equal(
      'تقلص العجز بمقدار 0.5 مليار دولار إلى 2.5 مليار دولار في الربع الرابع من 2024، مقابل 3.0 مليار دولار في الربع الثاني من 2024 (آخر رقم منشور). ' +
        'وكان أول رقم منشور عجزاً بلغ 2.0 مليار دولار في الربع الأول من 2024.',
    );
  });

  it('says every year, one point, and an unchanged deficit', () => {
    const run = trend({ periods: ['2021', '2022', '2023'], series: [{ label: 'Trade balance', values: [-1, -2, -3] }] });
    expect(trendSummary(run, ar)).to.equal(
      'اتسع العجز بمقدار 100 مليون دولار إلى 300 مليون دولار في 2023، مقابل 200 مليون دولار في 2022. واتسع العجز كل عام منذ 2021، حين بلغ 100 مليون دولار.',
    );
    const one = trend({ periods: ['2025H1'], series: [{ label: { ar: 'ميزان الخدمات المعرفية' }, values: [-45.3] }] });
    expect(trendSummary(one, ar)).to.equal('سجل ميزان الخدمات المعرفية عجزاً بلغ 4.53 مليار دولار في النصف الأول من 2025.');
    const same = trend({ periods: ['2024', '2025'], series: [{ label: 'Balance', values: [-5, -5] }] });
    expect(trendSummary(same, ar)).to.equal('استقر العجز عند 500 مليون دولار في 2025، دون تغيير عن 2024.');
    const surplus = trend({ periods: ['2022', '2023', '2024'], series: [{ label: 'Services balance', values: [1, 2, 1.5] }] });
    const zero = trend({ periods: ['2023', '2024'], series: [{ label: 'Balance', values: [2, 0] }] });
    expect(trendSummary(zero, ar)).to.equal('سجل الميزان رصيداً صفرياً في 2024، مقابل فائض بلغ 200 مليون دولار في 2023.');
    const toDeficit = trend({ periods: ['2022', '2023'], series: [{ label: 'Balance', values: [2, -3] }] });
    expect(trendSummary(toDeficit, ar)).to.equal('تحول الميزان إلى عجز بلغ 300 مليون دولار في 2023، مقابل فائض بلغ 200 مليون دولار في 2022.');
    expect(trendSummary(surplus, ar)).to.equal(
      'تراجع الفائض بمقدار 50 مليون دولار إلى 150 مليون دولار في 2024، مقابل 200 مليون دولار في 2023. وكان أول رقم منشور فائضاً بلغ 100 مليون دولار في 2022.',
    );
  });
});

describe('Arabic pack: driver-breakdown', () => {
  const ar = driverSettings({ lang: 'ar' });
  const AR_LABELS: Record<string, string> = { 'ip-fees': 'رسوم الملكية الفكرية', ict: 'خدمات الاتصالات والمعلومات', 'culture-leisure': 'الثقافة والترفيه', 'business-services': 'خدمات الأعمال' };
  const withArabic = (items: readonly { id: string; label: object }[]) => items.map((item) => ({ ...item, label: { ...item.label, ar: AR_LABELS[item.id] ?? item.id } }));

  it('names the category that moved most, the verb agreeing with عجزه', () => {
    const seed = drivers({ ...seedRaw, items: withArabic(seedRaw.items) });
    const summary = driversSummary(seed, ar);
    expect(summary).to.equal('كان البند الأكثر تغيراً في النصف الأول من 2025 هو رسوم الملكية الفكرية، إذ اتسع عجزه بمقدار 1.01 مليار دولار إلى 2.45 مليار دولار.');
    expect(summary).not.to.match(LATIN);
  });

  it('says a swing from surplus to deficit', () => {
    const section = drivers({
      period: '2025Q1', previous: '2024Q4',
      items: [
        { id: 'travel', label: { en: 'Travel', ar: 'السفر' }, value: -0.8, previousValue: 0.3 },
        { id: 'transport', label: { en: 'Transport', ar: 'النقل' }, value: -1, previousValue: -1 },
      ],
    });
    expect(driversSummary(section, ar)).to.equal('كان البند الأكثر تغيراً في الربع الأول من 2025 هو السفر، إذ تحول ميزانه من فائض بلغ 30 مليون دولار إلى عجز بلغ 80 مليون دولار.');
  });

  it('names the largest category when nothing moved', () => {
    const section = drivers({ period: '2025', items: [{ id: 'goods', label: { ar: 'السلع' }, value: -10 }, { id: 'ict', label: { ar: 'الاتصالات' }, value: 4 }] });
    expect(driversSummary(section, ar)).to.equal('كان البند الأكبر في 2025 هو السلع، بعجز بلغ 1.0 مليار دولار.');
  });

  it('derives the other items from the published total', () => {
    const section = drivers({ period: '2025', previous: '2024', total: -15, previousTotal: -12, items: [{ id: 'goods', label: { ar: 'السلع' }, value: -10, previousValue: -9 }] });
    expect(driversSummary(section, ar)).to.equal(
      'كان البند الأكثر تغيراً في 2025 هو السلع، إذ اتسع عجزه بمقدار 0.1 مليار دولار إلى 1.0 مليار دولار. ' +
        'في 2025، بلغ مجموع البنود المعروضة عجزاً بقيمة 1.0 مليار دولار، فيما بلغ الإجمالي المنشور عجزاً بقيمة 1.5 مليار دولار، ومن ثم حُسبت قيمة بنود أخرى (عجز بقيمة 0.5 مليار دولار) على أنها الفرق بينهما.',
    );
  });
});

describe('Arabic pack: region-split', () => {
  const ar = regionSettings({ lang: 'ar' });

  it('gives the largest surplus and deficit, the region after the amount (no verb to agree with it)', () => {
    const h1 = regions(
      [
        ['asia', { en: 'Asia', ar: 'آسيا' }, 35.7],
        ['north-america', { en: 'North America', ar: 'أمريكا الشمالية' }, -37.7],
        ['europe', { en: 'Europe', ar: 'أوروبا' }, -21.8],
        ['rest', { en: 'Rest of the world', ar: 'بقية العالم' }, -21.5, { derived: true }],
      ],
      { total: -45.3 },
    );
    const summary = regionsSummary(h1, ar);
    expect(summary).to.equal('في النصف الأول من 2025، بلغ فائض آسيا 3.57 مليار دولار، فيما بلغ عجز أمريكا الشمالية 3.77 مليار دولار.');
    expect(summary).not.to.match(LATIN);
  });

  it('lists two tied regions with و, "كل من"', () => {
    const tied = regions([['asia', { ar: 'آسيا' }, 10], ['eu', { ar: 'أوروبا' }, 10], ['na', { ar: 'أمريكا الشمالية' }, -5]], { period: '2023' });
    expect(regionsSummary(tied, ar)).to.equal('في 2023، بلغ فائض كل من آسيا وأوروبا 1.0 مليار دولار، فيما بلغ عجز أمريكا الشمالية 0.5 مليار دولار.');
    const down = regions([['na', { ar: 'أمريكا الشمالية' }, -37.7], ['eu', { ar: 'الاتحاد الأوروبي' }, -21.8]]);
    expect(regionsSummary(down, ar)).to.equal('في النصف الأول من 2025، سجلت جميع المناطق عجزاً، وكان الأكبر من نصيب أمريكا الشمالية، إذ بلغ 3.77 مليار دولار.');
  });

  it('derives the rest of the world', () => {
    const section = regions([['asia', { ar: 'آسيا' }, -30], ['eu', { ar: 'أوروبا' }, -20]], { total: -31 });
    expect(regionsSummary(section, ar)).to.equal(
      'في النصف الأول من 2025، كان أكبر عجز من نصيب آسيا، إذ بلغ 3.0 مليار دولار. ' +
        'وبلغ مجموع المناطق المعروضة عجزاً بقيمة 5.0 مليار دولار، فيما بلغ الإجمالي عجزاً بقيمة 3.1 مليار دولار، ومن ثم حُسبت قيمة بقية العالم (فائض بقيمة 1.9 مليار دولار) على أنها الفرق بينهما.',
    );
  });
});

describe('Arabic pack: messages', () => {
  it('heads the table and prefixes errors in Arabic', () => {
    const m = messages('ar');
    // "البند" and "التغير" as Argaam's result tables head them.
    expect([m.period, m.value, m.previous, m.change, m.share, m.total, m.category]).to.deep.equal([
      'الفترة', 'القيمة', 'القيمة السابقة', 'التغير', 'الحصة', 'الإجمالي', 'البند',
    ]);
    expect(m.errorPrefix).to.equal('تعذّر عرض الرسم البياني');
    expect(m.provisionalName('النصف الأول من 2025')).to.equal('النصف الأول من 2025 (بيانات أولية)');
    expect(m.chartLabel('عجز الميزان التجاري')).to.equal('رسم بياني: عجز الميزان التجاري');
  });
});

describe('ar: shared punctuation', () => {
  before(async () => {
    await languagePack('ar');
  });
  // The Arabic comma ، and semicolon ؛; colon and brackets as Latin script writes them.
  it('brackets the provisional mark and the currency, and punctuates keys, tooltips and item texts', () => {
    const p = punctuation('ar', {
      balance: 'ميزان الخدمات',
      exports: 'الصادرات',
      transport: 'النقل',
      sea: 'الشحن البحري',
      travel: 'السفر',
      construction: 'التشييد',
      asia: 'آسيا',
      europe: 'أوروبا',
      rest: 'بقية العالم',
      restNote: 'الإجمالي مطروحاً منه المناطق أعلاه',
    });
    expect(p.provisionalRow).to.equal('النصف الأول من 2025 (أولي)');
    expect(p.trendCaption).to.equal('ميزان الخدمات، الصادرات (USD)');
    expect(p.trendTooltip).to.equal('النصف الأول من 2025 (أولي)\nميزان الخدمات: \u200e-4.53 مليار دولار\nالصادرات: 1.20 مليار دولار');
    expect(p.trendItem).to.equal('النصف الأول من 2025، الصادرات');
    expect(p.otherKey).to.equal('* بنود أخرى (محسوب، مظلل بخطوط مائلة): الإجمالي المنشور مطروحاً منه البنود المعروضة');
    expect(p.otherItem).to.equal('مارس 2025: \u200e-0.8 مليار دولار، فبراير 2025: \u200e-0.6 مليار دولار، التغير: \u200e-0.2 مليار دولار، محسوب: الإجمالي المنشور مطروحاً منه البنود المعروضة');
    expect(p.restKey).to.equal('* بقية العالم (محسوب، مظلل بخطوط مائلة): الإجمالي مطروحاً منه المناطق أعلاه');
    expect(p.restItem).to.equal('\u200e-2.15 مليار دولار؛ محسوب: الإجمالي مطروحاً منه المناطق أعلاه');
  });
});
