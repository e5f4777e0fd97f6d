/**
 * Datasets for the layout rules, none of them the shipped story: long labels, many
 * categories, values near zero, all-negative and all-positive sets. Each is a whole dataset
 * (trend, drivers, regions), so one loop draws all three widgets from it.
 */

const meta = (currency: string, scale: number) => ({ title: 'Layout check', currencies: { [currency]: { scale } } });

/** Euro millions, quarters, names as a statistics office writes them. */
export const longLabels = {
  meta: meta('EUR', 1e6),
  trend: {
    periods: ['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2'],
    series: [{ id: 'balance', label: 'Balance of charges for the use of intellectual property', values: [-812, -905, -1010, -998, -1120, null, -1310, -1402, -1388, -1533] }],
    provisional: ['2025Q2'],
    annotations: [{ period: '2025Q2', text: 'The widest quarterly deficit on record, after licence fees for audiovisual works rose' }],
  },
  drivers: {
    period: '2025Q2',
    previous: '2025Q1',
    total: -1533,
    previousTotal: -1388,
    items: [
      { id: 'ip', label: 'Charges for the use of intellectual property not included elsewhere', value: -702, previousValue: -655, children: [{ id: 'licences', label: 'Licences to reproduce and distribute audiovisual and related products', value: -410, previousValue: -380 }] },
      { id: 'rd', label: 'Research and development services purchased from non-resident laboratories', value: -455, previousValue: -431 },
      { id: 'telecom', label: 'Telecommunications, computer and information services', value: 212, previousValue: 190 },
      { id: 'personal', label: 'Personal, cultural and recreational services including streaming subscriptions', value: -588, previousValue: -492 },
    ],
  },
  regions: {
    period: '2025Q2',
    total: -1533,
    items: [
      { id: 'eu', label: 'European Union (27 member states, excluding the euro area aggregates)', value: -640 },
      { id: 'us', label: 'United States of America and its overseas territories', value: -1120 },
      { id: 'asia', label: 'Asia and Oceania, including the Gulf Cooperation Council countries', value: 405 },
      { id: 'rest', label: 'Rest of the world, including international organisations', value: -178 },
    ],
  },
};

const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

/** Yen billions, months, ten categories with sub-items, nine regions. */
export const many = {
  meta: meta('JPY', 1e9),
  trend: {
    periods: months,
    series: [{ id: 'balance', label: 'Digital balance', values: months.map((_, i) => (i === 7 ? null : Math.round(-420 - 40 * Math.sin(i) - 9 * i))) }],
  },
  drivers: {
    period: '2025-12',
    previous: '2025-11',
    items: Array.from({ length: 10 }, (_, i) => ({
      id: `c${i}`,
      label: ['Cloud services', 'Online advertising', 'Software licences', 'Games', 'Video streaming', 'Music', 'Consulting', 'Research', 'Design', 'Data services'][i],
      value: [-310, -220, -180, 45, -120, -30, 60, -90, 12, -5][i],
      previousValue: [-290, -230, -150, 40, -100, -35, 70, -60, 10, 3][i],
      children: i < 2 ? [{ id: `c${i}a`, label: 'of which from the United States', value: [-250, -190][i], previousValue: [-240, -200][i] }] : [],
    })),
  },
  regions: {
    period: '2025-12',
    items: ['United States', 'China', 'European Union', 'United Kingdom', 'Singapore', 'India', 'South Korea', 'Taiwan', 'Others'].map((label, i) => ({
      id: `r${i}`,
      label,
      value: [-980, 120, -310, -95, -60, 45, 88, 30, -20][i],
    })),
  },
};

/** Pounds millions, half-years, values around zero. */
export const nearZero = {
  meta: meta('GBP', 1e6),
  trend: { periods: ['2023H1', '2023H2', '2024H1', '2024H2', '2025H1'], series: [{ id: 'balance', label: 'Balance', values: [0.4, -0.2, 0, 0.1, -0.3] }] },
  drivers: {
    period: '2025H1',
    previous: '2024H2',
    items: [
      { id: 'a', label: 'Architecture', value: 0.02, previousValue: -0.01 },
      { id: 'b', label: 'Engineering', value: -0.03, previousValue: 0 },
      { id: 'c', label: 'Translation', value: 0, previousValue: 0.01 },
    ],
  },
  regions: { period: '2025H1', items: [{ id: 'a', label: 'North', value: 0.01 }, { id: 'b', label: 'South', value: -0.02 }, { id: 'c', label: 'East', value: 0 }] },
};

/** Dollars billions, years, every figure a deficit. */
export const allNegative = {
  meta: meta('USD', 1e9),
  trend: { periods: ['2019', '2020', '2021', '2022', '2023', '2024'], series: [{ id: 'balance', label: 'Balance', values: [-3.1, -4.2, -5.6, -7.9, -6.4, -8.8] }] },
  drivers: {
    period: '2024',
    previous: '2023',
    total: -8.8,
    previousTotal: -6.4,
    items: [
      { id: 'a', label: 'Royalties', value: -4.1, previousValue: -3.2 },
      { id: 'b', label: 'Research and development', value: -2.9, previousValue: -2.0 },
      { id: 'c', label: 'Subscriptions', value: -1.8, previousValue: -1.2 },
    ],
  },
  regions: { period: '2024', total: -8.8, items: [{ id: 'a', label: 'North America', value: -5.2 }, { id: 'b', label: 'Europe', value: -2.4 }, { id: 'c', label: 'Asia', value: -1.2 }] },
};

/** Swiss francs millions, years, every figure a surplus. */
export const allPositive = {
  meta: meta('CHF', 1e6),
  trend: { periods: ['2019', '2020', '2021', '2022', '2023', '2024'], series: [{ id: 'balance', label: 'Balance', values: [1210, 1380, 1555, 1720, 1690, 1985] }] },
  drivers: {
    period: '2024',
    previous: '2023',
    items: [
      { id: 'a', label: 'Pharmaceutical patents', value: 1120, previousValue: 980 },
      { id: 'b', label: 'Watch design licences', value: 540, previousValue: 560 },
      { id: 'c', label: 'Financial software', value: 325, previousValue: 150 },
    ],
  },
  regions: { period: '2024', items: [{ id: 'a', label: 'Europe', value: 1010 }, { id: 'b', label: 'Americas', value: 655 }, { id: 'c', label: 'Asia', value: 320 }] },
};

export const DATASETS = { longLabels, many, nearZero, allNegative, allPositive } as const;
