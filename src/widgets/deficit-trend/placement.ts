/**
 * Where `<deficit-trend>` puts its callouts (the latest value with its note or change, the
 * dataset's notes, the highlighted value) without stretching the value axis for them: beside
 * the bar where the plot has room, else in a band over the plot (the grid's top grows by its
 * lines), joined to its bar by a short leader when the bar does not reach the plot's top.
 * Works in plot pixels, y down from the plot's top, estimated from the chart's size and
 * the widths ECharts' own canvas measures.
 */
import { fitLines, textWidth, wrap } from '../text-measure.js';
import { FONT_SIZE } from '../layout.js';

/** The callout's halo: thin, since the text is placed clear of bars (only grid lines and leaders pass under it). */
export const CALLOUT_HALO = 2;

/**
 * Line heights of a callout's lines, from the language's line (`lineHeightFor`): Firefox's
 * box of a text includes its halo's stroke, and the bold value is 13 px.
 */
export function calloutLines(lineHeight: number): { head: number; line: number } {
  return { head: lineHeight + CALLOUT_HALO + 2, line: lineHeight + CALLOUT_HALO };
}
/** Gap between a callout and its bar (ECharts' label distance). */
export const CALLOUT_GAP = 5;
const BOLD_SIZE = 13;

/**
 * Where a callout sits: beyond the top or the bottom of its bar (or point), or higher up
 * (in the plot's empty space, or in the band over it), hung from `anchor` with a leader down
 * to the bar.
 */
export type CalloutPlace = 'above' | 'below' | 'leader';

/** A callout before placement: a bold value line, then a note wrapped to the room or fixed lines. */
export interface CalloutDraft {
  readonly slot: number;
  readonly head: string | null;
  readonly note: string | null;
  readonly fixed: readonly string[];
  readonly align: 'center' | 'right';
  /** Width to wrap the note to beside a bar. */
  readonly wrapWidth: number;
}

