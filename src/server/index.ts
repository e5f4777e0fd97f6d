/// <reference types="node" />
/**
 * `trade-balance-charts/server`: the widgets drawn ahead of time, in Node (never in a browser
 * bundle). The same data layer, builders, language packs and pure figure as the elements:
 * `renderChart` gives the chart as SVG or PNG (newsletters, print, social cards),
 * `renderFigure` the whole tag with its figure in declarative shadow DOM (pages that paint
 * every chart before any script).
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { render as renderTemplate, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { setPlatformAPI } from 'echarts/core';
import * as classes from '../classes.js';
import type { ChartBuild, FigureView, Settings, WidgetChart, WidgetView } from '../base/contracts.js';
import { renderFigure as figureTemplate, type FigureActions, type FigureModel } from '../base/figure.js';
import { chosenCurrency, plainSettings, sectionWords } from '../base/figure-model.js';
import { figureStyles } from '../base/figure-styles.js';
import { shellStyles } from '../base/styles.js';
import { loadDataset } from '../data/load.js';
import type { Dataset, SectionKey, Sections } from '../data/types.js';
import { normaliseDataset } from '../data/validate.js';
import { init } from '../echarts-registry.js';
import { canonicalTag, hasPack, languageDir, speakable } from '../format/lang.js';
import { languagePack } from '../languages/index.js';
import { sectionScale } from '../widgets/common.js';
import { NARROW_WIDTH } from '../widgets/layout.js';
import { TAGS, WIDGETS } from '../widgets/manifest.js';
import { setTextMeasurer } from '../widgets/text-measure.js';
import { canvasModule, fontMeasurer, requireCanvas } from './fonts.js';

export { loadFonts, FONT_PACKAGES, type FontPackages } from './fonts.js';

export type ServerTag = 'deficit-trend' | 'driver-breakdown' | 'region-split';

export interface RenderOptions {
  /** The widget to draw. */
  readonly tag: ServerTag;
  /** The dataset, as the element's `data` property takes it. Without it, `src` is fetched. */
  readonly data?: unknown;
  /** A URL the rendered tag carries instead of an inline copy of the data (fetched here when `data` is not given). */
  readonly src?: string;
  /** BCP 47 tag; default `en`. */
  readonly lang?: string;
  /** The chart's size in CSS px; default 640 × 400. A chart whose rows need more height grows, as in the browser. */
  readonly width?: number;
  readonly height?: number;
  /** `light` (default) or `dark`. */
  readonly theme?: 'light' | 'dark';
  readonly currency?: string;
  /** The widgets' own attributes: `type` (deficit-trend), `view` and `sort` (driver-breakdown), `sort` (region-split). */
  readonly type?: string;
  readonly view?: string;
  readonly sort?: string;
  readonly highlight?: string;
  /** The `number-style` attribute: `short` (default) or `long`. */
  readonly numberStyle?: 'short' | 'long';
  readonly heading?: string;
  readonly headingLevel?: number;
  /** Written onto the rendered tag (`renderFigure`): when the element takes the figure over in the browser. */
  readonly hydrate?: 'visible' | 'interaction' | 'never';
  /** `svg` (default) or `png` (2×, needs `@napi-rs/canvas`). */
  readonly format?: 'svg' | 'png';
  /** False drops ECharts' hover `<style>` from the SVG (email clients and AMP reject or ignore it). Default true. */
  readonly hoverStyle?: boolean;
  /** The chart's font list, as `--tbc-font-family` sets it on a page; default `system-ui, sans-serif`. */
  readonly fontFamily?: string;
  /** The prefix of the SVG's ids; default a random one per render, so two charts on one page never share a pattern. */
  readonly idPrefix?: string;
  /**
   * `renderFigure`: the width of a second chart, drawn in the phone layout for chart boxes
   * narrower than 480 px (names above their bars, text at its own size rather than the wide
   * chart scaled down); default 360. `false`: the wide chart only, scaled to every box.
   */
  readonly narrowWidth?: number | false;
}

/**
 * The render options that are the element's attributes, in the order the rendered tag writes
 * them. One list for every tool that maps between the two: `renderFigure`, the CLI's flags
 * (`--number-style`), a build reading tags from a page (`scripts/build-static-demo.mjs`).
 */
