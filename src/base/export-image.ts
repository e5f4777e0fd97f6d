import type { Lang } from '../data/types.js';
import { init, type EChartsType } from '../echarts-registry.js';
import { messages } from '../format/messages.js';
import type { ThemeColors } from './contracts.js';
import { initWithoutHtml } from './sanitize.js';

/** What a PNG carries around the chart, as plain text: drawn with `fillText`, data never becomes markup. */
export interface ImageFrame {
  readonly heading: string;
  /** The source's name; the PNG writes "Source: …". */
  readonly source: string;
  /** `meta.credit`; empty when none (the source line credits the source). */
  readonly credit: string;
  readonly lang: Lang;
  readonly theme: ThemeColors;
}

const PIXEL_RATIO = 2;
// CSS pixels. The type as the figure's styles set it: heading 1.15em bold, footer 0.85em muted.
const PAD = 12;
const GAP = 8;
const HEADING = { size: 18, weight: 700, lineHeight: 1.3 };
const FOOTER = { size: 12, weight: 400, lineHeight: 1.4 };

interface TextBlock {
  readonly font: string;
  readonly color: string;
  readonly lineHeight: number;
  readonly lines: readonly string[];
}

/** Sets the font, or the same size in sans-serif when the theme's family is not a valid CSS font. */
function setFont(ctx: CanvasRenderingContext2D, style: typeof HEADING, family: string): string {
  ctx.font = `${style.weight} ${style.size}px ${family}`;
  if (!ctx.font.includes(`${style.size}px`)) ctx.font = `${style.weight} ${style.size}px sans-serif`;
  return ctx.font;
}

/** Splits a word wider than the line between characters (a heading in a language without spaces). */
function breakWord(ctx: CanvasRenderingContext2D, word: string, width: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const char of word) {
    if (part && ctx.measureText(part + char).width > width) {
      parts.push(part);
      part = '';
    }
    part += char;
  }
  return [...parts, part];
}

/** The text's lines in the current font, each at most `width` wide (a longer word is broken). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (ctx.measureText(candidate).width <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakWord(ctx, word, width);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1)!;
  }
  return line ? [...lines, line] : lines;
}

function block(ctx: CanvasRenderingContext2D, texts: readonly string[], style: typeof HEADING, color: string, frame: ImageFrame, width: number): TextBlock {
  const font = setFont(ctx, style, frame.theme.fontFamily);
  return { font, color, lineHeight: style.size * style.lineHeight, lines: texts.flatMap((text) => wrap(ctx, text, width)) };
}

const blockHeight = (text: TextBlock) => text.lines.length * text.lineHeight;

function drawBlock(ctx: CanvasRenderingContext2D, text: TextBlock, top: number): void {
  ctx.font = text.font;
  ctx.fillStyle = text.color;
  text.lines.forEach((line, index) => ctx.fillText(line, PAD, top + index * text.lineHeight));
}

/** The canvas's language picks the glyphs of shared CJK characters, where the browser supports it. */
function setLang(ctx: CanvasRenderingContext2D, lang: Lang): void {
  if ('lang' in ctx) (ctx as { lang: string }).lang = lang;
}

/**
 * The chart framed for publishing: the heading above, the source line and the credit below,
 * on the theme's background in its colours and font, at the chart's width and 2× pixels.
 */
function framedPng(chartImage: HTMLCanvasElement, width: number, height: number, frame: ImageFrame): string {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return chartImage.toDataURL('image/png');
  const { theme, lang } = frame;
  setLang(ctx, lang);
  const textWidth = Math.max(width - 2 * PAD, 1);
  const heading = block(ctx, frame.heading ? [frame.heading] : [], HEADING, theme.text, frame, textWidth);
  const footerTexts = [frame.source ? messages(lang).labelled(messages(lang).source, frame.source) : '', frame.credit].filter(Boolean);
  const footer = block(ctx, footerTexts, FOOTER, theme.muted, frame, textWidth);
  const chartTop = PAD + (heading.lines.length ? blockHeight(heading) + GAP : 0);
  const footerTop = chartTop + height + GAP;
  // Resizing the canvas resets its context: everything is set again below.
  canvas.width = Math.round(width * PIXEL_RATIO);
  canvas.height = Math.round((footerTop + blockHeight(footer) + PAD) * PIXEL_RATIO);
  setLang(ctx, lang);
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  drawBlock(ctx, heading, PAD);
  ctx.drawImage(chartImage, 0, chartTop, width, height);
  drawBlock(ctx, footer, footerTop);
  return canvas.toDataURL('image/png');
}

/**
 * The chart as a PNG or SVG data URL. ECharts' `getDataURL` on an SVG chart returns SVG
 * whatever type is asked, so the other renderer draws a temporary offscreen copy. The SVG
 * is the bare chart (to edit); the PNG is framed for publishing.
 */
export async function renderImage(chart: EChartsType, type: 'png' | 'svg', frame: ImageFrame): Promise<string> {
  if (type === 'png') await import('../echarts-canvas.js');
  const width = chart.getWidth();
  const height = chart.getHeight();
  const holder = document.createElement('div');
  holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px`;
  (chart.getDom().getRootNode() as ShadowRoot | Document).appendChild(holder);
  const copy = initWithoutHtml(holder, () => init(holder, null, { renderer: type === 'png' ? 'canvas' : 'svg', width, height }));
  try {
    copy.setOption({ ...chart.getOption(), animation: false });
    if (type === 'svg') {
      const svg = copy.renderToSVGString();
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    }
    const image = copy.renderToCanvas({ pixelRatio: PIXEL_RATIO, backgroundColor: frame.theme.background });
    return framedPng(image, width, height, frame);
  } finally {
    copy.dispose();
    holder.remove();
  }
}
