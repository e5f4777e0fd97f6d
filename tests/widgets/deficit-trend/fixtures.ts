/** The deficit-trend tests' shared inputs: a theme, settings, and sections through the real validator. */
import type { Settings, ThemeColors } from '../../../src/base/contracts.js';
import type { TrendSection } from '../../../src/data/types.js';
import { normaliseDataset } from '../../../src/data/validate.js';

export const theme: ThemeColors = {
  deficit: '#c0392b',
  surplus: '#2471a3',
  text: '#1a1a1a',
  muted: '#6b6b6b',
  background: '#ffffff',
  grid: '#e0e0e0',
  fontFamily: 'sans-serif',
  dark: false,
};

export function settings(over: Partial<Settings> = {}): Settings {
  return { lang: 'en', currency: 'USD', theme, variant: {}, width: 640, height: 360, animation: false, ...over };
}

/** A trend section through the real validator; values in USD 100 million unless `currencies` says otherwise. */
export function trend(raw: Record<string, unknown>, currencies: Record<string, { scale: number }> = { USD: { scale: 1e8 } }): TrendSection {
  return normaliseDataset({ meta: { currencies }, trend: raw }, { currency: 'USD', scale: 1, section: 'trend' }).trend!;
}

export const knowledge = () =>
  trend({
    periods: ['2023H1', '2023H2', '2024H1', '2024H2', '2025H1'],
    series: [{ id: 'balance', label: { en: 'Knowledge-services balance', ko: '지식서비스 수지' }, values: [-27.2, null, -35.0, -37.6, -45.3] }],
    provisional: ['2025H1'],
    annotations: [{ period: '2025H1', text: { en: 'Deficit widened by $770 million from H2 2024 (preliminary)', ko: '2024년 하반기보다 적자 7.7억 달러 확대(잠정)' } }],
  });

export type Anyish = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
