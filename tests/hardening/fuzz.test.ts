/**
 * Issue 11, fuzzing with a fixed seed: arbitrary JSON, near-valid datasets with mutated
 * fields, hostile settings and CSV text go through the whole pure pipeline (normaliseDataset,
 * each widget's view.describe and option build). Never an uncaught exception: always an
 * option or a named DataError. Then a smaller number of cases through the elements.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import type { Settings } from '../../src/base/contracts.js';
import { figureCsv } from '../../src/base/csv-export.js';
import { sanitizeOptions } from '../../src/base/sanitize.js';
import { parseCsv } from '../../src/data/tabular.js';
import { DataError, type Dataset, type SectionKey } from '../../src/data/types.js';
import { normaliseDataset } from '../../src/data/validate.js';
import type { ChartElement } from '../../src/base/chart-element.js';
import { trendView } from '../../src/widgets/deficit-trend/view.js';
import { trendChart } from '../../src/widgets/deficit-trend/option.js';
import { driversView } from '../../src/widgets/driver-breakdown/view.js';
import { driversChart } from '../../src/widgets/driver-breakdown/option.js';
import { regionsView } from '../../src/widgets/region-split/view.js';
import { regionsChart } from '../../src/widgets/region-split/option.js';
import { mount, quarterly, unmountAll } from '../helpers.js';
import { PAYLOADS, sleep, until, watchErrors } from './support.js';
// The Korean wording, which the elements load for Korean widgets.
import '../korean.js';
import { WIDGETS } from '../../src/widgets/manifest.js';

type Widget = ChartElement<unknown> & HTMLElement;
const SEED = 20251127;

const widgets = {
  trend: { view: trendView, chart: trendChart },
  drivers: { view: driversView, chart: driversChart },
  regions: { view: regionsView, chart: regionsChart },
} as const;

const theme = { deficit: '#c4410c', surplus: '#1f6fb2', text: '#1a1a1a', muted: '#595959', background: '#ffffff', grid: '#d6d6d6', fontFamily: 'sans-serif', dark: false };

// ---- arbitraries --------------------------------------------------------------------

const hostileText = fc.oneof(fc.constantFrom(...PAYLOADS, '', ' ', '\u0000', '\ud800', 'a'.repeat(240)), fc.string(), fc.string({ unit: 'grapheme' }));
const text = fc.oneof(hostileText, fc.record({ en: hostileText, ko: hostileText }, { requiredKeys: [] }), fc.dictionary(fc.constantFrom('en', 'ko', 'ko-KR', 'EN', '__proto__', 'constructor', 'prototype', ''), hostileText));
// Mostly amounts that stay finite at the scales used here (1e8, 1e12); now and then one that
// overflows (1e308 × 1e8), which validation must name rather than pass on as Infinity.
const number = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e290, max: 1e290, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e-300, -1e300, 1e308, Number.MAX_SAFE_INTEGER, -45.3) },
);
// Bare sections are in one currency (USD): {"KRW": n} there is an error by design, so it is rare.
const money = fc.oneof({ weight: 40, arbitrary: number }, { weight: 6, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: fc.record({ USD: number }, { requiredKeys: [] }) }, { weight: 1, arbitrary: fc.record({ USD: number, KRW: number }) });
const periodsOf = (kind: 'year' | 'half' | 'quarter' | 'month') => {
  const code = { year: (y: number) => `${y}`, half: (y: number, p: number) => `${y}H${(p % 2) + 1}`, quarter: (y: number, p: number) => `${y}Q${(p % 4) + 1}`, month: (y: number, p: number) => `${y}-${String((p % 12) + 1).padStart(2, '0')}` }[kind];
  return fc.uniqueArray(fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 11 })), { maxLength: 12, selector: ([y, p]) => code(y, p) })
    .map((list) => [...new Set(list.map(([y, p]) => code(y, p)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
};
const periods = fc.oneof(periodsOf('year'), periodsOf('half'), periodsOf('quarter'), periodsOf('month'));

const validTrend = periods.chain((ps) =>
  fc.record({
    periods: fc.constant(ps),
    series: fc
      .array(fc.record({ label: text, values: fc.array(money, { minLength: ps.length, maxLength: ps.length }) }, { requiredKeys: ['values'] }), { minLength: 1, maxLength: 3 })
      .map((list) => list.map((series, i) => ({ id: ['balance', '__proto__', 'constructor'][i]!, ...series }))),
    provisional: fc.subarray(ps),
    annotations: fc.array(fc.record({ period: ps.length ? fc.constantFrom(...ps) : fc.constant('2025'), text }), { maxLength: 2 }),
  }),
);
const item = fc.record({ label: text, value: money, previousValue: money }, { requiredKeys: ['label'] });
const validDrivers = fc.record({
  period: fc.constant('2025H1'),
  previous: fc.constantFrom('2024H2', '2024H1', undefined),
  total: money,
  previousTotal: money,
  items: fc
    .array(fc.record({ label: text, value: money, previousValue: money, children: fc.array(item, { maxLength: 3 }) }, { requiredKeys: ['label'] }), { maxLength: 8 })
    .map((list) => list.map((it, i) => ({ ...it, id: `c${i}`, children: (it.children ?? []).map((child, j) => ({ ...child, id: `c${i}-${j}` })) }))),
}, { requiredKeys: ['period', 'items'] });
const segmentIds = ['s1', 's2', 's3'];
const validRegions = fc.subarray(segmentIds).chain((ids) =>
  fc.record({
    period: fc.constantFrom('2025H1', '2025', '2025-07'),
    total: money,
    segments: fc.constant(ids.map((id) => ({ id, label: `${id} ${PAYLOADS[0]}` }))),
    items: fc
      .array(fc.record({ label: text, value: money, derived: fc.boolean(), note: text, values: ids.length ? fc.dictionary(fc.constantFrom(...ids), money) : fc.constant(undefined) }, { requiredKeys: ['label'] }), { maxLength: 8 })
      .map((list) => list.map((it, i) => ({ ...it, id: `r${i}` }))),
  }, { requiredKeys: ['period', 'items'] }),
);

/** Near-valid: a valid section with one field replaced by anything. */
function mutate<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), fc.jsonValue()).map(([value, pick, replacement]) => {
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    const slots: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach((child, i) => (slots.push([node, i]), walk(child)));
      else if (node && typeof node === 'object') for (const key of Object.keys(node)) (slots.push([node as Record<string, unknown>, key]), walk((node as Record<string, unknown>)[key]));
    };
    walk(copy);
    if (slots.length) {
      const [parent, key] = slots[pick % slots.length]!;
      (parent as Record<string | number, unknown>)[key] = replacement;
    }
    return copy;
  });
}

