/**
 * What a widget hands the base element. A widget is three pure pieces: its section of
 * the data, a view (summary sentence and table, available before ECharts loads) and a
 * chart (the ECharts option, loaded with ECharts when the widget nears the viewport).
 */
import type { ReactiveControllerHost } from 'lit';
import type { CurrencyCode, Lang, SectionKey } from '../data/types.js';
import type { ChartOption, EChartsType } from '../echarts-registry.js';
import type { Scale } from '../format/money.js';

export type ChartState = 'loading' | 'ready' | 'empty' | 'error';
export type ThemeName = 'light' | 'dark' | 'auto';
export type RendererName = 'svg' | 'canvas';

/** Colours and font read from the `--tbc-*` custom properties. */
export interface ThemeColors {
  readonly deficit: string;
  readonly surplus: string;
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly grid: string;
  readonly fontFamily: string;
  readonly dark: boolean;
}

/** Everything an option builder or summary may depend on besides the data. */
export interface Settings {
  readonly lang: Lang;
  /** Which way the widget's text runs; right to left mirrors the bar charts (time still runs left to right). Default `ltr`. */
  readonly dir?: 'ltr' | 'rtl';
  readonly currency: CurrencyCode;
  readonly theme: ThemeColors;
  readonly highlight?: string | undefined;
  /**
   * The one magnitude and number of decimals every amount of the chart is written in
   * (axis ticks excepted), and the number style. Without it each amount picks its own.
   */
  readonly amounts?: Scale | undefined;
  /** Widget-specific attributes (`type`, `sort`, `view`...), as strings. */
  readonly variant: Readonly<Record<string, string | undefined>>;
  /** Width of the chart area in CSS pixels (0 before layout): builders adapt labels. */
  readonly width: number;
  /** Height of the chart area in CSS pixels (0 before layout). */
  readonly height: number;
  readonly animation: boolean;
}

/** One row of the data table; `null` cells are gaps and read "not published". */
export interface TableView {
  readonly caption: string;
  readonly columns: readonly string[];
  /** The first cell is the row header. */
  readonly rows: readonly (readonly (string | null)[])[];
  /** Raw numbers behind the cells, for "Get the data" (CSV): money in absolute currency units. */
  readonly raw: readonly (readonly (string | number | null)[])[];
  /** Per column of `raw`, true for money: the CSV writes it in one unit that its header names. */
  readonly moneyColumns: readonly boolean[];
  /** Per row of `raw`, true when its figures are provisional: the CSV's provisional column. */
  readonly provisionalRows?: readonly boolean[];
}

/** Text the figure shows before and without the chart. */
export interface FigureView {
  readonly summary: string;
  readonly table: TableView;
  /** Shown under the chart, e.g. "Provisional figures are hatched". */
  readonly keyNotes?: readonly string[];
  /** Used to name downloads, e.g. `2025H1`. */
  readonly periodTag: string;
}

/** An item a reader can reach with the keyboard or click: a bar or a point. */
export interface ChartItem {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  /** The formatted value, as the live region reads it. */
  readonly valueText: string;
  readonly series: string;
  readonly seriesIndex: number;
  readonly dataIndex: number;
}

/**
 * What the tooltip says, drawn by the widget in HTML as plain text (ECharts' tooltip
 * component is not loaded: 8.4 KB gzip less for every reader).
 */
export interface TooltipText {
  /** `slot`: the pointer anywhere over a category shows that category, gaps included; `item`: only over a bar or point. */
  readonly trigger: 'slot' | 'item';
  /** The axis of the categories (`x`: columns, `y`: rows), where a category's `dataIndex` is its index: the keyboard's tooltip goes beside it. */
  readonly categoryAxis: 'x' | 'y';
  /** Lines separated by "\n"; empty for nothing to say. With `slot`, `dataIndex` is the category. */
  text(seriesIndex: number, dataIndex: number): string;
}

export interface ChartBuild {
  readonly option: ChartOption;
  /**
   * The chart height the drawing needs, in px, when the chart box is shorter (rows whose
   * names take more lines than the box has room for): the chart grows to it.
   */
  readonly height?: number;
  /** In reading order (keyboard order). */
  readonly items: readonly ChartItem[];
  readonly tooltip: TooltipText;
}

/** The lazily loaded part of a widget that needs no ECharts. */
export interface WidgetView<S> {
  /** True when the section has nothing to draw. */
  isEmpty(section: S): boolean;
  describe(section: S, settings: Settings): FigureView;
}

/** The part of a widget loaded together with ECharts. */
export interface WidgetChart<S> {
  build(section: S, settings: Settings): ChartBuild;
}

/** `chart-select` detail. */
export interface ChartSelectDetail {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly series: string;
}

/** `chart-error` detail. */
export interface ChartErrorDetail {
  readonly message: string;
  readonly cause: unknown;
}

/** `chart-ready` detail. */
export interface ChartReadyDetail {
  readonly chart: EChartsType;
}

/** What a widget subclass hands the runtime. */
export interface WidgetHooks<S> {
  readonly sectionKey: SectionKey;
  loadView(): Promise<WidgetView<S>>;
  loadChart(): Promise<WidgetChart<S>>;
  variant(): Record<string, string | undefined>;
  resolveReady(chart: EChartsType): void;
  /** The nodes of a prerendered (declarative) shadow root, if the element found one. */
  server(): readonly ChildNode[] | undefined;
  /** False while a `hydrate="interaction"` widget waits for the reader. */
  interacted(): boolean;
}

/**
 * The element as the runtime's controllers see it: its public properties and Lit's host
 * API. Declared here, not imported from the element, so no controller depends on it.
 */
export interface WidgetHost extends HTMLElement, ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  src?: string;
  timeout: number;
  data?: unknown;
  dataJson?: string;
  section?: string;
  heading?: string;
  headingLevel?: number;
  currency?: string;
  scale?: number;
  theme: ThemeName;
  renderer: RendererName;
  eager: boolean;
  group?: string;
  highlight?: string;
  options?: Record<string, unknown>;
  optionsJson?: string;
  debug: boolean;
  numberStyle: 'short' | 'long';
  state: ChartState;
  hydrate: 'visible' | 'interaction' | 'never';
}
