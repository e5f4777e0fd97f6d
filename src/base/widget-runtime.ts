import { adoptStyles, html, type TemplateResult } from 'lit';
import { pickText } from '../data/text.js';
import { isTransient, type Dataset, type Lang, type SectionKey, type Sections } from '../data/types.js';
import type { EChartsType } from '../echarts-registry.js';
import type { ChartErrorDetail, ChartItem, ChartReadyDetail, ChartSelectDetail, FigureView, Settings, WidgetChart, WidgetHooks, WidgetHost, WidgetView } from './contracts.js';
import { DataController, type DataListener, type DataRead } from './data-controller.js';
import { EChartsController, type ChartDriver } from './echarts-controller.js';
import { renderFigure, type ExportKind, type FigureActions } from './figure.js';
import { chosenCurrency, plainSettings, sectionWords } from './figure-model.js';
import { figureStyles } from './figure-styles.js';
import { GroupController, type GroupMember } from './groups.js';
import { KeyboardController, type KeyboardTarget } from './keyboard-controller.js';
import { LanguageController } from './language-controller.js';
import { MediaController } from './media-controller.js';
import { PrerenderController } from './prerender-controller.js';
import { sanitizeOptions } from './sanitize.js';
import { shellStyles } from './styles.js';
import { readTheme } from './theme.js';
import { TooltipController } from './tooltip-controller.js';
import { resolveDir } from '../format/lang.js';
import type { Scale } from '../format/money.js';
import { sectionScale } from '../widgets/common.js';
import { messages, type Messages } from '../format/messages.js';

/**
 * Everything a widget does once it is on the page, as one controller per concern: data,
 * language, media (theme, print), ECharts, tooltip, keyboard and group. This class owns the
 * widget's state, hands each controller what it needs, and renders the pure figure.
 */
export class WidgetRuntime<S> implements DataListener<S>, ChartDriver<S>, KeyboardTarget, GroupMember {
  readonly #host: WidgetHost;
  readonly #hooks: WidgetHooks<S>;
  readonly #language: LanguageController;
  readonly #media: MediaController;
  readonly #data: DataController<S>;
  readonly #echarts: EChartsController<S>;
  readonly #tooltip: TooltipController;
  readonly #keyboard: KeyboardController;
  readonly #group: GroupController;
  readonly #prerender: PrerenderController;

