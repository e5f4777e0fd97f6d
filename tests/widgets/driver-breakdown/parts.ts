/** Datasets of the parts-and-wholes tests: a euro-area services balance by category, in EUR billions. */

const meta = { title: { en: 'Euro area: services balance by category' }, currencies: { EUR: { scale: 1e9 } } };

/** Five categories that add up to the totals within rounding (2.6 against 2.7; 1.8 against 1.8): no "Other". */
export const euroRounded = {
  meta,
  drivers: {
    period: '2025Q1', previous: '2024Q4', total: 2.7, previousTotal: 1.8,
    items: [
      { id: 'transport', label: 'Transport', value: -4.3, previousValue: -3.9 },
      { id: 'travel', label: 'Travel', value: 5.2, previousValue: 4.8 },
      { id: 'telecom', label: 'Telecom & IT', value: 12.6, previousValue: 11.9 },
      { id: 'business', label: 'Other business services', value: -8.8, previousValue: -9.4 },
      { id: 'ip', label: 'Charges for IP', value: -2.1, previousValue: -1.6 },
    ],
  },
};

/** Three categories that miss the totals (−1.5 against −2.3; −1.0 against −1.6): "Other" is −0.8 and −0.6. */
export const euroPartial = {
  meta,
  drivers: {
    period: '2025-03', previous: '2025-02', total: -2.3, previousTotal: -1.6,
    items: [
      { id: 'transport', label: 'Transport', value: -2.4, previousValue: -2.0, children: [{ id: 'sea', label: 'Sea freight', value: -1.9, previousValue: -1.5 }] },
      { id: 'travel', label: 'Travel', value: 2.1, previousValue: 1.9 },
      { id: 'other', label: 'Construction', value: -1.2, previousValue: -0.9 },
    ],
  },
};