export const TAG_ATTRIBUTES: readonly { readonly option: keyof RenderOptions; readonly attribute: string; readonly number?: true }[] = [
  { option: 'lang', attribute: 'lang' },
  { option: 'theme', attribute: 'theme' },
  { option: 'src', attribute: 'src' },
  { option: 'currency', attribute: 'currency' },
  { option: 'type', attribute: 'type' },
  { option: 'view', attribute: 'view' },
  { option: 'sort', attribute: 'sort' },
  { option: 'highlight', attribute: 'highlight' },
  { option: 'numberStyle', attribute: 'number-style' },
  { option: 'heading', attribute: 'heading' },
  { option: 'headingLevel', attribute: 'heading-level', number: true },
  { option: 'hydrate', attribute: 'hydrate' },
];

/** The phone chart's size (renderFigure's `narrowWidth`); it shows in a box narrower than layout.ts's NARROW_WIDTH. */
const PHONE_WIDTH = 360;
const PHONE_HEIGHT = 480;

export interface RenderedChart {
  readonly svg?: string;
  readonly png?: Uint8Array;
}

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 400;
const PNG_SCALE = 2;

/** What the server reads of an element instance (protected members of ChartElement). */
interface ElementParts {
  readonly sectionKey: SectionKey;
  loadView(): Promise<WidgetView<unknown>>;
  loadChart(): Promise<WidgetChart<unknown>>;
  variant(): Record<string, string | undefined>;
  [attribute: string]: unknown;
}

/** Everything one render needs, worked out as the element's runtime does. */
interface Prepared {
  readonly element: ElementParts;
  readonly dataset: Dataset;
  readonly section: unknown;
  readonly empty: boolean;
  readonly view: WidgetView<unknown>;
  readonly chart: WidgetChart<unknown>;
  /** The summary's and table's settings (no size), as the runtime's `#settings(false)`. */
  readonly plain: Settings;
  readonly width: number;
  readonly height: number;
}

let measuring: Promise<boolean> | undefined;

/**
 * Hands one font measurer to ECharts and to our builders (the fonts registered first), once.
 * Without `@napi-rs/canvas` both keep their estimates: SVG still renders, with text widths
 * that may differ from a browser's by a few per cent.
 */
function startMeasuring(): Promise<boolean> {
  return (measuring ??= canvasModule().then((canvas) => {
    if (!canvas) {
      console.warn('trade-balance-charts/server: @napi-rs/canvas is not installed; text widths are estimated (npm install @napi-rs/canvas for real font measurement and PNG).');
      return false;
    }
    const measure = fontMeasurer(canvas);
    setTextMeasurer((text, size, family) => measure(text, `${size}px ${family || 'sans-serif'}`));
    setPlatformAPI({
      measureText: (text: string, font?: string) => ({ width: measure(text, font || '12px sans-serif') }),
      // Decal (hatching) patterns draw on a canvas of their own.
      createCanvas: () => canvas.createCanvas(1, 1) as unknown as HTMLCanvasElement,
    });
    return true;
  }));
}

function widgetOf(tag: string) {
  const widget = WIDGETS.find((entry) => entry.tag === tag);
  if (!widget) throw new TypeError(`tag: ${JSON.stringify(tag)} is not a widget; use one of ${TAGS.join(', ')}`);
  return widget;
}

function size(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 50 || value > 10_000) throw new RangeError(`${name}: ${value} is not a chart size in px (50 to 10000)`);
  return Math.round(value);
}

/** An attribute's value must be one the element knows: a typo would otherwise render the default silently. */
function oneOf(name: string, value: unknown, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string)) throw new TypeError(`${name}: ${JSON.stringify(value)}; use ${allowed.join(', ')}`);
}

