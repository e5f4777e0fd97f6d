/**
 * Money as Japanese newspapers print it: the figure, a myriad unit (万 10⁴, 億 10⁸, 兆 10¹²)
 * and the currency as a word, with no space: 45.3億ドル, 3.1兆円. Long style spells the two
 * largest myriad groups, as Nikkei's body text does: 45億3000万ドル, 4兆5300億円.
 * Sources are listed in ./index.ts.
 */
import type { CurrencyCode } from '../../data/types.js';
import type { AmountParts, Magnitude, NumberWords } from '../../format/money.js';

// Nikkei's words for the currencies it names most (豪ドル, not オーストラリアドル).
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  USD: 'ドル',
  JPY: '円',
  EUR: 'ユーロ',
  KRW: 'ウォン',
  CNY: '元',
  GBP: 'ポンド',
  CHF: 'スイスフラン',
  AUD: '豪ドル',
  CAD: 'カナダドル',
  HKD: '香港ドル',
  TWD: '台湾ドル',
  SGD: 'シンガポールドル',
  INR: 'ルピー',
};

/** What follows the figure: the currency word (`ドル`), else the ISO code after a no-break space. */
export function currencyWord(currency: CurrencyCode): string {
  return CURRENCY_WORDS[currency.toUpperCase()] ?? `\u00a0${currency}`;
}

const UNITS: readonly Magnitude[] = [
  { size: 1e4, short: '万', long: '万' },
  { size: 1e8, short: '億', long: '億' },
  { size: 1e12, short: '兆', long: '兆' },
];

/** 1 and the myriads, smallest first: each group of the long style counts one of these. */
const GROUPS: readonly Magnitude[] = [{ size: 1, short: '', long: '' }, ...UNITS];

interface Separators {
  readonly decimal: string;
  readonly group: string;
}

const separatorsByLocale = new Map<string, Separators>();

/** The decimal and group separators Intl writes in `locale`. */
function separators(locale: string): Separators {
  let found = separatorsByLocale.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.5);
    found = { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: parts.find((p) => p.type === 'group')?.value ?? '' };
    separatorsByLocale.set(locale, found);
  }
  return found;
}

/**
 * Intl's figure without its group separators: a figure beside a myriad unit has at most
 * four digits before the point, and Japanese papers group none ("4530億", not "4,530億").
 */
function ungrouped(figure: string, locale: string): string {
  const { group } = separators(locale);
  return group ? figure.split(group).join('') : figure;
}

/** How many digits follow the decimal separator in `figure`. */
function fractionDigits(figure: string, locale: string): number {
  return figure.split(separators(locale).decimal)[1]?.length ?? 0;
}

/**
 * 4.53e9 → "45億3000万", 6.26e12 → "6兆2600億", 3e11 → "3000億", 12345 → "1万2345":
 * the amount as shown (rounded to the figure's last digit), in its two largest myriad
 * groups; '' when it rounds to zero.
 */
function myriads({ value, unit, figure, locale }: AmountParts): string {
  if (!unit) return value === 0 ? '' : ungrouped(figure, locale); // below 1万: the figure as Intl wrote it
  const step = unit.size / 10 ** fractionDigits(figure, locale);
  const abs = Math.round(Math.abs(value) / step) * step;
  const integer = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
  // From the largest unit down, the first whose lower group counts at least one myriad.
  for (let top = GROUPS.length - 1; top >= 1; top--) {
    const lower = GROUPS[top - 1]!;
    const count = Math.round(abs / lower.size);
    if (count < 1e4) continue;
    const whole = Math.floor(count / 1e4);
    const rest = count % 1e4;
    return `${integer.format(whole)}${GROUPS[top]!.long}${rest ? `${integer.format(rest)}${lower.long}` : ''}`;
  }
  return abs === 0 ? '' : integer.format(abs);
}

function money(parts: AmountParts): string {
  const word = currencyWord(parts.currency);
  if (parts.style === 'long') {
    const spelled = myriads(parts);
    return spelled ? `${parts.sign}${spelled}${word}` : `${new Intl.NumberFormat(parts.locale).format(0)}${word}`;
  }
  return `${parts.sign}${ungrouped(parts.figure, parts.locale)}${parts.unit?.short ?? ''}${word}`;
}

export const numbers: NumberWords = {
  units: UNITS,
  money,
  // Nikkei's charts name the unit and currency once, over the axis: ticks are "−40億".
  tick: ({ sign, figure, unit, locale }) => `${sign}${ungrouped(figure, locale)}${unit?.short ?? ''}`,
  unitTitle: (unit, currency) => `${unit?.short ?? ''}${currencyWord(currency)}`.trim(),
  minus: '\u2212',
};
