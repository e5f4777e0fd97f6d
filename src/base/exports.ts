/**
 * The download buttons' work (CSV, PNG, SVG), imported on the first click: a reader who
 * never downloads never fetches it.
 */
import type { CurrencyCode, Lang } from '../data/types.js';
import type { EChartsType } from '../echarts-registry.js';
import type { FigureView, ThemeColors } from './contracts.js';
import { figureCsv } from './csv-export.js';
import { slug } from '../data/validate.js';

export interface ExportRequest {
  readonly kind: 'csv' | 'png' | 'svg';
  readonly figure: FigureView;
  /** The drawn chart; PNG and SVG need one. */
  readonly chart: EChartsType | undefined;
  /** Where the temporary link goes (the widget's shadow root). */
  readonly root: ParentNode;
  /** The heading, for the file name and the PNG; the tag name names the file when it has no letter or digit. */
  readonly title: string;
  readonly tagName: string;
  /** The widget's language and shown currency: the CSV's headers and unit, the PNG's words. */
  readonly lang: Lang;
  readonly currency: CurrencyCode;
  /** The widget's colours and font, for the PNG. */
  readonly theme: ThemeColors;
  /** The source's name and the credit (`meta.credit`), in the widget's language; empty when none. */
  readonly source: string;
  readonly credit: string;
}

/** `knowledge-services-trade-2023H1-2025H1.csv`: the heading in lower case, then the periods. */
function fileName({ kind, figure, title, tagName }: ExportRequest): string {
  const name = slug(title).slice(0, 60).replace(/-$/, '');
  return `${name || tagName}-${figure.periodTag}.${kind}`;
}

function download(root: ParentNode, name: string, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
}

export async function exportFigure(request: ExportRequest): Promise<void> {
  const { kind, figure, chart, root } = request;
  const name = fileName(request);
  if (kind === 'csv') {
    const csv = figureCsv(figure.table, request.currency, request.lang);
    // The byte-order mark makes Excel read UTF-8 (Korean, ¥, €) rather than the system code page.
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    download(root, name, url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return;
  }
  if (!chart) return;
  const { renderImage } = await import('./export-image.js');
  const frame = { heading: request.title, source: request.source, credit: request.credit, lang: request.lang, theme: request.theme };
  download(root, name, await renderImage(chart, kind, frame));
}
