/**
 * Every built-in language's period names, as a table or CSV file reads them with no pack on
 * the page (this file loads none): each language's forms, no two readers that read one name
 * as different periods, English and other text not misread, and an English widget reading a
 * German or Japanese table.
 */
import { expect } from '@esm-bundle/chai';
import {
  parseArabicPeriod, parseBuiltInPeriodName, parseChinesePeriod, parseFrenchPeriod, parseGermanPeriod,
  parseJapanesePeriod, parseKoreanPeriod, parseSpanishPeriod,
} from '../../src/data/period-names.js';
import { parsePeriodName } from '../../src/data/periods.js';
import type { Period } from '../../src/data/types.js';
import type { DeficitTrend } from '../../src/widgets/deficit-trend/element.js';
import { mount, settled, unmountAll, untilState } from '../helpers.js';

/** As tables read a period (`periodOf` in src/data/tabular.ts): codes and English, then every built-in language. */
const tableCode = (text: string) => (parsePeriodName(text) ?? parseBuiltInPeriodName(text))?.code ?? null;

const READERS: Readonly<Record<string, (text: string) => Period | null>> = {
  ko: parseKoreanPeriod, ja: parseJapanesePeriod, zh: parseChinesePeriod,
  de: parseGermanPeriod, fr: parseFrenchPeriod, es: parseSpanishPeriod, ar: parseArabicPeriod,
};

/** Each language's typical forms and the period they name (the forms of docs/languages.md). */
const FORMS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  ko: [['2025년', '2025'], ['2025년 상반기', '2025H1'], ['2025년 하반기', '2025H2'], ['2024년 3분기', '2024Q3'], ['2025년 7월', '2025-07']],
  ja: [
    ['2025年', '2025'], ['2025年7月', '2025-07'], ['2025年1〜6月', '2025H1'], ['2025年7～12月', '2025H2'], ['2025年上半期', '2025H1'],
    ['2025年下期', '2025H2'], ['2025年上半期(1〜6月)', '2025H1'], ['2025年4〜6月期', '2025Q2'], ['2025年第3四半期', '2025Q3'],
    ['令和7年上半期', '2025H1'], ['令和元年', '2019'], ['２０２５年１〜３月期', '2025Q1'],
  ],
  zh: [
    ['2025年全年', '2025'], ['2025年上半年', '2025H1'], ['2025年下半年', '2025H2'], ['2025年第二季度', '2025Q2'], ['2025年二季度', '2025Q2'],
    ['2025年第2季度', '2025Q2'], ['2025年Q3', '2025Q3'], ['2025年07月', '2025-07'], ['2025年十二月', '2025-12'],
    ['2025年1—6月', '2025H1'], ['2025年4-6月', '2025Q2'], ['2025年1-12月', '2025'],
  ],
  de: [
    ['1. Halbjahr 2025', '2025H1'], ['2. Hj. 2024', '2024H2'], ['erstes Halbjahr 2025', '2025H1'], ['3. Quartal 2024', '2024Q3'],
    ['3. Vj. 2024', '2024Q3'], ['viertes Quartal 2024', '2024Q4'], ['Q3/2024', '2024Q3'], ['März 2025', '2025-03'],
    ['Sept. 2025', '2025-09'], ['Dez 2024', '2024-12'], ['Jänner 2025', '2025-01'], ['Mai 2025', '2025-05'],
  ],
  fr: [
    ['1er semestre 2025', '2025H1'], ['2e semestre 2025', '2025H2'], ['3e trim. 2024', '2024Q3'], ['premier trimestre 2024', '2024Q1'],
    ['S1 2025', '2025H1'], ['T3 2024', '2024Q3'], ['2024T3', '2024Q3'], ['juillet 2025', '2025-07'], ['juil. 2025', '2025-07'],
    ['fevr. 2025', '2025-02'], ['mars 2025', '2025-03'], ['août 2025', '2025-08'],
  ],
  es: [
    ['primer semestre de 2025', '2025H1'], ['1.er semestre 2025', '2025H1'], ['2.º trimestre de 2024', '2024Q2'], ['S1 2025', '2025H1'],
    ['1S 2025', '2025H1'], ['T3 2024', '2024Q3'], ['3T 2024', '2024Q3'], ['2024T3', '2024Q3'], ['julio de 2025', '2025-07'],
    ['jul. 2025', '2025-07'], ['ene. 2025', '2025-01'], ['año 2025', '2025'],
  ],
  ar: [
    ['النصف الأول من 2025', '2025H1'], ['الربع الثالث من عام 2024', '2024Q3'], ['الربع الأول 2024', '2024Q1'], ['الربع 2 2024', '2024Q2'],
    ['السداسي الثاني 2023', '2023H2'], ['مارس 2025', '2025-03'], ['آذار 2025', '2025-03'], ['جوان 2025', '2025-06'],
    ['مارس/آذار 2025', '2025-03'], ['عام 2024', '2024'], ['2023م', '2023'], ['كانون الثاني ٢٠٢٥', '2025-01'],
  ],
};