async function prepare(options: RenderOptions): Promise<Prepared> {
  const widget = widgetOf(options.tag);
  oneOf('theme', options.theme, ['light', 'dark']);
  oneOf('numberStyle', options.numberStyle, ['short', 'long']);
  oneOf('hydrate', options.hydrate, ['visible', 'interaction', 'never']);
  oneOf('format', options.format, ['svg', 'png']);
  // The element class itself (never defined as a tag, never connected): its defaults, its
  // section, its attributes' variant and its code loaders, exactly as on a page.
  const Element = classes[widget.className as 'DeficitTrend'] as unknown as new () => ElementParts;
  const element = new Element();
  for (const name of ['type', 'view', 'sort'] as const) if (options[name] !== undefined) element[name] = options[name];
  const width = size(options.width, DEFAULT_WIDTH, 'width');
  const height = size(options.height, DEFAULT_HEIGHT, 'height');
  const lang = speakable(canonicalTag(options.lang ?? 'en') ?? 'en');
  const key = element.sectionKey;
  await startMeasuring();
  // The pack is installed before the data is read: a table may name periods in it.
  if (!hasPack(lang)) await languagePack(lang);
  const [view, chart] = await Promise.all([element.loadView(), element.loadChart()]);
  const ctx = { currency: options.currency ?? 'USD', section: key };
  let dataset: Dataset;
  if (options.data !== undefined && options.data !== null) dataset = normaliseDataset(options.data, ctx);
  else if (options.src) dataset = await loadDataset(options.src, {}, ctx);
  else throw new TypeError('no data: pass `data` (the dataset object) or `src` (a URL to fetch it from)');
  const section = dataset[key];
  const currency = chosenCurrency(dataset, key, options.currency);
  const style = options.numberStyle === 'long' ? 'long' : 'short';
  const amounts = sectionScale(key, section as Sections[SectionKey], currency, lang, style);
  const base = { lang, dir: languageDir(lang), currency, highlight: options.highlight || undefined, variant: element.variant(), amounts };
  let plain = plainSettings(base, options.theme === 'dark');
  if (options.fontFamily) plain = { ...plain, theme: { ...plain.theme, fontFamily: options.fontFamily } };
  return { element, dataset, section, empty: view.isEmpty(section), view, chart, plain, width, height };
}

/** The chart's option at its size, and the height it takes (more than asked when its rows need it). */
function build(prepared: Prepared): { build: ChartBuild; height: number } {
  if (prepared.empty) throw new Error(`nothing to draw: the ${prepared.element.sectionKey} section has no values`);
  const settings: Settings = { ...prepared.plain, width: prepared.width, height: prepared.height };
  const built = prepared.chart.build(prepared.section, settings);
  const height = built.height && built.height > prepared.height + 0.5 ? Math.ceil(built.height) : prepared.height;
  return { build: built, height };
}

/**
 * ECharts' ids and hover classes restart at `zr0-` in every process: each chart gets its
 * own, with every reference to them (a pattern's `url(#…)`, the hover `<style>`'s selectors),
 * so two charts inlined in one document never take each other's hatching or hover colour.
 * The renderer's own number goes (one SVG is one renderer): a fixed prefix gives the same output every time.
 */
function ownIds(svg: string, prefix: string): string {
  // Hover classes are numbered across the process: numbered again from 0, in order of appearance.
  const classes = new Map<string, number>();
  const renumber = (name: string) => {
    if (!classes.has(name)) classes.set(name, classes.size);
    return `${prefix}-cls-${classes.get(name)}`;
  };
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, (style) => style.replace(/\.zr\d+-/g, `.${prefix}-`))
    .replace(/(\s(?:id|class)="|url\(#|href="#)zr\d+-/g, `$1${prefix}-`)
    .replace(new RegExp(`${prefix}-cls-\\d+`, 'g'), renumber);
}

/** What the live tooltip says over each drawn item, by `series,data` index (the prerendered chart's hover text). */
function tipsOf(built: ChartBuild): Record<string, string> {
  const tips: Record<string, string> = {};
  const { tooltip } = built;
  for (const { seriesIndex, dataIndex } of built.items) {
    const text = tooltip.trigger === 'slot' ? tooltip.text(-1, dataIndex) : tooltip.text(seriesIndex, dataIndex);
    if (text) tips[`${seriesIndex},${dataIndex}`] = text;
  }
  return tips;
}

function svgOf(prepared: Prepared, options: RenderOptions): { svg: string; items: number; tips: Record<string, string> } {
  const { build: built, height } = build(prepared);
  const chart = init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: prepared.width, height });
  let svg: string;
  try {
    chart.setOption(built.option, { notMerge: true });
    svg = chart.renderToSVGString();
  } finally {
    // An undisposed chart keeps a timer alive: the process would never exit.
    chart.dispose();
  }
  if (options.hoverStyle === false) svg = svg.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  const prefix = options.idPrefix ?? `tbc${randomBytes(4).toString('hex')}`;
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) throw new TypeError(`idPrefix: ${JSON.stringify(prefix)} is not an id prefix (a letter, then letters, digits, _ or -)`);
  return { svg: ownIds(svg, prefix), items: built.items.length, tips: tipsOf(built) };
}

