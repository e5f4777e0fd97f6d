/**
 * The rows of a horizontal bar chart (`<driver-breakdown>`, `<region-split>`): every category
 * name whole, wrapped, never cut. On a phone a name sits above its bar and the bars take the
 * chart's full width, as Datawrapper and the FT print them; wider, names fill a column left of
 * the plot. Rows are as tall as their names need: when the chart box is too short for them,
 * the layout asks for a taller chart (`height`) rather than squeezing or cutting.
 */
import type { Settings } from '../base/contracts.js';
import { AXIS_LINE_HEIGHT, chartWidth, DEFAULT_HEIGHT, FONT_SIZE, isNarrow } from './layout.js';
import { fitLines, textWidth } from './text-measure.js';
import { plain } from './common.js';

/** A category's name as the chart draws it. */
export interface RowName {
  readonly text: string;
  readonly size: number;
  /** Indent in px ("of which" items). */
  readonly indent: number;
  /** Appended to the name's last line (the star of a derived row). */
  readonly mark?: string;
}

/** The chart's margins around the plot. */
export interface RowMargins {
  readonly top: number;
  readonly bottom: number;
  readonly right: number;
  /** Between the chart's edge and the names. */
  readonly edge: number;
  /** Between a name column and the plot. */
  readonly gap: number;
}

export interface RowsOptions {
  readonly margins: RowMargins;
  /** The widest name column beside the plot, in px. */
  readonly column: number;
  /** The thickest bar, in px, and the bar's share of a row in the column layout. */
  readonly barMax: number;
  readonly barShare: number;
  /** Height of the tallest value label beside a bar, in px. */
  readonly valueHeight: number;
  /** Names above bars: the plot starts at least this far from the chart's edge (room for half a tick label). */
  readonly plotLeft?: number;
}

export interface RowsLayout {
  /** Names above their bars (phones), else in a column left of the plot. */
  readonly above: boolean;
  readonly width: number;
  /** Top and left edges of the plot. */
  readonly top: number;
  readonly gridLeft: number;
  readonly plotWidth: number;
  /** Each name's lines, whole. */
  readonly lines: readonly (readonly string[])[];
  /** The chart height the rows need: the box's height, or more when the names need it. */
  readonly height: number;
  /** One row's height, and its bar's thickness, in px. */
  readonly band: number;
  readonly barWidth: number;
  /** Names above bars: how far a name's bottom sits above its row's centre. */
  readonly lift: number;
}

/** Room for half of a tick label at the plot's end: ECharts centres a tick's label on it. */
export function halfLabel(text: string, fontFamily: string): number {
  return Math.ceil(textWidth(text, FONT_SIZE, fontFamily) / 2) + 2;
}

/** Between a name above its bar and the bar (or the bar's value label). */
const NAME_GAP = 3;
/** Between a row's bar and the name of the row below it. */
const ROW_GAP = 6;
/** The thinnest bar drawn. */
const BAR_MIN = 8;

/** A name's lines within `width` px: broken at spaces (inside a word only when it is longer than a line), never cut. */
function nameLines(name: RowName, width: number, fontFamily: string): string[] {
  const markWidth = name.mark ? textWidth(name.mark, name.size, fontFamily) : 0;
  const lines = fitLines(name.text, Math.max(24, width - name.indent - markWidth), Number.MAX_SAFE_INTEGER, name.size, fontFamily);
  if (name.mark) lines[lines.length - 1] += name.mark;
  return lines;
}

/** The rows' layout: where the plot starts, each name's lines, the rows' height and the chart height they need. */
export function rowsLayout(names: readonly RowName[], settings: Settings, options: RowsOptions): RowsLayout {
  const { margins, valueHeight } = options;
  const font = settings.theme.fontFamily;
  const width = chartWidth(settings);
  const above = isNarrow(width);
  const boxHeight = settings.height || DEFAULT_HEIGHT;
  const rows = Math.max(names.length, 1);
  const free = (height: number) => (height - margins.top - margins.bottom) / rows;
  let gridLeft: number;
  let lines: string[][];
  if (above) {
    gridLeft = Math.max(margins.edge, options.plotLeft ?? 0);
    const plot = width - gridLeft - margins.right;
    lines = names.map((name) => nameLines(name, plot, font));
  } else {
    const wanted = Math.max(0, ...names.map((n) => textWidth(n.text + (n.mark ?? ''), n.size, font) + n.indent));
    const column = Math.max(40, Math.min(Math.ceil(wanted), options.column));
    gridLeft = margins.edge + column + margins.gap;
    lines = names.map((name) => nameLines(name, column, font));
  }
  const tallestName = Math.max(1, ...lines.map((l) => l.length)) * AXIS_LINE_HEIGHT;
  let band: number;
  let barWidth: number;
  let lift = 0;
  let top = margins.top;
  if (above) {
    // A row holds its bar (or its taller value label), a gap and the name of the row below
    // over it. ECharts centres a bar in its row, so a name reaches into the row above: the
    // first row's name gets room over the plot instead.
    const barRoom = (b: number) => Math.max(b, valueHeight);
    const need = (b: number) => tallestName + NAME_GAP + barRoom(b) + ROW_GAP;
    band = Math.max(free(boxHeight), need(BAR_MIN));
    barWidth = BAR_MIN;
    while (barWidth < options.barMax && need(barWidth + 1) <= band) barWidth++;
    lift = barRoom(barWidth) / 2 + NAME_GAP;
    top += Math.max(0, Math.ceil(lift + tallestName - band / 2));
    if (top > margins.top) band = Math.max(need(barWidth), (boxHeight - top - margins.bottom) / rows);
  } else {
    band = Math.max(free(boxHeight), tallestName + ROW_GAP, BAR_MIN + ROW_GAP, valueHeight + 2);
    barWidth = Math.max(BAR_MIN, Math.min(options.barMax, Math.round(band * options.barShare)));
  }
  const height = Math.max(boxHeight, Math.ceil(band * rows + top + margins.bottom));
  return { above, width, top, gridLeft, plotWidth: Math.max(60, width - gridLeft - margins.right), lines, height, band, barWidth, lift };
}

/**
 * The category axis' label settings for these rows: in the column, from the chart's edge
 * (`start`) or against the plot (`end`); above a bar, from the chart's edge, its bottom
 * `lift` px over the row's centre.
 */
export function nameLabel(layout: RowsLayout, margins: RowMargins, column: 'start' | 'end' = 'start'): Record<string, unknown> {
  const against = column === 'end' && !layout.above;
  return {
    align: against ? 'right' : 'left',
    margin: against ? margins.gap : layout.gridLeft - margins.edge,
    interval: 0,
    lineHeight: AXIS_LINE_HEIGHT,
    ...(layout.above ? { verticalAlign: 'bottom', padding: [0, 0, layout.lift, 0] } : {}),
  };
}

/**
 * The names' rich text: each line in `style`. Names above bars sit on the chart's background,
 * so grid and zero lines pass behind their letters.
 */
export function nameText(lines: readonly string[], style: string): string {
  return lines.map((line) => `{${style}|${plain(line)}}`).join('\n');
}

/** `styles` on the chart's background when names sit above bars. */
export function nameStyles<T extends Record<string, object>>(styles: T, layout: RowsLayout, background: string): T {
  if (!layout.above) return styles;
  return Object.fromEntries(Object.entries(styles).map(([key, style]) => [key, { ...style, backgroundColor: background }])) as T;
}
