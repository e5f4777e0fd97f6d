/** The region-split tests' shared inputs: a theme, settings, and sections built in the normal form. */
import type { Settings, ThemeColors } from '../../../src/base/contracts.js';
import type { Money, RegionItem, RegionsSection, Segment } from '../../../src/data/types.js';
import { parsePeriodCode } from '../../../src/data/periods.js';

export const theme: ThemeColors = {
  deficit: '#aa3300',
  surplus: '#0055aa',
  text: '#111111',
  muted: '#666666',
  background: '#fafafa',
  grid: '#dddddd',
  fontFamily: 'sans-serif',
  dark: false,
};

export function settings(over: Partial<Settings> = {}): Settings {
  return { lang: 'en', currency: 'USD', theme, variant: { sort: 'value' }, width: 640, height: 360, animation: false, ...over };
}

/** Amounts in USD 100 million, as the seed data counts, in absolute units. */
export const e8 = (...values: number[]) => values.map((v) => v * 1e8);

/** USD 100 million, as the seed data counts. */
const usd = (value: number | null): Money | null => (value === null ? null : { USD: value * 1e8, KRW: value * 1e8 * 1380 });

type ItemSpec = [id: string, label: string | Record<string, string>, value: number | null, extra?: Partial<RegionItem> & { segs?: Record<string, number | null> }];

export function section(items: ItemSpec[], opts: { total?: number | null; period?: string; segments?: Segment[] } = {}): RegionsSection {
  return {
    period: parsePeriodCode(opts.period ?? '2025H1')!,
    total: usd(opts.total ?? null),
    segments: opts.segments ?? [],
    provisional: [],
    items: items.map(([id, label, value, extra = {}]) => {
      const { segs, ...rest } = extra;
      const item: RegionItem = {
        id,
        label: typeof label === 'string' ? { en: label } : label,
        value: usd(value),
        derived: false,
        ...rest,
        ...(segs ? { values: Object.fromEntries(Object.entries(segs).map(([k, v]) => [k, usd(v)])) } : {}),
      };
      return item;
    }),
  };
}

/** The published H1 2025 regions (data-facts.md). */
export const h1 = () =>
  section(
    [
      ['asia', { en: 'Asia', ko: '아시아' }, 35.7],
      ['north-america', { en: 'North America', ko: '북미' }, -37.7],
      ['europe', { en: 'Europe', ko: '유럽' }, -21.8],
      ['rest', { en: 'Rest of the world', ko: '기타 지역' }, -21.5, { derived: true, note: { en: 'Total minus the regions above', ko: '전체에서 위 지역을 뺀 값' } }],
    ],
    { total: -45.3 },
  );

export const segments: Segment[] = [
  { id: 'content', label: { en: 'Content', ko: '콘텐츠' } },
  { id: 'core', label: { en: 'Core technology', ko: '핵심 기술' } },
];
