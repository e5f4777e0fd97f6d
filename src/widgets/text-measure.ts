/**
 * Text widths for laying out labels before ECharts draws them: the builders decide where
 * labels go, how wide the name column is and when a label wraps or is cut. ECharts
 * measures with a canvas, so a canvas with the same font gives the same widths; without
 * one (workers) a per-character estimate that errs on the wide side. A server sets a
 * measurer (`setTextMeasurer`) and hands the same one to ECharts, so both measure alike.
 */
import { FONT_SIZE, SMALL_FONT_SIZE } from './layout.js';

let context: CanvasRenderingContext2D | null | undefined;

/** Width in px of one line of `text` at `fontSizePx` in the CSS font list `fontFamily`. */
export type TextMeasurer = (text: string, fontSizePx: number, fontFamily: string) => number;
let measurer: TextMeasurer | null = null;

/** Measures every later `textWidth` with `measure` (before the canvas and the estimate); `null` goes back to them. */
export function setTextMeasurer(measure: TextMeasurer | null): void {
  measurer = measure;
}

const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function estimate(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (/[\s.,:;'’|!il()[\]]/.test(ch)) em += 0.32;
    else if (/[mwMW@%&—]/.test(ch)) em += 0.9;
    else if (/[A-Z₩$€£¥]/.test(ch)) em += 0.7;
    else em += 0.6;
  }
  return Math.ceil(em * size);
}

/** Width in CSS pixels of one line of `text` at `size` px in `fontFamily`. */
export function textWidth(text: string, size = 12, fontFamily = 'system-ui, sans-serif'): number {
  if (measurer) return measurer(text, size, fontFamily);
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimate(text, size);
  context.font = `${size}px ${fontFamily || 'sans-serif'}`;
  return context.measureText(text).width;
}

/**
 * Measures, in the fonts a chart's text uses, what ECharts measures first in each: zrender
 * sizes wide characters by the width of "国" (`ensureFontMeasureInfo`), so on a page with no
 * Chinese, Japanese or Korean text ECharts' first chart loads a CJK fallback font for it, 8–12
 * ms in Chromium inside `setOption`. Measures once a page, and says whether this call did: the
 * caller yields after it, so it is a task of its own before the first chart is set
 * (echarts-controller.ts). The sizes and weights are the builders' (layout.ts; the trend's
 * callout is bold one size up), and zrender's default font.
 */
export function warmChartFonts(fontFamily: string): boolean {
  if (fontsWarmed) return false;
  fontsWarmed = true;
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return false;
  const fonts = ['12px sans-serif'];
  for (const weight of ['', 'bold ']) for (const size of [SMALL_FONT_SIZE, FONT_SIZE, FONT_SIZE + 1]) fonts.push(`${weight}${size}px ${fontFamily || 'sans-serif'}`);
  for (const font of fonts) {
    context.font = font;
    context.measureText('国a');
  }
  return true;
}
let fontsWarmed = false;

/** `text` cut with an ellipsis to fit `width` px; the full text belongs in the tooltip and the table. */
export function truncate(text: string, width: number, size = 12, fontFamily?: string): string {
  if (textWidth(text, size, fontFamily) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, size, fontFamily) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Splits text into lines of at most `max` px at spaces (a word longer than a line stays
 * whole). An amount stays on one line with its Korean unit word ("7.7억 달러").
 */
export function wrap(text: string, max: number, size = 12, fontFamily?: string): string[] {
  const lines: string[] = [];
  let line = '';
  const kept = text.replace(/(\d[만억조]?) (달러|원|유로|엔|위안|파운드)/g, '$1\u00a0$2');
  for (const word of kept.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, fontFamily) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Fits a label into `maxLines` lines of at most `width` px: breaks at spaces (or anywhere,
 * for a word longer than a line) and ends the last line with "…" when text is left over.
 */
export function fitLines(text: string, width: number, maxLines: number, size = 12, fontFamily?: string): string[] {
  const fits = (line: string) => textWidth(line, size, fontFamily) <= width;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (fits(clean)) return [clean];
  const lines: string[] = [];
  let rest = clean;
  while (rest && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      lines.push(fits(rest) ? rest : truncate(rest, width, size, fontFamily));
      break;
    }
    // The longest run of words that fits; a single word too long for a line is cut.
    const words = rest.split(' ');
    let take = 0;
    while (take < words.length && fits(words.slice(0, take + 1).join(' '))) take++;
    if (take === 0) {
      const chars = Array.from(rest);
      let n = 1;
      while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n++;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('').trimStart();
    } else {
      lines.push(words.slice(0, take).join(' '));
      rest = words.slice(take).join(' ');
    }
  }
  return lines;
}
