/**
 * Layout numbers the option builders share (and the controller's redraw at the narrow
 * breakpoint): one place, so that the widgets and the controller cannot drift apart.
 */
import type { Settings } from '../base/contracts.js';

/** Below this chart width in CSS px, a widget lays out for phones (fewer ticks, two-line labels). */
export const NARROW_WIDTH = 480;
/** Width assumed before layout (the base element reports 0 until the chart box has a size). */
export const DEFAULT_WIDTH = 640;
/** Height assumed before layout: the chart box's default (`--tbc-height`). */
export const DEFAULT_HEIGHT = 360;

/** Axis labels, value labels and category names. */
export const FONT_SIZE = 12;
/** Secondary text: sub-items, changes, notes in gaps. */
export const SMALL_FONT_SIZE = 11;
/** Line height of axis labels that take two lines. */
export const AXIS_LINE_HEIGHT = 15;
/** ECharts' default distance between a bar's end and its label. */
export const LABEL_DISTANCE = 5;
/** ECharts' default distance between an axis and its labels. */
export const AXIS_LABEL_MARGIN = 8;

/** Opacity of what a `highlight` does not point at. */
export const DIMMED_OPACITY = 0.3;
export const TRANSPARENT = 'rgba(0,0,0,0)';

/** The chart's width, or the default before layout. */
export function chartWidth(settings: Settings): number {
  return settings.width > 0 ? settings.width : DEFAULT_WIDTH;
}

/** Whether a chart of this width takes the phone layout. */
export function isNarrow(width: number): boolean {
  return width < NARROW_WIDTH;
}

/** The tick interval ECharts picks for a span and `splitNumber` (its `nice(span / splitNumber, true)`). */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction < 1.5 ? 1 : fraction < 2.5 ? 2 : fraction < 4 ? 3 : fraction < 7 ? 5 : 10;
  return nice * power;
}

/**
 * The `splitNumber` (at most `ticks`) whose interval is at least the room an axis from `min` to
 * `max` leaves beyond the data (`low` to `high`, zero included): an axis ends at most one tick
 * step beyond its data, with fewer, wider steps when value labels need more room.
 */
export function tickCount(min: number, max: number, low: number, high: number, ticks: number): { ticks: number; interval: number } {
  let count = ticks;
  let interval = niceStep((max - min) / count);
  while (count > 1 && Math.max(low - min, max - high) > interval * (1 + 1e-9)) interval = niceStep((max - min) / --count);
  return { ticks: count, interval };
}