/**
 * The same chart drawn for a phone (renderFigure), marked and put before the wide one: the
 * figure's styles show the one that suits the chart box (a container query at 480 px; where
 * there are none, the wide one). None when the wide chart is already that narrow.
 */
function narrowSvg(prepared: Prepared, options: RenderOptions, wideTips: Record<string, string>): string {
  if (options.narrowWidth === false) return '';
  const width = size(options.narrowWidth, PHONE_WIDTH, 'narrowWidth');
  if (width >= NARROW_WIDTH) throw new RangeError(`narrowWidth: ${width} is not below ${NARROW_WIDTH}, the box width under which the phone chart shows`);
  if (width >= prepared.width) return '';
  const prefix = options.idPrefix === undefined ? undefined : `${options.idPrefix}-narrow`;
  const narrow = svgOf({ ...prepared, width, height: Math.max(PHONE_HEIGHT, prepared.height) }, { ...options, idPrefix: prefix });
  // The hover texts are the wide chart's, by series and item: a layout that numbered them otherwise keeps the wide chart only.
  if (JSON.stringify(narrow.tips) !== JSON.stringify(wideTips)) return '';
  return narrow.svg.replace(/^<svg /, '<svg data-narrow="" ');
}

async function pngOf(prepared: Prepared): Promise<Uint8Array> {
  const canvas = await requireCanvas('PNG');
  // Without DOMMatrix, zrender draws decal patterns untransformed: the hatching becomes stripes.
  (globalThis as { DOMMatrix?: unknown }).DOMMatrix ??= canvas.DOMMatrix;
  await import('../echarts-canvas.js');
  const { build: built, height } = build(prepared);
  const target = canvas.createCanvas(prepared.width * PNG_SCALE, height * PNG_SCALE);
  const chart = init(target as unknown as HTMLElement, null, { renderer: 'canvas', width: prepared.width, height, devicePixelRatio: PNG_SCALE });
  try {
    // A browser's canvas takes its direction from the page (ECharts aligns by left and right,
    // as it is). Set after init, which sizes the canvas and so resets its context.
    target.getContext('2d').direction = prepared.plain.dir ?? 'ltr';
    chart.setOption({ ...built.option, backgroundColor: prepared.plain.theme.background }, { notMerge: true });
    return new Uint8Array(target.toBuffer('image/png'));
  } finally {
    chart.dispose();
  }
}

/**
 * A right-to-left chart standing alone (no figure around it, whose styles do this): its texts
 * run right to left, and ECharts' `start`/`end` anchors are swapped back, since in a
 * right-to-left text `start` is its right end (apache/echarts#21465; styles.ts does the same).
 */
function rightToLeft(svg: string): string {
  const swap: Record<string, string> = { start: 'end', end: 'start' };
  return svg.replace(/<text\b([^>]*)>/g, (_, attributes: string) => `<text direction="rtl"${attributes.replace(/\stext-anchor="(start|end)"/, (__, anchor: string) => ` text-anchor="${swap[anchor]}"`)}>`);
}

/**
 * The chart alone: `{ svg }` (default) or `{ png }` at 2× (`format: 'png'`, which needs
 * `@napi-rs/canvas`).
 *
 * @throws TypeError for an unknown tag or missing data; the data layer's DataError for data
 *   it cannot read (its message names the place and the fix); Error when the section is empty.
 */
