import { expect } from '@esm-bundle/chai';
import '../korean.js';
import { parseBuiltInPeriodName } from '../../src/data/period-names.js';
import { parsePeriodCode, parsePeriodName, periodName, periodShortName } from '../../src/data/periods.js';

/** As tables read a period: the names of the page's packs, then every built-in language's. */
const tableName = (text: string) => parsePeriodName(text) ?? parseBuiltInPeriodName(text);

describe('periods', () => {
  it('parses the four code formats with their ordinals', () => {
    expect(parsePeriodCode('2025')).to.deep.equal({ code: '2025', granularity: 'year', year: 2025, part: 1, ordinal: 2025 });
    expect(parsePeriodCode('2025H2')).to.deep.equal({ code: '2025H2', granularity: 'half', year: 2025, part: 2, ordinal: 2025 * 2 + 1 });
    expect(parsePeriodCode('2024Q3')).to.deep.equal({ code: '2024Q3', granularity: 'quarter', year: 2024, part: 3, ordinal: 2024 * 4 + 2 });
    expect(parsePeriodCode('2025-07')).to.deep.equal({ code: '2025-07', granularity: 'month', year: 2025, part: 7, ordinal: 2025 * 12 + 6 });
  });

  it('puts consecutive periods one ordinal apart across a year boundary', () => {
    expect(parsePeriodCode('2025H1')!.ordinal - parsePeriodCode('2024H2')!.ordinal).to.equal(1);
    expect(parsePeriodCode('2025Q1')!.ordinal - parsePeriodCode('2024Q4')!.ordinal).to.equal(1);
    expect(parsePeriodCode('2025-01')!.ordinal - parsePeriodCode('2024-12')!.ordinal).to.equal(1);
  });

  it('rejects codes out of range or in other formats', () => {
    for (const bad of ['2025H3', '2025H0', '2025Q5', '2025Q0', '2025-13', '2025-00', '2025-7', '25', '0999', '2025h1', ' 2025', '2025/07', 'H1 2025', '', '20251']) {
      expect(parsePeriodCode(bad), bad).to.equal(null);
    }
  });

  it('parses printed names in English and Korean, tolerating spaces and case', () => {
    const cases: [string, string][] = [
      ['H1 2025', '2025H1'], ['h2  2024', '2024H2'], ['Q3 2024', '2024Q3'], ['Jul 2025', '2025-07'],
      ['July 2025', '2025-07'], ['Sept 2025', '2025-09'], ['2025', '2025'], ['  2025H1 ', '2025H1'], ['2025h1', '2025H1'],
      ['2025년 상반기', '2025H1'], ['2025년 하반기', '2025H2'], ['2024년 3분기', '2024Q3'], ['2025년 7월', '2025-07'],
      ['2025년', '2025'], ['2025년  상반기', '2025H1'], ['2025년12월', '2025-12'],
    ];
    for (const [text, code] of cases) expect(tableName(text)?.code, text).to.equal(code);
  });

  it('returns null for names that are no period', () => {
    for (const bad of ['H3 2025', 'Q5 2024', 'Jux 2025', '2025년 13월', '2025년 5분기', 'Total', '', '2025 H1 extra']) {
      expect(tableName(bad), bad).to.equal(null);
    }
  });

  it('prints names in both languages, and they parse back', () => {
    const expected: [string, string, string][] = [
      ['2025H1', 'H1 2025', '2025년 상반기'], ['2025H2', 'H2 2025', '2025년 하반기'], ['2024Q3', 'Q3 2024', '2024년 3분기'],
      ['2025-07', 'Jul 2025', '2025년 7월'], ['2025', '2025', '2025년'],
    ];
    for (const [code, en, ko] of expected) {
      const p = parsePeriodCode(code)!;
      expect(periodName(p, 'en')).to.equal(en);
      expect(periodName(p, 'ko')).to.equal(ko);
      expect(parsePeriodName(en)?.code).to.equal(code);
      expect(tableName(ko)?.code).to.equal(code);
    }
  });

  it('prints short names for crowded axes', () => {
    const short = (code: string) => [periodShortName(parsePeriodCode(code)!, 'en'), periodShortName(parsePeriodCode(code)!, 'ko')];
    expect(short('2025H1')).to.deep.equal(["H1 '25", '25년 상반기']);
    expect(short('2024Q3')).to.deep.equal(["Q3 '24", '24년 3분기']);
    expect(short('2025-07')).to.deep.equal(["Jul '25", '25년 7월']);
    expect(short('2005-01')).to.deep.equal(["Jan '05", '05년 1월']);
    expect(short('2025')).to.deep.equal(['2025', '2025년']);
  });
});
