// The figure's markup is a pure function of a plain model (src/base/figure.ts): it must run in
// Node, where there is no DOM, so that static rendering can use the same function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderFigure } from '../../dist/base/figure.js';

/** Every text a template would write, in order: its values, nested templates, and what directives hold. */
function textsOf(value, out = []) {
  if (value === null || value === undefined || typeof value === 'symbol' || typeof value === 'boolean') return out;
  if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const item of value) textsOf(item, out);
  else if (typeof value === 'object' && Array.isArray(value.values)) {
    // A template's values, or a directive's arguments (guard's last one renders its template).
    for (const item of value.values) textsOf(typeof item === 'function' ? item() : item, out);
  }
  return out;
}

const model = {
  lang: 'en',
  state: 'ready',
  headingLevel: 2,
  heading: 'Knowledge services balance',
  description: 'Half-yearly, US dollars',
  notes: 'Figures for H1 2025 are provisional.',
  source: { name: 'Bank of Korea', url: 'https://ecos.bok.or.kr/' },
  view: {
    summary: 'The deficit widened by $0.77B to $4.53B in H1 2025.',
    table: { caption: 'Balance (USD)', columns: ['Period', 'Balance'], rows: [['H2 2024', '−$3.76B'], ['H1 2025', null]], raw: [] },
    keyNotes: ['Hatched bars are provisional figures.'],
    periodTag: '2024H2-2025H1',
  },
  drawn: true,
  focusable: true,
  tableShown: false,
  printing: false,
  announcement: '',
  retryable: false,
  debug: false,
  warnings: [],
};
const actions = { retry() {}, toggleTable() {}, export() {}, keydown() {}, leave() {} };

test('renderFigure runs in Node and writes the heading, summary, table, notes and source of its model', () => {
  assert.equal(typeof globalThis.document, 'undefined', 'no DOM here');
  const texts = textsOf(renderFigure(model, actions));
  for (const expected of ['Knowledge services balance', 'Half-yearly, US dollars', 'The deficit widened by $0.77B to $4.53B in H1 2025.', 'Balance (USD)', 'H2 2024', '−$3.76B', 'not published', 'Hatched bars are provisional figures.', 'Figures for H1 2025 are provisional.', 'Bank of Korea', 'Show table']) {
    assert.ok(texts.includes(expected), `${expected} in ${JSON.stringify(texts)}`);
  }
});

test('renderFigure tells a reader a short sentence and an editor (debug) the cause; retry only where it may help', () => {
  const failed = { ...model, state: 'error', view: undefined, error: 'the dataset has no "trend" section' };
  const reader = textsOf(renderFigure(failed, actions));
  assert.ok(reader.includes('The chart could not be shown.'));
  assert.ok(!reader.some((text) => text.includes('"trend" section')), 'no technical text for readers');
  assert.ok(!reader.includes('Retry') && !reader.includes('Balance (USD)'));
  const editor = textsOf(renderFigure({ ...failed, debug: true, retryable: true }, actions));
  assert.ok(editor.includes('the dataset has no "trend" section'));
  assert.ok(editor.includes('Retry'));
});