export async function renderChart(options: RenderOptions): Promise<RenderedChart> {
  const prepared = await prepare(options);
  if (options.format === 'png') return { png: await pngOf(prepared) };
  const { svg } = svgOf(prepared, options);
  return { svg: prepared.plain.dir === 'rtl' ? rightToLeft(svg) : svg };
}

const NO_ACTIONS: FigureActions = { retry() {}, toggleTable() {}, export() {}, keydown() {}, leave() {} };

let version: string | undefined;
/** This package's version, which the element compares with its own before it reuses the markup. */
function packageVersion(): string {
  return (version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
}

let styles: string | undefined;
/** The styles the element adopts (its own and the figure's), without comments and runs of white space (a third smaller). */
function stylesText(): string {
  return (styles ??= `${shellStyles.cssText}\n${figureStyles.cssText}`.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim());
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * JSON for a `<script type="application/json">`: no `</script>` or `<!--` can end or
 * unsettle the script element (both escapes are plain JSON).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
}

/**
 * The whole tag: its attributes, a `<template shadowrootmode="open">` with the element's
 * styles and the figure (heading, summary, table, notes, source, the chart's SVG in its
 * box), then the dataset as a JSON `<script>` child (none when `src` is given: the tag
 * carries the URL). Every text is escaped; data never becomes markup.
 */
export async function renderFigure(options: RenderOptions): Promise<string> {
  if (options.format === 'png') throw new TypeError('format: renderFigure writes HTML with the chart as SVG; use renderChart for a PNG');
  const prepared = await prepare(options);
  const { dataset, plain, view, empty, element } = prepared;
  const lang = plain.lang;
  const figure: FigureView = view.describe(prepared.section, plain);
  const { svg: wideSvg, items, tips } = empty ? { svg: '', items: 0, tips: {} } : svgOf(prepared, options);
  const chartSvg = empty ? '' : narrowSvg(prepared, options, tips) + wideSvg;
  const model: FigureModel = {
    lang,
    dir: plain.dir ?? 'ltr',
    state: empty ? 'empty' : 'ready',
    headingLevel: options.headingLevel,
    ...sectionWords(dataset, element.sectionKey, lang, options.heading),
    retryable: false,
    debug: false,
    warnings: dataset.warnings ?? [],
    view: figure,
    drawn: !empty,
    // A static figure (`hydrate="never"`) has no keyboard to offer.
    focusable: items > 0 && options.hydrate !== 'never',
    tableShown: false,
    printing: false,
    announcement: '',
  };
  // Rendered as a shadow root's content (its <slot>s belong to the tag), with no element instance.
  const shadow = { customElementHostStack: [{} as RenderInfo['customElementHostStack'][number]] };
  let inner = await collectResult(renderTemplate(figureTemplate(model, NO_ACTIONS), shadow));
  const box = '<div class="chart" aria-hidden="true">';
  const at = inner.indexOf(box);
  if (at < 0 || inner.indexOf(box, at + 1) >= 0) throw new Error('the figure has no single chart box (src/base/figure.ts changed?)');
  // `hydrate="interaction"` answers the pointer before ECharts loads: the live tooltip's texts go along.
  const tipsAttribute = options.hydrate === 'interaction' && Object.keys(tips).length ? ` data-tips="${escapeAttribute(JSON.stringify(tips))}"` : '';
  inner = inner.slice(0, at + box.length - 1) + tipsAttribute + '>' + chartSvg + inner.slice(at + box.length);
  // A figure that never comes alive offers no buttons that would do nothing (the table stays
  // readable to screen readers; "Get the data" belongs to a live widget).
  if (options.hydrate === 'never') inner = inner.replace(/<div class="actions">[\s\S]*?<\/div>/, '');

  const attributes: [string, unknown][] = [
    ...TAG_ATTRIBUTES.map(({ option, attribute }): [string, unknown] => [attribute, options[option]]),
    ['data-tbc-prerendered', packageVersion()],
  ];
  const tag = options.tag;
  const open = attributes
    .filter((entry) => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
  const styles = `<style>${stylesText()}</style>`;
  const data = options.src ? '' : `<script type="application/json">${scriptJson(options.data)}</script>`;
  return `<${tag}${open}><template shadowrootmode="open">${styles}${inner}</template>${data}</${tag}>`;
}
