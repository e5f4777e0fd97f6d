import type { ReactiveController } from 'lit';
import type { WidgetHost } from './contracts.js';
import { PRERENDER_VERSION } from './version.js';

/**
 * Takes over a prerendered figure (the server's declarative shadow root, which Lit reuses).
 * The server's nodes stay shown until the element has rendered its own figure, then go in
 * the same task (no frame without a figure); the server's chart SVG moves into the new chart
 * box and stays until ECharts has drawn there. Markup of another version, or not shaped as
 * expected, is dropped as soon as the element's figure is there: the element draws its own.
 */
export class PrerenderController implements ReactiveController {
  #server?: readonly ChildNode[];
  /** The server's chart (a phone and a wide drawing), shown in the element's chart box until ECharts has drawn. */
  #svgs?: SVGSVGElement[];
  readonly #host: WidgetHost;

  constructor(host: WidgetHost, server: readonly ChildNode[] | undefined) {
    this.#host = host;
    this.#server = server;
    if (server && host.getAttribute('data-tbc-prerendered') === PRERENDER_VERSION) {
      const figures = server.filter((node): node is Element => node instanceof Element && node.localName === 'figure');
      const svgs = figures.length === 1 ? [...figures[0]!.querySelectorAll(':scope .chart-box > .chart > svg')] : [];
      if (svgs.length && svgs.every((svg) => svg instanceof SVGSVGElement)) this.#svgs = svgs as SVGSVGElement[];
    }
    host.addController(this);
  }

  /** True while the server's chart is (or is about to be) what the chart box shows. */
  get showing(): boolean {
    return this.#svgs !== undefined;
  }

  hostUpdated(): void {
    const server = this.#server;
    if (!server) return;
    const root = this.#host.renderRoot as ShadowRoot;
    const figure = [...root.children].find((element) => element.localName === 'figure' && !server.includes(element));
    if (!figure) return;
    this.#server = undefined;
    const focused = root.activeElement;
    const hadFocus = focused !== null && server.some((node) => node.contains(focused));
    const box = figure.querySelector('.chart');
    if (this.#svgs && box) {
      // Over the box, out of the flow: ECharts adds its own drawing beside them.
      for (const svg of this.#svgs) svg.style.cssText = 'position:absolute;inset:0';
      box.prepend(...this.#svgs);
    } else this.#svgs = undefined;
    for (const node of server) node.remove();
    // The reader was on the server's chart region (a focus that woke the widget): keep them there.
    if (hadFocus) figure.querySelector<HTMLElement>('.chart-box')?.focus();
  }

  /** ECharts has drawn: the server's chart goes. */
  release(): void {
    if (!this.#svgs) return;
    for (const svg of this.#svgs) svg.remove();
    this.#svgs = undefined;
  }
}
