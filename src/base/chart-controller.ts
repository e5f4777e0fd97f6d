import { adoptStyles, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset, Lang } from '../data/types.js';
import type { EChartsType } from '../echarts-registry.js';
import type { ChartElement, ChartErrorDetail, ChartReadyDetail, WidgetHooks } from './chart-element.js';
import type { ChartItem, ChartSelectDetail, FigureView, RendererName, Settings, TooltipText, WidgetView } from './contracts.js';
import { observeNearViewport, observeSize, unobserve } from './observers.js';
import { initWithoutHtml, sanitizeOptions } from './sanitize.js';
import { figureStyles } from './figure-styles.js';
import { shellStyles } from './styles.js';
import { defaultTheme, readTheme } from './theme.js';
import { parseJson } from '../data/json.js';
import { evictData, loadDataset } from '../data/load.js';
import { pickText } from '../data/text.js';
import { DataError } from '../data/types.js';
import { normaliseDataset, sectionCurrencies } from '../data/validate.js';
import { messages } from '../format/messages.js';
import { resolveLang } from '../format/lang.js';

type Host = ChartElement<unknown>;

/** Widgets that follow `<html lang>` (or any ancestor's) and redraw when it changes. */
const langFollowers = new Set<Host>();
let langObserver: MutationObserver | undefined;
function followDocumentLang(host: Host, follow: boolean): void {
  if (!follow) {
    langFollowers.delete(host);
    return;
  }
  langFollowers.add(host);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langFollowers.forEach((el) => el.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/** Widgets linked by the `group` attribute, matched by item id (not by data index). */
const groups = new Map<string, Set<ChartController<unknown>>>();

/** What a drawn chart depends on: a change to any of these is a redraw and a `chart-ready`. */
interface DrawInputs {
  readonly section: unknown;
  readonly lang: Lang;
  readonly currency: string;
  readonly theme: string;
  readonly highlight: string | undefined;
  readonly variant: string;
  readonly overrides: unknown;
  readonly renderer: RendererName;
}

/** Host properties whose change means reading the data again. */
const INPUTS = ['data', 'dataJson', 'src', 'section', 'currency', 'scale'] as const;

const NARROW_WIDTH = 480;

/**
 * Everything a widget does once it is on the page: reads and validates its data, renders
 * the figure (heading, summary, table, footer), draws ECharts when near the viewport,
 * resizes, follows language and theme, handles keyboard, groups and exports, and disposes.
 */
export class ChartController<S> implements ReactiveController {
  chart?: EChartsType;
  resizeCount = 0;

  private widgetView?: WidgetView<S>;
  private loaded?: Dataset;
  private sectionData?: S;
  private errorMessage?: string;
  private tableShown = false;
  /** True from the start of a data read until it succeeds or fails. */
  private reading = false;
  private announcement = '';
  private nearViewport = false;
  private hasSize = false;
  private drawn?: DrawInputs;
  private drawnRenderer?: RendererName;
  private items: readonly ChartItem[] = [];
  private tooltip?: TooltipText;
  /** The shown tooltip's size, measured once per text: moving the pointer forces no layout. */
  private tipSize?: { readonly text: string; readonly width: number; readonly height: number };
  private activeItem = -1;
  private loadRun = 0;
  private drawRun = 0;
  private loadAbort?: AbortController;
  private colorScheme?: MediaQueryList;
  private narrow = false;
  private drawnWidth = 0;
  private lastSize = '';
  private resizeFrame = 0;
  private childObserver?: MutationObserver;
  private observedBox?: HTMLElement;
  private lastInputs: readonly unknown[] = [];
  private group?: string;
  /** Languages whose wording has loaded (English is built in), and those asked for. */
  private readonly languages = new Set<Lang>(['en']);
  private readonly languageLoads = new Map<Lang, Promise<unknown>>();
  private spoken?: Lang;
  /** The last figure text and what it was computed from. */
  private described?: { key: readonly unknown[]; view: FigureView };
  /** Notes are folded on screen and unfolded for print. */
  private printing = false;
  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this.update();
  };

  constructor(
    private readonly host: Host,
    private readonly hooks: WidgetHooks<S>,
  ) {
    adoptStyles(host.renderRoot as ShadowRoot, [shellStyles, figureStyles]);
    host.addController(this);
    host.requestUpdate();
  }

  /**
   * The language the widget speaks: the one it should (see `resolveLang`) once its wording
   * has loaded; until then the one it spoke, so a switch never mixes two languages.
   */
  get lang(): Lang {
    const wanted = resolveLang(this.host);
    if (this.languages.has(wanted)) return (this.spoken = wanted);
    if (this.spoken && !this.languageLoads.has(wanted)) {
      // Read again with the new wording: load() waits for it and reports a failure.
      void this.languageLoad(wanted);
      queueMicrotask(() => this.reload());
    }
    return this.spoken ?? wanted;
  }

  hostConnected(): void {
    followDocumentLang(this.host, true);
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
    // Inline children may arrive after the element (CMS editors, streaming HTML).
    this.childObserver = new MutationObserver(() => this.reload());
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.lastInputs = INPUTS.map((key) => this.host[key]);
    this.reload();
  }

  hostDisconnected(): void {
    followDocumentLang(this.host, false);
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
    this.leaveGroup();
    this.childObserver?.disconnect();
    this.loadAbort?.abort();
    this.loadRun++;
    this.drawRun++;
    cancelAnimationFrame(this.resizeFrame);
    if (this.observedBox) unobserve(this.observedBox);
    this.observedBox = undefined;
    this.disposeChart();
    this.nearViewport = false;
  }

  hostUpdate(): void {
    const inputs = INPUTS.map((key) => this.host[key]);
    // Object.is: `scale="abc"` is NaN, and NaN !== NaN would reload on every update, forever.
    if (inputs.some((value, index) => !Object.is(value, this.lastInputs[index]))) {
      this.lastInputs = inputs;
      this.reload();
    }
    if (this.group !== this.host.group) {
      this.leaveGroup();
      this.joinGroup();
    }
    this.watchColorScheme();
  }

  hostUpdated(): void {
    this.observeChartBox();
    this.maybeDraw();
  }

  retry(): void {
    // Only this widget's URL is fetched again; other widgets keep what they share.
    if (this.host.src) evictData(this.host.src);
    for (const lang of this.languageLoads.keys()) if (!this.languages.has(lang)) this.languageLoads.delete(lang);
    this.reload();
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private get chartBox(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.chart');
  }

  private observeChartBox(): void {
    const box = this.chartBox;
    if (!box || box === this.observedBox || !this.host.isConnected) return;
    if (this.observedBox) unobserve(this.observedBox);
    this.observedBox = box;
    observeSize(box, (width, height) => this.onResize(width, height));
    if (this.host.eager) this.nearViewport = true;
    else
      observeNearViewport(box, () => {
        this.nearViewport = true;
        this.update();
      });
  }

  // ---- data -------------------------------------------------------------------------

  private reload(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const run = ++this.loadRun;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    const host = this.host;
    this.errorMessage = undefined;
    host.state = 'loading';
    this.reading = true;
    try {
      // The widget's code, its wording and its data arrive side by side, not one after the other.
      const [view, dataset] = await Promise.all([this.hooks.loadView(), this.readDataset(abort.signal), this.languageLoad(resolveLang(host))]);
      if (run !== this.loadRun) return;
      this.widgetView = view;
      const kind = this.hooks.sectionKey;
      const section = dataset[kind] as S | undefined;
      if (!section) throw new DataError(`the dataset has no "${host.section ?? kind}" section`, 'schema');
      this.loaded = dataset;
      this.sectionData = section;
      this.drawn = undefined;
      this.reading = false;
      const empty = view.isEmpty(section);
      host.state = empty ? 'empty' : 'loading';
      if (empty) this.disposeChart();
      this.update();
    } catch (error) {
      if (run !== this.loadRun || abort.signal.aborted) return;
      this.reading = false;
      this.fail(error);
    }
  }

  /** The widget's wording in `lang`, loaded once (a failed load stays failed until a retry). */
  private languageLoad(lang: Lang): Promise<unknown> | undefined {
    if (this.languages.has(lang)) return undefined;
    let load = this.languageLoads.get(lang);
    if (!load) this.languageLoads.set(lang, (load = this.hooks.loadLanguage(lang).then(() => this.languages.add(lang))));
    return load;
  }

  /** The inputs in the contract's order: property, attribute, JSON child, src, table child. */
  private async readDataset(signal: AbortSignal): Promise<Dataset> {
    const host = this.host;
    // `section="ipTrend"` reads a differently named section of a full dataset.
    const ctx = { currency: host.currency ?? 'USD', scale: host.scale ?? 1, section: this.hooks.sectionKey, name: host.section };
    const read = (raw: unknown) => normaliseDataset(raw, ctx);
    if (host.data !== undefined && host.data !== null) return read(host.data);
    if (host.dataJson) return read(await parseJson(host.dataJson, 'data attribute'));
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) return read(await parseJson(script.textContent ?? '', 'inline <script> data'));
    if (host.src) return loadDataset(host.src, { signal, timeout: host.timeout }, ctx);
    const table = host.querySelector(':scope > table');
    if (table) {
      const { readTable } = await import('../data/tabular.js');
      return read(readTable(table as HTMLTableElement, ctx.section));
    }
    throw new DataError('no data: set the data or src attribute, or put a JSON <script> or a <table> inside the tag', 'input');
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.errorMessage = message;
    this.sectionData = undefined;
    this.disposeChart();
    this.host.state = 'error';
    this.emit<ChartErrorDetail>('chart-error', { message, cause: error });
  }

  // ---- drawing ----------------------------------------------------------------------

  private chosenCurrency(): string {
    const available = this.loaded ? sectionCurrencies(this.loaded, this.hooks.sectionKey) : [];
    const wanted = this.host.currency;
    if (wanted && available.includes(wanted)) return wanted;
    return available[0] ?? wanted ?? 'USD';
  }

  private isDark(): boolean {
    const theme = this.host.theme;
    if (theme === 'dark') return true;
    return theme === 'auto' && (this.colorScheme?.matches ?? false);
  }

  /**
   * What the builders see. `measure = false` is for the figure (summary, table), which
   * reads no colours or sizes: getComputedStyle and clientWidth would force style and
   * layout of the whole page for every widget's first render, between the other widgets'
   * DOM writes (an article of 30 widgets: ~120 ms of forced style recalculation).
   */
  private settings(measure = true): Settings {
    const common = { lang: this.lang, currency: this.chosenCurrency(), highlight: this.host.highlight || undefined, variant: this.hooks.variant() };
    if (!measure) return { ...common, theme: defaultTheme(this.isDark()), width: 0, height: 0, animation: false };
    return {
      ...common,
      theme: readTheme(this.host, this.isDark()),
      width: this.chartBox?.clientWidth ?? 0,
      height: this.chartBox?.clientHeight ?? 0,
      animation: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
  }

  private overrides(): unknown[] {
    const host = this.host;
    const layers: unknown[] = [];
    if (host.optionsJson) {
      // Read while drawing, so at once (parseJson may load its error locator): the engine's
      // own message names the position well enough for a developer's console.
      try {
        layers.push(sanitizeOptions(JSON.parse(host.optionsJson), false));
      } catch (error) {
        console.warn(`trade-balance-charts: options attribute: ${(error as Error).message}; the options attribute is ignored.`);
      }
    }
    if (host.options) layers.push(sanitizeOptions(host.options, true));
    return layers;
  }

  private maybeDraw(): void {
    const host = this.host;
    // While new data is read, the section held is stale: drawing it would be a wasted
    // redraw and a second chart-ready.
    if (!host.isConnected || this.reading || !this.sectionData || !this.widgetView) return;
    if (host.state === 'error' || host.state === 'empty') return;
    if (!(this.nearViewport || host.eager)) return;
    // ResizeObserver only reports at rendering steps, which background tabs skip: measure too.
    const box = this.chartBox;
    if (!this.hasSize && box && box.clientWidth > 0 && box.clientHeight > 0) this.hasSize = true;
    if (!this.hasSize) return;
    const settings = this.settings();
    const inputs: DrawInputs = {
      section: this.sectionData,
      lang: settings.lang,
      currency: settings.currency,
      theme: JSON.stringify(settings.theme),
      highlight: settings.highlight,
      variant: JSON.stringify(settings.variant),
      overrides: host.options ?? host.optionsJson,
      renderer: host.renderer === 'canvas' ? 'canvas' : 'svg',
    };
    const last = this.drawn;
    const changed = last && this.chart ? (Object.keys(inputs) as (keyof DrawInputs)[]).filter((key) => inputs[key] !== last[key]) : undefined;
    if (changed?.length === 0) return;
    this.drawn = inputs;
    // A new highlight alone (a scrollytelling step) merges into the drawn chart, so ECharts
    // animates from one emphasis to the next instead of redrawing from scratch.
    void this.draw(inputs, settings, true, changed?.length === 1 && changed[0] === 'highlight');
  }

  private async draw(inputs: DrawInputs, settings: Settings, announce: boolean, merge = false): Promise<void> {
    const run = ++this.drawRun;
    const [echartsModule, chartModule] = await Promise.all([
      import('../echarts-registry.js'),
      this.hooks.loadChart(),
      inputs.renderer === 'canvas' ? import('../echarts-canvas.js') : undefined,
    ]);
    // ECharts measures label text once: wait for web fonts, or labels are cut.
    await document.fonts?.ready;
    const section = this.sectionData;
    const box = this.chartBox;
    if (run !== this.drawRun || !this.host.isConnected || !box || !section) return;
    let chart = this.chart;
    try {
      if (chart && this.drawnRenderer !== inputs.renderer) this.disposeChart();
      if (!this.chart) {
        // ECharts empties its box with innerHTML = '', a Trusted Types sink: initWithoutHtml avoids it.
        this.chart = initWithoutHtml(box, () => echartsModule.init(box, null, { renderer: inputs.renderer }));
        this.drawnRenderer = inputs.renderer;
        this.bindChartEvents(this.chart);
      }
      chart = this.chart;
      this.narrow = settings.width > 0 && settings.width < NARROW_WIDTH;
      this.drawnWidth = settings.width;
      const build = chartModule.build(section, settings);
      this.items = build.items;
      this.tooltip = build.tooltip;
      this.hideTip();
      this.activeItem = Math.min(this.activeItem, this.items.length - 1);
      chart.setOption(build.option, merge ? { replaceMerge: ['series'] } : { notMerge: true });
      for (const layer of this.overrides()) chart.setOption(layer as Record<string, unknown>);
    } catch (error) {
      this.fail(error);
      return;
    }
    this.host.state = 'ready';
    this.update();
    if (announce) {
      this.hooks.resolveReady(chart);
      this.emit<ChartReadyDetail>('chart-ready', { chart });
    }
  }

  private disposeChart(): void {
    this.hideTip();
    this.chart?.dispose();
    this.chart = undefined;
    this.drawn = undefined;
    this.items = [];
  }

  private onResize(width: number, height: number): void {
    if (width === 0 || height === 0) return;
    if (!this.hasSize) {
      this.hasSize = true;
      this.update();
    }
    const size = `${width}x${height}`;
    if (size === this.lastSize) return;
    this.lastSize = size;
    this.tipSize = undefined; // its text may wrap differently in the new width
    cancelAnimationFrame(this.resizeFrame);
    // Resizing inside the observer callback loops ("ResizeObserver loop" errors): wait a frame.
    this.resizeFrame = requestAnimationFrame(() => {
      const chart = this.chart;
      if (!chart || !this.sectionData || !this.drawn) return;
      chart.resize();
      this.resizeCount++;
      // Builders fit labels to the width: rebuild when it crosses the narrow breakpoint or
      // changes by more than a tenth. The same data, so no chart-ready.
      const changed = Math.abs(width - this.drawnWidth) > this.drawnWidth * 0.1;
      if (width < NARROW_WIDTH !== this.narrow || changed) void this.draw(this.drawn, this.settings(), false);
    });
  }

  private watchColorScheme(): void {
    if (this.host.theme !== 'auto' || this.colorScheme) return;
    this.colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', () => this.update());
  }

  // ---- interaction ------------------------------------------------------------------

  private bindChartEvents(chart: EChartsType): void {
    chart.on('click', (params) => {
      const item = this.findItem(params.seriesIndex, params.dataIndex);
      if (item) this.select(item);
    });
    chart.on('mouseover', (params) => {
      const item = this.findItem(params.seriesIndex, params.dataIndex);
      if (item) this.broadcast(item.id);
    });
    chart.on('globalout', () => this.broadcast(undefined));
    // The tooltip: over a bar or point (`item`), or anywhere over a category (`slot`: a gap
    // too). zrender reports a touch as a move, so a tap shows it as well.
    chart.on('mousemove', (params) => {
      if (this.tooltip?.trigger !== 'item') return;
      const { offsetX, offsetY } = params.event as unknown as { offsetX: number; offsetY: number };
      this.showTip(this.tooltip.text(params.seriesIndex ?? -1, params.dataIndex), offsetX, offsetY);
    });
    chart.on('mouseout', () => {
      if (this.tooltip?.trigger === 'item') this.hideTip();
    });
    const zr = chart.getZr();
    zr.on('mousemove', (event) => {
      if (this.tooltip?.trigger !== 'slot') return;
      const point = [event.offsetX, event.offsetY];
      if (!chart.containPixel({ gridIndex: 0 }, point)) return this.hideTip();
      this.showTip(this.tooltip.text(-1, this.slotAt(chart, event.offsetX)), event.offsetX, event.offsetY);
    });
    zr.on('globalout', () => this.hideTip());
  }

  /** The category under `x`, from the centres of the first two categories. */
  private slotAt(chart: EChartsType, x: number): number {
    const first = chart.convertToPixel({ xAxisIndex: 0 }, 0) as number;
    const second = chart.convertToPixel({ xAxisIndex: 0 }, 1) as number;
    return second !== first ? Math.round((x - first) / (second - first)) : 0;
  }

  private get tipBox(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.tip');
  }

  /**
   * Shows `text` (plain text: data never becomes markup) beside (x, y), turned back at the
   * chart's edges; without `x` at the right edge, without `y` at the top.
   */
  private showTip(text: string, x?: number, y?: number): void {
    const tip = this.tipBox;
    const chart = this.chart;
    if (!tip || !chart) return;
    if (!text) return this.hideTip();
    if (tip.textContent !== text) tip.textContent = text;
    tip.hidden = false;
    // The chart's own size (ECharts keeps it) and the tip's measured once: no layout read per move.
    const width = chart.getWidth();
    const height = chart.getHeight();
    if (this.tipSize?.text !== text) this.tipSize = { text, width: tip.offsetWidth, height: tip.offsetHeight };
    const { width: w, height: h } = this.tipSize;
    const gap = 14;
    const left = x === undefined ? width - w - 8 : x + gap + w > width ? x - gap - w : x + gap;
    const top = y === undefined ? 8 : y + gap + h > height ? y - gap - h : y + gap;
    tip.style.left = `${Math.max(0, Math.min(left, width - w))}px`;
    tip.style.top = `${Math.max(0, Math.min(top, height - h))}px`;
  }

  private hideTip(): void {
    const tip = this.tipBox;
    if (tip) tip.hidden = true;
    this.tipSize = undefined; // a redraw may change the font or the width
  }

  private findItem(seriesIndex: number | undefined, dataIndex: number | undefined): ChartItem | undefined {
    return this.items.find((item) => item.seriesIndex === seriesIndex && item.dataIndex === dataIndex);
  }

  private select(item: ChartItem): void {
    this.emit<ChartSelectDetail>('chart-select', { id: item.id, label: item.label, value: item.value, series: item.series });
  }

  private onChartKeydown(event: KeyboardEvent): void {
    const count = this.items.length;
    if (!count || !this.chart) return;
    const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next = this.activeItem;
    if (event.key in steps) next = this.activeItem < 0 ? 0 : (this.activeItem + steps[event.key]! + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && this.activeItem >= 0) {
      event.preventDefault();
      const chosen = this.items[this.activeItem]!;
      this.announcement = messages(this.lang).selected(chosen.label, chosen.valueText);
      this.select(chosen);
      this.update();
      return;
    } else if (event.key === 'Escape') {
      this.emphasise(undefined);
      this.activeItem = -1;
      return;
    } else return;
    event.preventDefault();
    this.activeItem = next;
    const item = this.items[next]!;
    this.emphasise(item);
    this.announcement = messages(this.lang).current(item.label, item.valueText);
    this.broadcast(item.id);
    this.update();
  }

  /** Highlights one item (or none) and shows its tooltip. */
  private emphasise(item: ChartItem | undefined): void {
    const chart = this.chart;
    if (!chart) return;
    chart.dispatchAction({ type: 'downplay' });
    this.hideTip();
    if (!item) return;
    // Drawn now, not on the next frame: the key press shows at once (and background tabs get no frames).
    chart.dispatchAction({ type: 'highlight', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex }, { flush: true });
    const tooltip = this.tooltip;
    if (!tooltip) return;
    // Beside the item's column (at the top) or below its row (at the right).
    const axis = tooltip.categoryAxis;
    const at = chart.convertToPixel(axis === 'x' ? { xAxisIndex: 0 } : { yAxisIndex: 0 }, item.dataIndex) as number;
    this.showTip(tooltip.text(item.seriesIndex, item.dataIndex), axis === 'x' ? at : undefined, axis === 'y' ? at : undefined);
  }

  private joinGroup(): void {
    this.group = this.host.group;
    if (!this.group || !this.host.isConnected) return;
    let members = groups.get(this.group);
    if (!members) groups.set(this.group, (members = new Set()));
    members.add(this as ChartController<unknown>);
  }

  private leaveGroup(): void {
    if (this.group) groups.get(this.group)?.delete(this as ChartController<unknown>);
    this.group = undefined;
  }

  private broadcast(id: string | undefined): void {
    if (!this.group) return;
    for (const member of groups.get(this.group) ?? []) if (member !== this) member.showLinked(id);
  }

  /** Emphasises the items with `id` (or none), because a widget in the same group is hovered. */
  showLinked(id: string | undefined): void {
    const chart = this.chart;
    if (!chart) return;
    chart.dispatchAction({ type: 'downplay' });
    for (const item of this.items) {
      if (item.id === id) chart.dispatchAction({ type: 'highlight', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
    }
  }

  // ---- exports ----------------------------------------------------------------------

  private async export(kind: 'csv' | 'png' | 'svg', figure: FigureView): Promise<void> {
    const { exportFigure } = await import('./exports.js');
    await exportFigure({
      kind,
      figure,
      chart: this.chart,
      root: this.host.renderRoot,
      title: this.headingText(),
      tagName: this.host.localName,
      background: readTheme(this.host, this.isDark()).background,
    });
  }

  // ---- rendering --------------------------------------------------------------------

  /** `heading-level` 1–6 makes the heading a heading for screen readers' heading navigation. */
  private headingLevel(): number | undefined {
    const level = this.host.headingLevel;
    return level !== undefined && Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
  }

  private headingText(): string {
    if (this.host.heading) return this.host.heading;
    return this.loaded ? pickText(this.loaded.meta.title, this.lang) : '';
  }

  /**
   * The summary and table, recomputed only when what they say can change: every render
   * (state changes, key presses, the table toggled) would otherwise format every value
   * again — thousands for a long series.
   */
  private figureView(): FigureView | undefined {
    if (!this.widgetView || !this.sectionData || this.host.state === 'error') return undefined;
    try {
      const settings = this.settings(false);
      // Not `highlight`: the summary and table never depend on it, and a scrollytelling step
      // would otherwise format the whole table again (600 months: ~6 ms a step).
      const key = [this.sectionData, settings.lang, settings.currency, JSON.stringify(settings.variant)];
      if (this.described && key.every((part, index) => part === this.described!.key[index])) return this.described.view;
      const view = this.widgetView.describe(this.sectionData, settings);
      this.described = { key, view };
      return view;
    } catch (error) {
      queueMicrotask(() => this.fail(error));
      return undefined;
    }
  }

  render(): TemplateResult {
    const host = this.host;
    // Before the data is read nothing is shown (the host's reserved height holds the place):
    // anything drawn now would move when the heading and description arrive.
    if (!this.loaded && this.errorMessage === undefined) return html``;
    const lang = this.lang;
    const text = messages(lang);
    const meta = this.loaded?.meta;
    const figure = this.figureView();
    const heading = this.headingText();
    const description = pickText(meta?.description, lang);
    const notes = pickText(meta?.notes, lang);
    const sourceName = pickText(meta?.source?.name, lang);
    const sourceUrl = meta?.source?.url;
    const ready = host.state === 'ready';
    // The region is an image only once something is drawn; before, its placeholder text is read.
    const drawn = ready && Boolean(this.chart);
    const focusable = drawn && this.items.length > 0;
    // The figure is named by its heading and described by the summary; the chart region is
    // named on its own and described by the keyboard hint (not the summary again).
    return html`
      <figure part="figure" class=${this.chart ? 'drawn' : 'undrawn'} lang=${lang} aria-labelledby="heading" aria-describedby="summary">
        <figcaption id="heading" part="heading">${this.headingLevel()
          ? html`<span role="heading" aria-level=${this.headingLevel()!}><slot name="heading">${heading}</slot></span>`
          : html`<slot name="heading">${heading}</slot>`}</figcaption>
        <div part="description" class="description"><slot name="description">${description}</slot></div>
        ${this.errorMessage !== undefined
          ? html`<div part="error" class="error" role="alert">
              <p><strong>${text.errorPrefix}:</strong> ${this.errorMessage}</p>
              <button type="button" @click=${() => this.retry()}>${text.retry}</button>
            </div>`
          : nothing}
        <div
          part="chart"
          class="chart-box"
          role=${ifDefined(drawn ? 'img' : undefined)}
          aria-label=${drawn ? text.chartLabel(heading) : nothing}
          aria-describedby=${focusable ? 'chart-hint' : nothing}
          tabindex=${focusable ? '0' : '-1'}
          @keydown=${(event: KeyboardEvent) => this.onChartKeydown(event)}
          @focusout=${() => this.hideTip()}
        >
          <div class="chart" aria-hidden="true"></div>
          <div class="tip" part="tooltip" aria-hidden="true" hidden></div>
          ${host.state === 'loading' ? html`<div class="placeholder">${text.loading}</div>` : nothing}
          ${host.state === 'empty' ? html`<div class="placeholder">${text.noData}</div>` : nothing}
        </div>
        <span id="chart-hint" class="visually-hidden">${text.keyboardHint}</span>
        <p id="summary" part="summary" class="summary">${figure?.summary ?? ''}</p>
        <div class="live" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${figure
          ? // A long series has thousands of cells: re-render them only when the table changes.
            guard([figure, this.tableShown, text], () => this.renderTable(figure, text.notPublished))
          : nothing}
        <footer part="footer">
          ${figure?.keyNotes?.map((note) => html`<p class="note">${note}</p>`) ?? nothing}
          ${notes
            ? html`<details class="notes" ?open=${this.printing}><summary>${text.notes}</summary><p>${notes}</p></details>`
            : nothing}
          ${sourceName || sourceUrl
            ? html`<p part="source" class="source">
                ${text.source}:
                ${sourceUrl ? html`<a href=${sourceUrl} target="_blank" rel="noopener noreferrer">${sourceName || sourceUrl}</a>` : sourceName}
              </p>`
            : nothing}
          ${figure
            ? html`<div class="actions">
                <button type="button" aria-controls="data-table" @click=${() => this.toggleTable()}>
                  ${this.tableShown ? text.hideTable : text.showTable}
                </button>
                <button type="button" @click=${() => this.export('csv', figure)}>${text.getData}</button>
                <button type="button" ?disabled=${!ready} @click=${() => this.export('png', figure)}>${text.downloadPng}</button>
                <button type="button" ?disabled=${!ready} @click=${() => this.export('svg', figure)}>${text.downloadSvg}</button>
              </div>`
            : nothing}
        </footer>
      </figure>
    `;
  }

  private toggleTable(): void {
    this.tableShown = !this.tableShown;
    this.update();
  }

  private renderTable(figure: FigureView, gap: string): TemplateResult {
    const { caption, columns, rows } = figure.table;
    // Shown, the wrapper scrolls sideways on narrow screens: focusable and named, so a keyboard
    // can scroll it. Hidden (visually only: screen readers still read it), it takes no focus.
    const shown = this.tableShown;
    return html`<div
      id="data-table"
      class=${shown ? 'table-wrap' : 'table-wrap visually-hidden'}
      role=${ifDefined(shown ? 'group' : undefined)}
      aria-labelledby=${shown ? 'table-caption' : nothing}
      tabindex=${ifDefined(shown ? '0' : undefined)}
    >
      <table part="table">
        <caption id="table-caption">${caption}</caption>
        <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
        <tbody>
          ${rows.map(
            ([head, ...cells]) => html`<tr>
              <th scope="row">${head ?? gap}</th>
              ${cells.map((cell) => html`<td class=${cell === null ? 'gap' : ''}>${cell ?? gap}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private emit<T>(type: string, detail: T): void {
    this.host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}
