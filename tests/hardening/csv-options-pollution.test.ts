/**
 * Issue 11: "Get the data" guards formula injection; prototype pollution through options
 * and data keys is ignored; options typed into the attribute lose ECharts' HTML-injection keys
 * while options set from code keep a formatter function.
 */
import { expect } from '@esm-bundle/chai';
import { toCsv } from '../../src/base/csv-export.js';
import { HTML_INJECTION_KEYS, sanitizeOptions } from '../../src/base/sanitize.js';
import type { ChartElement } from '../../src/base/chart-element.js';
import { mount, quarterly, unmountAll, until, untilState } from '../helpers.js';
import { PAYLOADS } from './support.js';
import { WIDGETS } from '../../src/widgets/manifest.js';

type Widget = ChartElement<unknown> & HTMLElement;

/** Splits RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells. */
function parseCsvText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"', i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  if (cell !== '' || row.length) (row.push(cell), rows.push(row));
  return rows;
}

const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-1+cmd|\' /C calc\'!A0', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '=cmd|"/c calc"!A1'];

describe('CSV export: formula injection', () => {
  it('prefixes every text cell that a spreadsheet would run, and round-trips the rest', () => {
    const csv = toCsv(['label', 'value'], [...FORMULAS.map((f) => [f, -1.5]), ['plain, "quoted"\nline', null], ...PAYLOADS.map((p) => [p, 2])]);
    const rows = parseCsvText(csv);
    expect(rows[0]).to.deep.equal(['label', 'value']);
    FORMULAS.forEach((formula, i) => {
      expect(rows[i + 1]![0], formula).to.equal(`'${formula}`);
      expect(rows[i + 1]![1]).to.equal('-1.5'); // a negative number is a number
    });
    expect(rows[FORMULAS.length + 1]).to.deep.equal(['plain, "quoted"\nline', '']);
    PAYLOADS.forEach((p, i) => expect(rows[FORMULAS.length + 2 + i]![0]).to.equal(/^[=+\-@\t\r]/.test(p) ? `'${p}` : p));
    expect(csv.endsWith('\r\n')).to.equal(true);
  });

  it('guards the header too, and leading whitespace before a formula lead', () => {
    const rows = parseCsvText(toCsv(['=1+1', ' =1+1', '\u00a0@x'], [['\n=1', ' +1', 'ok']]));
    expect(rows[0]![0]).to.equal("'=1+1");
    for (const cell of [...rows[0]!, ...rows[1]!]) expect(cell, JSON.stringify(cell)).to.not.match(/^[\s\u00a0]*[=+\-@]/);
  });

  describe('the "Get the data" button', () => {
    let captured: Blob[] = [];
    const original = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    beforeEach(() => {
      captured = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) captured.push(blob);
        return 'blob:captured';
      };
      HTMLAnchorElement.prototype.click = function () {}; // no download dialog in the test browser
    });
    afterEach(() => {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
      unmountAll();
    });

    it('downloads a CSV whose formula-like labels are neutralised', async () => {
      const el = mount<Widget>('<driver-breakdown eager></driver-breakdown>');
      el.data = {
        period: '2025H1',
        previous: '2024H2',
        items: FORMULAS.map((label, i) => ({ id: `i${i}`, label, value: -i - 1, previousValue: i })),
      };
      await untilState(el, 'ready');
      await el.updateComplete;
      const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /data/i.test(b.textContent ?? ''))!;
      button.click();
      // The download code is fetched on the first click.
      await until(() => captured.length > 0, 'the CSV download', 5000);
      expect(captured).to.have.length(1);
      expect(captured[0]!.type).to.match(/^text\/csv/);
      const text = (await captured[0]!.text()).replace(/^\uFEFF/, '');
      const cells = parseCsvText(text).flat();
      for (const formula of FORMULAS) expect(cells.some((c) => c.endsWith(formula.replace(/^[\t\r]/, '')) || c.includes(formula.trim())), formula).to.equal(true);
      for (const cell of cells) expect(cell, JSON.stringify(cell)).to.not.match(/^[\s]*[=+@]|^[\t\r]|^-[^\d.]/);
    });
  });
});

