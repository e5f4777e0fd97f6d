import type { ReactiveController } from 'lit';
import type { EChartsType } from '../echarts-registry.js';
import type { ChartBuild, ChartItem, WidgetHost } from './contracts.js';

/** The drawn chart and its build, whose tooltip text the tip shows. */
export interface DrawnChart {
  readonly chart?: EChartsType | undefined;
  readonly build?: ChartBuild | undefined;
}

/**
 * The tooltip: plain text in the figure's own `.tip` box (data never becomes markup; no
 * ECharts tooltip component is loaded), beside the pointer or beside the item the keyboard
 * reached.
 */
export class TooltipController implements ReactiveController {
  /** The shown tip's size, measured once per text: moving the pointer forces no layout. */
  #size?: { readonly text: string; readonly width: number; readonly height: number };

  readonly #host: WidgetHost;
  readonly #drawn: DrawnChart;

  constructor(
    host: WidgetHost,
    drawn: DrawnChart,
  ) {
    this.#host = host;
    this.#drawn = drawn;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hide();
  }

  /** Follows the pointer over a new chart: over a bar or point (`item`), or anywhere over a category (`slot`: a gap too). */
  attach(chart: EChartsType): void {
    // zrender reports a touch as a move, so a tap shows the tip as well.
    chart.on('mousemove', (params) => {
      const tooltip = this.#drawn.build?.tooltip;
      if (tooltip?.trigger !== 'item') return;
      const { offsetX, offsetY } = params.event as unknown as { offsetX: number; offsetY: number };
      this.show(tooltip.text(params.seriesIndex ?? -1, params.dataIndex), offsetX, offsetY);
    });
    chart.on('mouseout', () => {
      if (this.#drawn.build?.tooltip?.trigger === 'item') this.hide();
    });
    const zr = chart.getZr();
    zr.on('mousemove', (event) => {
      const tooltip = this.#drawn.build?.tooltip;
      if (tooltip?.trigger !== 'slot') return;
      if (!chart.containPixel({ gridIndex: 0 }, [event.offsetX, event.offsetY])) return this.hide();
      this.show(tooltip.text(-1, slotAt(chart, event.offsetX)), event.offsetX, event.offsetY);
    });
    zr.on('globalout', () => this.hide());
  }

  /** Shows the tip of `item` beside its column (at the top) or its row (at the right). */
  showFor(item: ChartItem): void {
    const { chart, build } = this.#drawn;
    const tooltip = build?.tooltip;
    if (!chart || !tooltip) return;
    const axis = tooltip.categoryAxis;
    const at = chart.convertToPixel(axis === 'x' ? { xAxisIndex: 0 } : { yAxisIndex: 0 }, item.dataIndex) as number;
    this.show(tooltip.text(item.seriesIndex, item.dataIndex), axis === 'x' ? at : undefined, axis === 'y' ? at : undefined);
  }

  /**
   * Shows `text` (plain text) beside (x, y), turned back at the chart's edges; without `x` at
   * the right edge, without `y` at the top.
   */
  show(text: string, x?: number, y?: number): void {
    const tip = this.#tipBox;
    const chart = this.#drawn.chart;
    if (!tip || !chart) return;
    if (!text) return this.hide();
    if (tip.textContent !== text) tip.textContent = text;
    tip.hidden = false;
    // The chart's own size (ECharts keeps it) and the tip's measured once: no layout read per move.
    const width = chart.getWidth();
    const height = chart.getHeight();
    if (this.#size?.text !== text) this.#size = { text, width: tip.offsetWidth, height: tip.offsetHeight };
    const { width: w, height: h } = this.#size;
    const gap = 14;
    const left = x === undefined ? width - w - 8 : x + gap + w > width ? x - gap - w : x + gap;
    const top = y === undefined ? 8 : y + gap + h > height ? y - gap - h : y + gap;
    tip.style.left = `${Math.max(0, Math.min(left, width - w))}px`;
    tip.style.top = `${Math.max(0, Math.min(top, height - h))}px`;
  }

  hide(): void {
    const tip = this.#tipBox;
    if (tip) tip.hidden = true;
    this.#size = undefined; // a redraw or a resize may change the font or the width
  }

  get #tipBox(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.tip');
  }
}

/** The category under `x`, from the centres of the first two categories. */
function slotAt(chart: EChartsType, x: number): number {
  const first = chart.convertToPixel({ xAxisIndex: 0 }, 0) as number;
  const second = chart.convertToPixel({ xAxisIndex: 0 }, 1) as number;
  return second !== first ? Math.round((x - first) / (second - first)) : 0;
}
