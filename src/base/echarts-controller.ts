import type { ReactiveController } from 'lit';
import type { EChartsType } from '../echarts-registry.js';
import type { ChartBuild, RendererName, Settings, WidgetChart, WidgetHost } from './contracts.js';
import { yieldToMain } from './yield.js';
import { loadECharts } from './load-echarts.js';
import { observeNearViewport, observeSize, unobserve } from './observers.js';
import { needsRebuild, planUpdate, type DrawInputs } from './plan-update.js';
import { initWithoutHtml } from './sanitize.js';
import { downloaded } from './data-controller.js';
import { warmChartFonts } from '../widgets/text-measure.js';

/** What the ECharts controller asks of the runtime that owns it. */
export interface ChartDriver<S> {
  /** The section to draw; `undefined` while there is nothing to draw (reading, failed, empty). */
  section(): S | undefined;
  /** The builders' settings, measured (colours, the box's size). */
  settings(): Settings;
  /** Option layers set over the built option (the `options` attribute and property). */
  overrides(): unknown[];
  loadChart(): Promise<WidgetChart<S>>;
  /** False while the chart waits for the reader (`hydrate="interaction"`), or for good (`never`). */
  interacted(): boolean;
  /** A chart was made: the place to listen to its events. */
  created(chart: EChartsType): void;
  /** The option is about to change: what points at the old one (a tooltip) goes. */
  clear(): void;
  /** A draw finished; `announce` is false for a rebuild at a new width (the same data). */
  drawn(chart: EChartsType, announce: boolean): void;
  failed(error: unknown): void;
}

/**
 * The ECharts instance of one widget: made when the chart box nears the viewport and has a
 * size, updated as `planUpdate` decides, resized with its box, disposed when the widget
 * leaves the page or has nothing to draw.
 */
export class EChartsController<S> implements ReactiveController {
  chart?: EChartsType;
  /** The last build: its items and tooltip text. */
  build?: ChartBuild;
  resizeCount = 0;

  #renderer?: RendererName;
  #drawnInputs?: DrawInputs;
  #drawnWidth = 0;
  #draws = 0;
  #nearViewport = false;
  #hasSize = false;
  #box?: HTMLElement;
  #lastSize = '';
  #resizeFrame = 0;

  readonly #host: WidgetHost;
  readonly #driver: ChartDriver<S>;

  constructor(
    host: WidgetHost,
    driver: ChartDriver<S>,
  ) {
    this.#host = host;
    this.#driver = driver;
    host.addController(this);
  }

  /** Why nothing is drawn yet, for a test's failure message. */
  get diagnostics(): string {
    return `size ${this.#hasSize}, near ${this.#nearViewport}, drawn ${Boolean(this.#drawnInputs)}, chart ${Boolean(this.chart)}`;
  }

  hostUpdated(): void {
    this.#observeBox();
    this.#update();
  }

