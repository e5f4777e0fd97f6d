/**
 * How a new draw reaches ECharts, decided from what was drawn and what is asked for: pure,
 * so the rules have tests of their own (vue-echarts' `planUpdate` is the model).
 */
import type { Lang } from '../data/types.js';
import type { RendererName } from './contracts.js';
import { NARROW_WIDTH } from '../widgets/layout.js';

/** What a drawn chart depends on: a change to any of these is a redraw and a `chart-ready`. */
export interface DrawInputs {
  readonly section: unknown;
  readonly lang: Lang;
  readonly dir: string | undefined;
  readonly currency: string;
  /** The magnitude, decimals and number style of the amounts. */
  readonly amounts: unknown;
  /** Serialised, so equal colours compare equal. */
  readonly theme: string;
  readonly highlight: string | undefined;
  readonly variant: string;
  readonly overrides: unknown;
  readonly renderer: RendererName;
}

export type UpdatePlan =
  /** Nothing that is drawn changed. */
  | { readonly kind: 'none' }
  /**
   * Draw. `merge` keeps the drawn series and replaces only their data (a new highlight alone,
   * so ECharts animates from one emphasis to the next); otherwise the option replaces all
   * (`notMerge`: nothing stale stays on screen). A chart of another renderer is made anew.
   */
  | { readonly kind: 'draw'; readonly merge: boolean };

/** `chartRenderer` is the renderer of the chart on screen, `undefined` when there is none. */
export function planUpdate(drawn: DrawInputs | undefined, next: DrawInputs, chartRenderer: RendererName | undefined): UpdatePlan {
  if (chartRenderer !== next.renderer || !drawn) return { kind: 'draw', merge: false };
  const changed = (Object.keys(next) as (keyof DrawInputs)[]).filter((key) => next[key] !== drawn[key]);
  if (changed.length === 0) return { kind: 'none' };
  return { kind: 'draw', merge: changed.length === 1 && changed[0] === 'highlight' };
}

/**
 * After a resize: builders fit labels to the width, so the option is built again when the
 * width crosses the narrow breakpoint or changes by more than a tenth (the same data: no
 * `chart-ready`). Otherwise ECharts' own resize is enough.
 */
export function needsRebuild(drawnWidth: number, width: number): boolean {
  const crossed = width < NARROW_WIDTH !== (drawnWidth > 0 && drawnWidth < NARROW_WIDTH);
  return crossed || Math.abs(width - drawnWidth) > drawnWidth * 0.1;
}
