/**
 * Japan's goods trade balance in trillion yen by fiscal half-year, by partner: a second
 * story in another currency, as a newsroom would publish it.
 */
export const japanGoods = {
  meta: {
    title: { en: "Japan's goods trade balance", ko: '일본 상품 무역수지' },
    source: { name: { en: 'Ministry of Finance, Japan', ko: '일본 재무성' }, url: 'https://www.customs.go.jp/' },
    credit: { en: 'Graphic: The Harbour Gazette', ko: '그래픽: 하버 가제트' },
    currencies: { JPY: { scale: 1e12 } },
  },
  trend: {
    periods: ['2023H1', '2023H2', '2024H1', '2024H2', '2025H1'],
    series: [{ id: 'balance', label: { en: 'Balance', ko: '수지' }, values: [-3.1, -2.45, null, -1.9, -3.05] }],
    provisional: ['2025H1'],
    annotations: [
      // What a spreadsheet would run as a formula: the CSV must keep it text.
      { period: '2024H2', text: '=HYPERLINK("https://example.test","click")' },
      { period: '2025H1', text: 'Energy imports fell, exports rose' },
    ],
  },
  regions: {
    period: '2025H1',
    total: -3.05,
    items: [
      { id: 'cn', label: 'China', value: -2.1 },
      { id: 'us', label: 'United States', value: 2.9 },
      { id: 'eu', label: 'European Union', value: -0.45 },
      { id: 'me', label: 'Middle East', value: -3.4 },
    ],
  },
};