  hostDisconnected(): void {
    this.#draws++;
    cancelAnimationFrame(this.#resizeFrame);
    if (this.#box) unobserve(this.#box);
    this.#box = undefined;
    this.dispose();
    this.#nearViewport = false;
  }

  /** The data changed: the next draw is a full one, and announced. */
  invalidate(): void {
    this.#drawnInputs = undefined;
  }

  dispose(): void {
    this.#driver.clear();
    this.chart?.dispose();
    this.chart = undefined;
    this.#renderer = undefined;
    this.#drawnInputs = undefined;
    this.build = undefined;
  }

  get #chartBox(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.chart');
  }

  #observeBox(): void {
    const box = this.#chartBox;
    if (!box || box === this.#box || !this.#host.isConnected) return;
    if (this.#box) unobserve(this.#box);
    this.#box = box;
    observeSize(box, (width, height) => this.#onResize(width, height));
    if (this.#host.eager) this.#nearViewport = true;
    else
      observeNearViewport(box, () => {
        this.#nearViewport = true;
        this.#host.requestUpdate();
      });
  }

  #update(): void {
    const host = this.#host;
    const section = this.#driver.section();
    if (!host.isConnected || !section || !this.#driver.interacted()) return;
    // Woken by the reader (`hydrate="interaction"`), the chart is drawn wherever it is.
    if (!(this.#nearViewport || host.eager || host.hydrate === 'interaction')) return;
    // ResizeObserver only reports at rendering steps, which background tabs skip: measure too.
    const box = this.#chartBox;
    if (!this.#hasSize && box && box.clientWidth > 0 && box.clientHeight > 0) this.#hasSize = true;
    if (!this.#hasSize) return;
    const settings = this.#driver.settings();
    const inputs: DrawInputs = {
      section,
      lang: settings.lang,
      dir: settings.dir,
      currency: settings.currency,
      amounts: settings.amounts,
      theme: JSON.stringify(settings.theme),
      highlight: settings.highlight,
      variant: JSON.stringify(settings.variant),
      overrides: host.options ?? host.optionsJson,
      renderer: host.renderer === 'canvas' ? 'canvas' : 'svg',
    };
    const plan = planUpdate(this.#drawnInputs, inputs, this.chart ? this.#renderer : undefined);
    if (plan.kind === 'none') return;
    this.#drawnInputs = inputs;
    void this.#draw(inputs, settings, true, plan.merge);
  }

  async #draw(inputs: DrawInputs, settings: Settings, announce: boolean, merge = false): Promise<void> {
    const run = ++this.#draws;
    let echarts: typeof import('../echarts-registry.js');
    let widgetChart: WidgetChart<S>;
    try {
      [echarts, widgetChart] = await downloaded(
        Promise.all([
          loadECharts(),
          this.#driver.loadChart(),
          inputs.renderer === 'canvas' ? import('../echarts-canvas.js') : undefined,
        ]),
      );
      // ECharts measures label text once: wait for web fonts, or labels are cut.
      await document.fonts?.ready;
      // Each chart is drawn in a task of its own.
      await yieldToMain();
    } catch (error) {
      if (run === this.#draws) this.#driver.failed(error);
      return;
    }
    const box = this.#chartBox;
    let created = false;
    // A newer draw, the widget gone or its chart disposed (nothing left to draw) ends this one.
    const stale = () => run !== this.#draws || !this.#host.isConnected || !this.#driver.section() || (created && !this.chart);
    if (stale() || !box) return;
    try {
      // The width this draw is for, before any yield: a resize meanwhile compares with it.
      this.#drawnWidth = settings.width;
      if (this.chart && this.#renderer !== inputs.renderer) this.dispose();
      if (!this.chart) {
        // ECharts empties its box with innerHTML = '', a Trusted Types sink: initWithoutHtml avoids it.
        this.chart = initWithoutHtml(box, () => echarts.init(box, null, { renderer: inputs.renderer }));
        this.#renderer = inputs.renderer;
        this.#drawnInputs = inputs;
        this.#driver.created(this.chart);
        created = true;
      }
      // A chart's first drawing is its longest (on a page's first chart, ECharts' code runs for
      // the first time): making it, building its option, (once a page) measuring its fonts and
      // setting it each get a task. Later drawings stay one task, never shown half done.
      if (created) {
        await yieldToMain();
        if (stale()) return;
      }
      const chart = this.chart!;
      // A chart grown for its rows (below) is measured again at its region's own height first.
      const region = box.parentElement!.style;
      const grown = region.minHeight;
      if (grown) {
        region.minHeight = '';
        settings = { ...settings, height: box.clientHeight };
      }
      const build = widgetChart.build(this.#driver.section()!, settings);
      const wanted = build.height && build.height > settings.height + 0.5 ? `${Math.ceil(build.height)}px` : '';
      region.minHeight = wanted;
      if (wanted !== grown) chart.resize();
      if (created) {
        await yieldToMain();
        if (stale()) return;
        // Once a page: the fonts ECharts measures first, apart from setOption (text-measure.ts).
        if (warmChartFonts(settings.theme.fontFamily)) {
          await yieldToMain();
          if (stale()) return;
        }
      }
      this.#driver.clear();
      this.build = build;
      chart.setOption(build.option, merge ? { replaceMerge: ['series'] } : { notMerge: true });
      for (const layer of this.#driver.overrides()) chart.setOption(layer as Record<string, unknown>);
      this.#driver.drawn(chart, announce);
    } catch (error) {
      if (run === this.#draws) this.#driver.failed(error);
    }
  }

  #onResize(width: number, height: number): void {
    if (width === 0 || height === 0) return;
    if (!this.#hasSize) {
      this.#hasSize = true;
      this.#host.requestUpdate();
    }
    const size = `${width}x${height}`;
    if (size === this.#lastSize) return;
    this.#lastSize = size;
    this.#driver.clear(); // the tooltip's text may wrap differently in the new width
    cancelAnimationFrame(this.#resizeFrame);
    // Resizing inside the observer callback loops ("ResizeObserver loop" errors): wait a frame.
    this.#resizeFrame = requestAnimationFrame(() => {
      const drawn = this.#drawnInputs;
      if (!this.chart || !this.#driver.section() || !drawn) return;
      this.chart.resize();
      this.resizeCount++;
      if (needsRebuild(this.#drawnWidth, width)) void this.#draw(drawn, this.#driver.settings(), false);
    });
  }
}
