/** Datasets of the parts-and-wholes tests: Japan's goods balance by partner, in JPY trillions. */

const meta = { title: { en: 'Japan: goods balance by partner' }, currencies: { JPY: { scale: 1e12 } } };

/** Five partners summing to −5.1 against a published total of −3.1: the rest of the world is +2.0. */
export const japanPartners = {
  meta,
  regions: {
    period: '2024H2',
    total: -3.1,
    items: [
      { id: 'middle-east', label: { en: 'Middle East', ko: '중동' }, inSentence: { en: 'the Middle East' }, value: -5.8 },
      { id: 'china', label: { en: 'China', ko: '중국' }, value: -2.4 },
      { id: 'australia', label: { en: 'Australia', ko: '호주' }, value: -2.1 },
      { id: 'united-states', label: { en: 'United States', ko: '미국' }, inSentence: { en: 'the United States' }, value: 4.3 },
      { id: 'asean', label: { en: 'ASEAN', ko: '아세안' }, value: 0.9 },
    ],
  },
};

/** Three deficit partners summing to −2.5 against −3.1: every part, the rest (−0.6) included, a deficit. */
export const japanDeficits = {
  meta,
  regions: {
    period: '2024H2',
    total: -3.1,
    items: [
      { id: 'middle-east', label: 'Middle East', value: -1.2 },
      { id: 'china', label: 'China', value: -0.8 },
      { id: 'australia', label: 'Australia', value: -0.5 },
    ],
  },
};

/** The partners add up within rounding (−3.0 − 0.2 against −3.1): no remainder. */
export const japanRounded = {
  meta,
  regions: {
    period: '2025Q1',
    total: -3.1,
    items: [
      { id: 'middle-east', label: 'Middle East', value: -3.0 },
      { id: 'china', label: 'China', value: -0.2 },
    ],
  },
};

/** A partner already called "rest" in the data, and a rest that does not add up. */
export const japanRestTaken = {
  meta,
  regions: {
    period: '2025-03',
    total: -1.0,
    items: [
      { id: 'rest', label: 'Rest of Asia', value: -0.4 },
      { id: 'china', label: 'China', value: -0.3 },
    ],
  },
};
