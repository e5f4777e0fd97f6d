import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Lang, SectionKey } from '../data/types.js';
import type { EChartsType } from '../echarts-registry.js';
import type {
  ChartErrorDetail,
  ChartReadyDetail,
  ChartSelectDetail,
  ChartState,
  RendererName,
  ThemeName,
  WidgetChart,
  WidgetHooks,
  WidgetView,
} from './contracts.js';
import { languagePack } from '../languages/index.js';
import { LIBRARY_BRAND } from './define.js';
import { observeNearViewport, unobserve } from './observers.js';
import { yieldToMain } from './yield.js';
import { shellStyles } from './styles.js';
import { PRERENDER_VERSION } from './version.js';
import { echartsFiles } from '../echarts-stages.js';

type Runtime = typeof import('./runtime.js');
type WidgetRuntime = InstanceType<Runtime['WidgetRuntime']>;

let runtimeModule: Promise<Runtime> | undefined;
/**
 * Everything but the tag definitions (data layer, formatting, the figure, lifecycle) arrives
 * on first connect; ECharts later still, when a widget nears the viewport. The CDN entry
 * is Lit plus this thin class.
 */
const loadRuntime = () => (runtimeModule ??= import('./runtime.js'));

let turns: Promise<unknown> = Promise.resolve();
/**
 * Resolves with `value` in a task of its own, after every earlier caller's: each widget's
 * runtime starts in its own task (five started in one task of 40–90 ms on Lighthouse's phone).
 */
function inTurn<T>(value: T): Promise<T> {
  const turn = turns.then(yieldToMain).then(() => value);
  turns = turn;
  return turn;
}

/**
 * ECharts starts downloading once a widget is within a screen's height of the viewport (the
 * shared observer's margin), beside the runtime instead of after it: the runtime can only
 * observe a chart once the runtime and the data are in. The module loader fetches it once;
 * a failure is the runtime's to report.
 */
function preloadECharts(): void {
  if (preloaded) return;
  preloaded = true;
  // The CDN build's ECharts is several chunks, evaluated one task each (load-echarts.ts): they
  // are fetched at once here, and evaluated only when the runtime imports them.
  if (echartsFiles.length) for (const href of echartsFiles) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  else void import('../echarts-registry.js').catch(() => undefined);
}
let preloaded = false;

/** What wakes a `hydrate="interaction"` widget: the pointer over it, a tap, or the keyboard's focus. */
const WAKE_EVENTS = ['pointerenter', 'pointerdown', 'touchstart', 'focusin'] as const;

export type { ChartErrorDetail, ChartReadyDetail };

/** The runtime of a connected widget, for tests and tools; `undefined` until it has loaded. */
export function widgetRuntime(element: ChartElement): WidgetRuntime | undefined {
  return runtimes.get(element);
}
const runtimes = new WeakMap<ChartElement, WidgetRuntime>();