const POLLUTERS = ['__proto__', 'constructor', 'prototype'];

function pollutedJson(inner: string): string {
  return `{"__proto__":{"polluted":"${inner}"},"constructor":{"prototype":{"polluted":"${inner}"}},"prototype":{"polluted":"${inner}"}}`;
}

describe('prototype pollution', () => {
  afterEach(() => {
    unmountAll();
    for (const key of ['polluted']) delete (Object.prototype as Record<string, unknown>)[key];
  });

  const clean = () => expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype polluted').to.equal(undefined);

  it('sanitizeOptions drops prototype keys at every depth', () => {
    const raw = JSON.parse(`{"a":${pollutedJson('x')},"series":[${pollutedJson('y')}],${pollutedJson('z').slice(1)}`) as unknown;
    const out = sanitizeOptions(raw, false) as Record<string, unknown>;
    const seen: string[] = [];
    const walk = (value: unknown) => {
      if (value && typeof value === 'object') for (const key of Object.keys(value)) (seen.push(key), walk((value as Record<string, unknown>)[key]));
    };
    walk(out);
    for (const key of POLLUTERS) expect(seen).to.not.include(key);
    expect(Object.getPrototypeOf(out)).to.equal(Object.prototype);
    clean();
  });

  it('options from the attribute and the property, with prototype keys, change nothing global and the chart draws', async () => {
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    el.setAttribute('options', `{"grid":${pollutedJson('attr')},"series":[${pollutedJson('attr')}],${pollutedJson('attr').slice(1)}`);
    el.options = JSON.parse(`{"yAxis":${pollutedJson('prop')},${pollutedJson('prop').slice(1)}`) as Record<string, unknown>;
    el.data = quarterly;
    await untilState(el, 'ready');
    clean();
    expect(el.chart!.getOption()).to.have.property('series');
  });

  for (const section of ['trend', 'drivers', 'regions'] as const) {
    it(`dataset keys __proto__ / constructor / prototype are ignored (${section})`, async () => {
      const tag = WIDGETS.find((widget) => widget.section === section)!.tag;
      // Built as text, so "__proto__" is an own key the way JSON.parse makes it.
      const json = JSON.stringify(quarterly)
        .replace(/^\{/, `{${pollutedJson('top').slice(1, -1)},`)
        .replace(/"meta":\{/, `"meta":{${pollutedJson('meta').slice(1, -1)},`)
        .replace(/"title":\{/, `"title":{${pollutedJson('title').slice(1, -1)},`)
        .replace(/\{"USD":-120/, `{${pollutedJson('money').slice(1, -1)},"USD":-120`)
        .replace(/"currencies":\{/, `"currencies":{${pollutedJson('cur').slice(1, -1)},`)
        .replace(/"items":\[\{/g, `"items":[{${pollutedJson('item').slice(1, -1)},`);
      expect(Object.hasOwn(JSON.parse(json) as object, '__proto__')).to.equal(true);
      const el = mount<Widget>(`<${tag} eager></${tag}>`);
      el.setAttribute('data', json);
      await untilState(el, 'ready');
      clean();
      // And as a property (the object JSON.parse made, own "__proto__" keys included).
      el.removeAttribute('data');
      el.data = JSON.parse(json);
      await untilState(el, 'ready');
      clean();
    });
  }

  it('segment values keyed "__proto__" are ignored', async () => {
    const el = mount<Widget>('<region-split eager></region-split>');
    el.setAttribute(
      'data',
      '{"period":"2025H1","segments":[{"id":"a","label":"A"}],"items":[{"id":"r","label":"R","values":{"a":-1,"__proto__":{"polluted":1},"constructor":2}}]}',
    );
    await untilState(el, 'ready');
    clean();
  });
});

describe('options: attribute (untrusted) vs property (trusted)', () => {
  afterEach(unmountAll);

  const hostile = {
    tooltip: { formatter: '<img src=x onerror="window.__pwned=1">{b}', extraCssText: 'background:url(javascript:1)', renderMode: 'html', appendTo: 'body' },
    title: { show: true, text: 'T', link: 'javascript:window.__pwned=1', sublink: 'javascript:1', subtext: 's' },
    series: [{ label: { formatter: '<b>{b}</b>' } }],
    yAxis: { axisLabel: { formatter: '<img src=x>' } },
    grid: { left: 40 },
  };

  function collectKeys(value: unknown, path = '', out: { key: string; value: unknown; path: string }[] = []) {
    if (Array.isArray(value)) value.forEach((v, i) => collectKeys(v, `${path}[${i}]`, out));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        out.push({ key, value: v, path: `${path}.${key}` });
        collectKeys(v, `${path}.${key}`, out);
      }
    }
    return out;
  }

  it('drops formatter, extraCssText, link, sublink, appendTo and renderMode from the attribute', async () => {
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    // No title or tooltip component is registered: ECharts would drop those, so they are checked on the sanitiser.
    el.setAttribute('options', JSON.stringify({ ...hostile, title: undefined, tooltip: undefined }));
    el.data = quarterly;
    await untilState(el, 'ready');
    const option = el.chart!.getOption() as Record<string, unknown>;
    expect((option['grid'] as { left: number }[])[0]!.left, 'other overrides apply').to.equal(40);
    const strings = collectKeys(option).filter((entry) => typeof entry.value === 'string');
    for (const entry of strings) {
      expect(entry.value as string, entry.path).to.not.contain('<img');
      expect(entry.value as string, entry.path).to.not.contain('javascript:');
      expect(entry.value as string, entry.path).to.not.contain('<b>');
    }
    // The label and axis formatters given as strings are gone; the widget's own stay.
    const series = (option['series'] as { label?: { formatter?: unknown } }[])[0]!;
    expect(series.label?.formatter === undefined || typeof series.label.formatter === 'function').to.equal(true);
    const yAxis = (option['yAxis'] as { axisLabel: { formatter: unknown } }[])[0]!;
    expect(typeof yAxis.axisLabel.formatter, 'our own axis formatter stays').to.equal('function');
    expect(collectKeys(option).filter((entry) => entry.key === 'link' || entry.key === 'sublink').map((entry) => entry.value)).to.not.include('javascript:window.__pwned=1');
    expect(sanitizeOptions(hostile, false)).to.deep.equal({ tooltip: {}, title: { show: true, text: 'T', subtext: 's' }, series: [{ label: {} }], yAxis: { axisLabel: {} }, grid: { left: 40 } });
    for (const key of HTML_INJECTION_KEYS) expect(sanitizeOptions({ [key]: 'x', nested: [{ [key]: 'y' }] }, false)).to.deep.equal({ nested: [{}] });
  });

  it('keeps a formatter function from the options property', async () => {
    const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
    const formatter = (value: number) => `≈${value}`;
    el.options = { yAxis: { axisLabel: { formatter } } };
    el.data = quarterly;
    await untilState(el, 'ready');
    const option = el.chart!.getOption() as { yAxis: { axisLabel: { formatter: unknown } }[] };
    expect(option.yAxis[0]!.axisLabel.formatter).to.equal(formatter);
    expect(sanitizeOptions({ title: { link: 'https://example.com/', formatter } }, true)).to.deep.equal({ title: { link: 'https://example.com/', formatter } });
  });

  it('bad options JSON is ignored with a warning, and the chart draws', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = mount<Widget>('<deficit-trend eager></deficit-trend>');
      el.setAttribute('options', '{"grid": {"left": 10,}');
      el.data = quarterly;
      await untilState(el, 'ready');
      expect(String(warnings[0])).to.contain('options attribute');
    } finally {
      console.warn = warn;
    }
  });
});