  #view?: WidgetView<S>;
  #dataset?: Dataset;
  #section?: S;
  /** True from the start of a data read until it succeeds or fails: the section held is stale. */
  #reading = false;
  /** The failure's technical message (for the editor), and whether a retry may cure it. */
  #error?: { readonly message: string; readonly transient: boolean };
  #tableShown = false;
  /** The last figure text and what it was computed from. */
  #described?: { key: readonly unknown[]; view: FigureView };
  #scaled?: { key: readonly unknown[]; scale: Scale };
  readonly #actions: FigureActions = {
    retry: () => this.retry(),
    toggleTable: () => {
      this.#tableShown = !this.#tableShown;
      this.#host.requestUpdate();
    },
    export: (kind) => void this.#export(kind),
    keydown: (event) => this.#keyboard.onKeydown(event),
    leave: () => this.#tooltip.hide(),
  };

  constructor(host: WidgetHost, hooks: WidgetHooks<S>) {
    this.#host = host;
    this.#hooks = hooks;
    adoptStyles(host.renderRoot as ShadowRoot, [shellStyles, figureStyles]);
    this.#prerender = new PrerenderController(host, hooks.server());
    this.#language = new LanguageController(host, () => this.#data.reload());
    this.#media = new MediaController(host);
    this.#data = new DataController(host, hooks, this.#language, this);
    this.#echarts = new EChartsController(host, this);
    this.#tooltip = new TooltipController(host, this.#echarts);
    this.#keyboard = new KeyboardController(host, this);
    this.#group = new GroupController(host, this);
    host.requestUpdate();
  }

  get chart(): EChartsType | undefined {
    return this.#echarts.chart;
  }

  get lang(): Lang {
    return this.#language.lang;
  }

  get resizeCount(): number {
    return this.#echarts.resizeCount;
  }

  /** The drawn items a reader can reach, in reading order. */
  get items(): readonly ChartItem[] {
    return this.#echarts.build?.items ?? [];
  }

  /** What the data's normalisation warned about (for the editor; shown in the figure in `debug` mode). */
  get warnings(): readonly string[] {
    return this.#dataset?.warnings ?? [];
  }

  /** Why nothing is drawn yet, for a test's failure message. */
  get diagnostics(): string {
    return this.#echarts.diagnostics;
  }

  retry(): void {
    this.#data.retry();
  }

  render(): TemplateResult {
    const host = this.#host;
    // Before the data is read nothing is shown (the host's reserved height holds the place):
    // anything drawn now would move when the heading and description arrive.
    if (!this.#dataset && this.#error === undefined) return html``;
    const lang = this.lang;
    return renderFigure(
      {
        lang,
        dir: resolveDir(host, lang),
        state: host.state,
        headingLevel: host.headingLevel,
        ...this.#words(),
        error: this.#error?.message,
        retryable: this.#error?.transient ?? false,
        debug: host.debug,
        warnings: this.warnings,
        view: this.#figureView(),
        drawn: Boolean(this.chart),
        prerendered: this.#prerender.showing,
        focusable: this.items.length > 0 || this.#prerender.showing,
        // Focusing the region is one of the interactions that bring the chart.
        waiting: !this.#hooks.interacted(),
        static: host.hydrate === 'never',
        tableShown: this.#tableShown,
        printing: this.#media.printing,
        announcement: this.#keyboard.announcement,
      },
      this.#actions,
    );
  }

  onStart(): void {
    this.#error = undefined;
    this.#host.state = 'loading';
    this.#reading = true;
  }

  onRead({ view, dataset, section }: DataRead<S>): void {
    for (const warning of dataset.warnings ?? []) console.warn(`trade-balance-charts: <${this.#host.localName}> ${warning}`);
    this.#view = view;
    this.#dataset = dataset;
    this.#section = section;
    this.#echarts.invalidate();
    this.#reading = false;
    const empty = view.isEmpty(section);
    // A static figure (`hydrate="never"`) is complete without a chart.
    this.#host.state = empty ? 'empty' : this.#host.hydrate === 'never' ? 'ready' : 'loading';
    if (empty) this.#echarts.dispose();
    this.#host.requestUpdate();
  }

  onError(error: unknown): void {
    this.#reading = false;
    this.failed(error);
  }

  failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#error = { message, transient: isTransient(error) };
    // Readers see a short sentence; the cause goes to the editor's console and the event.
    console.error(`trade-balance-charts: <${this.#host.localName}> ${message}`);
    this.#section = undefined;
    this.#echarts.dispose();
    this.#host.state = 'error';
    this.#emit<ChartErrorDetail>('chart-error', { message, cause: error });
  }

  section(): S | undefined {
    const state = this.#host.state;
    return this.#reading || state === 'error' || state === 'empty' || !this.#view ? undefined : this.#section;
  }

  settings(): Settings {
    return this.#settings(true);
  }

  interacted(): boolean {
    return this.#hooks.interacted() && this.#host.hydrate !== 'never';
  }

  loadChart(): Promise<WidgetChart<S>> {
    return this.#hooks.loadChart();
  }

  clear(): void {
    this.#tooltip.hide();
  }

  words(): Messages {
    return messages(this.lang);
  }

  drawn(chart: EChartsType, announce: boolean): void {
    this.#prerender.release();
    this.#host.state = 'ready';
    this.#host.requestUpdate();
    if (!announce) return;
    this.#hooks.resolveReady(chart);
    this.#emit<ChartReadyDetail>('chart-ready', { chart });
  }

  #chosenCurrency(): string {
    return chosenCurrency(this.#dataset, this.#hooks.sectionKey, this.#host.currency);
  }

  /**
   * What the builders see. `measure = false` is for the figure (summary, table), which
   * reads no colours or sizes: getComputedStyle and clientWidth would force style and
   * layout of the whole page for every widget's first render, between the other widgets'
   * DOM writes (an article of 30 widgets: ~120 ms of forced style recalculation).
   */
  #settings(measure: boolean): Settings {
    const host = this.#host;
    const dark = this.#media.dark;
    const lang = this.lang;
    const currency = this.#chosenCurrency();
    const common = { lang, dir: resolveDir(host, lang), currency, highlight: host.highlight || undefined, variant: this.#hooks.variant(), amounts: this.#scale(lang, currency) };
    if (!measure) return plainSettings(common, dark);
    const box = host.renderRoot.querySelector<HTMLElement>('.chart');
    return {
      ...common,
      theme: readTheme(host, dark),
      width: box?.clientWidth ?? 0,
      height: box?.clientHeight ?? 0,
      // Taking over a prerendered chart, the bars are already there: they do not grow again.
      animation: !matchMedia('(prefers-reduced-motion: reduce)').matches && !this.#prerender.showing,
    };
  }

  /** One magnitude and decimals for every amount of the section (kept while its inputs are the same). */
  #scale(lang: Lang, currency: string): Scale | undefined {
    const section = this.#section;
    if (!section) return undefined;
    const style = this.#host.numberStyle === 'long' ? 'long' : 'short';
    const key = [section, lang, currency, style];
    if (this.#scaled?.key.every((part, index) => part === key[index])) return this.#scaled.scale;
    const scale = sectionScale(this.#hooks.sectionKey, section as unknown as Sections[SectionKey], currency, lang, style);
    this.#scaled = { key, scale };
    return scale;
  }

  overrides(): unknown[] {
    const host = this.#host;
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

  /** A new chart: clicks select, hovers reach the group, the tooltip follows the pointer. */
  created(chart: EChartsType): void {
    const find = (seriesIndex?: number, dataIndex?: number) => this.items.find((item) => item.seriesIndex === seriesIndex && item.dataIndex === dataIndex);
    chart.on('click', (params) => {
      const item = find(params.seriesIndex, params.dataIndex);
      if (item) this.select(item);
    });
    chart.on('mouseover', (params) => {
      const item = find(params.seriesIndex, params.dataIndex);
      if (item) this.#group.broadcast(item.id);
    });
    chart.on('globalout', () => this.#group.broadcast(undefined));
    this.#tooltip.attach(chart);
  }

  /** Highlights one item (or none) and shows its tooltip; a reached item reaches the group too. */
  emphasise(item: ChartItem | undefined): void {
    const chart = this.chart;
    if (!chart) return;
    chart.dispatchAction({ type: 'downplay' });
    this.#tooltip.hide();
    if (!item) return;
    // Drawn now, not on the next frame: the key press shows at once (and background tabs get no frames).
    chart.dispatchAction({ type: 'highlight', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex }, { flush: true });
    this.#tooltip.showFor(item);
    this.#group.broadcast(item.id);
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

  select(item: ChartItem): void {
    this.#emit<ChartSelectDetail>('chart-select', { id: item.id, label: item.label, value: item.value, series: item.series });
  }

  async #export(kind: ExportKind): Promise<void> {
    const figure = this.#figureView();
    if (!figure) return;
    const lang = this.lang;
    const words = this.#words();
    const { exportFigure } = await import('./exports.js');
    await exportFigure({
      kind,
      figure,
      chart: this.chart,
      root: this.#host.renderRoot,
      title: words.heading,
      tagName: this.#host.localName,
      lang,
      currency: this.#chosenCurrency(),
      theme: readTheme(this.#host, this.#media.dark),
      source: words.source.name,
      credit: pickText(this.#dataset?.meta.credit, lang),
    });
  }

  #words() {
    return sectionWords(this.#dataset, this.#hooks.sectionKey, this.lang, this.#host.heading);
  }

  /**
   * The summary and table, recomputed only when what they say can change: every render
   * (state changes, key presses, the table toggled) would otherwise format every value
   * again — thousands for a long series.
   */
  #figureView(): FigureView | undefined {
    const view = this.#view;
    const section = this.#section;
    if (!view || !section || this.#host.state === 'error') return undefined;
    try {
      const settings = this.#settings(false);
      // Not `highlight`: the summary and table never depend on it, and a scrollytelling step
      // would otherwise format the whole table again (600 months: ~6 ms a step).
      const key = [section, settings.lang, settings.currency, settings.amounts, JSON.stringify(settings.variant)];
      if (this.#described && key.every((part, index) => part === this.#described!.key[index])) return this.#described.view;
      const figure = view.describe(section, settings);
      this.#described = { key, view: figure };
      return figure;
    } catch (error) {
      queueMicrotask(() => this.failed(error));
      return undefined;
    }
  }

  #emit<T>(type: string, detail: T): void {
    this.#host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}