const sections: Record<SectionKey, fc.Arbitrary<unknown>> = {
  trend: fc.oneof({ weight: 3, arbitrary: validTrend }, { weight: 2, arbitrary: mutate(validTrend) }, fc.jsonValue()),
  drivers: fc.oneof({ weight: 3, arbitrary: validDrivers }, { weight: 2, arbitrary: mutate(validDrivers) }, fc.jsonValue()),
  regions: fc.oneof({ weight: 3, arbitrary: validRegions }, { weight: 2, arbitrary: mutate(validRegions) }, fc.jsonValue()),
};

const settingsArb = (section: SectionKey): fc.Arbitrary<Omit<Settings, 'currency'>> =>
  fc.record({
    lang: fc.constantFrom('en' as const, 'ko' as const),
    theme: fc.constant(theme),
    highlight: fc.oneof(fc.constant(undefined), fc.constantFrom('2025H1', 'a', 's1', '__proto__', ''), hostileText),
    variant: fc.record({
      type: fc.oneof(fc.constantFrom('bar', 'line'), hostileText),
      view: fc.oneof(fc.constantFrom('balance', 'change'), hostileText),
      sort: fc.oneof(fc.constantFrom('value', 'data', 'change', 'name'), hostileText),
    }, { requiredKeys: [] }),
    width: fc.oneof(fc.constantFrom(0, 1, 200, 479, 480, 640, 1600), fc.integer({ min: -10, max: 5000 })),
    height: fc.oneof(fc.constantFrom(0, 1, 220, 360, 800), fc.integer({ min: -10, max: 5000 })),
    animation: fc.boolean(),
  }).map((s) => ({ ...s, section } as Omit<Settings, 'currency'>));

