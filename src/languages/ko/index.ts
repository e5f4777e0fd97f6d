/**
 * The Korean pack, as Korean newspapers write: 45.3억 달러, 6.26조 원 (Yonhap's and the
 * dailies' style: myriad units 만 10⁴, 억 10⁸, 조 10¹², the currency as a word after the
 * figure); long style spells the amount in units as in headlines' body text: 6조2600억 원.
 * Periods: 2025년 상반기, 2024년 3분기, 2025년 7월.
 */
import type { LanguagePack } from '../pack.js';
import type { Messages } from '../../format/messages.js';
import type { AmountParts, NumberWords } from '../../format/money.js';
import type { PeriodWords } from '../../data/periods.js';
import type { Period } from '../../data/types.js';
import { drivers } from './drivers.js';
import { regions } from './regions.js';
import { trend } from './trend.js';

const messages: Messages = {
  showTable: '표 보기',
  hideTable: '표 숨기기',
  getData: '데이터 받기',
  downloadPng: 'PNG 저장',
  downloadSvg: 'SVG 저장',
  retry: '다시 시도',
  loading: '차트를 불러오는 중…',
  noData: '표시할 데이터가 없습니다',
  notPublished: '발표되지 않음',
  provisional: '잠정',
  provisionalName: (name) => `${name}(잠정)`,
  provisionalNote: (names) => `${names} 수치는 잠정치다.`,
  source: '출처',
  notes: '주',
  derived: '추산',
  period: '기간',
  value: '금액',
  previous: '이전',
  change: '증감',
  share: '비중',
  total: '합계',
  category: '항목',
  notApplicable: '해당 없음',
  noNote: '없음',
  yes: '예',
  errorPrefix: '차트를 표시할 수 없습니다',
  keyboardHint: '화살표 키로 항목 사이를 이동하고 Enter 키로 선택하세요',
  surplus: '흑자',
  deficit: '적자',
  balance: '수지',
  chartLabel: (title) => (title ? `차트: ${title}` : '차트'),
  current: (label, value) => `${label}: ${value}`,
  selected: (label, value) => `${label}: ${value} 선택됨`,
  // 「한글 맞춤법」 부록 문장 부호 (국립국어원, 2015): 쌍점과 쉼표는 앞말에 붙여 쓰고 뒷말과는
  // 띄어 쓴다 ("수출: 45억 달러", "수출, 수입"); 소괄호는 그 예시들처럼 앞말에 붙인다
  // ("2025년 상반기(잠정)", as provisionalName already writes it). The rules have no
  // semicolon; "; " between clauses is kept as the press writes it.
  note: (text, note) => `${text}(${note})`,
  labelled: (label, value) => `${label}: ${value}`,
  list: (items) => items.join(', '),
  clauses: (items) => items.join('; '),
};

const CURRENCY_WORDS: Readonly<Record<string, string>> = { USD: '달러', KRW: '원', EUR: '유로', JPY: '엔', CNY: '위안', GBP: '파운드' };

/** The Korean word for a currency (`USD` → 달러, `KRW` → 원); other codes as they are. */
export function currencyWord(currency: string): string {
  return CURRENCY_WORDS[currency.toUpperCase()] ?? currency;
}

const UNITS = [
  { size: 1e4, short: '만', long: '만' },
  { size: 1e8, short: '억', long: '억' },
  { size: 1e12, short: '조', long: '조' },
];

/** 6.26e12 → "6조2600억", 4.53e9 → "45억3000만": the two largest myriad groups, as in news copy. */
function myriads({ value, unit, locale }: AmountParts): string {
  const size = unit?.size ?? 1;
  const abs = Math.abs(value);
  const whole = Math.floor(abs / size + 1e-9);
  const lower = UNITS.filter((u) => u.size < size).at(-1);
  const rest = lower ? Math.round((abs - whole * size) / lower.size) : 0;
  const integer = new Intl.NumberFormat(locale, { useGrouping: false });
  return `${integer.format(whole)}${unit?.short ?? ''}${rest && lower ? `${integer.format(rest)}${lower.short}` : ''}`;
}

const numbers: NumberWords = {
  units: UNITS,
  money: (parts) =>
    `${parts.sign}${parts.style === 'long' && parts.unit ? myriads(parts) : `${parts.figure}${parts.unit?.short ?? ''}`} ${currencyWord(parts.currency)}`,
  // The currency word is in the axis title: `−40억`.
  tick: ({ sign, figure, unit }) => `${sign}${figure}${unit?.short ?? ''}`,
  unitTitle: (unit, currency) => (unit ? `${unit.short} ${currencyWord(currency)}` : currencyWord(currency)),
  minus: '\u2212',
};

const HALVES = ['상반기', '하반기'];

function part(p: Period): string {
  switch (p.granularity) {
    case 'year': return `${p.year}년`;
    case 'half': return HALVES[p.part - 1]!;
    case 'quarter': return `${p.part}분기`;
    case 'month': return `${p.part}월`;
  }
}

const periods: PeriodWords = {
  name: (p) => (p.granularity === 'year' ? `${p.year}년` : `${p.year}년 ${part(p)}`),
  short: (p) => (p.granularity === 'year' ? `${p.year}년` : `${String(p.year % 100).padStart(2, '0')}년 ${part(p)}`),
  part,
  year: (year) => `${year}년`,
};

export const pack: LanguagePack = { locale: 'ko-KR', dir: 'ltr', messages, numbers, periods, trend, drivers, regions };
