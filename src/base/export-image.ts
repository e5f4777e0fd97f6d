import { init, type EChartsType } from '../echarts-registry.js';
import { initWithoutHtml } from './sanitize.js';

/**
 * The chart as a PNG or SVG data URL. ECharts' `getDataURL` on an SVG chart returns SVG
 * whatever type is asked, so the other renderer draws a temporary offscreen copy.
 */
export async function renderImage(chart: EChartsType, type: 'png' | 'svg', background: string): Promise<string> {
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
    return copy.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
  } finally {
    copy.dispose();
    holder.remove();
  }
}