/** The whole pure path; returns 'option' or 'error' and throws on anything but a DataError. */
function pipeline(raw: unknown, section: SectionKey, partial: Omit<Settings, 'currency'>, currency = 'USD'): 'option' | 'error' | 'empty' {
  let dataset: Dataset;
  try {
    dataset = normaliseDataset(raw, { currency, scale: 1e8, section });
  } catch (error) {
    if (error instanceof DataError) {
      expect(error.message).to.be.a('string').and.not.equal('');
      return 'error';
    }
    throw error;
  }
  const data = dataset[section];
  if (!data) return 'error';
  const { view, chart } = widgets[section] as { view: typeof trendView; chart: typeof trendChart };
  const settings: Settings = { ...partial, currency: dataset.meta.currencies[0] ?? currency };
  if (view.isEmpty(data as never)) return 'empty';
  const figure = view.describe(data as never, settings);
  expect(figure.summary).to.be.a('string');
  expect(figure.table.rows.every((row) => row.length === figure.table.columns.length || row.length > 0)).to.equal(true);
  const { table } = figure;
  for (const row of table.raw) expect(row.length, 'a money flag per column of the CSV').to.equal(table.moneyColumns.length);
  if (table.provisionalRows) expect(table.provisionalRows.length, 'a provisional flag per row of the CSV').to.equal(table.raw.length);
  expect(figureCsv(table, settings.currency, settings.lang)).to.match(/\r\n$/);
  const build = chart.build(data as never, settings);
  expect(build.option).to.be.an('object');
  // The option must survive what ECharts does with it (a deep clone) and JSON (export paths).
  JSON.stringify(build.option, (_key, value: unknown) => (typeof value === 'function' ? undefined : value));
  for (const it of build.items) expect(it.id).to.be.a('string');
  return 'option';
}