/** Text beside a bar or point, where it goes. */
export interface Callout {
  readonly lines: readonly string[];
  /** The first line is the value, drawn bold. */
  readonly bold: boolean;
  readonly align: 'center' | 'right';
  readonly place: CalloutPlace;
  /** For `leader`: the value the leader starts from (the bar's top or the point)… */
  readonly leaderFrom: number;
  /** …and the value it ends at, where the text hangs from (the axis' top for the band). */
  readonly anchor: number;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** What the placement needs to know of the plot. */
export interface PlotFrame {
  readonly values: readonly (readonly (number | null)[])[];
  readonly firstType: 'bar' | 'line';
  /** The language's line height (`lineHeightFor`). */
  readonly lineHeight: number;
  readonly min: number;
  readonly max: number;
  readonly count: number;
  readonly plotWidth: number;
  /** The plot's height before any band is taken from it. */
  readonly plotHeight: number;
  /** Room right of the plot that a centred callout may use. */
  readonly rightRoom: number;
  /** Room over the plot's top before the grid must grow (the grid's own top margin). */
  readonly topRoom: number;
  /** Left edge, in plot px, that text in the band must keep right of (the unit title sits left of it). */
  readonly bandLeft: number;
  /** Slots with a gap band: their note hangs from the plot's top, `lines` deep. */
  readonly gapLines: ReadonlyMap<number, number>;
}

/** Callouts by slot, and how far above the plot's top their text reaches (0: none goes there). */
export interface Placement {
  readonly callouts: ReadonlyMap<number, Callout>;
  readonly reach: number;
}

/** A bar's width as ECharts draws it here: 70 % of its slot (90 % past 120 slots), at most 48 px. */
export function barWidth(slotPx: number, count: number): number {
  return Math.min(48, slotPx * (count > 120 ? 0.9 : 0.7));
}

function linesOf(draft: CalloutDraft, width: number): string[] {
  // A word longer than the line (a URL, a code) breaks inside: a note is never dropped for it.
  const body = draft.note !== null ? wrap(draft.note, width).flatMap((line) => (textWidth(line) > width ? fitLines(line, width, Number.MAX_SAFE_INTEGER) : [line])) : [...draft.fixed];
  return draft.head !== null ? [draft.head, ...body] : body;
}

/** As few lines as `width` allows, as even as they go: the narrowest width (from `least`) that needs no more lines. */
function balancedLines(draft: CalloutDraft, least: number, width: number): string[] {
  const fewest = linesOf(draft, width).length;
  let lo = Math.min(least, width);
  let hi = width;
  while (hi - lo > 4) {
    const mid = (lo + hi) / 2;
    if (linesOf(draft, mid).length <= fewest) hi = mid;
    else lo = mid;
  }
  return linesOf(draft, hi);
}

function blockSize(lines: readonly string[], bold: boolean, lineHeight: number): { width: number; height: number } {
  const { head, line } = calloutLines(lineHeight);
  const widths = lines.map((line, i) => (bold && i === 0 ? textWidth(line, BOLD_SIZE) * 1.1 : textWidth(line, FONT_SIZE)));
  // The halo outlines each glyph.
  return { width: Math.max(0, ...widths) + CALLOUT_HALO, height: lines.length * line + (bold ? head - line : 0) + CALLOUT_HALO };
}

const hit = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/**
 * Places every callout, the latest first: at its bar's end, at its base, else in the band;
 * with `band`, how much the grid's top grows so text over the plot stays inside the chart.
 */
export function placeCallouts(drafts: readonly CalloutDraft[], frame: PlotFrame): Placement & { readonly band: number } {
  const first = attempt(drafts, frame, 0);
  const band = bandHeight(first, frame);
  if (band === 0) return { ...first, band };
  // The band takes height from the plot: place again in the smaller plot (text that fitted
  // beside a bar in the taller plot may not any more; what fits in a smaller plot fits in a taller one).
  const second = attempt(drafts, frame, band);
  return { ...second, band: bandHeight(second, frame) };
}

function bandHeight(placement: Placement, frame: Pick<PlotFrame, 'topRoom'>): number {
  return Math.max(0, Math.ceil(placement.reach - frame.topRoom));
}

function attempt(drafts: readonly CalloutDraft[], frame: PlotFrame, band: number): Placement {
  const { values, firstType, min, max, count, plotWidth } = frame;
  const height = Math.max(40, frame.plotHeight - band);
  const slotPx = plotWidth / Math.max(1, count);
  const y = (v: number) => ((max - v) / (max - min || 1)) * height;
  const barHalf = barWidth(slotPx, count) / 2;
  const centre = (slot: number) => (slot + 0.5) * slotPx;

  // What text must not cover: the bars, the lines near their points, the gap notes.
  const obstacles: Box[] = [];
  values.forEach((column, seriesIndex) => {
    column.forEach((v, slot) => {
      if (v === null) return;
      if (seriesIndex === 0 && firstType === 'bar') {
        obstacles.push({ left: centre(slot) - barHalf - 2, right: centre(slot) + barHalf + 2, top: y(Math.max(0, v)) - 4, bottom: y(Math.min(0, v)) + 4 });
        return;
      }
      const reach = [v];
      const before = column[slot - 1];
      const after = column[slot + 1];
      if (before !== null && before !== undefined) reach.push((v + before) / 2);
      if (after !== null && after !== undefined) reach.push((v + after) / 2);
      obstacles.push({ left: slot * slotPx, right: (slot + 1) * slotPx, top: y(Math.max(...reach)) - 6, bottom: y(Math.min(...reach)) + 6 });
    });
  });
  for (const [slot, lines] of frame.gapLines) obstacles.push({ left: slot * slotPx, right: (slot + 1) * slotPx, top: 0, bottom: CALLOUT_GAP + frame.lineHeight * lines + 2 });

  const placed: Box[] = [];
  const callouts = new Map<number, Callout>();
  let reach = 0;
  const balance = values[0] ?? [];
  for (const draft of drafts) {
    const v = balance[draft.slot];
    if (v === null || v === undefined) continue;
    const bold = draft.head !== null;
    const bar = firstType === 'bar';
    // The item's box: the bar from zero to its tip, or the point's symbol.
    const itemTop = bar ? y(Math.max(0, v)) : y(v) - 4;
    const itemBottom = bar ? y(Math.min(0, v)) : y(v) + 4;
    const anchorRight = centre(draft.slot) + (bar ? barHalf : 4);
    const across = (width: number) =>
      draft.align === 'right' ? { left: anchorRight - width, right: anchorRight } : { left: centre(draft.slot) - width / 2, right: centre(draft.slot) + width / 2 };
    const free = (box: Box, others: readonly Box[]) => !others.some((o) => hit(box, o)) && !placed.some((o) => hit(box, o));

    // Beside the bar: beyond its tip first, then at its base (the plot's empty side of zero).
    const lines = linesOf(draft, draft.wrapWidth);
    const size = blockSize(lines, bold, frame.lineHeight);
    const x = across(size.width);
    const sides: CalloutPlace[] = !bar ? (v < 0 ? ['below', 'above'] : ['above', 'below']) : v < 0 ? ['below', 'above'] : ['above', 'below'];
    let done = false;
    for (const side of sides) {
      const box = side === 'above'
        ? { ...x, top: itemTop - CALLOUT_GAP - size.height, bottom: itemTop - CALLOUT_GAP }
        : { ...x, top: itemBottom + CALLOUT_GAP, bottom: itemBottom + CALLOUT_GAP + size.height };
      const inside = box.top >= 0 && box.bottom <= height && box.left >= 0 && box.right <= plotWidth + frame.rightRoom;
      if (inside && free(box, obstacles)) {
        callouts.set(draft.slot, { lines, bold, align: draft.align, place: side, leaderFrom: v, anchor: v });
        placed.push(box);
        done = true;
        break;
      }
    }
    if (done) continue;

    // Higher up in the plot, over whatever is above the bar, with a leader: the first free spot.
    const leaderFrom = bar ? Math.max(0, v) : v;
    for (let bottom = itemTop - CALLOUT_GAP - 8; bottom - size.height >= 0 && !done; bottom -= 4) {
      const box = { ...x, top: bottom - size.height, bottom };
      if (box.left >= 0 && box.right <= plotWidth + frame.rightRoom && free(box, obstacles)) {
        const anchor = max - ((bottom + CALLOUT_GAP) / height) * (max - min);
        callouts.set(draft.slot, { lines, bold, align: draft.align, place: 'leader', leaderFrom, anchor });
        placed.push(box);
        done = true;
      }
    }
    if (done) continue;

    // The band over the plot, wrapped to the width it has there.
    const room = draft.align === 'right' ? anchorRight - frame.bandLeft : Math.min(centre(draft.slot) - frame.bandLeft, plotWidth + frame.rightRoom - centre(draft.slot)) * 2;
    const wide = balancedLines(draft, draft.wrapWidth, Math.max(24, Math.min(room - 4, Math.max(draft.wrapWidth, 320, plotWidth * 0.6))));
    const wideSize = blockSize(wide, bold, frame.lineHeight);
    const wx = across(wideSize.width);
    const box = { ...wx, top: -CALLOUT_GAP - wideSize.height, bottom: -CALLOUT_GAP };
    if (wx.left < frame.bandLeft || !free(box, [])) continue; // no room anywhere: the tooltip and the table still say it
    // Next to the band already (a deficit bar hanging from a zero at the top, a bar or point at the top): labelled above it.
    const adjacent = itemTop <= 8;
    callouts.set(draft.slot, { lines: wide, bold, align: draft.align, place: adjacent ? 'above' : 'leader', leaderFrom, anchor: max });
    placed.push(adjacent ? { ...box, top: box.top + itemTop, bottom: box.bottom + itemTop } : box);
    reach = Math.max(reach, wideSize.height + CALLOUT_GAP + 2 - (adjacent ? Math.max(0, itemTop) : 0));
  }
  return { callouts, reach };
}
