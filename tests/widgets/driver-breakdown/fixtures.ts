/** The driver-breakdown tests' shared inputs: the seed figures through the real validator, and settings. */
import type { Settings } from '../../../src/base/contracts.js';
import type { DriversSection } from '../../../src/data/types.js';
import { normaliseDataset } from '../../../src/data/validate.js';

export const B = 1e8; // the seed is in 억 달러

/** The seed figures (data-facts.md): H2 2024 → H1 2025. */
export const seedRaw = {
  period: '2025H1', previous: '2024H2', total: -45.3, previousTotal: -37.6,
  items: [
    { id: 'ip-fees', label: { en: 'IP royalties', ko: '지식재산권 사용료' }, value: -24.5, previousValue: -14.4,
      children: [
        { id: 'industrial-property', label: { en: 'Industrial property (patents)', ko: '산업재산권' }, value: -17.5, previousValue: -12.8 },
        { id: 'copyright', label: { en: 'Copyright', ko: '저작권' }, value: -6.0, previousValue: -0.9 },
      ] },
    { id: 'ict', label: { en: 'ICT services', ko: '정보통신서비스' }, value: 19.6, previousValue: 12.8 },
    { id: 'culture-leisure', label: { en: 'Culture & leisure', ko: '문화여가서비스' }, value: 4.4, previousValue: 4.4 },
    { id: 'business-services', label: { en: 'Professional & business services', ko: '사업서비스' }, value: -44.8, previousValue: -40.3,
      children: [{ id: 'rnd', label: { en: 'R&D services', ko: '연구개발' }, value: -30.9, previousValue: null }] },
  ],
};

export function section(raw: unknown, scale = B): DriversSection {
  return normaliseDataset(raw, { currency: 'USD', scale, section: 'drivers' }).drivers!;
}

export const seed = section(seedRaw);

export function settings(overrides: Partial<Omit<Settings, 'variant'>> & { view?: string; sort?: string } = {}): Settings {
  const { view, sort, ...rest } = overrides;
  return {
    lang: 'en',
    currency: 'USD',
    theme: { deficit: '#c2410c', surplus: '#1d6fb8', text: '#1a1a1a', muted: '#666666', background: '#ffffff', grid: '#e5e5e5', fontFamily: 'sans-serif', dark: false },
    width: 640,
    height: 360,
    animation: false,
    ...rest,
    variant: { view, sort },
  };
}
