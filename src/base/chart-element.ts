import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset, Lang, SectionKey } from '../data/types.js';
import type { EChartsType } from '../echarts-registry.js';
import type {
  ChartItem,
  ChartSelectDetail,
  ChartState,
  FigureView,
  RendererName,
  Settings,
  ThemeName,
  WidgetChart,
  WidgetView,
} from './contracts.js';
import { LIBRARY_BRAND } from './define.js';
import { chartStyles } from './styles.js';
import { observeNearViewport, observeSize, unobserve } from './observers.js';

type Runtime = typeof import('./runtime.js');
let runtimeModule: Promise<Runtime> | undefined;
/** The data layer and formatting arrive on first connect, not with the tag definitions. */
const loadRuntime = () => (runtimeModule ??= import('./runtime.js'));

/** Widgets that follow `<html lang>` (or any ancestor's) and redraw when it changes. */
const langFollowers = new Set<ChartElement>();
let langObserver: MutationObserver | undefined;
function followDocumentLang(element: ChartElement, follow: boolean): void {
  if (!follow) {
    langFollowers.delete(element);
    return;
  }
  langFollowers.add(element);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langFollowers.forEach((el) => el.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/** Widgets linked by the `group` attribute, matched by item id (not by data index). */
const groups = new Map<string, Set<ChartElement>>();

/** `chart-error` detail. */
export interface ChartErrorDetail {
  readonly message: string;
  readonly cause: unknown;
}

/** `chart-ready` detail. */
export interface ChartReadyDetail {
  readonly chart: EChartsType;
}

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

const NARROW_WIDTH = 480;

/**
 * The base of every trade-balance-charts widget: data loading, states, lazy ECharts,
 * resize, theme, language, keyboard, exports and disposal. A widget adds its section,
 * its view (summary, table) and its chart (ECharts option builder).
 *
 * @fires chart-ready - A redraw changed what is drawn (first draw, data, language, currency, theme). `detail.chart` is the ECharts instance.
 * @fires chart-error - The data could not be loaded or is invalid. `detail: { message, cause }`; the message is also shown.
 * @fires chart-select - A reader clicked, or chose with the keyboard, a bar or point. `detail: { id, label, value, series }`.
 *
 * @slot heading - Rich heading content; wins over the `heading` attribute and the dataset title.
 * @slot description - Rich description; wins over the dataset description.
 *
 * @csspart figure - The figure around everything.
 * @csspart heading - The heading (figcaption).
 * @csspart description - The description under the heading.
 * @csspart chart - The chart region (reserved height; focusable for keyboard reading).
 * @csspart summary - The one-sentence summary written from the data.
 * @csspart table - The data table (visually hidden until "Show table").
 * @csspart footer - Notes, source and the export buttons.
 * @csspart source - The source line.
 * @csspart error - The error message with its retry button.
 *
 * @cssprop [--tbc-deficit] - Colour of deficits (negative values).
 * @cssprop [--tbc-surplus] - Colour of surpluses (positive values).
 * @cssprop [--tbc-text] - Text colour.
 * @cssprop [--tbc-muted] - Secondary text and axis labels.
 * @cssprop [--tbc-background] - Background.
 * @cssprop [--tbc-grid] - Grid and zero lines.
 * @cssprop [--tbc-font-family] - Font of the figure and the chart.
 * @cssprop [--tbc-height=360px] - Height of the chart region.
 */
export abstract class ChartElement<S = unknown> extends LitElement {
  static override styles = chartStyles;
  /** Lets a second copy of the bundle recognise our tags (see `defineElement`). */
  static readonly [LIBRARY_BRAND] = true;

  static override properties: PropertyDeclarations = {
    src: {},
    timeout: { type: Number },
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    section: {},
    heading: {},
    currency: {},
    scale: { type: Number },
    theme: { reflect: true },
    renderer: {},
    eager: { type: Boolean },
    group: {},
    highlight: {},
    options: { attribute: false },
    optionsJson: { attribute: 'options' },
    state: { reflect: true },
    runtime: { state: true },
    widgetView: { state: true },
    loaded: { state: true },
    sectionData: { state: true },
    errorMessage: { state: true },
    tableShown: { state: true },
    announcement: { state: true },
    nearViewport: { state: true },
    hasSize: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a JSON dataset (or CSV, by extension or content type). Fetched once per URL per page. */
  declare src?: string;

  /** Milliseconds before a `src` fetch gives up. */
  declare timeout: number;

  /** The dataset as an object (set from code). Wins over every other input. */
  declare data?: unknown;

  /** The dataset inline as JSON text (the `data` attribute), parsed by the widget so errors keep their position. */
  declare dataJson?: string;

  /** Which section of a full dataset to draw, when not the widget's default. */
  declare section?: string;

  /** Title above the chart, overriding the dataset's. The `heading` slot wins over both. */
  declare heading?: string;

  /** Currency to show when the data has several (`USD`, `KRW`); for data without `meta`, the currency of its numbers. */
  declare currency?: string;

  /** For data without `meta`: the unit of the numbers (`1e8` when they are in 억 달러). */
  declare scale?: number;

  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`, live). */
  declare theme: ThemeName;

  /** `svg` (default: crisp, printable) or `canvas`. */
  declare renderer: RendererName;

  /** Draw at once instead of when the widget nears the viewport. */
  declare eager: boolean;

  /** Widgets with the same group share hover and highlight, matched by item id. */
  declare group?: string;

  /** An item id (period, category or region) to emphasise. */
  declare highlight?: string;

  /** ECharts option overrides from code (trusted: functions such as formatters pass). */
  declare options?: Record<string, unknown>;

  /** ECharts option overrides as JSON text (untrusted: HTML-injection keys are dropped). */
  declare optionsJson?: string;

  /** Read-only, reflected: `loading`, `ready`, `empty` or `error`. */
  declare state: ChartState;

  /** Resolves with the ECharts instance at the first draw. */
  readonly chartReady: Promise<EChartsType>;

  /** The live ECharts instance, once drawn. */
  get chart(): EChartsType | undefined {
    return this.echarts;
  }

  /** The default section this widget draws. */
  protected abstract readonly sectionKey: SectionKey;
  /** Loads the widget's view (summary and table); no ECharts. */
  protected abstract loadView(): Promise<WidgetView<S>>;
  /** Loads the widget's option builder; imported together with ECharts. */
  protected abstract loadChart(): Promise<WidgetChart<S>>;
  /** Widget-specific attributes handed to the builders. */
  protected variant(): Record<string, string | undefined> {
    return {};
  }

  private declare runtime?: Runtime;
  private declare widgetView?: WidgetView<S>;
  private declare loaded?: Dataset;
  private declare sectionData?: S;
  private declare errorMessage?: string;
  private declare tableShown: boolean;
  private declare announcement: string;
  private declare nearViewport: boolean;
  private declare hasSize: boolean;

  private echarts?: EChartsType;
  private drawn?: DrawInputs;
  private items: readonly ChartItem[] = [];
  private activeItem = -1;
  private loadRun = 0;
  private drawRun = 0;
  private loadAbort?: AbortController;
  private resolveChartReady!: (chart: EChartsType) => void;
  private colorScheme?: MediaQueryList;
  private narrow = false;
  private lastSize = '';
  private resizeFrame = 0;
  private childObserver?: MutationObserver;
  /** How many times ECharts was actually resized (read by the benchmark). */
  resizeCount = 0;

  constructor() {
    super();
    this.timeout = 10000;
    this.theme = 'light';
    this.renderer = 'svg';
    this.eager = false;
    this.state = 'loading';
    this.tableShown = false;
    this.announcement = '';
    this.nearViewport = false;
    this.hasSize = false;
    this.chartReady = new Promise((resolve) => (this.resolveChartReady = resolve));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followDocumentLang(this, true);
    this.joinGroup();
    // Inline children may arrive after the element (CMS editors, streaming HTML).
    this.childObserver = new MutationObserver(() => this.reload());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated) {
      this.observeChartBox();
      this.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followDocumentLang(this, false);
    this.leaveGroup();
    this.childObserver?.disconnect();
    this.loadAbort?.abort();
    this.loadRun++;
    this.drawRun++;
    cancelAnimationFrame(this.resizeFrame);
    const box = this.chartBox;
    if (box) unobserve(box);
    this.disposeChart();
    this.nearViewport = false;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override firstUpdated(): void {
    this.observeChartBox();
    this.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['data', 'dataJson', 'src', 'section', 'currency', 'scale'] as const;
    if (this.hasUpdated && inputs.some((key) => changed.has(key))) this.reload();
    if (changed.has('group')) {
      this.leaveGroup(changed.get('group') as string | undefined);
      this.joinGroup();
    }
    if (changed.has('theme')) this.watchColorScheme();
  }

  protected override updated(): void {
    this.maybeDraw();
  }

  /** The language the widget speaks: its own `lang`, else the nearest ancestor's, else English. */
  get resolvedLang(): Lang {
    return this.runtime?.resolveLang(this) ?? 'en';
  }

  /** Fetches and validates the data again (what the retry button does). */
  retry(): void {
    this.runtime?.clearDataCache();
    this.reload();
  }

  private get chartBox(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.chart') ?? null;
  }

  private observeChartBox(): void {
    const box = this.chartBox;
    if (!box) return;
    observeSize(box, (width, height) => this.onResize(width, height));
    if (this.eager) this.nearViewport = true;
    else observeNearViewport(box, () => (this.nearViewport = true));
  }

  // ---- data -------------------------------------------------------------------------

  private reload(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const run = ++this.loadRun;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.errorMessage = undefined;
    if (this.state !== 'loading') this.setState('loading');
    try {
      const [runtime, view] = await Promise.all([loadRuntime(), this.loadView()]);
      if (run !== this.loadRun) return;
      this.runtime = runtime;
      this.widgetView = view;
      const raw = await this.readInput(runtime, abort.signal);
      if (run !== this.loadRun) return;
      const kind = this.sectionKey;
      const ctx = { currency: this.currency ?? 'USD', scale: this.scale ?? 1, section: kind };
      const dataset = runtime.normaliseDataset(this.pickSection(raw), ctx);
      const section = dataset[kind] as S | undefined;
      if (!section) throw new runtime.DataError(`the dataset has no "${this.section ?? kind}" section`, 'schema');
      this.loaded = dataset;
      this.sectionData = section;
      this.drawn = undefined;
      this.setState(view.isEmpty(section) ? 'empty' : 'loading');
      if (this.state === 'empty') this.disposeChart();
    } catch (error) {
      if (run !== this.loadRun || abort.signal.aborted) return;
      this.fail(error);
    }
  }

  /** The inputs in the contract's order: property, attribute, JSON child, src, table child. */
  private async readInput(runtime: Runtime, signal: AbortSignal): Promise<unknown> {
    if (this.data !== undefined && this.data !== null) return this.data;
    if (this.dataJson) return runtime.parseJson(this.dataJson, 'data attribute');
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return runtime.parseJson(script.textContent ?? '', 'inline <script> data');
    if (this.src) {
      const ctx = { currency: this.currency ?? 'USD', scale: this.scale ?? 1, section: this.sectionKey };
      return runtime.loadSource(this.src, { signal, timeout: this.timeout }, ctx);
    }
    const table = this.querySelector(':scope > table');
    if (table) return runtime.readTable(table as HTMLTableElement, this.sectionKey);
    throw new runtime.DataError('no data: set the data or src attribute, or put a JSON <script> or a <table> inside the tag', 'input');
  }

  /** `section="ipTrend"` picks a differently named section of a full dataset. */
  private pickSection(raw: unknown): unknown {
    const name = this.section;
    if (!name || name === this.sectionKey || raw === null || typeof raw !== 'object' || !Object.hasOwn(raw, name)) return raw;
    const full = raw as Record<string, unknown>;
    return { meta: full['meta'], [this.sectionKey]: full[name] };
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.errorMessage = message;
    this.sectionData = undefined;
    this.disposeChart();
    this.setState('error');
    this.emit<ChartErrorDetail>('chart-error', { message, cause: error });
  }

  private setState(next: ChartState): void {
    this.state = next;
  }

  // ---- drawing ----------------------------------------------------------------------

  private get settingsLang(): Lang {
    return this.resolvedLang;
  }

  private chosenCurrency(): string {
    const available = this.loaded && this.runtime ? this.runtime.sectionCurrencies(this.loaded, this.sectionKey) : [];
    if (this.currency && available.includes(this.currency)) return this.currency;
    return available[0] ?? this.currency ?? 'USD';
  }

  private isDark(): boolean {
    if (this.theme === 'dark') return true;
    return this.theme === 'auto' && (this.colorScheme?.matches ?? false);
  }

  private settings(): Settings {
    const runtime = this.runtime!;
    return {
      lang: this.settingsLang,
      currency: this.chosenCurrency(),
      theme: runtime.readTheme(this, this.isDark()),
      highlight: this.highlight || undefined,
      variant: this.variant(),
      width: this.chartBox?.clientWidth ?? 0,
      animation: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
  }

  private overrides(): unknown {
    const runtime = this.runtime!;
    const fromCode = this.options ? runtime.sanitizeOptions(this.options, true) : undefined;
    let fromAttribute: unknown;
    if (this.optionsJson) {
      try {
        fromAttribute = runtime.sanitizeOptions(runtime.parseJson(this.optionsJson, 'options attribute'), false);
      } catch (error) {
        console.warn(`trade-balance-charts: ${(error as Error).message}; the options attribute is ignored.`);
      }
    }
    return fromAttribute && fromCode ? [fromAttribute, fromCode] : (fromCode ?? fromAttribute);
  }

  private maybeDraw(): void {
    if (!this.isConnected || !this.sectionData || !this.runtime || !this.widgetView) return;
    if (this.state === 'error' || this.state === 'empty') return;
    if (!(this.nearViewport || this.eager) || !this.hasSize) return;
    const settings = this.settings();
    const inputs: DrawInputs = {
      section: this.sectionData,
      lang: settings.lang,
      currency: settings.currency,
      theme: JSON.stringify(settings.theme),
      highlight: settings.highlight,
      variant: JSON.stringify(settings.variant),
      overrides: this.options ?? this.optionsJson,
      renderer: this.renderer === 'canvas' ? 'canvas' : 'svg',
    };
    const last = this.drawn;
    if (last && this.echarts && (Object.keys(inputs) as (keyof DrawInputs)[]).every((key) => inputs[key] === last[key])) return;
    this.drawn = inputs;
    void this.draw(inputs, settings, true);
  }

  private async draw(inputs: DrawInputs, settings: Settings, announce: boolean): Promise<void> {
    const run = ++this.drawRun;
    const [echartsModule, chartModule] = await Promise.all([import('../echarts-registry.js'), this.loadChart()]);
    // ECharts measures label text once: wait for web fonts, or labels are cut.
    await document.fonts?.ready;
    const section = this.sectionData;
    const box = this.chartBox;
    if (run !== this.drawRun || !this.isConnected || !box || !section) return;
    try {
      if (this.echarts && this.drawnRenderer !== inputs.renderer) this.disposeChart();
      if (!this.echarts) {
        this.echarts = echartsModule.init(box, null, { renderer: inputs.renderer });
        this.drawnRenderer = inputs.renderer;
        this.bindChartEvents(this.echarts);
      }
      this.narrow = settings.width > 0 && settings.width < NARROW_WIDTH;
      const build = chartModule.build(section, settings);
      this.items = build.items;
      this.activeItem = Math.min(this.activeItem, this.items.length - 1);
      this.echarts.setOption(build.option, { notMerge: true });
      const overrides = this.overrides();
      for (const override of [overrides].flat()) if (override) this.echarts.setOption(override as Record<string, unknown>);
    } catch (error) {
      this.fail(error);
      return;
    }
    this.setState('ready');
    this.requestUpdate();
    if (announce) {
      this.resolveChartReady(this.echarts);
      this.emit<ChartReadyDetail>('chart-ready', { chart: this.echarts });
    }
  }

  private drawnRenderer?: RendererName;

  private disposeChart(): void {
    this.echarts?.dispose();
    this.echarts = undefined;
    this.drawn = undefined;
    this.items = [];
  }

  private onResize(width: number, height: number): void {
    if (width === 0 || height === 0) return;
    this.hasSize = true;
    const size = `${width}x${height}`;
    if (size === this.lastSize) return;
    this.lastSize = size;
    cancelAnimationFrame(this.resizeFrame);
    // Resizing inside the observer callback loops ("ResizeObserver loop" errors): wait a frame.
    this.resizeFrame = requestAnimationFrame(() => {
      const chart = this.echarts;
      if (!chart || !this.sectionData || !this.drawn) return;
      chart.resize();
      this.resizeCount++;
      // Crossing the narrow breakpoint rebuilds labels; the same data, so no chart-ready.
      if ((width < NARROW_WIDTH) !== this.narrow) void this.draw(this.drawn, this.settings(), false);
    });
  }

  private watchColorScheme(): void {
    if (this.theme !== 'auto' || this.colorScheme || typeof matchMedia !== 'function') return;
    this.colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', () => this.requestUpdate());
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
  }

  private findItem(seriesIndex: number | undefined, dataIndex: number | undefined): ChartItem | undefined {
    return this.items.find((item) => item.seriesIndex === seriesIndex && item.dataIndex === dataIndex);
  }

  private select(item: ChartItem): void {
    this.emit<ChartSelectDetail>('chart-select', { id: item.id, label: item.label, value: item.value, series: item.series });
  }

  private onChartKeydown(event: KeyboardEvent): void {
    const count = this.items.length;
    if (!count || !this.echarts) return;
    const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next = this.activeItem;
    if (event.key in steps) next = this.activeItem < 0 ? 0 : (this.activeItem + steps[event.key]! + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && this.activeItem >= 0) {
      event.preventDefault();
      this.select(this.items[this.activeItem]!);
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
    this.announcement = `${item.label}: ${item.valueText}`;
    this.broadcast(item.id);
  }

  /** Highlights one item (or none) and shows its tooltip. */
  private emphasise(item: ChartItem | undefined): void {
    const chart = this.echarts;
    if (!chart) return;
    chart.dispatchAction({ type: 'downplay' });
    chart.dispatchAction({ type: 'hideTip' });
    if (!item) return;
    chart.dispatchAction({ type: 'highlight', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
    chart.dispatchAction({ type: 'showTip', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
  }

  private joinGroup(): void {
    if (!this.group || !this.isConnected) return;
    let members = groups.get(this.group);
    if (!members) groups.set(this.group, (members = new Set()));
    members.add(this);
  }

  private leaveGroup(group = this.group): void {
    if (group) groups.get(group)?.delete(this);
  }

  private broadcast(id: string | undefined): void {
    if (!this.group) return;
    for (const member of groups.get(this.group) ?? []) if (member !== this) member.showLinked(id);
  }

  /** Emphasises the items with `id` (or none), because a widget in the same group is hovered. */
  private showLinked(id: string | undefined): void {
    const chart = this.echarts;
    if (!chart) return;
    chart.dispatchAction({ type: 'downplay' });
    for (const item of this.items) {
      if (item.id === id) chart.dispatchAction({ type: 'highlight', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex });
    }
  }

  // ---- exports ----------------------------------------------------------------------

  private fileName(extension: string, figure: FigureView): string {
    const title = this.headingText() || this.localName;
    const slug = title.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
    return `${slug || this.localName}-${figure.periodTag}.${extension}`;
  }

  private download(name: string, href: string): void {
    const link = document.createElement('a');
    link.href = href;
    link.download = name;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
  }

  private downloadCsv(figure: FigureView): void {
    const csv = this.runtime!.toCsv(figure.table.columns, figure.table.raw);
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    this.download(this.fileName('csv', figure), url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async downloadImage(type: 'png' | 'svg', figure: FigureView): Promise<void> {
    const chart = this.echarts;
    if (!chart) return;
    const { renderImage } = await import('./export-image.js');
    const url = await renderImage(chart, type, this.runtime!.readTheme(this, this.isDark()).background);
    this.download(this.fileName(type, figure), url);
  }

  // ---- rendering --------------------------------------------------------------------

  private headingText(): string {
    if (this.heading) return this.heading;
    return this.runtime && this.loaded ? this.runtime.pickText(this.loaded.meta.title, this.settingsLang) : '';
  }

  private figureView(): FigureView | undefined {
    if (!this.widgetView || !this.sectionData || !this.runtime || this.state === 'error') return undefined;
    try {
      return this.widgetView.describe(this.sectionData, this.settings());
    } catch (error) {
      queueMicrotask(() => this.fail(error));
      return undefined;
    }
  }

  protected override render(): TemplateResult {
    const runtime = this.runtime;
    const lang = this.settingsLang;
    const text = runtime?.messages(lang);
    const meta = this.loaded?.meta;
    const pick = (value: Parameters<Runtime['pickText']>[0]) => (runtime ? runtime.pickText(value, lang) : '');
    const figure = this.figureView();
    const heading = this.headingText();
    const description = pick(meta?.description);
    const notes = pick(meta?.notes);
    const sourceName = pick(meta?.source?.name);
    const sourceUrl = meta?.source?.url;
    const ready = this.state === 'ready';
    const drawn = Boolean(this.echarts);
    return html`
      <figure part="figure" class=${drawn ? 'drawn' : 'undrawn'} aria-labelledby="heading" aria-describedby="summary">
        <figcaption id="heading" part="heading"><slot name="heading">${heading}</slot></figcaption>
        <div part="description" class="description"><slot name="description">${description}</slot></div>
        ${this.errorMessage !== undefined
          ? html`<div part="error" class="error" role="alert">
              <p><strong>${text?.errorPrefix ?? 'The chart could not be shown'}:</strong> ${this.errorMessage}</p>
              <button type="button" @click=${() => this.retry()}>${text?.retry ?? 'Retry'}</button>
            </div>`
          : nothing}
        <div
          part="chart"
          class="chart-box"
          role="img"
          aria-label=${text ? text.chartLabel(heading) : heading}
          aria-describedby="summary"
          tabindex=${ready && this.items.length ? '0' : '-1'}
          @keydown=${this.onChartKeydown}
        >
          <div class="chart" aria-hidden="true"></div>
          ${this.state === 'loading' ? html`<div class="placeholder">${text?.loading ?? ''}</div>` : nothing}
          ${this.state === 'empty' ? html`<div class="placeholder">${text?.noData}</div>` : nothing}
        </div>
        <p id="summary" part="summary" class="summary">${figure?.summary ?? ''}</p>
        <div class="live" aria-live="polite">${this.announcement}</div>
        ${figure && text ? this.renderTable(figure, text.notPublished) : nothing}
        <footer part="footer">
          ${figure?.keyNotes?.map((note) => html`<p class="note">${note}</p>`) ?? nothing}
          ${notes ? html`<p class="note">${text?.notes}: ${notes}</p>` : nothing}
          ${sourceName || sourceUrl
            ? html`<p part="source" class="source">
                ${text?.source}:
                ${sourceUrl ? html`<a href=${sourceUrl} target="_blank" rel="noopener noreferrer">${sourceName || sourceUrl}</a>` : sourceName}
              </p>`
            : nothing}
          ${figure && text
            ? html`<div class="actions">
                <button type="button" aria-expanded=${String(this.tableShown)} @click=${() => (this.tableShown = !this.tableShown)}>
                  ${this.tableShown ? text.hideTable : text.showTable}
                </button>
                <button type="button" @click=${() => this.downloadCsv(figure)}>${text.getData}</button>
                <button type="button" ?disabled=${!ready} @click=${() => this.downloadImage('png', figure)}>${text.downloadPng}</button>
                <button type="button" ?disabled=${!ready} @click=${() => this.downloadImage('svg', figure)}>${text.downloadSvg}</button>
              </div>`
            : nothing}
        </footer>
      </figure>
    `;
  }

  private renderTable(figure: FigureView, gap: string): TemplateResult {
    const { caption, columns, rows } = figure.table;
    return html`<div class=${this.tableShown ? 'table-wrap' : 'table-wrap visually-hidden'}>
      <table part="table">
        <caption>${caption}</caption>
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
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chart-ready': CustomEvent<ChartReadyDetail>;
    'chart-error': CustomEvent<ChartErrorDetail>;
    'chart-select': CustomEvent<ChartSelectDetail>;
  }
}