/** English as tables write it, read first by `parsePeriodName`; every reader that reads one must agree. */
const ENGLISH: readonly (readonly [string, string])[] = [
  ['H1 2025', '2025H1'], ['Q3 2024', '2024Q3'], ['Jan 2025', '2025-01'], ['Feb 2025', '2025-02'], ['Mar 2025', '2025-03'],
  ['Apr 2025', '2025-04'], ['May 2025', '2025-05'], ['Jun 2025', '2025-06'], ['Jul 2025', '2025-07'], ['Aug 2025', '2025-08'],
  ['Sept 2025', '2025-09'], ['Oct 2025', '2025-10'], ['Nov 2025', '2025-11'], ['Dec 2025', '2025-12'], ['July 2025', '2025-07'],
  ['2025', '2025'], ['2025H1', '2025H1'],
];

/** Text that is no period in any language (headers, fiscal years, English that only looks like one). */
const NO_PERIOD = [
  'Total', 'Change', 'Share', 'Previous', 'Period', 'FY2025', 'FY 2025', 'Week 3 2025', 'Summer 2025', '1st half 2025',
  'First half 2025', '2nd quarter 2025', "H2 '25", "Jul '25", '2025/26', '2025-26', '1H 2025', '2Q 2025', 'Q1/25',
  'Sum 2025', 'Mon 2025', 'Tot 2025', 'S1', 'T3', 'Mai', '25年7月', '2025年度', '2025年度上期', '2025年2〜4月', '2025年中',
  'H3 2025', 'T5 2024', 'S3 2025', '5. Quartal 2024', '5e trimestre 2024', 'quinto trimestre de 2024', 'الربع الخامس من 2024',
  'Brumaire 2024', 'juilet 2025', 'julito de 2025', '2025년 13월',
];

describe('period names of every built-in language, with no pack on the page', () => {
  for (const [tag, forms] of Object.entries(FORMS)) {
    it(`reads ${tag}'s forms as tables do, and its own reader reads each`, () => {
      for (const [text, code] of forms) {
        expect(tableCode(text), text).to.equal(code);
        expect(READERS[tag]!(text.replace(/\s+/g, ' ').trim())?.code ?? null, `${tag} reader: ${text}`).to.equal(code);
      }
    });
  }

  it('has no two readers that read one name as different periods, nor one that reads English otherwise', () => {
    const all = [...Object.values(FORMS).flat(), ...ENGLISH];
    for (const [text, code] of all) {
      for (const [tag, read] of Object.entries(READERS)) {
        const got = read(text.replace(/\s+/g, ' ').trim())?.code;
        if (got !== undefined) expect(got, `${tag} reads ${text}`).to.equal(code);
      }
    }
  });

  it('reads English as English: a month word other languages share names the same month', () => {
    for (const [text, code] of ENGLISH) expect(tableCode(text), text).to.equal(code);
    // Shared with Spanish (mar., may.), German (Jun, Aug) or French (oct., déc.): the same month.
    expect(['mar. 2025', 'may. 2025', 'Jun 2025', 'oct. 2025'].map(tableCode)).to.deep.equal(['2025-03', '2025-05', '2025-06', '2025-10']);
  });

  it('reads no period in headers, fiscal years, ambiguous years or out-of-range parts', () => {
    for (const text of NO_PERIOD) {
      expect(tableCode(text), text).to.equal(null);
      for (const [tag, read] of Object.entries(READERS)) expect(read(text), `${tag} reads ${text}`).to.equal(null);
    }
  });

  it('reads Chinese and Japanese month ranges alike, and a whole-year range only as Chinese writes it', () => {
    // Both write 年 and 月: where both read a name they agree; 1-12月 is the year in NBS tables only.
    expect(parseJapanesePeriod('2025年4-6月')?.code).to.equal('2025Q2');
    expect(parseChinesePeriod('2025年4-6月')?.code).to.equal('2025Q2');
    expect(parseJapanesePeriod('2025年1-12月')).to.equal(null);
    expect(tableCode('2025年1-12月')).to.equal('2025');
    // 年度 (a Japanese fiscal year) is read by neither.
    expect(parseChinesePeriod('2025年度')).to.equal(null);
  });
});

describe('an English widget reading a table in another language', () => {
  afterEach(unmountAll);

  /** The rows of the widget's own table, spaces collapsed. */
  const rows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
  const table = (periods: readonly string[]) => `<table><thead><tr><th>Zeitraum</th><th>Saldo</th></tr></thead><tbody>
    ${periods.map((period, i) => `<tr><td>${period}</td><td>${-3.5 - i}</td></tr>`).join('')}</tbody></table>`;

  for (const [language, periods] of [
    ['German', ['1. Halbjahr 2024', '2. Halbjahr 2024']],
    ['Japanese', ['2024年1〜6月', '2024年7〜12月']],
  ] as const) {
    it(`reads ${language} period names and shows them in English, loading no other pack`, async () => {
      const el = mount<DeficitTrend>(`<deficit-trend eager scale="1e9">${table(periods)}</deficit-trend>`);
      await untilState(el, 'ready');
      await settled(el);
      expect(rows(el)).to.deep.equal(['H1 2024 −$3.5B', 'H2 2024 −$4.5B']);
      // Read in the data layer: neither the German nor the Japanese pack came to the page.
      const packs = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/languages\/(?!en\b|index\b|loaders\b|pack\b)/.test(name));
      expect(packs).to.deep.equal([]);
    });
  }
});