/**
 * The base of every trade-balance-charts widget. It declares the public attributes and
 * properties; the runtime's controllers (loaded on first connect) do data loading, states,
 * lazy ECharts, resize, theme, language, keyboard, exports and disposal. A widget adds its
 * section, its view (summary, table) and its chart (ECharts option builder).
 *
 * @fires chart-ready - A redraw changed what is drawn (first draw, data, language, currency, theme). `detail.chart` is the ECharts instance.
 * @fires chart-error - The data could not be loaded or is invalid, or the chart could not be drawn. `detail: { message, cause }`; the message names the cause for the editor (also on the console, and in the figure in `debug` mode).
 * @fires chart-select - A reader clicked, or chose with the keyboard, a bar or point. `detail: { id, label, value, series }`.
 *
 * @slot heading - Rich heading content; wins over the `heading` attribute and the dataset title.
 * @slot description - Rich description; wins over the dataset description.
 * @slot - The tag's children (a `<table>` the data came from) are shown when the widget fails, as the readers' fallback.
 *
 * @csspart figure - The figure around everything.
 * @csspart heading - The heading (figcaption).
 * @csspart description - The description under the heading.
 * @csspart chart - The chart region (reserved height; focusable for keyboard reading).
 * @csspart tooltip - The tooltip: plain text beside the pointer, or in the chart's corner for the keyboard.
 * @csspart summary - The one-sentence summary written from the data.
 * @csspart table - The data table (visually hidden until "Show table").
 * @csspart footer - Notes, source and the export buttons.
 * @csspart source - The source line.
 * @csspart error - The error: a short message for readers (the cause too in `debug` mode), and a retry button for failures a retry may cure.
 * @csspart warnings - The data's warnings, listed in `debug` mode only.
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
  static override styles = shellStyles;
  /** Lets a second copy of the bundle recognise our tags (see `defineElement`). */
  static readonly [LIBRARY_BRAND] = true;

  static override properties: PropertyDeclarations = {
    src: {},
    timeout: { type: Number },
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    section: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    currency: {},
    scale: { type: Number },
    theme: { reflect: true },
    renderer: {},
    eager: { type: Boolean },
    group: {},
    highlight: {},
    options: { attribute: false },
    optionsJson: { attribute: 'options' },
    debug: { type: Boolean },
    numberStyle: { attribute: 'number-style' },
    state: { reflect: true },
    hydrate: {},
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

  /**
   * 1–6: expose the title as a heading of that level, so screen-reader users can jump to
   * charts by heading. Unset, the title is the figure's caption only (the article's own
   * headings keep their outline).
   */
  declare headingLevel?: number;

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

  /**
   * The editor's preview: a failure shows its technical cause, and the data's warnings are
   * listed above the chart. Without it, readers see a short message in their language.
   */
  declare debug: boolean;

  /**
   * How amounts are written: `short` (default) "$4.53B", "3.1兆円"; `long` spells the
   * magnitude, "$4.53 billion", "4,53 Milliarden Dollar". Axis ticks stay short.
   */
  declare numberStyle: 'short' | 'long';

  /**
   * When the widget comes alive. `visible` (default): ECharts loads as the widget nears the
   * viewport. `interaction`: only once the reader points at, taps or focuses it; a
   * prerendered figure (`renderFigure`) stays as it is until then, answering hovers with its
   * values, and nothing else is loaded. `never`: a static figure; a prerendered one loads
   * nothing at all, and one rendered in the browser shows its text and table, no chart.
   */
  declare hydrate: 'visible' | 'interaction' | 'never';

  /** Read-only, reflected: `loading`, `ready`, `empty` or `error`. */
  declare state: ChartState;

  /** Resolves with the ECharts instance at the first draw. */
  readonly chartReady: Promise<EChartsType>;

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

  #runtime?: WidgetRuntime;
  #hooks: WidgetHooks<S>;
  /** The server's nodes in the declarative shadow root, until the runtime takes them over. */
  #server?: ChildNode[];
  #interacted = false;
  /** A prerendered figure waits for the reader: a changed attribute (lang, theme, view…) needs the live widget. */
  #waiting = false;

  constructor() {
    super();
    this.timeout = 10000;
    this.theme = 'light';
    this.renderer = 'svg';
    this.eager = false;
    this.debug = false;
    this.numberStyle = 'short';
    this.hydrate = 'visible';
    this.state = 'loading';
    let resolveReady!: (chart: EChartsType) => void;
    this.chartReady = new Promise((resolve) => (resolveReady = resolve));
    this.#hooks = {
      sectionKey: undefined as unknown as SectionKey,
      loadView: () => this.loadView(),
      loadChart: () => this.loadChart(),
      variant: () => this.variant(),
      resolveReady,
      server: () => this.#server,
      interacted: () => this.#interacted || this.hydrate !== 'interaction',
    };
  }

  /** The live ECharts instance, once drawn. */
  get chart(): EChartsType | undefined {
    return this.#runtime?.chart;
  }

  /**
   * The language the widget speaks: its own `lang`, else the nearest ancestor's, else English.
   * After a switch, the previous one until the new language's wording has loaded.
   */
  get resolvedLang(): Lang {
    return this.#runtime?.lang ?? 'en';
  }

  /**
   * What the data's normalisation found suspicious but not wrong (values with no unit scale,
   * skipped periods, unknown currency codes): one sentence each, saying how to fix it. Also
   * logged with `console.warn`, and listed in the figure in `debug` mode.
   */
  get warnings(): readonly string[] {
    return this.#runtime?.warnings ?? [];
  }

  /** How many times ECharts was actually resized (for the benchmark's resize storm). */
  get resizeCount(): number {
    return this.#runtime?.resizeCount ?? 0;
  }

  /** Fetches and validates the data again (what the retry button does). */
  retry(): void {
    this.#runtime?.retry();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A declarative shadow root (the server's figure) is reused by Lit; its nodes stay shown
    // until the runtime has rendered the element's own figure.
    const root = this.shadowRoot;
    if (root && this.hasAttribute('data-tbc-prerendered')) this.#server = [...root.childNodes];
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#runtime) return;
    // Markup of this version only: another one may differ, and is redrawn (never reused as is).
    const prerendered = this.#server !== undefined && this.getAttribute('data-tbc-prerendered') === PRERENDER_VERSION;
    if (this.hydrate === 'never' && prerendered) return;
    if (this.hydrate === 'interaction' && !this.#interacted) {
      for (const type of WAKE_EVENTS) this.addEventListener(type, this.#wake, { passive: true });
      // The prerendered chart answers the pointer with its values meanwhile (a few hundred bytes).
      if (prerendered) {
        if (this.#waiting) return; // connected again: the hover texts are there
        this.#waiting = true;
        void import('./prerender-tips.js').then((m) => m.showValues(this)).catch(() => undefined);
        return;
      }
    }
    this.#start();
  }

  readonly #wake = (): void => {
    for (const type of WAKE_EVENTS) this.removeEventListener(type, this.#wake);
    this.#interacted = true;
    this.#waiting = false;
    if (this.#runtime) this.requestUpdate();
    else if (this.isConnected) this.#start();
  };

  #start(): void {
    // The widget's own chunk downloads beside the runtime (the runtime asks for it again
    // and reports a failure; the module loader fetches it once).
    this.loadView().catch(() => undefined);
    // A page in another language fetches its pack beside it too (the runtime, which
    // resolves the language for good, waits for it).
    const lang = this.closest<HTMLElement>('[lang]')?.lang;
    if (lang && !/^en\b/i.test(lang)) languagePack(lang).catch(() => undefined);
    if (this.hydrate === 'interaction' && this.#interacted) preloadECharts();
    else if (this.hydrate !== 'interaction' && this.hydrate !== 'never') observeNearViewport(this, preloadECharts);
    void loadRuntime().then(inTurn).then((runtime) => {
      if (this.#runtime) return;
      this.#runtime = new runtime.WidgetRuntime<S>(this, { ...this.#hooks, sectionKey: this.sectionKey });
      runtimes.set(this, this.#runtime);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserve(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
    // Not the first update's own reflections (theme, state): the page changed the widget.
    if (this.#waiting && this.hasUpdated && old !== value && name !== 'state') this.#wake();
  }

  protected override render(): TemplateResult {
    // Nothing visible until the data is read: the host's reserved height holds the place, and
    // a placeholder drawn now would move when the heading arrives (a layout shift).
    return this.#runtime?.render() ?? html``;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chart-ready': CustomEvent<ChartReadyDetail>;
    'chart-error': CustomEvent<ChartErrorDetail>;
    'chart-select': CustomEvent<ChartSelectDetail>;
  }
}
