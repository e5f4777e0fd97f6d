/**
 * The download buttons' work (CSV, PNG, SVG), imported on the first click: a reader who
 * never downloads never fetches it.
 */
import type { EChartsType } from '../echarts-registry.js';
import type { FigureView } from './contracts.js';
import { toCsv } from './csv-export.js';
import { slug } from '../data/validate.js';

export interface ExportRequest {
  readonly kind: 'csv' | 'png' | 'svg';
  readonly figure: FigureView;
  /** The drawn chart; PNG and SVG need one. */
  readonly chart: EChartsType | undefined;
  /** Where the temporary link goes (the widget's shadow root). */
  readonly root: ParentNode;
  /** The heading, for the file name; the tag name when it has no letter or digit. */
  readonly title: string;
  readonly tagName: string;
  /** The chart's background, painted under a PNG. */
  readonly background: string;
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
  const { kind, figure, chart, root, background } = request;
  const name = fileName(request);
  if (kind === 'csv') {
    const csv = toCsv(figure.table.columns, figure.table.raw);
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    download(root, name, url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return;
  }
  if (!chart) return;
  const { renderImage } = await import('./export-image.js');
  download(root, name, await renderImage(chart, kind, background));
}