describe('fuzzing the pure pipeline (fixed seed)', () => {
  for (const section of ['trend', 'drivers', 'regions'] as const) {
    it(`${section}: 600 datasets (valid, near-valid, any JSON) end in an option or a DataError`, () => {
      const outcomes = { option: 0, error: 0, empty: 0 };
      fc.assert(
        fc.property(sections[section], settingsArb(section), (raw, settings) => {
          outcomes[pipeline(raw, section, settings)]++;
        }),
        { seed: SEED, numRuns: 600 },
      );
      // The generators must reach the builders, not just the validator.
      expect(outcomes.option, JSON.stringify(outcomes)).to.be.greaterThan(150);
      expect(outcomes.error, JSON.stringify(outcomes)).to.be.greaterThan(50);
    });
  }

  it('full datasets with meta and two currencies: 300 cases', () => {
    const full = fc.record({
      meta: fc.record({ title: text, description: text, notes: text, source: fc.record({ name: text, url: fc.oneof(fc.webUrl(), hostileText) }, { requiredKeys: [] }), currencies: fc.constant({ USD: { scale: 1e8 }, KRW: { scale: 1e12 } }) }, { requiredKeys: ['currencies'] }),
      trend: validTrend,
      drivers: validDrivers,
      regions: validRegions,
    });
    fc.assert(
      fc.property(full, fc.constantFrom<SectionKey>('trend', 'drivers', 'regions'), settingsArb('trend'), fc.constantFrom('USD', 'KRW'), (raw, section, settings, currency) => {
        pipeline(raw, section, settings, currency);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('CSV text: 300 cases parse to a section or a DataError, and then draw or fail by name', async () => {
    const cell = fc.oneof(number.map(String), fc.constantFrom('', '-', '−45.3', '1,234.5', 'n/a', 'H1 2025', '2025Q1', '"', '""', '=1+1', ...PAYLOADS), fc.string());
    const csv = fc
      .tuple(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'))
      .map(([rows, sep, eol]) => rows.map((r) => r.join(sep)).join(eol));
    await fc.assert(
      fc.asyncProperty(fc.oneof(csv, fc.string()), fc.constantFrom<SectionKey>('trend', 'drivers', 'regions'), settingsArb('trend'), async (textIn, section, settings) => {
        let raw: unknown;
        try {
          raw = await parseCsv(textIn, section, 'fuzz.csv');
        } catch (error) {
          if (error instanceof DataError) return;
          throw error;
        }
        pipeline(raw, section, settings);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('options sanitising: 300 arbitrary objects lose every prototype key and, untrusted, every HTML key', () => {
    const keys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'formatter', 'extraCssText', 'link', 'sublink', 'appendTo', 'renderMode', 'series', 'grid', 'a');
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.dictionary(keys, tie('node'), { maxKeys: 4 }), fc.array(tie('node'), { maxLength: 3 })),
    })).node;
    fc.assert(
      fc.property(tree, fc.boolean(), (value, trusted) => {
        const json = JSON.parse(JSON.stringify(value ?? null)) as unknown; // own "__proto__" keys, as JSON.parse makes them
        const out = sanitizeOptions(json, trusted);
        const bad = trusted ? ['__proto__', 'constructor', 'prototype'] : ['__proto__', 'constructor', 'prototype', 'formatter', 'extraCssText', 'link', 'sublink', 'appendTo', 'renderMode'];
        const walk = (node: unknown): void => {
          if (node && typeof node === 'object') {
            for (const key of Object.keys(node)) {
              expect(bad, key).to.not.include(key);
              walk((node as Record<string, unknown>)[key]);
            }
          }
        };
        walk(out);
        expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('fuzzing the elements (fixed seed)', () => {
  afterEach(unmountAll);

  it('50 widgets with generated data and attributes: never an uncaught error, always ready, empty or a named error', async () => {
    const tagOf = (section: SectionKey) => WIDGETS.find((widget) => widget.section === section)!.tag;
    const attr = fc.record({
      lang: fc.constantFrom('en', 'ko', 'ko-KR', 'xx', '', '<b>'),
      currency: fc.constantFrom('USD', 'KRW', 'usd', '', '<img src=x>'),
      theme: fc.constantFrom('light', 'dark', 'auto', 'neon', ''),
      renderer: fc.constantFrom('svg', 'canvas', 'webgl', ''),
      highlight: fc.oneof(fc.constantFrom('2025H1', 's1', '__proto__'), hostileText),
      type: fc.constantFrom('bar', 'line', 'pie'),
      view: fc.constantFrom('balance', 'change', 'x'),
      sort: fc.constantFrom('value', 'data', 'x'),
      scale: fc.constantFrom('1', '1e8', '0', '-1', 'abc', 'Infinity'),
      options: fc.oneof(fc.constantFrom('', '{', 'null', '[]', '{"grid":{"left":"50%"}}', '{"__proto__":{"polluted":1}}', '{"series":[{"type":"pie"}]}', '{"xAxis":null}'), fc.json()),
    }, { requiredKeys: [] });
    const cases = fc.sample(
      fc.tuple(fc.constantFrom<SectionKey>('trend', 'drivers', 'regions'), fc.oneof(sections.trend, sections.drivers, sections.regions), attr),
      { seed: SEED, numRuns: 50 },
    );
    const errors = watchErrors();
    try {
      for (const [index, [section, raw, attrs]] of cases.entries()) {
        const el = mount<Widget>(`<${tagOf(section)} eager></${tagOf(section)}>`);
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
        el.setAttribute('data', JSON.stringify(raw ?? null));
        await until(() => ['ready', 'empty', 'error'].includes(el.state) && (el.state !== 'error' || Boolean(el.shadowRoot?.querySelector('[part="error"]'))), () => `case ${index} (${section}) settles: ${el.state} ${JSON.stringify(attrs)} ${JSON.stringify(raw).slice(0, 400)}`, 8000).catch(async (error: unknown) => {
          // A widget waiting for a draw that never comes is a failure too; give it one more look.
          await sleep(200);
          if (!['ready', 'empty', 'error'].includes(el.state)) throw error;
        });
        if (el.state === 'error') expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent, `case ${index}`).to.match(/\S/);
        el.parentElement!.remove();
      }
    } finally {
      errors.stop();
    }
    expect(errors.errors).to.deep.equal([]);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('the quarterly dataset still draws after the fuzzing (no global state left broken)', async () => {
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    el.data = quarterly;
    await until(() => el.state === 'ready', 'ready');
  });
});
